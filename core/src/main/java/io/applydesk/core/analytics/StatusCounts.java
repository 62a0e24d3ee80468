package io.applydesk.core.analytics;

import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.store.ApplicationColumns;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How many applications are in each status. {@link #totalApplications()} counts the started ones, as
 * the hosted stats do (QUEUED, SKIPPED and CANCELLED never reached a form); the success rate is the
 * share of those that were sent. {@link #finishedSuccessRate()} is the share of those that ended sent or failed.
 */
public record StatusCounts(Map<ApplicationStatus, Integer> byStatus) {
    /** No applications. */
    public static final StatusCounts NONE = new StatusCounts(Map.of());

    public StatusCounts {
        EnumMap<ApplicationStatus, Integer> copy = new EnumMap<>(ApplicationStatus.class);
        byStatus.forEach((status, n) -> {
            if (n != null && n > 0) {
                copy.put(status, n);
            }
        });
        byStatus = Collections.unmodifiableMap(copy);
    }

    public int count(ApplicationStatus status) {
        return byStatus.getOrDefault(status, 0);
    }

    /** The hosted {@code total_applications}: applications that were started. */
    public int totalApplications() {
        return byStatus.entrySet().stream().filter(e -> ApplicationColumns.isStarted(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
    }

    /** The started applications only (what {@link #totalApplications()} counts), by status. */
    public StatusCounts started() {
        return only(ApplicationColumns::isStarted);
    }

    /** The applications never started (queued, skipped, cancelled), by status. */
    public StatusCounts notStarted() {
        return only(status -> !ApplicationColumns.isStarted(status));
    }

    /** The hosted {@code successful}. */
    public int successful() {
        return count(ApplicationStatus.SUCCESS);
    }

    /** The hosted {@code failed}. */
    public int failed() {
        return count(ApplicationStatus.FAILED);
    }

    /**
     * Started applications that wait on the candidate ({@link ApplicationStatus#waitingOnCandidate()}): neither sent
     * nor failed until the candidate acts. Not a hosted figure.
     */
    public int waitingOnCandidate() {
        return ApplicationStatus.waitingOnCandidate().stream().mapToInt(this::count).sum();
    }

    /** The hosted {@code success_rate}: successful per started application, in percent; null when none started. */
    public Double successRate() {
        int total = totalApplications();
        return total == 0 ? null : 100.0 * successful() / total;
    }

    /** Applications that ended sent or failed: what {@link #finishedSuccessRate()} is over. Not a hosted figure. */
    public int sentOrFailed() {
        return successful() + failed();
    }

    /**
     * Successful per application that ended sent or failed, in percent; null when none did. Not a hosted figure: the
     * hosted {@code success_rate} is over every started application, so in the middle of a run those still being
     * applied (and ApplyDesk's own statuses that wait on the candidate) weigh as if they had failed: a run going well
     * read 33%. Once every started application ended sent or failed (the hosted examples: total = successful +
     * failed) the two are the same.
     */
    public Double finishedSuccessRate() {
        int finished = sentOrFailed();
        return finished == 0 ? null : 100.0 * successful() / finished;
    }

    /** These counts and {@code other}'s added up. */
    public StatusCounts plus(StatusCounts other) {
        EnumMap<ApplicationStatus, Integer> sum = new EnumMap<>(ApplicationStatus.class);
        sum.putAll(byStatus);
        other.byStatus.forEach((status, n) -> sum.merge(status, n, Integer::sum));
        return new StatusCounts(sum);
    }

    private StatusCounts only(Predicate<ApplicationStatus> kept) {
        EnumMap<ApplicationStatus, Integer> some = new EnumMap<>(ApplicationStatus.class);
        byStatus.forEach((status, n) -> {
            if (kept.test(status)) {
                some.put(status, n);
            }
        });
        return new StatusCounts(some);
    }
}
