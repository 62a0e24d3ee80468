package io.applydesk.core.answer;

import io.applydesk.core.application.Provenance;

/**
 * An answer for one question and where it came from. For choice questions {@code value} is one of
 * the question's option texts; for a checkbox it is {@link #CHECKED}.
 */
public record ResolvedAnswer(String value, Provenance provenance) {

    /** The value of a checkbox that is to be ticked. */
    public static final String CHECKED = "checked";
}
