package io.applydesk.core.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The ranges of the hosted {@code /analytics/summary?period=7d|30d|90d|all}: the last 7, 30 or 90 days
 * (today included), or everything since the first application.
 */
public enum RangeChoice {
    LAST_7_DAYS("7d", "7 days", 7),
    LAST_30_DAYS("30d", "30 days", 30),
    LAST_90_DAYS("90d", "90 days", 90),
    ALL("all", "All time", 0);

    private final String apiValue;
    private final String label;
    private final int days;

    RangeChoice(String apiValue, String label, int days) {
        this.apiValue = apiValue;
        this.label = label;
        this.days = days;
    }

    /** e.g. {@code 30d} */
    public String apiValue() {
        return apiValue;
    }

    /** e.g. "30 days", for the range chooser. */
    public String label() {
        return label;
    }

    /**
     * The query for this range ending today. Short ranges go by day; "all" by day up to 90 days of history,
     * by week up to two years, by month beyond, so a chart never has more than about a hundred points. "All"
     * covers at least the last 30 days: a history of a day or two would otherwise be one or two periods, and their
     * bars would stretch across the whole chart.
     *
     * @param firstDay the day of the profile's first application, or null when there is none (used by ALL)
     */
    public AnalyticsQuery query(String profileId, LocalDate today, LocalDate firstDay) {
        if (this != ALL) {
            return new AnalyticsQuery(profileId, today.minusDays(days - 1L), today, Period.DAY);
        }
        LocalDate shortest = today.minusDays(LAST_30_DAYS.days - 1L);
        LocalDate start = firstDay == null || firstDay.isAfter(shortest) ? shortest : firstDay;
        long span = ChronoUnit.DAYS.between(start, today) + 1;
        Period period = span <= 90 ? Period.DAY : span <= 730 ? Period.WEEK : Period.MONTH;
        return new AnalyticsQuery(profileId, start, today, period);
    }
}
