package io.applydesk.core.profile;

import java.util.Locale;

/**
 * "Send {@code resumeId} for job titles containing {@code titleContains}" (ignoring case). A profile's
 * rules are checked in order; the first match wins, else the default resume is sent.
 */
public record ResumeRule(String titleContains, String resumeId) {

    /** True when {@code jobTitle} contains this rule's words, ignoring case; never for an unknown title. */
    public boolean matches(String jobTitle) {
        return jobTitle != null && titleContains != null && !titleContains.isBlank()
                && jobTitle.toLowerCase(Locale.ROOT).contains(titleContains.trim().toLowerCase(Locale.ROOT));
    }
}
