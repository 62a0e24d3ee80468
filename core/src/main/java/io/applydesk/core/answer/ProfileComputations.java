package io.applydesk.core.answer;

import io.applydesk.core.profile.WorkExperience;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Values derived from a profile rather than typed by the candidate. */
final class ProfileComputations {

    private ProfileComputations() {
    }

    /** The job marked "currently work here", if any. */
    static Optional<WorkExperience> currentJob(List<WorkExperience> jobs) {
        return jobs.stream().filter(WorkExperience::currentlyWorkHere).findFirst();
    }

    /**
     * Months worked across all jobs, counting each calendar month once even when jobs overlap; a
     * current job runs until this month. Jobs with unreadable dates are left out rather than guessed.
     */
    static int totalMonthsWorked(List<WorkExperience> jobs, Clock clock) {
        YearMonth now = YearMonth.now(clock);
        List<YearMonth[]> spans = new ArrayList<>();
        for (WorkExperience job : jobs) {
            Optional<YearMonth> start = parse(job.startDate());
            Optional<YearMonth> end = job.currentlyWorkHere() ? Optional.of(now) : parse(job.endDate());
            if (start.isPresent() && end.isPresent() && !end.get().isBefore(start.get())) {
                spans.add(new YearMonth[] {start.get(), end.get()});
            }
        }
        spans.sort(Comparator.comparing(span -> span[0]));
        int months = 0;
        YearMonth coveredUntil = null;
        for (YearMonth[] span : spans) {
            YearMonth from = coveredUntil != null && !span[0].isAfter(coveredUntil) ? coveredUntil.plusMonths(1) : span[0];
            if (!span[1].isBefore(from)) {
                months += (int) (from.until(span[1], java.time.temporal.ChronoUnit.MONTHS) + 1);
                coveredUntil = span[1];
            }
        }
        return months;
    }

    /** "2021-02" (also "2021-02-15") → 2021-02. */
    private static Optional<YearMonth> parse(String date) {
        if (date == null || date.length() < 7) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(date.substring(0, 7)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
