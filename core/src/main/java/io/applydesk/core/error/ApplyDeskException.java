package io.applydesk.core.error;

/**
 * A refusal or failure with one of the hosted API's codes and a sentence a person understands.
 * {@code details} names the offending input (a field, a row number) when there is one.
 */
public class ApplyDeskException extends RuntimeException {
    private final ErrorCode code;
    private final String details;

    public ApplyDeskException(ErrorCode code, String message) {
        this(code, message, null, null);
    }

    public ApplyDeskException(ErrorCode code, String message, String details) {
        this(code, message, details, null);
    }

    public ApplyDeskException(ErrorCode code, String message, String details, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.details = details;
    }

    public ErrorCode code() {
        return code;
    }

    /** The offending input, or null. */
    public String details() {
        return details;
    }

    /** "CODE: sentence" — the form used in the CLI and logs. */
    public String describe() {
        return code + ": " + getMessage();
    }
}
