package io.applydesk.app.ui.common;

import io.applydesk.core.error.ApplyDeskException;

/** Turns a failure into the sentence shown to the candidate. */
public final class ErrorText {

    private ErrorText() {
    }

    /** The ApplyDesk sentence when there is one; otherwise a plain fallback naming the problem. */
    public static String of(Throwable error) {
        Throwable cause = error;
        while (cause != null) {
            if (cause instanceof ApplyDeskException) {
                return cause.getMessage();
            }
            cause = cause.getCause();
        }
        String detail = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return "Something went wrong: " + detail;
    }
}
