package io.applydesk.core.application;

import java.nio.file.Path;

/**
 * Proof of what was sent, under {@code evidence/<application_id>/}. Any path may be null when it
 * was not captured (e.g. no confirmation page for NEEDS_INPUT).
 */
public record Evidence(
        Path directory,
        Path filledScreenshot,
        Path confirmationScreenshot,
        Path answersJson,
        Path pageHtml,
        String resumeSha256) {
}
