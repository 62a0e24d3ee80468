package io.applydesk.automation.sandbox.workable;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The Workable replica's jobs: two accounts, questions the demo candidate's profile and answers cover. */
public final class WorkableJobs {
    /** Booleans, a short text and an optional custom attribute. */
    public static final WorkableJob BACKEND_ENGINEER = new WorkableJob("harborlight-health", "3F9A2C71D0",
            "Harborlight Health", "Backend Engineer (Java)", "Austin, Texas, United States",
            "<p>Harborlight Health builds the scheduling platform behind 300 clinics. You will own Java services "
                    + "that book, move and remind appointments.</p><h3>Requirements</h3><ul><li>Java 17, Spring</li>"
                    + "<li>PostgreSQL</li></ul>",
            List.of(WorkableQuestion.yesNo("QA_6130201", "Are you legally authorized to work in the United States?", true),
                    WorkableQuestion.yesNo("QA_6130202", "Will you now or in the future require visa sponsorship?", true),
                    WorkableQuestion.text("QA_6130203", "What are your salary expectations?", true),
                    WorkableQuestion.text("CA_41001", "LinkedIn profile", false)));
    /** A paragraph, checkboxes, radios and an optional boolean. */
    public static final WorkableJob RELIABILITY_ENGINEER = new WorkableJob("northwind-labs", "B84E1D6A25",
            "Northwind Labs", "Site Reliability Engineer", "Berlin, Germany",
            "<p>Northwind Labs runs the data platform of European logistics companies. Keep it fast and "
                    + "observable.</p><h3>Requirements</h3><ul><li>Kubernetes</li><li>Java or Go</li></ul>",
            List.of(WorkableQuestion.paragraph("QA_7240101",
                            "How many years of professional experience do you have with Java?", true),
                    WorkableQuestion.checkboxes("QA_7240102", "Which of our offices would you consider working from?",
                            true, "Berlin", "Lisbon", "Remote within the EU"),
                    WorkableQuestion.choice("QA_7240103", "How did you hear about this job?", true,
                            "LinkedIn", "Referral", "Job board", "Other"),
                    WorkableQuestion.yesNo("QA_7240104", "Are you willing to relocate?", false)));

    private static final List<WorkableJob> ALL = List.of(BACKEND_ENGINEER, RELIABILITY_ENGINEER);

    private static final List<WorkableJob> ALIASES = List.of(
            BACKEND_ENGINEER.aliasAs("3F9A2C71E1", "Software Developer"),
            RELIABILITY_ENGINEER.aliasAs("B84E1D6B36", "Software Engineer"));

    private WorkableJobs() {
    }

    public static List<WorkableJob> all() {
        return ALL;
    }

    /** The job with this account and shortcode (the shortcode's case does not matter, as at Workable). */
    /**
     * Board-only postings ("Software Engineer"-like titles) served with an existing job's form; not in
     * {@link #all()}.
     */
    public static List<WorkableJob> aliases() {
        return ALIASES;
    }

    public static Optional<WorkableJob> find(String account, String shortcode) {
        return Stream.concat(ALL.stream(), ALIASES.stream())
                .filter(job -> job.account().equals(account) && job.shortcode().equalsIgnoreCase(shortcode))
                .findFirst();
    }

    /** The job with this shortcode: shortcodes are unique across accounts. */
    public static Optional<WorkableJob> find(String shortcode) {
        return Stream.concat(ALL.stream(), ALIASES.stream())
                .filter(job -> job.shortcode().equalsIgnoreCase(shortcode))
                .findFirst();
    }
}
