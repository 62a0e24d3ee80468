package io.applydesk.core.search;

import io.applydesk.core.search.fetch.SourceReport;
import java.util.List;

/**
 * A search's answer.
 *
 * @param searchId     {@code srch_…}: a session created with it takes the search's titles and locations
 * @param jobs         the matching jobs, newest first (undated last), at most the request's {@code results}
 * @param totalMatched how many jobs matched before the cut at {@code results}
 * @param sources      how reading each board went
 */
public record SearchResult(String searchId, List<JobPosting> jobs, int totalMatched, List<SourceReport> sources) {

    public SearchResult {
        jobs = List.copyOf(jobs);
        sources = List.copyOf(sources);
    }
}
