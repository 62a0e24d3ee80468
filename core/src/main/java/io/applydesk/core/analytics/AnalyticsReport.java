package io.applydesk.core.analytics;

import java.util.List;

/**
 * The figures of one {@link AnalyticsQuery}: the hosted {@code /usage} totals, the trend over time, and the
 * split by ATS and by session.
 *
 * @param query     what was asked
 * @param totals    every application in the range, by status ({@code total_applications}, {@code successful},
 *                  {@code failed}, {@code success_rate})
 * @param trend     one point per period from the start to the end, empty periods included
 * @param byAts     per ATS, most applications first
 * @param bySession per session, the one with the newest application first (at most {@value AnalyticsService#MAX_SESSIONS})
 */
public record AnalyticsReport(AnalyticsQuery query, StatusCounts totals, List<TrendPoint> trend,
                              List<AtsFigures> byAts, List<SessionFigures> bySession) {

    public AnalyticsReport {
        trend = List.copyOf(trend);
        byAts = List.copyOf(byAts);
        bySession = List.copyOf(bySession);
    }

    /** True when the range holds no application at all. */
    public boolean isEmpty() {
        return totals.byStatus().isEmpty();
    }
}
