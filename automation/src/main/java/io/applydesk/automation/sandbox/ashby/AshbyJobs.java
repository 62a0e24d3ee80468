package io.applydesk.automation.sandbox.ashby;

import io.applydesk.automation.sandbox.ashby.AshbyField.Kind;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.applydesk.automation.sandbox.ashby.AshbyField.of;

/**
 * The Ashby replica's postings: invented companies, stable UUIDs, each with a different mix of
 * Ashby's field kinds. The demo candidate answers every required question of each.
 */
public final class AshbyJobs {
    public static final String NAME = "_systemfield_name";
    public static final String EMAIL = "_systemfield_email";
    public static final String PHONE = "_systemfield_phone";
    public static final String LOCATION = "_systemfield_location";
    public static final String RESUME = "_systemfield_resume";

    /** Location autocomplete, yes/no buttons, a dropdown and a text question. */
    public static final AshbyJob JAVA_ENGINEER = new AshbyJob(
            "harborlight", "3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c01", "Harborlight Labs", "Senior Java Engineer",
            "Austin, TX (Hybrid)",
            """
            <h3><strong>About Harborlight</strong></h3><p>Harborlight Labs builds the booking platform behind
            four hundred marinas. Our Java services handle every slip reservation and fuel order.</p>
            <h3><strong>What you will do</strong></h3><ul><li>Design and run reservation services</li>
            <li>Mentor engineers and review designs</li></ul>
            """,
            List.of(of(NAME, "Name", Kind.TEXT, true),
                    of(EMAIL, "Email", Kind.EMAIL, true),
                    of(PHONE, "Phone", Kind.PHONE, true),
                    of(LOCATION, "Location", Kind.LOCATION, true),
                    of(RESUME, "Resume", Kind.FILE, true),
                    of("0f5a3c1e-2b44-4d6e-8a71-93c2d4e5f601", "LinkedIn Profile", Kind.TEXT, true),
                    of("1a6b4d2f-3c55-4e7f-9b82-a4d3e5f60702", "Are you legally authorized to work in the United States?",
                            Kind.YES_NO, true),
                    of("2b7c5e30-4d66-4f80-8c93-b5e4f6071803",
                            "Will you now or in the future require sponsorship for employment visa status?",
                            Kind.YES_NO, true),
                    of("3c8d6f41-5e77-4091-9da4-c6f507182904", "How did you hear about this job?", Kind.DROPDOWN, false,
                            "LinkedIn", "Company website", "Employee referral", "Other")));

    /** A textarea, radio and checkbox groups, an optional website; location is optional here. */
    public static final AshbyJob PAYMENTS_ENGINEER = new AshbyJob(
            "MeridianFreight", "7d2e8f63-9a1b-4c5d-8e6f-0a1b2c3d4e05", "Meridian Freight",
            "Backend Engineer, Payments", "Berlin, Germany",
            """
            <h3><strong>About the team</strong></h3><p>Meridian Freight moves containers across Europe. The
            payments team settles every invoice between shippers, carriers and ports.</p>
            <h3><strong>You bring</strong></h3><ul><li>Java or Kotlin in production</li>
            <li>Care for money-handling correctness</li></ul>
            """,
            List.of(of(NAME, "Name", Kind.TEXT, true),
                    of(EMAIL, "Email", Kind.EMAIL, true),
                    of(RESUME, "Resume", Kind.FILE, true),
                    of(PHONE, "Phone", Kind.PHONE, false),
                    of(LOCATION, "Location", Kind.LOCATION, false),
                    of("4d9e7052-6f88-41a2-8eb5-d7061829300a", "GitHub", Kind.TEXT, false),
                    of("5eaf8163-7099-42b3-9fc6-e8172930411b", "Cover letter", Kind.LONG_TEXT, true),
                    of("6fb09274-81aa-43c4-a0d7-f9283a41522c", "How did you hear about this job?", Kind.RADIO, true,
                            "LinkedIn", "A friend", "Conference talk"),
                    of("70c1a385-92bb-44d5-b1e8-0a394b52633d", "Which of our offices would you consider working from?",
                            Kind.CHECKBOXES, false, "Berlin", "Lisbon", "Remote within the EU")));

    private AshbyJobs() {
    }

    /**
     * Board-only postings ("Software Engineer"-like titles) served with an existing job's form; not in
     * {@link #all()}.
     */
    public static List<AshbyJob> aliases() {
        return List.of(JAVA_ENGINEER.aliasAs("4a2d8b63-8e5f-4c9b-ad32-6f7a8b9c0d11", "Software Engineer"),
                PAYMENTS_ENGINEER.aliasAs("8e3f9a74-ab2c-4d6e-9f70-1b2c3d4e5f16", "Senior Software Engineer"));
    }

    public static List<AshbyJob> all() {
        return List.of(JAVA_ENGINEER, PAYMENTS_ENGINEER);
    }

    /** The posting at {@code /{org}/{uuid}}; the UUID is matched case-insensitively, as at Ashby. */
    public static Optional<AshbyJob> find(String org, String jobId) {
        return Stream.concat(all().stream(), aliases().stream())
                .filter(job -> job.org().equals(org) && job.jobId().equalsIgnoreCase(jobId)).findFirst();
    }
}
