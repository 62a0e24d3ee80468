package io.applydesk.core.session;

/**
 * The hosted API's {@code POST /sessions/autopilot/once} and {@code POST /sessions/autopilot/recurring}
 * bodies, plus review mode (fill, capture, do not submit).
 *
 * @param filters       what to search for; {@code jobTitle} is required
 * @param limits        optional; {@code maxJobsPerRun} 1–100 when given
 * @param schedule      required for autopilot_recurring, refused for autopilot_once
 * @param searchId      optional: a search whose titles and locations become the session's searchContext
 * @param overrideEmail optional: sent to employers instead of the profile's email
 */
public record AutopilotRequest(String candidateProfileId, Filters filters, Limits limits, Schedule schedule,
                               String searchId, String overrideEmail, boolean reviewMode) {
}
