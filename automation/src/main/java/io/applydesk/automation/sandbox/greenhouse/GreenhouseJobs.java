package io.applydesk.automation.sandbox.greenhouse;

import io.applydesk.automation.sandbox.greenhouse.GreenhouseQuestion.Option;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.applydesk.automation.sandbox.greenhouse.GreenhouseQuestion.multiSelect;
import static io.applydesk.automation.sandbox.greenhouse.GreenhouseQuestion.singleSelect;
import static io.applydesk.automation.sandbox.greenhouse.GreenhouseQuestion.text;
import static io.applydesk.automation.sandbox.greenhouse.GreenhouseQuestion.textarea;
import static io.applydesk.automation.sandbox.greenhouse.GreenhouseQuestion.yesNo;

/**
 * The Greenhouse replica's job posts: invented companies, each form with a different question set.
 * Ids are stable so tests, practice sessions and the demo candidate's answer bank can rely on them.
 */
public final class GreenhouseJobs {

    /** Asked first on every form, as on most real Greenhouse boards. */
    public static final String LINKEDIN_LABEL = "LinkedIn Profile";
    public static final String WORK_AUTHORIZATION_LABEL = "Are you legally authorized to work in the United States?";
    public static final String SPONSORSHIP_LABEL =
            "Will you now or in the future require sponsorship for employment visa status (e.g. H-1B visa status)?";
    public static final String HOW_DID_YOU_HEAR_LABEL = "How did you hear about this job?";
    /** Answered only from the demo candidate's answer bank. */
    public static final String WHY_JOIN_LABEL = "Why do you want to join Tidewater Energy?";
    /** Answered only from the demo candidate's answer bank. */
    public static final String JAVA_YEARS_LABEL = "How many years of professional experience do you have with Java?";
    /** Answered only from the demo candidate's answer bank. */
    public static final String OFFICES_LABEL = "Which of our offices would you consider working from?";
    /** The question the demo candidate cannot answer. */
    public static final String OPEN_SOURCE_LABEL = "Which of our open-source projects have you contributed to?";

    /** Standard fields plus a required LinkedIn question. */
    public static final GreenhouseJob BACKEND_ENGINEER = new GreenhouseJob(
            "northwind-robotics", "Northwind Robotics", "4105237001", "Backend Engineer", "Austin, TX (Hybrid)",
            """
            <p>Northwind Robotics builds fleet software for warehouse robots. You will design and run the Java
            services that plan routes for thousands of robots every minute.</p>
            <h3>What you will do</h3>
            <ul><li>Own services from design to on-call</li><li>Work with PostgreSQL, Kafka and Kubernetes</li></ul>
            <h3>What we look for</h3>
            <ul><li>3+ years building backend services</li><li>Care for clear, tested code</li></ul>
            """,
            false,
            List.of(text(4419270101L, LINKEDIN_LABEL, true),
                    text(4419270102L, "Website", false)),
            false, false, false);

    /** Yes/no work authorization and sponsorship, a single select, and the EEO section. */
    public static final GreenhouseJob DATA_ANALYST = new GreenhouseJob(
            "lumen-health", "Lumen Health", "5207719002", "Data Analyst, Care Operations", "Denver, CO",
            """
            <p>Lumen Health runs community clinics across Colorado. Our analysts turn visit and staffing data
            into decisions that shorten waiting times for patients.</p>
            <h3>Responsibilities</h3>
            <ul><li>Build dashboards for clinic managers</li><li>Model patient demand by season</li></ul>
            <h3>Requirements</h3>
            <ul><li>SQL and one of Python or R</li><li>Clear writing for non-technical readers</li></ul>
            """,
            true,
            List.of(text(5521880201L, LINKEDIN_LABEL, false),
                    yesNo(5521880202L, WORK_AUTHORIZATION_LABEL, true),
                    yesNo(5521880203L, SPONSORSHIP_LABEL, true),
                    singleSelect(5521880204L, HOW_DID_YOU_HEAR_LABEL, true,
                            new Option(5521880301L, "LinkedIn"),
                            new Option(5521880302L, "Company website"),
                            new Option(5521880303L, "Employee referral"),
                            new Option(5521880304L, "Job board"),
                            new Option(5521880305L, "Other"))),
            true, false, false);

    /** A free-text motivation question, an answer-bank question, an optional multi-select, and GDPR consent. */
    public static final GreenhouseJob PLATFORM_ENGINEER = new GreenhouseJob(
            "tidewater-energy", "Tidewater Energy", "6309925003", "Platform Engineer", "Berlin, Germany",
            """
            <p>Tidewater Energy forecasts tidal power output for grid operators in six countries. The platform
            team runs the data pipelines and the Java services behind every forecast.</p>
            <h3>Your tasks</h3>
            <ul><li>Keep our pipelines fast and observable</li><li>Improve deployment and developer tooling</li></ul>
            <h3>Your profile</h3>
            <ul><li>Solid Java or Kotlin experience</li><li>Comfort with Linux and cloud infrastructure</li></ul>
            """,
            true,
            List.of(text(6630140301L, LINKEDIN_LABEL, false),
                    textarea(6630140302L, WHY_JOIN_LABEL, true),
                    text(6630140303L, JAVA_YEARS_LABEL, true),
                    multiSelect(6630140304L, OFFICES_LABEL, false,
                            new Option(6630140401L, "Berlin"),
                            new Option(6630140402L, "Lisbon"),
                            new Option(6630140403L, "Remote within the EU"))),
            false, true, false);

    /** A required question the demo candidate has no answer for: a correct applier stops and asks. */
    public static final GreenhouseJob DEVELOPER_ADVOCATE = new GreenhouseJob(
            "quillpad", "Quillpad", "7411038004", "Developer Advocate", "Remote (United States)",
            """
            <p>Quillpad makes an open-source note editor used by two million writers. As developer advocate you
            help our plugin community grow.</p>
            <h3>You will</h3>
            <ul><li>Write guides and sample plugins</li><li>Speak with contributors every week</li></ul>
            """,
            true,
            List.of(text(7741250401L, LINKEDIN_LABEL, false),
                    textarea(7741250402L, OPEN_SOURCE_LABEL, true),
                    yesNo(7741250403L, WORK_AUTHORIZATION_LABEL, true)),
            false, false, true);

    private static final List<GreenhouseJob> ALL =
            List.of(BACKEND_ENGINEER, DATA_ANALYST, PLATFORM_ENGINEER, DEVELOPER_ADVOCATE);

    private static final List<GreenhouseJob> ALIASES = List.of(
            BACKEND_ENGINEER.aliasAs("4105237011", "Software Engineer"),
            BACKEND_ENGINEER.aliasAs("4105237012", "Senior Software Engineer"));

    private GreenhouseJobs() {
    }

    /** Every job, in a stable order. */
    public static List<GreenhouseJob> all() {
        return ALL;
    }

    /**
     * Board-only postings ("Software Engineer"-like titles) served with an existing job's form; not in
     * {@link #all()}.
     */
    public static List<GreenhouseJob> aliases() {
        return ALIASES;
    }

    /** A job or posting alias of the board. */
    public static Optional<GreenhouseJob> find(String board, String jobId) {
        return Stream.concat(ALL.stream(), ALIASES.stream())
                .filter(job -> job.board().equals(board) && job.jobId().equals(jobId)).findFirst();
    }

    public static List<GreenhouseJob> onBoard(String board) {
        return ALL.stream().filter(job -> job.board().equals(board)).toList();
    }
}
