package io.applydesk.core.run;

import java.time.Instant;

/**
 * A small JPEG of the browser page of one application being filled in, for the live thumbnail.
 * Published only while someone watches ({@link RunCoordinator#watchPages()}). The array is shared
 * with every listener and must not be changed.
 */
public record PageSnapshot(String sessionRunId, String applicationId, Instant at, byte[] jpeg) implements RunEvent {
}
