package io.applydesk.core.session;

import io.applydesk.core.job.JobRef;
import java.util.List;

/**
 * The hosted API's {@code POST /sessions/apply} body, plus review mode (fill, capture, do not submit).
 *
 * @param searchId      optional: a search whose titles and locations become the session's searchContext
 * @param overrideEmail optional: sent to employers instead of the profile's email
 */
public record RunOnceRequest(String candidateProfileId, List<JobRef> jobs, String searchId, String overrideEmail,
                             boolean reviewMode) {

    public RunOnceRequest {
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
    }
}
