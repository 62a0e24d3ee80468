package io.applydesk.automation.bench;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.applydesk.automation.sandbox.employer.EmployerJobs;

import java.nio.file.Path;

/** The Fernleaf Studio form on an employer's own careers site (the generic adapter's replica), by hand. */
final class GenericFormScript implements MinimalScript {

    @Override
    public String jobId() {
        return EmployerJobs.FERNLEAF_BACKEND.jobSlug();
    }

    @Override
    public String formName() {
        return "Generic (employer's own form)";
    }

    @Override
    public void apply(Page page, String url, Path resume) {
        page.navigate(url);
        page.fill("#first_name", "Jordan");
        page.fill("#last_name", "Rivera");
        page.fill("#email", "jordan.rivera@example.com");
        page.fill("#phone", "+1 5125550147");
        page.fill("#linkedin", "https://www.linkedin.com/in/jordan-rivera-demo");
        page.setInputFiles("#cv", resume);
        page.fill("#cover_letter", "I build dependable Java services and enjoy working with the people who run them."
                + " I would like to bring that care to your team.");
        page.selectOption("#referral", "linkedin");
        page.check("input[name=work_authorized][value=yes]");
        page.check("input[name=consent]");
        page.click("button[type=submit]");
        page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Thank you for applying!")).waitFor();
    }
}
