package io.applydesk.core.job;

/**
 * Says that links under {@code urlPrefix} are pages of {@code atsType} whose remaining path
 * follows that ATS's real URL pattern, e.g. the practice ATS's
 * {@code http://127.0.0.1:PORT/practice/greenhouse} + {@code /acme/jobs/123}.
 *
 * <p>An alias of {@link AtsType#UNKNOWN} stands for employers' own careers sites: the first
 * remaining segment names the site, so a job keeps its key when the practice server comes back
 * on another port.
 */
public record HostAlias(String urlPrefix, AtsType atsType) {
}
