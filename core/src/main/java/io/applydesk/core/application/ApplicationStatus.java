package io.applydesk.core.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * The hosted API's application statuses plus three of ours (PRODUCT.md): NEEDS_INPUT,
 * AWAITING_REVIEW and UNCONFIRMED.
 */
public enum ApplicationStatus {
    QUEUED(false),
    PROCESSING(false),
    SUCCESS(true),
    FAILED(true),
    CANCELLED(true),
    SKIPPED(true),
    /** Nothing was submitted: a required question has no approved answer, or a human step is needed. */
    NEEDS_INPUT(true),
    /** Review mode: filled and captured, not submitted; the candidate approves or discards. */
    AWAITING_REVIEW(true),
    /** A submit may have been sent but its confirmation was never seen. Never resubmitted automatically. */
    UNCONFIRMED(true);

    private final boolean finished;

    ApplicationStatus(boolean finished) {
        this.finished = finished;
    }

    /**
     * The statuses of an earlier application that keep the profile from applying to the same job
     * again (never apply twice); FAILED, CANCELLED and SKIPPED do not, except a CANCELLED one the candidate
     * discarded after review ({@code ApplicationDao.DISCARDED}).
     */
    public static Set<ApplicationStatus> blockingDuplicates() {
        return EnumSet.of(QUEUED, PROCESSING, SUCCESS, NEEDS_INPUT, AWAITING_REVIEW, UNCONFIRMED);
    }

    /**
     * The statuses of applications that wait on the candidate, the "Needs you" inbox: NEEDS_INPUT, AWAITING_REVIEW
     * and UNCONFIRMED. Started, yet neither sent nor failed until the candidate acts.
     */
    public static Set<ApplicationStatus> waitingOnCandidate() {
        return EnumSet.of(NEEDS_INPUT, AWAITING_REVIEW, UNCONFIRMED);
    }

    /** True when the engine is done with it (the candidate may still act on the last three). */
    public boolean isFinished() {
        return finished;
    }
}
