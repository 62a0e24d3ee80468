package io.applydesk.core.run.store;

import io.applydesk.core.application.Application;
import io.applydesk.core.job.JobLink;

/**
 * An application a worker took: now PROCESSING, with its new attempt number and its job link.
 *
 * @param approved the candidate approved it after a review, so it is submitted even in a review session
 */
public record ClaimedApplication(Application application, JobLink job, int attempt, boolean approved) {
}
