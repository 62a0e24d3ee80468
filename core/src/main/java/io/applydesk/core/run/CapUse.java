package io.applydesk.core.run;

import java.time.YearMonth;

/**
 * A profile's use of the hosted API's two per-user caps ({@code maxTotalJobApplications},
 * {@code maxJobApplicationsPerMonth}), counted as {@link RunLimits} counts them.
 *
 * @param totalUsed   applications counted toward the total cap
 * @param totalCap    the total cap from the run settings
 * @param monthlyUsed applications counted toward this calendar month's cap
 * @param monthlyCap  the monthly cap from the run settings
 * @param month       the calendar month, in the candidate's zone, that {@code monthlyUsed} counts
 */
public record CapUse(int totalUsed, int totalCap, int monthlyUsed, int monthlyCap, YearMonth month) {
}
