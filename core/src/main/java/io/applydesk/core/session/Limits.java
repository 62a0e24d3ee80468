package io.applydesk.core.session;

public record Limits(Integer maxJobsPerRun) {
}
