package io.applydesk.automation.sandbox.employer;

import java.util.List;

/**
 * One job on a small employer's own careers site (no ATS behind it).
 *
 * @param companySlug    the company's part of the path, e.g. {@code fernleaf-studio}
 * @param jobSlug        the job's part of the path, also its practice job id
 * @param formTemplate   the resource with the job's form (its own markup and label quality)
 * @param requiredFields the text fields the server insists on
 * @param resumeField    the name of the file input the resume must arrive in
 * @param thankYouPage   true when a good POST is redirected to {@code /thank-you}; false when the server
 *                       answers at the same URL with an "application received" page
 */
public record EmployerJob(String companySlug, String companyName, String jobSlug, String title, String formTemplate,
                          List<String> requiredFields, String resumeField, boolean thankYouPage) {

    public EmployerJob {
        requiredFields = List.copyOf(requiredFields);
    }

    /** The job's page path under the practice server, e.g. {@code /practice/careers/fernleaf-studio/jobs/backend-developer}. */
    public String path() {
        return EmployerSiteReplica.PREFIX + "/" + companySlug + "/jobs/" + jobSlug;
    }
}
