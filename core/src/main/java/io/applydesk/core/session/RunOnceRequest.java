package io.applydesk.core.session;

import io.applydesk.core.job.JobRef;
import java.util.List;

/**
 * The hosted API's {@code POST /sessions/apply} body, plus review mode (fill, capture, do not submit) and the
 * resume to send.
 *
 * @param searchId      optional: a search whose titles and locations become the session's searchContext
 * @param overrideEmail optional: sent to employers instead of the profile's email
 * @param resumeId      optional: one of the profile's resumes, sent to every job of the session; null lets the
 *                      profile's per-title rules choose, else its default resume
 */
public record RunOnceRequest(String candidateProfileId, List<JobRef> jobs, String searchId, String overrideEmail,
                             String resumeId, boolean reviewMode) {

    public RunOnceRequest {
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
    }

    /** A request whose resume the profile's rules choose. */
    public RunOnceRequest(String candidateProfileId, List<JobRef> jobs, String searchId, String overrideEmail,
                          boolean reviewMode) {
        this(candidateProfileId, jobs, searchId, overrideEmail, null, reviewMode);
    }
}
