package io.applydesk.core.engine;

public enum ApplyMode {
    /** Fill, capture evidence, submit, confirm. */
    SUBMIT,
    /** Fill and capture evidence, stop before submit (AWAITING_REVIEW). */
    REVIEW
}
