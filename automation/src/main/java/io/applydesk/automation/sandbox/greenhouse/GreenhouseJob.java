package io.applydesk.automation.sandbox.greenhouse;

import java.util.List;

/**
 * A job post of the Greenhouse replica and the shape of its application form.
 *
 * @param board               the board token in {@code /{board}/jobs/{id}}
 * @param jobId               the job post id (digits)
 * @param officeLocation      the location line under the title
 * @param descriptionHtml     the job description; our own constant HTML, rendered as is
 * @param asksLocation        whether the form has the required "Location (City)" autocomplete
 * @param questions           custom questions in form order (index = N in {@code answers_attributes[N]})
 * @param eeoc                whether the U.S. EEO self-identification section is shown
 * @param gdpr                whether the required GDPR processing-consent checkbox is shown
 * @param needsCandidateInput whether the demo candidate cannot answer one of the required questions
 */
public record GreenhouseJob(String board, String companyName, String jobId, String title, String officeLocation,
                            String descriptionHtml, boolean asksLocation, List<GreenhouseQuestion> questions,
                            boolean eeoc, boolean gdpr, boolean needsCandidateInput) {

    public GreenhouseJob {
        questions = List.copyOf(questions);
    }

    /**
     * A posting alias: the same tenant and form under another job id and title, for the practice board APIs
     * (a search finds it; the replica serves it with this job's questions).
     */
    public GreenhouseJob aliasAs(String aliasJobId, String title) {
        return new GreenhouseJob(board, companyName, aliasJobId, title, officeLocation, descriptionHtml, asksLocation,
                questions, eeoc, gdpr, needsCandidateInput);
    }

    /** The path of the job page under the replica's prefix, e.g. {@code /acme/jobs/123}. */
    public String path() {
        return "/" + board + "/jobs/" + jobId;
    }
}
