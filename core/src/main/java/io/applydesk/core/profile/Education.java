package io.applydesk.core.profile;

/** One school attended, in the hosted API's nested shape. Dates are "YYYY-MM". */
public record Education(
        Institution institution,
        Degree degree,
        String startDate,
        String endDate,
        String gpa) {

    public record Institution(String name, Location location) {
    }

    public record Location(String city, String state) {
    }

    public record Degree(String degreeName, String fieldOfStudy) {
    }
}
