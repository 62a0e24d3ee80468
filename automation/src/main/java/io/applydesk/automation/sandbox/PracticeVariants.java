package io.applydesk.automation.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The variant switched on for each practice job. Thread-safe: tests switch while server threads read. */
public final class PracticeVariants {
    private final Map<String, PracticeVariant> byJobId = new ConcurrentHashMap<>();

    /** Shows the job in {@code variant}; {@link PracticeVariant#STANDARD} switches variation off. */
    public void set(String jobId, PracticeVariant variant) {
        if (variant == PracticeVariant.STANDARD) {
            byJobId.remove(jobId);
        } else {
            byJobId.put(jobId, variant);
        }
    }

    /** The job's variant, {@link PracticeVariant#STANDARD} when none is switched on. */
    public PracticeVariant of(String jobId) {
        return byJobId.getOrDefault(jobId, PracticeVariant.STANDARD);
    }

    public void clear() {
        byJobId.clear();
    }
}
