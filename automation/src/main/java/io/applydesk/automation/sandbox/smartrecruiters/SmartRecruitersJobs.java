package io.applydesk.automation.sandbox.smartrecruiters;

import io.applydesk.automation.sandbox.smartrecruiters.SmartRecruitersQuestion.Kind;

import java.util.List;
import java.util.Optional;

import static io.applydesk.automation.sandbox.smartrecruiters.SmartRecruitersQuestion.of;

/** The SmartRecruiters replica's postings; the demo candidate answers every required question of each. */
public final class SmartRecruitersJobs {

    /** A select, a yes/no and a text question answered from the answer bank. */
    public static final SmartRecruitersJob PLATFORM_ENGINEER = new SmartRecruitersJob("BrightwaterAnalytics1",
            "744000061234567", "senior-platform-engineer", "6b1f3c2e-4a5d-4e8f-9a0b-1c2d3e4f5a61",
            "Brightwater Analytics", "Senior Platform Engineer", "Austin, TX, United States",
            """
            <h3>Company Description</h3><p>Brightwater Analytics measures water quality for two hundred city
            utilities and warns them before a problem reaches a tap.</p>
            <h3>Job Description</h3><ul><li>Run the Java ingestion platform</li><li>Own its reliability</li></ul>
            """,
            List.of(of("5f2a9c10", "How did you hear about this job?", Kind.SELECT, true,
                            "LinkedIn", "Job board", "Company website", "Referral"),
                    of("5f2a9c11", "Are you legally authorized to work in the United States?", Kind.YES_NO, true),
                    of("5f2a9c12", "How many years of professional experience do you have with Java?", Kind.TEXT, true)));

    /** Two yes/no questions, one optional text question the profile cannot answer. */
    public static final SmartRecruitersJob QA_ENGINEER = new SmartRecruitersJob("CopperlineHealth",
            "744000061239876", "qa-automation-engineer", "9c3d5e7f-1a2b-4c3d-8e4f-5a6b7c8d9e02",
            "Copperline Health", "QA Automation Engineer", "Remote, United States",
            """
            <h3>Company Description</h3><p>Copperline Health schedules home visits for forty thousand patients.</p>
            <h3>Job Description</h3><p>Automate the tests of our scheduling apps.</p>
            """,
            List.of(of("7a1b2c30", "Will you now or in the future require sponsorship for employment visa status?",
                            Kind.YES_NO, true),
                    of("7a1b2c31", "Are you willing to relocate?", Kind.YES_NO, true),
                    of("7a1b2c32", "Which test framework do you enjoy the least?", Kind.TEXT, false)));

    private SmartRecruitersJobs() {
    }

    public static List<SmartRecruitersJob> all() {
        return List.of(PLATFORM_ENGINEER, QA_ENGINEER);
    }

    /** The posting whose OneClick publication UUID this is (case-insensitive). */
    public static Optional<SmartRecruitersJob> byPublication(String company, String publication) {
        return all().stream().filter(job -> job.company().equals(company)
                && job.publication().equalsIgnoreCase(publication)).findFirst();
    }

    public static Optional<SmartRecruitersJob> byPosting(String company, String postingId) {
        return all().stream().filter(job -> job.company().equals(company) && job.postingId().equals(postingId)).findFirst();
    }
}
