package io.applydesk.core.analytics;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;

/** How figures over time are grouped: the hosted {@code /usage}'s {@code period} parameter. Weeks begin on Monday. */
public enum Period {
    DAY, WEEK, MONTH;

    /** e.g. {@code day} */
    public String apiValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws ApplyDeskException VALIDATION_ERROR for a value that is not day, week or month
     */
    public static Period fromApiValue(String value) {
        return Arrays.stream(values()).filter(p -> p.apiValue().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst().orElseThrow(() -> new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                        "The period must be day, week or month, not '" + value + "'.", "period"));
    }

    /** The first day of the period that holds {@code date}. */
    public LocalDate startOf(LocalDate date) {
        switch (this) {
            case WEEK:
                return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH:
                return date.withDayOfMonth(1);
            default:
                return date;
        }
    }

    /** The first day of the period after the one beginning on {@code start}. */
    public LocalDate next(LocalDate start) {
        switch (this) {
            case WEEK:
                return start.plusWeeks(1);
            case MONTH:
                return start.plusMonths(1);
            default:
                return start.plusDays(1);
        }
    }
}
