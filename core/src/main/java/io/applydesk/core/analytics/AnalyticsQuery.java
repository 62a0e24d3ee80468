package io.applydesk.core.analytics;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The hosted {@code /usage?startDate&endDate&period} query: applications created from the start of
 * {@code startDate} to the end of {@code endDate} (both included, calendar days in the candidate's zone),
 * grouped by {@code period} over time.
 *
 * @param profileId one profile's applications, or null for every profile's
 */
public record AnalyticsQuery(String profileId, LocalDate startDate, LocalDate endDate, Period period) {
    /** At most this many points over time: more would make a chart unreadable and the query slow. */
    public static final int MAX_POINTS = 400;

    /**
     * @throws ApplyDeskException VALIDATION_ERROR when a date is missing, the start is after the end, or the
     *                            range holds more than {@value #MAX_POINTS} periods
     */
    public AnalyticsQuery {
        if (startDate == null || endDate == null || period == null) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "Choose a start date, an end date and a period (day, week or month).", "startDate");
        }
        if (startDate.isAfter(endDate)) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "The start date " + startDate
                    + " is after the end date " + endDate + ". Choose a start on or before the end.", "startDate");
        }
        long points = ChronoUnit.DAYS.between(period.startOf(startDate), endDate)
                / (period == Period.DAY ? 1 : period == Period.WEEK ? 7 : 28) + 1;
        if (points > MAX_POINTS) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "From " + startDate + " to " + endDate
                    + " there are too many " + period.apiValue() + "s to show. Choose a longer period or a shorter range.",
                    "period");
        }
    }
}
