package io.applydesk.core.search.source;

import io.applydesk.core.search.JobPosting;
import java.util.List;

/**
 * What one board API response holds: its jobs, and the request for the next page when there is one.
 *
 * @param next null on the last page
 */
public record BoardPage(List<JobPosting> jobs, BoardRequest next) {

    public BoardPage {
        jobs = List.copyOf(jobs);
    }
}
