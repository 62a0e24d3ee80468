package io.applydesk.core.run;

/** Derived from the run's applications. */
public record RunStats(int jobsFound, int applicationsAttempted, int applicationsSuccessful, int applicationsFailed) {
}
