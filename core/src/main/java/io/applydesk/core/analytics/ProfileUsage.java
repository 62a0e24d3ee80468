package io.applydesk.core.analytics;

import io.applydesk.core.run.CapUse;

/**
 * One profile's usage as the hosted {@code /users/:id/usage} reports it: all-time figures
 * ({@code totalApplications}, {@code successful}, {@code failed}), this calendar month's
 * ({@code monthlyApplications}, {@code monthlySuccessful}, {@code monthlyFailed}) and its caps.
 *
 * @param profileName the profile's name, for showing several profiles' caps apart
 * @param allTime     every application of the profile, by status
 * @param thisMonth   the applications created this calendar month (candidate's zone), by status
 * @param caps        the caps used and allowed, counted as the run limits count them
 */
public record ProfileUsage(String profileId, String profileName, StatusCounts allTime, StatusCounts thisMonth,
                           CapUse caps) {

    public int totalApplications() {
        return allTime.totalApplications();
    }

    public int monthlyApplications() {
        return thisMonth.totalApplications();
    }
}
