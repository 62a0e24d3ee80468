package io.applydesk.automation.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The failure switched on for each practice job. Thread-safe: tests switch while server threads read. */
public final class PracticeFailures {
    private final Map<String, PracticeFailure> byJobId = new ConcurrentHashMap<>();

    /** Switches {@code failure} on for the job; {@link PracticeFailure#NONE} switches it off. */
    public void set(String jobId, PracticeFailure failure) {
        if (failure == PracticeFailure.NONE) {
            byJobId.remove(jobId);
        } else {
            byJobId.put(jobId, failure);
        }
    }

    /** The job's failure, {@link PracticeFailure#NONE} when none is switched on. */
    public PracticeFailure of(String jobId) {
        return byJobId.getOrDefault(jobId, PracticeFailure.NONE);
    }

    public void clear() {
        byJobId.clear();
    }
}
