package io.applydesk.core.search;

import java.util.Locale;

/**
 * Published pay. {@code min}/{@code max} are amounts per {@code period} in {@code currency} (ISO 4217);
 * either may be null when only one bound is published.
 *
 * <p>Comparisons with the search's {@code salaryMin} are in USD per year, as the hosted API's filter is: only USD
 * ranges are compared (ApplyDesk holds no exchange rates, so pay in another currency counts as not comparable and
 * the job is kept), and hourly, daily, weekly and monthly pay is annualised at 2080 hours, 260 days, 52 weeks and
 * 12 months.
 */
public record SalaryRange(Double min, Double max, String currency, Period period) {

    /** The unit the amounts are per. */
    public enum Period {
        HOUR(2080), DAY(260), WEEK(52), MONTH(12), YEAR(1);

        private final int perYear;

        Period(int perYear) {
            this.perYear = perYear;
        }

        /** Reads "1 YEAR", "yearly", "per-year-salary", "HOURLY", "hour", ...; YEAR when unknown or absent. */
        public static Period parse(String text) {
            String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
            if (t.contains("hour")) {
                return HOUR;
            } else if (t.contains("day") || t.contains("daily")) {
                return DAY;
            } else if (t.contains("week")) {
                return WEEK;
            } else if (t.contains("month")) {
                return MONTH;
            }
            return YEAR;
        }
    }

    public SalaryRange {
        currency = currency == null || currency.isBlank() ? "USD" : currency.strip().toUpperCase(Locale.ROOT);
        period = period == null ? Period.YEAR : period;
    }

    /** A range when at least one bound is published, else null. */
    public static SalaryRange of(Number min, Number max, String currency, Period period) {
        if (min == null && max == null) {
            return null;
        }
        return new SalaryRange(min == null ? null : min.doubleValue(), max == null ? null : max.doubleValue(),
                currency, period);
    }

    /** True when the pay can be compared with a USD-per-year floor. */
    public boolean comparableInUsd() {
        return "USD".equals(currency);
    }

    /** The best yearly USD pay this range offers (its max, else its min); only for {@link #comparableInUsd()}. */
    public double yearlyUsdTop() {
        double top = max != null ? max : min;
        return top * period.perYear;
    }
}
