package io.applydesk.automation.sandbox.boards;

import io.applydesk.core.search.Board;
import java.util.Locale;
import java.util.Objects;

/**
 * One posting as a practice board API lists it, in ATS-neutral terms; each {@link BoardApi} renders it in its
 * ATS's real response shape.
 *
 * @param board           the board that lists the posting
 * @param jobId           the ATS's own job id (Greenhouse post id, Lever/Ashby UUID, Workday requisition id, …)
 * @param apiId           the id the board API lists it under where that differs from {@code jobId}
 *                        (SmartRecruiters: the 15-digit posting id; Workday: the {@code externalPath}); else jobId
 * @param postedDaysAgo   how many days before the server clock's today the posting was published
 * @param salary          the published pay range, or null; rendered only by ATSs that publish pay
 * @param postingUrl      the posting's page on the practice server
 * @param applyUrl        the practice application form the engine applies on
 */
public record BoardPosting(Board board, String jobId, String apiId, String title, String location,
                           WorkType workType, EmploymentType employmentType, String department, Salary salary,
                           int postedDaysAgo, String postingUrl, String applyUrl, String descriptionHtml) {

    public BoardPosting {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(jobId, "jobId");
        if (postedDaysAgo < 0) {
            throw new IllegalArgumentException("a posting cannot be published in the future: " + postedDaysAgo);
        }
    }

    /**
     * A posting of a practice job, its listing facts derived from the replica's job model: the work type from the
     * location line, the department from the title, and a posted date and pay range that vary from job to job but
     * stay the same for a job id (so tests and benchmarks see stable boards).
     */
    public static BoardPosting ofPracticeJob(Board board, String jobId, String apiId, String title, String location,
                                             String postingUrl, String applyUrl, String descriptionHtml) {
        int spread = Math.floorMod(jobId.hashCode(), 1000);
        return new BoardPosting(board, jobId, apiId, title, location, WorkType.of(location), EmploymentType.FULL_TIME,
                Departments.of(title), Salary.forTitle(title, spread), spread % 29, postingUrl, applyUrl,
                descriptionHtml);
    }

    /** The location line split into city, region and country, as the structured APIs publish it. */
    public Place place() {
        return Place.parse(location);
    }

    /** Where the work happens, from each API's own fields (Remote / Hybrid / On-site). */
    public enum WorkType {
        ON_SITE, HYBRID, REMOTE;

        /** From a location line: "Remote (US)" is remote, "Austin, TX (Hybrid)" hybrid, anything else on-site. */
        public static WorkType of(String location) {
            String text = location == null ? "" : location.toLowerCase(Locale.ROOT);
            if (text.contains("remote")) {
                return REMOTE;
            }
            return text.contains("hybrid") ? HYBRID : ON_SITE;
        }
    }

    /** The kind of contract. */
    public enum EmploymentType {
        FULL_TIME, PART_TIME, CONTRACT, INTERN
    }

    /** A yearly pay range. */
    public record Salary(int min, int max, String currency) {

        /** A plausible yearly USD range for the title; {@code spread} (0–999) varies it between jobs. */
        static Salary forTitle(String title, int spread) {
            String lower = title.toLowerCase(Locale.ROOT);
            int base = lower.contains("senior") || lower.contains("staff") || lower.contains("lead") ? 150_000
                    : lower.contains("intern") ? 50_000 : 110_000;
            int min = base + spread % 8 * 5_000;
            return new Salary(min, min + 30_000 + spread % 3 * 10_000, "USD");
        }
    }

    /** The department a title belongs to, for the APIs that publish one. */
    static final class Departments {
        private Departments() {
        }

        static String of(String title) {
            String lower = title.toLowerCase(Locale.ROOT);
            if (lower.contains("data") || lower.contains("analyst") || lower.contains("machine learning")) {
                return "Data";
            }
            if (lower.contains("design")) {
                return "Design";
            }
            if (lower.contains("sales") || lower.contains("account") || lower.contains("customer")) {
                return "Sales";
            }
            return lower.contains("advocate") ? "Developer Relations" : "Engineering";
        }
    }
}
