package io.applydesk.core.job;

import java.net.URI;

/**
 * A job link understood: which ATS (from the URL alone; UNKNOWN until the page is seen), the
 * tenant (board, company, site) and the ATS's own job id, and the canonical identity used to
 * never apply twice: it ignores tracking parameters, {@code /apply} suffixes, embed forms and
 * http/https differences.
 *
 * @param canonicalKey e.g. {@code greenhouse:acme:12345}; for unknown hosts, the normalised
 *                     host and path
 */
public record JobLink(URI uri, AtsType atsType, String tenant, String jobId, String canonicalKey) {
}
