package io.applydesk.core.search;

import io.applydesk.core.job.AtsType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One open job as a board API lists it, in the one shape every {@code JobSource} produces.
 *
 * @param board           the board the job was read from
 * @param companyName     the employer's display name
 * @param atsJobId        the ATS's own job id (Greenhouse post id, Lever/Ashby UUID, Workable shortcode, ...)
 * @param title           the posting's title, trimmed
 * @param locations       the places the posting names, as written, primary first
 * @param workType        remote / on-site / hybrid, null when the board does not say
 * @param jobType         full-time / part-time / contract / internship, null when unknown
 * @param experienceLevel the board's level when it has one, else the one the title says
 * @param salary          published pay, or null
 * @param postedAt        when the job was published, or null
 * @param applyUrl        the job's page on the ATS, where the engine applies
 * @param jobKey          {@code JobLinkParser.parse(applyUrl).canonicalKey()}: the identity shared with
 *                        {@code application.job_key}, so results dedupe against applications
 */
public record JobPosting(Board board, String companyName, String atsJobId, String title, List<String> locations,
                         WorkType workType, JobType jobType, ExperienceLevel experienceLevel, SalaryRange salary,
                         Instant postedAt, String applyUrl, String jobKey) {

    public JobPosting {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(applyUrl, "applyUrl");
        title = title == null ? "" : title.strip();
        locations = locations == null ? List.of()
                : locations.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).distinct().toList();
        companyName = companyName == null || companyName.isBlank() ? board.companyName() : companyName.strip();
    }

    /** The ATS the job is on. */
    public AtsType ats() {
        return board.ats();
    }
}
