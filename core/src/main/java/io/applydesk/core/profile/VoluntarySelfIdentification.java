package io.applydesk.core.profile;

/**
 * Answers for EEO / demographic sections only. Each value is the candidate's own wording or
 * "decline", which the engine maps to the form's decline option.
 */
public record VoluntarySelfIdentification(
        String gender,
        String race,
        String hispanicOrLatino,
        String veteran,
        String disability) {

    public static final String DECLINE = "decline";
}
