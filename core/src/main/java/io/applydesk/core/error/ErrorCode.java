package io.applydesk.core.error;

/**
 * Every error code of the hosted apply API (reference/apply-api-facts.md), each with a sentence a
 * person who is not a programmer understands. Messages may be made more specific where raised.
 */
public enum ErrorCode {
    // Authentication (kept for the local REST API that mirrors the hosted one)
    INVALID_API_KEY("The API key is not valid."),
    API_KEY_REVOKED("This API key has been revoked."),
    UNAUTHORIZED("You are not allowed to do this."),
    // Validation
    VALIDATION_ERROR("Some of the information given is not valid."),
    PROFILE_INCOMPLETE("The profile is missing information that applications need."),
    INVALID_JOB_URL("This is not a web link to a job posting."),
    INVALID_RESUME_FORMAT("The resume must be a PDF, DOC or DOCX file."),
    RESUME_TOO_LARGE("The resume file is too large."),
    MISSING_REQUIRED_FIELD("The application form asks for something the profile does not answer."),
    MAX_JOBS_EXCEEDED("A session can hold at most 100 jobs."),
    // Business
    INSUFFICIENT_CREDITS("There are no application credits left."),
    DUPLICATE_APPLICATION("This profile has already applied to this job."),
    SESSION_ALREADY_ACTIVE("This session is already running."),
    ATS_NOT_SUPPORTED("ApplyDesk cannot apply on this job site yet."),
    USER_TOTAL_LIMIT_REACHED("The total number of applications allowed for this profile has been reached."),
    USER_MONTHLY_LIMIT_REACHED("The number of applications allowed this month has been reached."),
    RATE_LIMIT_CONCURRENT_EXCEEDED("Too many requests at once; try again shortly."),
    // Processing
    RESUME_DOWNLOAD_FAILED("The resume could not be read or downloaded."),
    ATS_BLOCKED("The job site blocked the automated browser (for example with a captcha)."),
    WORKER_TIMEOUT("The job site took too long to answer."),
    FORM_FILL_FAILED("The application form could not be filled in or was rejected."),
    // Local-only: a not-found lookup (the hosted API answers 404 with this code)
    NOT_FOUND("Nothing with that id exists.");

    private final String defaultMessage;

    ErrorCode(String defaultMessage) {
        this.defaultMessage = defaultMessage;
    }

    /** A sentence for a person, used when nothing more specific is known. */
    public String defaultMessage() {
        return defaultMessage;
    }
}
