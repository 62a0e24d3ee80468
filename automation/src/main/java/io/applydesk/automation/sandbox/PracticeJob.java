package io.applydesk.automation.sandbox;

import io.applydesk.core.job.AtsType;

/**
 * One job posting the practice ATS offers.
 *
 * @param jobId               the ATS's own job id, as it appears in {@code url}
 * @param url                 the job's application page (the ATS's real URL pattern under the practice host)
 * @param needsCandidateInput true when the demo candidate cannot answer a required question of this job,
 *                            so a correct engine ends it {@code NEEDS_INPUT} and submits nothing
 */
public record PracticeJob(AtsType atsType, String companyName, String title, String jobId, String url,
                          boolean needsCandidateInput) {
}
