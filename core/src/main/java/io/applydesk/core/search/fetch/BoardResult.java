package io.applydesk.core.search.fetch;

import io.applydesk.core.search.JobPosting;
import java.util.List;

/** One board's jobs (empty when it failed) and the report on reading it. */
public record BoardResult(SourceReport report, List<JobPosting> jobs) {

    public BoardResult {
        jobs = List.copyOf(jobs);
    }
}
