package io.applydesk.automation.sandbox.greenhousenew;

import java.util.List;

/**
 * A job post of the new Greenhouse board replica (job-boards.greenhouse.io).
 *
 * @param board           the board token in {@code /{board}/jobs/{id}}
 * @param jobId           the job post id (digits)
 * @param descriptionHtml our own constant HTML, rendered as is
 * @param questions       custom questions, then demographic ones, in form order
 */
public record GreenhouseNewJob(String board, String companyName, String jobId, String title, String location,
                               String descriptionHtml, List<GreenhouseNewQuestion> questions) {

    public GreenhouseNewJob {
        questions = List.copyOf(questions);
    }

    /** The path of the job page under the replica's prefix, e.g. {@code /acme/jobs/123}. */
    public String path() {
        return "/" + board + "/jobs/" + jobId;
    }
}
