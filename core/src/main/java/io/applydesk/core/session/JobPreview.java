package io.applydesk.core.session;

import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.JobLink;
import io.applydesk.core.job.JobRef;

/**
 * One row of a job list as a session would take it, checked without storing anything.
 *
 * @param rowNumber                from 1, in list order
 * @param link                     the understood link; null when {@code verdict} is INVALID_LINK
 * @param message                  a sentence for the candidate; null when the verdict is OK and the job was
 *                                 never tried before
 * @param duplicateOfRow           for DUPLICATE_IN_LIST, the earlier row of the same job
 * @param duplicateOfApplicationId for ALREADY_APPLIED, the earlier application that blocks this one
 * @param earlierStatus            the status of the profile's earlier application to this job: for ALREADY_APPLIED
 *                                 the blocking one's (CANCELLED for a discarded one), for OK FAILED when an earlier
 *                                 one failed (it does not block); else null. Tells "sent" from "waiting for you".
 */
public record JobPreview(int rowNumber, JobRef job, JobLink link, Verdict verdict, String message,
                         Integer duplicateOfRow, String duplicateOfApplicationId, ApplicationStatus earlierStatus) {

    public enum Verdict {
        /** Will be queued. */
        OK,
        /** Not a web link: the whole list is refused until it is fixed (INVALID_JOB_URL). */
        INVALID_LINK,
        /** Practice mode only: a link off the practice site, refused as INVALID_LINK is (INVALID_JOB_URL). */
        OFF_PRACTICE_SITE,
        /** The same job appears earlier in the list: stored as SKIPPED (DUPLICATE_APPLICATION). */
        DUPLICATE_IN_LIST,
        /** The profile has a live or discarded application to this job: stored as SKIPPED (DUPLICATE_APPLICATION). */
        ALREADY_APPLIED
    }

    /** The error code of the verdict, or null when it is OK. */
    public ErrorCode code() {
        switch (verdict) {
            case OK:
                return null;
            case INVALID_LINK:
            case OFF_PRACTICE_SITE:
                return ErrorCode.INVALID_JOB_URL;
            default:
                return ErrorCode.DUPLICATE_APPLICATION;
        }
    }

    /** True when the row refuses the whole list (INVALID_JOB_URL) until it is fixed or removed. */
    public boolean isRefused() {
        return code() == ErrorCode.INVALID_JOB_URL;
    }

    /** True when the row would be skipped as a duplicate. */
    public boolean isDuplicate() {
        return verdict == Verdict.DUPLICATE_IN_LIST || verdict == Verdict.ALREADY_APPLIED;
    }

    /** The hosted API's name of the offending field, e.g. {@code jobs[2].link}. */
    public String field() {
        return "jobs[" + (rowNumber - 1) + "].link";
    }
}
