package io.applydesk.app.ui.tray;

import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.run.ApplicationChanged;
import io.applydesk.core.run.RunChanged;
import io.applydesk.core.run.RunEvent;
import io.applydesk.core.run.RunStats;
import io.applydesk.core.run.RunStatus;
import io.applydesk.core.run.SessionRun;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides which run events deserve a desktop notification while ApplyDesk works in the tray: a run
 * that ended, and an application that waits for the candidate (questions to answer, a form to review,
 * a submit to confirm). Each application and run is announced once per status. Thread-safe: events
 * arrive on worker threads.
 */
public final class TrayNotices {
    private final Set<String> announced = ConcurrentHashMap.newKeySet();

    /** A notification: a short caption and one sentence. */
    public record Notice(String caption, String text) {
    }

    /** The notification this event calls for, or empty. */
    public Optional<Notice> noticeFor(RunEvent event) {
        if (event instanceof RunChanged changed) {
            return runEnded(changed.run());
        }
        if (event instanceof ApplicationChanged changed) {
            return needsCandidate(changed.application());
        }
        return Optional.empty();
    }

    private Optional<Notice> runEnded(SessionRun run) {
        if (run.status() == RunStatus.IN_PROGRESS || !announced.add(run.sessionRunId() + ":" + run.status())) {
            return Optional.empty();
        }
        RunStats stats = run.stats();
        String caption = switch (run.status()) {
            case COMPLETED -> "Run finished";
            case CANCELLED -> "Run stopped";
            default -> "Run failed";
        };
        StringBuilder text = new StringBuilder()
                .append(count(stats.applicationsSuccessful(), "application sent", "applications sent"));
        if (stats.applicationsFailed() > 0) {
            text.append(", ").append(count(stats.applicationsFailed(), "failed", "failed"));
        }
        return Optional.of(new Notice(caption, text.append('.').toString()));
    }

    private Optional<Notice> needsCandidate(Application app) {
        String why = reason(app.status());
        if (why == null || !announced.add(app.applicationId() + ":" + app.status())) {
            return Optional.empty();
        }
        String job = app.jobTitle() == null ? app.jobUrl()
                : app.companyName() == null ? app.jobTitle() : app.jobTitle() + " at " + app.companyName();
        return Optional.of(new Notice("ApplyDesk needs you", job + ": " + why));
    }

    /** Why the candidate is needed, or null when the status needs nobody. */
    private static String reason(ApplicationStatus status) {
        switch (status) {
            case NEEDS_INPUT:
                return "some questions need your answer.";
            case AWAITING_REVIEW:
                return "the filled form waits for your review.";
            case UNCONFIRMED:
                return "the form was sent but the site did not confirm it; please check.";
            default:
                return null;
        }
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
