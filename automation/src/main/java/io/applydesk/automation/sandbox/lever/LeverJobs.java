package io.applydesk.automation.sandbox.lever;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.applydesk.automation.sandbox.lever.LeverCard.checkboxes;
import static io.applydesk.automation.sandbox.lever.LeverCard.choice;
import static io.applydesk.automation.sandbox.lever.LeverCard.dropdown;
import static io.applydesk.automation.sandbox.lever.LeverCard.text;
import static io.applydesk.automation.sandbox.lever.LeverCard.textarea;

/**
 * The Lever replica's postings (invented companies), each with a different card set, all answerable by
 * the demo candidate. Ids are stable so tests and practice sessions can rely on them.
 */
public final class LeverJobs {
    public static final String WORK_AUTHORIZATION_LABEL = "Are you legally authorized to work in the United States?";
    public static final String SPONSORSHIP_LABEL = "Will you now or in the future require visa sponsorship?";
    public static final String HOW_DID_YOU_HEAR_LABEL = "How did you hear about this job?";
    public static final String SALARY_LABEL = "What are your salary expectations?";
    /** Answered from the demo candidate's answer bank (the same question as a Greenhouse job asks). */
    public static final String OFFICES_LABEL = "Which of our offices would you consider working from?";
    public static final String NOTICE_LABEL = "What is your notice period?";
    public static final String RELOCATE_LABEL = "Are you willing to relocate?";
    public static final String PRONOUNS_LABEL = "Pronouns";

    /** Yes/no radios, a dropdown and a text field in one card, and the EEO survey. */
    public static final LeverJob JAVA_ENGINEER = new LeverJob(
            "tideline", "3f6c2a1e-8b4d-4c1f-9a57-2d0e6b7c9f11", "Tideline Maps", "Senior Java Engineer",
            "Austin, TX", "Full-time", "Engineering",
            """
            <div><b>Tideline Maps</b> draws nautical charts that update every hour for 40,000 boats.</div>
            <div>You will build the Java services that merge depth soundings into our chart tiles.</div>
            """,
            List.of(new LeverCard("8a1d3c55-0f2e-4b7a-9c61-4e5d2b8f7a10", "Work eligibility", List.of(
                    choice(WORK_AUTHORIZATION_LABEL, true, "Yes", "No"),
                    choice(SPONSORSHIP_LABEL, true, "Yes", "No"),
                    dropdown(HOW_DID_YOU_HEAR_LABEL, true, "LinkedIn", "Company website", "Referral", "Other"),
                    text(SALARY_LABEL, true)))),
            true);

    /** Checkboxes and a text area in one card, optional questions in another; no EEO survey. */
    public static final LeverJob RELIABILITY_ENGINEER = new LeverJob(
            "harborlight", "b7e94d20-5c3a-4f86-8d1b-6a2f0c9e3d47", "Harborlight Labs", "Site Reliability Engineer",
            "Berlin, Germany", "Full-time", "Infrastructure",
            """
            <div><b>Harborlight Labs</b> runs the port-call scheduling platform used by twelve European harbours.</div>
            <div>Our reliability team keeps it up through storms, strikes and Black Friday container peaks.</div>
            """,
            List.of(new LeverCard("c2f07b19-6d84-4e3a-b5c9-1a7e8d2f4b63", "About you", List.of(
                            checkboxes(OFFICES_LABEL, true, "Berlin", "Lisbon", "Remote within the EU"),
                            textarea(NOTICE_LABEL, true))),
                    new LeverCard("e5a3c8d1-9b2f-4c7e-8a06-3d1f5b9c2e74", "Optional", List.of(
                            choice(RELOCATE_LABEL, false, "Yes", "No"),
                            text(PRONOUNS_LABEL, false)))),
            false);

    private static final List<LeverJob> ALL = List.of(JAVA_ENGINEER, RELIABILITY_ENGINEER);

    private static final List<LeverJob> ALIASES = List.of(
            JAVA_ENGINEER.aliasAs("5a0e7c3d-2b1f-4e8a-9d6c-7f3a1b2c4d01", "Software Engineer II"),
            RELIABILITY_ENGINEER.aliasAs("9c4b2e1f-7a3d-4f6b-8e2c-1d5a7b9c3e02", "Backend Software Engineer"));

    private LeverJobs() {
    }

    public static List<LeverJob> all() {
        return ALL;
    }

    /**
     * Board-only postings ("Software Engineer"-like titles) served with an existing job's form; not in
     * {@link #all()}.
     */
    public static List<LeverJob> aliases() {
        return ALIASES;
    }

    /** A posting or posting alias of the site. */
    public static Optional<LeverJob> find(String site, String postingId) {
        return Stream.concat(ALL.stream(), ALIASES.stream())
                .filter(job -> job.site().equals(site) && job.postingId().equals(postingId)).findFirst();
    }
}
