package io.applydesk.automation.sandbox.bamboohr;

import io.applydesk.automation.sandbox.bamboohr.BambooHrField.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.applydesk.automation.sandbox.bamboohr.BambooHrField.custom;
import static io.applydesk.automation.sandbox.bamboohr.BambooHrField.of;

/**
 * The BambooHR replica's openings: BambooHR's standard application fields (which fields an employer
 * asks for, and which are required, differs per opening) plus custom questions. The demo candidate
 * answers every required one.
 */
public final class BambooHrJobs {
    public static final String RESUME = "resume";
    static final List<String> STATES = List.of("Arizona", "California", "Colorado", "New York", "Texas", "Washington");
    static final List<String> COUNTRIES = List.of("Canada", "Germany", "Mexico", "United Kingdom", "United States");

    /** Address, desired pay, date available and three custom questions (text, select, yes/no). */
    public static final BambooHrJob JAVA_DEVELOPER = new BambooHrJob("lonestarlogistics", "47", "Lonestar Logistics",
            "Senior Java Developer", "Austin, Texas",
            """
            <p>Lonestar Logistics schedules ten thousand truck deliveries a day across Texas. Our Java
            services plan the routes and tell every driver where to go next.</p>
            <ul><li>Build and run the routing services</li><li>Work with dispatchers on what they need</li></ul>
            """,
            fields(true,
                    of(custom("301"), "How many years of professional experience do you have with Java?", Kind.TEXT, true),
                    of(custom("302"), "How did you hear about this job?", Kind.SELECT, true,
                            "LinkedIn", "Indeed", "Company website", "Friend or colleague"),
                    of(custom("303"), "Are you legally authorized to work in the United States?", Kind.YES_NO, true)));

    /** Fewer standard fields; a yes/no about sponsorship and an optional question the profile cannot answer. */
    public static final BambooHrJob DATA_ENGINEER = new BambooHrJob("pecanstreetcoop", "112", "Pecan Street Co-op",
            "Data Engineer", "Remote (US)",
            """
            <p>Pecan Street Co-op runs the grocery stores of twelve Texas towns. The data team keeps
            stock, prices and orders in step across all of them.</p>
            """,
            fields(false,
                    of(custom("410"), "Will you now or in the future require sponsorship for employment visa status?",
                            Kind.YES_NO, true),
                    of(custom("411"), "What is your favorite data pipeline tool and why?", Kind.TEXTAREA, false)));

    private BambooHrJobs() {
    }

    /**
     * Board-only postings ("Software Engineer"-like titles) served with an existing job's form; not in
     * {@link #all()}.
     */
    public static List<BambooHrJob> aliases() {
        return List.of(JAVA_DEVELOPER.aliasAs("52", "Software Developer"));
    }

    public static List<BambooHrJob> all() {
        return List.of(JAVA_DEVELOPER, DATA_ENGINEER);
    }

    public static Optional<BambooHrJob> find(String company, String jobId) {
        return Stream.concat(all().stream(), aliases().stream())
                .filter(job -> job.company().equals(company) && job.jobId().equals(jobId)).findFirst();
    }

    /** BambooHR's standard fields in its order; {@code full} asks for address, pay and start date as well. */
    private static List<BambooHrField> fields(boolean full, BambooHrField... customQuestions) {
        List<BambooHrField> fields = new ArrayList<>(List.of(
                of("firstName", "First Name", Kind.TEXT, true),
                of("lastName", "Last Name", Kind.TEXT, true),
                of("email", "Email", Kind.EMAIL, true),
                of("phone", "Phone", Kind.TEXT, true)));
        if (full) {
            fields.add(of("streetAddress", "Address", Kind.TEXT, false));
            fields.add(of("city", "City", Kind.TEXT, true));
            fields.add(new BambooHrField("state", "State", Kind.SELECT, true, STATES));
            fields.add(of("zip", "ZIP", Kind.TEXT, true));
            fields.add(new BambooHrField("countryId", "Country", Kind.SELECT, true, COUNTRIES));
        }
        fields.add(of(RESUME, "Resume", Kind.FILE, true));
        fields.add(of("coverLetter", "Cover Letter", Kind.FILE, false));
        if (full) {
            fields.add(of("desiredPay", "Desired Pay", Kind.TEXT, true));
            fields.add(of("dateAvailable", "Date Available", Kind.DATE, true));
        }
        fields.add(of("websiteUrl", "Website, Blog, or Portfolio", Kind.TEXT, false));
        fields.add(of("linkedinUrl", "LinkedIn Profile URL", Kind.TEXT, !full));
        fields.add(of("referredBy", "Who referred you for this position?", Kind.TEXT, false));
        fields.addAll(List.of(customQuestions));
        return fields;
    }
}
