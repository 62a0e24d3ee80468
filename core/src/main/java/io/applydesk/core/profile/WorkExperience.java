package io.applydesk.core.profile;

/** One job held; dates are "YYYY-MM", {@code endDate} null while {@code currentlyWorkHere}. */
public record WorkExperience(
        String jobTitle,
        String company,
        String startDate,
        String endDate,
        boolean currentlyWorkHere,
        String workLocation,
        String description) {
}
