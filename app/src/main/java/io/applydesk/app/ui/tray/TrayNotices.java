package io.applydesk.app.ui.tray;

import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.run.ApplicationChanged;
import io.applydesk.core.run.RunChanged;
import io.applydesk.core.run.RunEvent;
import io.applydesk.core.run.RunStats;
import io.applydesk.core.run.RunStatus;
import io.applydesk.core.run.SessionRun;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides which run events deserve a desktop notification while ApplyDesk works in the tray: a run
 * that ended, with what it sent and what waits for the candidate, and an application that waits for the
 * candidate (questions to answer, a form to review, a submit to confirm). Each application and run is
 * announced once per status. Thread-safe: events arrive on worker threads.
 */
public final class TrayNotices {
    private final Set<String> announced = ConcurrentHashMap.newKeySet();
    /**
     * Per run still going, the status of each of its applications that waits for the candidate: a run's stats count
     * only sent and failed, so a review-mode run that filled every form would otherwise end as "0 applications sent".
     */
    private final Map<String, Map<String, ApplicationStatus>> waitingByRun = new ConcurrentHashMap<>();

    /** A notification: a short caption and one sentence. */
    public record Notice(String caption, String text) {
    }

    /** The notification this event calls for, or empty. */
    public Optional<Notice> noticeFor(RunEvent event) {
        if (event instanceof RunChanged changed) {
            return runEnded(changed.run());
        }
        if (event instanceof ApplicationChanged changed) {
            track(changed.application());
            return needsCandidate(changed.application());
        }
        return Optional.empty();
    }

    private Optional<Notice> runEnded(SessionRun run) {
        if (run.status() == RunStatus.IN_PROGRESS) {
            return Optional.empty();
        }
        Map<String, ApplicationStatus> waiting = waitingByRun.remove(run.sessionRunId());
        if (!announced.add(run.sessionRunId() + ":" + run.status())) {
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
        List<String> waits = waiting == null ? List.of() : waits(waiting.values());
        if (!waits.isEmpty()) {
            text.append("; ").append(String.join(", ", waits));
        }
        return Optional.of(new Notice(caption, text.append('.').toString()));
    }

    private void track(Application app) {
        if (reason(app.status()) != null) {
            waitingByRun.computeIfAbsent(app.sessionRunId(), run -> new ConcurrentHashMap<>())
                    .put(app.applicationId(), app.status());
        } else {
            // Answered, approved or retried elsewhere while the run went on: no longer waiting.
            Map<String, ApplicationStatus> waiting = waitingByRun.get(app.sessionRunId());
            if (waiting != null) {
                waiting.remove(app.applicationId());
            }
        }
    }

    /** e.g. ["4 forms wait for your review", "1 needs your answer"]. */
    private static List<String> waits(Collection<ApplicationStatus> statuses) {
        List<String> waits = new ArrayList<>();
        int review = Collections.frequency(statuses, ApplicationStatus.AWAITING_REVIEW);
        int input = Collections.frequency(statuses, ApplicationStatus.NEEDS_INPUT);
        int unconfirmed = Collections.frequency(statuses, ApplicationStatus.UNCONFIRMED);
        if (review > 0) {
            waits.add(count(review, "form waits for your review", "forms wait for your review"));
        }
        if (input > 0) {
            waits.add(count(input, "needs your answer", "need your answer"));
        }
        if (unconfirmed > 0) {
            waits.add(count(unconfirmed, "was not confirmed: please check it",
                    "were not confirmed: please check them"));
        }
        return waits;
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
