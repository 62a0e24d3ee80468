package io.applydesk.core.application;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import java.time.Instant;

/**
 * What the Applications page and its exports show: every part is optional (null = any). All of it is
 * applied in SQL by {@link ApplicationService#find} and {@link ApplicationService#forEachMatching}.
 *
 * @param companyName   exact company name, as stored
 * @param createdFrom   created at or after this moment
 * @param createdBefore created before this moment (exclusive, so whole days chain without overlap)
 * @param text          free text found, ignoring case, in the company name, job title or job link
 */
public record ApplicationFilter(ApplicationStatus status, String sessionId, AtsType atsType, String companyName,
                                Instant createdFrom, Instant createdBefore, String text) {

    public ApplicationFilter {
        sessionId = blankToNull(sessionId);
        companyName = blankToNull(companyName);
        text = blankToNull(text);
        if (createdFrom != null && createdBefore != null && !createdFrom.isBefore(createdBefore)) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "The start date must come before the end date.", "createdFrom");
        }
    }

    /** No filter: every application. */
    public static ApplicationFilter all() {
        return new ApplicationFilter(null, null, null, null, null, null, null);
    }

    /** This filter with only the status changed. */
    public ApplicationFilter withStatus(ApplicationStatus newStatus) {
        return new ApplicationFilter(newStatus, sessionId, atsType, companyName, createdFrom, createdBefore, text);
    }

    /** This filter with only the search text changed. */
    public ApplicationFilter withText(String newText) {
        return new ApplicationFilter(status, sessionId, atsType, companyName, createdFrom, createdBefore, newText);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
