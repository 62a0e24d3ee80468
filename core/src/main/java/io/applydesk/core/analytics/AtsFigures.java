package io.applydesk.core.analytics;

import io.applydesk.core.job.AtsType;

/** The applications on one ATS in the range, by status. */
public record AtsFigures(AtsType ats, StatusCounts counts) {
}
