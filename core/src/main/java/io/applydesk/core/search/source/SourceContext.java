package io.applydesk.core.search.source;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.job.JobLink;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.search.Board;
import io.applydesk.core.search.ExperienceLevel;
import io.applydesk.core.search.JobPosting;
import io.applydesk.core.search.JobType;
import io.applydesk.core.search.SalaryRange;
import io.applydesk.core.search.WorkType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What sources need besides the response: where the APIs are, the link parser that gives each job its canonical
 * key (with the practice server's host aliases when searching the replicas), and the fetch time that relative
 * dates ("Posted 3 Days Ago") count from.
 */
public record SourceContext(BoardApiSettings settings, JobLinkParser links, Instant fetchedAt) {

    public SourceContext {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    /** The fields a source reads for one job; {@link #collect} completes them. */
    public record Draft(String companyName, String atsJobId, String title, List<String> locations, WorkType workType,
                        JobType jobType, ExperienceLevel boardLevel, SalaryRange salary, Instant postedAt,
                        String applyUrl) {
    }

    /**
     * Adds the finished posting to {@code jobs}: the job key from the link, the level from the title when the board
     * gives none, and internship as the job type of an untyped posting whose title says intern. A job without a web
     * link is left out (it cannot be applied to) rather than failing the board.
     */
    public void collect(List<JobPosting> jobs, Board board, Draft d) {
        JobPosting posting = complete(board, d);
        if (posting != null) {
            jobs.add(posting);
        }
    }

    private JobPosting complete(Board board, Draft d) {
        if (d.applyUrl() == null || d.applyUrl().isBlank()) {
            return null;
        }
        JobLink link;
        try {
            link = links.parse(d.applyUrl());
        } catch (ApplyDeskException e) {
            return null;
        }
        ExperienceLevel level = d.boardLevel() != null ? d.boardLevel() : ExperienceLevel.fromTitle(d.title());
        JobType jobType = d.jobType() != null ? d.jobType()
                : ExperienceLevel.fromTitle(d.title()) == ExperienceLevel.INTERN ? JobType.INTERNSHIP : null;
        return new JobPosting(board, d.companyName(), d.atsJobId(), d.title(), d.locations(), d.workType(), jobType,
                level, d.salary(), d.postedAt(), link.uri().toString(), link.canonicalKey());
    }
}
