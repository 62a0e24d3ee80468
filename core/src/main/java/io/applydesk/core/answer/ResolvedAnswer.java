package io.applydesk.core.answer;

import io.applydesk.core.application.Provenance;

import java.util.Arrays;
import java.util.List;

/**
 * An answer for one question and where it came from. For choice questions {@code value} is one of
 * the question's option texts (for a multi-select, several joined by {@link #CHOICE_SEPARATOR}); for
 * a checkbox it is {@link #CHECKED}.
 */
public record ResolvedAnswer(String value, Provenance provenance) {

    /** The value of a checkbox that is to be ticked. */
    public static final String CHECKED = "checked";
    /** Joins the chosen options of a multi-select in {@link #value()}. */
    public static final String CHOICE_SEPARATOR = "; ";

    /** The chosen option texts: one for a single choice, several for a multi-select. */
    public List<String> choices() {
        return Arrays.asList(value.split(CHOICE_SEPARATOR));
    }
}
