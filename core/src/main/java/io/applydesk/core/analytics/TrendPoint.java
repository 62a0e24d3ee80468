package io.applydesk.core.analytics;

import java.time.LocalDate;

/**
 * One period of the figures over time (the hosted "daily trends").
 *
 * @param start  the period's first day (a Monday for weeks, the 1st for months)
 * @param counts the applications created in that period, by status
 */
public record TrendPoint(LocalDate start, StatusCounts counts) {
}
