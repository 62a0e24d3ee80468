package io.applydesk.automation.sandbox;

import io.applydesk.automation.sandbox.boards.BoardPosting;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.HostAlias;

import java.util.List;
import java.util.Optional;

/**
 * One ATS imitated by the practice server: its pages under its own path prefix (mirroring the real
 * site's paths) and, where the real ATS has them, employer-site pages that embed its form.
 * Implementations are called from several server threads at once and must be thread-safe.
 */
public interface Replica {

    AtsType atsType();

    /** The replica's jobs, in a stable order. */
    List<PracticeJob> jobs();

    /** URL prefixes whose paths follow this ATS's real URL patterns. */
    List<HostAlias> hostAliases();

    /** Answers the request, or empty when the path is not one of this replica's. */
    Optional<PracticeResponse> handle(PracticeRequest request);

    /**
     * Postings that only the board APIs list ("posting aliases": another job id and title on a practice tenant,
     * served with an existing job's form), not part of {@link #jobs()}.
     */
    default List<PracticeJob> boardOnlyJobs() {
        return List.of();
    }

    /** What this ATS's public board API lists: {@link #jobs()} and {@link #boardOnlyJobs()} on their boards. */
    default List<BoardPosting> boardPostings() {
        return List.of();
    }

    /** The job's form on an employer's own site at a URL that names no ATS, when the real ATS allows that. */
    default Optional<String> employerSiteUrl(PracticeJob job) {
        return Optional.empty();
    }

    /** The job's form on an employer careers page whose URL carries the ATS's job-id parameter. */
    default Optional<String> careersSiteUrl(PracticeJob job) {
        return Optional.empty();
    }
}
