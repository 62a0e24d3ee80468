package io.applydesk.automation.sandbox.employer;

import java.util.List;
import java.util.Optional;

/** The employer-site jobs of the practice server: two forms of different shapes, both answerable by the demo candidate. */
public final class EmployerJobs {
    /**
     * Well-labelled form ({@code label for}), a visible file input, a select, a Yes/No radio group, an
     * optional free-text question, a consent box and a hidden honeypot; the POST goes to {@code …/apply}
     * and is redirected to {@code /thank-you}.
     */
    public static final EmployerJob FERNLEAF_BACKEND = new EmployerJob("fernleaf-studio", "Fernleaf Studio",
            "backend-developer", "Backend Developer", "fernleaf-form.html",
            List.of("first_name", "last_name", "email", "work_authorized", "consent"), "cv", true);
    /**
     * Poorly labelled form: a wrapping label, an {@code aria-label}, a placeholder-only phone field, the file
     * input hidden behind a styled button; the POST goes back to the job's URL, which answers "Application received".
     */
    public static final EmployerJob BRIGHTWATER_DATA = new EmployerJob("brightwater-bakery", "Brightwater Bakery Co.",
            "bakery-data-engineer", "Data Engineer", "brightwater-form.html",
            List.of("applicant[name]", "applicant[email]"), "resume", false);

    private EmployerJobs() {
    }

    public static List<EmployerJob> all() {
        return List.of(FERNLEAF_BACKEND, BRIGHTWATER_DATA);
    }

    static Optional<EmployerJob> find(String companySlug, String jobSlug) {
        return all().stream().filter(j -> j.companySlug().equals(companySlug) && j.jobSlug().equals(jobSlug))
                .findFirst();
    }
}
