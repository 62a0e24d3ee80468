package io.applydesk.app.ui.applications;

import io.applydesk.app.ui.common.FormNodes;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.Attempt;
import io.applydesk.core.followup.FollowUpService;
import io.applydesk.core.run.store.RunStateDao;
import java.util.Arrays;
import java.util.Locale;

/**
 * An attempt's status in words. Attempts are stored in the hosted API's codes: the engine's tries as the application
 * status in lower case ({@link RunStateDao#attemptStatus}), a crash and the candidate's own decisions in codes of
 * their own ({@link RunStateDao#INTERRUPTED}, {@link Attempt#DISCARDED}, {@link FollowUpService}).
 */
final class AttemptText {

    private AttemptText() {
    }

    /** "Awaiting review", "Marked as sent by you", …; a code this version does not know, in plain case. */
    static String of(String code) {
        if (code == null || code.isBlank()) {
            return "Unknown";
        }
        return switch (code) {
            case RunStateDao.INTERRUPTED -> "Interrupted: ApplyDesk stopped";
            case Attempt.DISCARDED -> "Discarded by you";
            case FollowUpService.MARKED_SENT -> "Marked as sent by you";
            case FollowUpService.MARKED_NOT_SENT -> "Marked as not sent by you";
            default -> Arrays.stream(ApplicationStatus.values())
                    .filter(status -> RunStateDao.attemptStatus(status).equals(code)).findFirst()
                    .map(AttemptText::of)
                    .orElseGet(() -> FormNodes.capitalized(code.replace('_', ' ').toLowerCase(Locale.ROOT)));
        };
    }

    // A switch expression without default: a new status does not compile until it has its words here.
    private static String of(ApplicationStatus status) {
        return switch (status) {
            case QUEUED -> "Queued";
            case PROCESSING -> "In progress";
            case SUCCESS -> "Sent";
            case FAILED -> "Failed";
            case CANCELLED -> "Cancelled";
            case SKIPPED -> "Skipped";
            case NEEDS_INPUT -> "Stopped: needs your input";
            case AWAITING_REVIEW -> "Awaiting review";
            case UNCONFIRMED -> "Submitted, no confirmation seen";
        };
    }
}
