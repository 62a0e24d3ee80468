package io.applydesk.core.application;

import java.time.Instant;

/**
 * One try at an application, as the hosted API's {@code attempts[]}.
 *
 * @param status lower-case outcome: processing, success, failed, needs_input, ...
 */
public record Attempt(int attempt, String status, Instant timestamp) {
}
