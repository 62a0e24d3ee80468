package io.applydesk.core.job;

/** One job as the hosted API's {@code jobs[]} item of a run_once session. */
public record JobRef(String companyName, String title, String jobId, String link) {

    public static JobRef ofLink(String link) {
        return new JobRef(null, null, null, link);
    }
}
