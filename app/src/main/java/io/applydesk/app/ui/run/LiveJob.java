package io.applydesk.app.ui.run;

/**
 * An application being filled in right now, as the live dashboard shows it.
 *
 * @param line      the engine's latest progress line, or null
 * @param thumbnail the latest JPEG of its browser page, or null before the first; shared, never changed
 */
public record LiveJob(String applicationId, String job, String line, byte[] thumbnail) {
}
