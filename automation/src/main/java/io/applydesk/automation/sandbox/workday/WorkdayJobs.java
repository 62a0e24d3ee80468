package io.applydesk.automation.sandbox.workday;

import java.util.List;
import java.util.Optional;

/** The Workday replica's catalog: two requisitions at two tenants, so each gets its own account. */
public final class WorkdayJobs {
    private static final List<String> YES_NO = List.of("Yes", "No");

    public static final WorkdayJob NORTHWIND_DATA_ENGINEER = new WorkdayJob("northwind", null, "External",
            "Austin-TX", "Senior-Data-Engineer", "R1505", "Northwind Health", "Senior Data Engineer",
            "<p>Northwind Health builds the claims platform for 300 clinics. You will own the Java and Kafka "
                    + "pipelines that move claims from intake to payment.</p>",
            List.of(new WorkdayJob.Question("primaryQuestionnaire--workAuthorization",
                            "Are you legally authorized to work in the United States?", YES_NO, true),
                    new WorkdayJob.Question("primaryQuestionnaire--sponsorship",
                            "Will you now or in the future require sponsorship for employment visa status?", YES_NO, true),
                    new WorkdayJob.Question("primaryQuestionnaire--relocation",
                            "Are you willing to relocate?", YES_NO, true)));

    public static final WorkdayJob ACME_PLATFORM_ENGINEER = new WorkdayJob("acme", "en-US", "Careers",
            "Remote-USA", "Platform-Engineer", "JR-1001", "Acme Logistics", "Platform Engineer",
            "<p>Acme Logistics routes 40,000 trucks a day. Join the platform team that keeps the routing "
                    + "services fast and observable.</p>",
            List.of(new WorkdayJob.Question("primaryQuestionnaire--sponsorship",
                            "Will you now or in the future require sponsorship for employment visa status?", YES_NO, true),
                    new WorkdayJob.Question("primaryQuestionnaire--javaYears",
                            "How many years of professional experience do you have with Java?", List.of(), true)));

    private WorkdayJobs() {
    }

    public static List<WorkdayJob> all() {
        return List.of(NORTHWIND_DATA_ENGINEER, ACME_PLATFORM_ENGINEER);
    }

    /** The job of this tenant with this requisition id. */
    public static Optional<WorkdayJob> find(String tenant, String reqId) {
        return all().stream().filter(job -> job.tenant().equals(tenant) && job.reqId().equalsIgnoreCase(reqId))
                .findFirst();
    }
}
