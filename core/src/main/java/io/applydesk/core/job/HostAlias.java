package io.applydesk.core.job;

/**
 * Says that links under {@code urlPrefix} are pages of {@code atsType} whose remaining path
 * follows that ATS's real URL pattern, e.g. the practice ATS's
 * {@code http://127.0.0.1:PORT/practice/greenhouse} + {@code /acme/jobs/123}.
 */
public record HostAlias(String urlPrefix, AtsType atsType) {
}
