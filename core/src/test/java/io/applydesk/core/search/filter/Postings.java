package io.applydesk.core.search.filter;

import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.search.Board;
import io.applydesk.core.search.ExperienceLevel;
import io.applydesk.core.search.JobPosting;
import io.applydesk.core.search.JobType;
import io.applydesk.core.search.SalaryRange;
import io.applydesk.core.search.WorkType;
import java.time.Instant;
import java.util.List;

/** Postings for filter tests: a Greenhouse job with the given title and places, the rest set with the withers. */
final class Postings {
    static final Instant NOW = Instant.parse("2026-09-01T12:00:00Z");
    private static int next = 1000;

    private Postings() {
    }

    static JobPosting job(String title, String... locations) {
        return job(title, null, locations);
    }

    static JobPosting job(String title, WorkType workType, String... locations) {
        String id = String.valueOf(next++);
        String url = "https://job-boards.greenhouse.io/acme/jobs/" + id;
        return new JobPosting(new Board(AtsType.GREENHOUSE, "acme", "Acme Corp"), null, id, title, List.of(locations),
                workType, null, ExperienceLevel.fromTitle(title), null, NOW.minusSeconds(3600), url,
                new JobLinkParser().parse(url).canonicalKey());
    }

    static JobPosting with(JobPosting j, JobType type, SalaryRange salary, Instant postedAt) {
        return new JobPosting(j.board(), j.companyName(), j.atsJobId(), j.title(), j.locations(), j.workType(), type,
                j.experienceLevel(), salary, postedAt, j.applyUrl(), j.jobKey());
    }
}
