package io.applydesk.automation.sandbox;

/**
 * How a practice job misbehaves, switched per job with {@link PracticeAts#setFailure}, so tests and
 * practice mode can see what an applier does when a real ATS refuses, breaks or never answers.
 * Every replica gives each state its own ATS's look.
 */
public enum PracticeFailure {
    /** The job behaves normally. */
    NONE,
    /**
     * A complete application is refused as the real site refuses a duplicate: the form comes back
     * with the error banner and an error on the email field. Not recorded; counted as rejected.
     */
    REJECTED,
    /** The application POST answers HTTP 500 with the site's plain error page. Neither recorded nor counted. */
    SERVER_ERROR,
    /**
     * A complete application is accepted and recorded, but the answer shows neither a confirmation
     * nor an error (it stays on "Submitting…"): the applier cannot know that it was sent.
     */
    NO_CONFIRMATION,
    /** The posting is closed: its application pages and their POSTs answer 404 with the "no longer open" notice. */
    CLOSED,
    /**
     * The site's bot check refuses the submission (a captcha challenge or a failed spam score), as the
     * ATS shows it. Not recorded; counted as rejected.
     */
    CAPTCHA,
    /** The site answers that this candidate has already applied, as the ATS shows it. Not recorded; counted as rejected. */
    ALREADY_APPLIED,
    /**
     * The site holds the submission until the applicant types a one-time code it e-mailed them
     * (Greenhouse's HTTP 428 "captcha-retry" step). Not recorded; the applier must not guess the code.
     */
    SECURITY_CODE,
    /**
     * The site is down for a moment: the job's pages answer HTTP 503 with a maintenance notice and a
     * {@code Retry-After}, as a real ATS does during an outage or a deploy. Nothing can be sent. Works on
     * every replica without replica code (see {@link PracticeAts}).
     */
    UNAVAILABLE,
    /**
     * The site is slow: every request about the job (its pages, their assets and the submit) is answered
     * only after {@link PracticeAts#setSlowDelay}, by default longer than an applier's page-load timeout.
     * Works on every replica without replica code (see {@link PracticeAts}).
     */
    SLOW
}
