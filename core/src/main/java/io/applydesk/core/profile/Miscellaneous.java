package io.applydesk.core.profile;

import java.util.Map;

/** What forms ask beyond the résumé. {@code workAuthorization} maps a country name to yes/no. */
public record Miscellaneous(
        String linkedinUrl,
        String githubUrl,
        String portfolioUrl,
        String websiteUrl,
        Map<String, Boolean> workAuthorization,
        Boolean requiresSponsorship,
        Boolean willingToRelocate,
        String desiredSalary,
        String noticePeriod,
        String earliestStartDate,
        String preferredName,
        String pronouns,
        String phoneType,
        String howDidYouHear,
        VoluntarySelfIdentification voluntarySelfIdentification,
        String coverLetter) {
}
