package io.applydesk.core.answer;

/** Where a question sits on a form; decides which sources may answer it. */
public enum QuestionSection {
    /** The ATS's own contact fields (name, email, phone, location, resume). */
    STANDARD,
    /** Questions the employer added. */
    CUSTOM,
    /** EEO / EEOC / demographic questions: answered only from voluntarySelfIdentification. */
    VOLUNTARY_SELF_ID,
    /** Consent checkboxes (data processing, marketing). */
    CONSENT
}
