package io.applydesk.core.application;

import java.time.Instant;

/**
 * One try at an application, as the hosted API's {@code attempts[]}.
 *
 * @param status lower-case outcome: processing, success, failed, needs_input, ...
 */
public record Attempt(int attempt, String status, Instant timestamp) {
    /**
     * The status of the attempt that records the candidate discarding a reviewed form: it is what tells such
     * a CANCELLED application from one a stop cancelled before it started.
     */
    public static final String DISCARDED = "discarded";
}
