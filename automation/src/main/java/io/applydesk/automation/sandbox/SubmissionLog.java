package io.applydesk.automation.sandbox;

import java.util.ArrayList;
import java.util.List;

/** What the practice ATS accepted and refused. Thread-safe: server threads write while tests read. */
public final class SubmissionLog {
    private final List<RecordedSubmission> accepted = new ArrayList<>();
    private int rejected;

    public synchronized void accept(RecordedSubmission submission) {
        accepted.add(submission);
    }

    /** Counts a POST the server refused (required fields missing). */
    public synchronized void reject() {
        rejected++;
    }

    public synchronized List<RecordedSubmission> accepted() {
        return List.copyOf(accepted);
    }

    public synchronized int rejectedCount() {
        return rejected;
    }

    public synchronized void clear() {
        accepted.clear();
        rejected = 0;
    }
}
