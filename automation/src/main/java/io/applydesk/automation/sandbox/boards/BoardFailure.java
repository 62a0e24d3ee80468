package io.applydesk.automation.sandbox.boards;

/** How one practice board's API misbehaves, so a search's per-source report can be tested. */
public enum BoardFailure {
    /** Answers normally. */
    NONE,
    /** Answers HTTP 500. */
    SERVER_ERROR,
    /** Holds the (correct) answer back for the slow delay ({@link PracticeBoards#setSlowDelay}). */
    SLOW,
    /** Answers 200 with a body cut off in the middle of the JSON. */
    MALFORMED_JSON
}
