package io.applydesk.automation.sandbox.greenhousenew;

import io.applydesk.automation.sandbox.greenhousenew.GreenhouseNewQuestion.Kind;

import java.util.List;
import java.util.Optional;

import static io.applydesk.automation.sandbox.greenhousenew.GreenhouseNewQuestion.custom;
import static io.applydesk.automation.sandbox.greenhousenew.GreenhouseNewQuestion.demographic;

/**
 * The new-form Greenhouse replica's job posts: invented companies, each form with a different question
 * set, all answerable by the demo candidate. Ids are stable for tests and practice sessions.
 */
public final class GreenhouseNewJobs {

    public static final String DECLINE = "Decline To Self Identify";
    public static final String NOT_A_PROTECTED_VETERAN = "I am not a protected veteran";
    public static final String OFFICES_LABEL = "Which of our offices would you consider working from?";

    /** The countries of the phone field's country picker, with their dialling codes. */
    static final List<Country> COUNTRIES = List.of(
            new Country("United States", "us", "+1"), new Country("Canada", "ca", "+1"),
            new Country("United Kingdom", "gb", "+44"), new Country("Germany", "de", "+49"),
            new Country("Portugal", "pt", "+351"), new Country("India", "in", "+91"));

    /** A country of the phone picker. */
    record Country(String name, String iso, String dialCode) {
    }

    /** React-select custom questions (yes/no, source), a required LinkedIn text and four demographic selects. */
    public static final GreenhouseNewJob JAVA_ENGINEER = new GreenhouseNewJob(
            "harborline", "Harborline Logistics", "4781203", "Senior Java Engineer", "Seattle, WA",
            """
            <p>Harborline Logistics moves containers through twelve ports. Our Java services schedule cranes,
            trucks and berths in real time.</p>
            <h3>What you will do</h3>
            <ul><li>Design event-driven services</li><li>Keep our scheduling latency low</li></ul>
            """,
            List.of(custom(8120001, "LinkedIn Profile", Kind.TEXT, true),
                    custom(8120002, "How did you hear about this job?", Kind.SELECT, true,
                            "LinkedIn", "Company website", "Employee referral", "Other"),
                    custom(8120003, "Are you legally authorized to work in the United States?", Kind.SELECT, true,
                            "Yes", "No"),
                    custom(8120004, "Will you now or in the future require sponsorship for employment visa status?",
                            Kind.SELECT, true, "Yes", "No"),
                    demographic(4005628101L, "Gender", "Male", "Female", DECLINE),
                    demographic(4005628102L, "Are you Hispanic/Latino?", "Yes", "No", DECLINE),
                    demographic(4005628103L, "Veteran Status", NOT_A_PROTECTED_VETERAN,
                            "I identify as one or more of the classifications of protected veteran",
                            "I don't wish to answer"),
                    demographic(4005628104L, "Disability Status", "Yes, I have a disability (or previously had one)",
                            "No, I do not have a disability", "I do not want to answer")));

    /** A react-select multi-select, a checkbox group, a boolean checkbox, optional text and two demographic selects. */
    public static final GreenhouseNewJob SITE_RELIABILITY_ENGINEER = new GreenhouseNewJob(
            "meridianlabs", "Meridian Labs", "5893317", "Site Reliability Engineer", "Berlin, Germany",
            """
            <p>Meridian Labs runs the observability platform behind two hundred hospitals' scheduling systems.</p>
            <h3>Your tasks</h3>
            <ul><li>Keep the platform at four nines</li><li>Automate everything you do twice</li></ul>
            """,
            List.of(custom(9230001, "GitHub Profile", Kind.TEXT, true),
                    custom(9230002, "Website", Kind.TEXT, false),
                    custom(9230003, OFFICES_LABEL, Kind.MULTI_SELECT, true, "Berlin", "Lisbon", "Remote within the EU"),
                    custom(9230004, "Are you willing to relocate?", Kind.CHECKBOX, false, "Yes"),
                    custom(9230005, "Which on-call rotations could you join?", Kind.CHECKBOXES, false,
                            "Weekdays", "Weekends", "Holidays"),
                    demographic(4005639201L, "Gender", "Man", "Woman", "Non-binary", DECLINE),
                    demographic(4005639202L, "Race", "Asian", "Black or African American", "White",
                            "Two or More Races", DECLINE)));

    private static final List<GreenhouseNewJob> ALL = List.of(JAVA_ENGINEER, SITE_RELIABILITY_ENGINEER);

    private GreenhouseNewJobs() {
    }

    /** Every job, in a stable order. */
    public static List<GreenhouseNewJob> all() {
        return ALL;
    }

    public static Optional<GreenhouseNewJob> find(String board, String jobId) {
        return ALL.stream().filter(job -> job.board().equals(board) && job.jobId().equals(jobId)).findFirst();
    }
}
