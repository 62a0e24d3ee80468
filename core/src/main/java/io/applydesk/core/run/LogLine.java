package io.applydesk.core.run;

import java.time.Instant;

/** A progress line from the engine while it works on one application ("Uploading resume"). */
public record LogLine(String sessionRunId, String applicationId, Instant at, String text) implements RunEvent {
}
