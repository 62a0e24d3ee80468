package io.applydesk.core.application.store;

import io.applydesk.core.application.ApplicationStatus;

/** Column names of {@code application} and {@code application_attempt} (V2__sessions.sql), in one place. */
public final class ApplicationColumns {
    public static final String ID = "id";
    public static final String SESSION_ID = "session_id";
    public static final String SESSION_RUN_ID = "session_run_id";
    public static final String LIST_POSITION = "list_position";
    public static final String PROFILE_ID = "profile_id";
    public static final String JOB_URL = "job_url";
    public static final String JOB_KEY = "job_key";
    public static final String JOB_TENANT = "job_tenant";
    public static final String JOB_ATS_ID = "job_ats_id";
    public static final String JOB_TITLE = "job_title";
    public static final String COMPANY_NAME = "company_name";
    public static final String JOB_REF_ID = "job_ref_id";
    public static final String ATS_TYPE = "ats_type";
    public static final String STATUS = "status";
    public static final String CANDIDATE_EMAIL = "candidate_email";
    public static final String SEARCH_ID = "search_id";
    public static final String CONFIRMATION_URL = "confirmation_url";
    public static final String QUESTIONS_AND_ANSWERS = "questions_and_answers";
    public static final String PENDING_QUESTIONS = "pending_questions";
    public static final String ERROR_CODE = "error_code";
    public static final String ERROR_MESSAGE = "error_message";
    public static final String EVIDENCE = "evidence";
    public static final String SUBMIT_CLICKED_AT = "submit_clicked_at";
    public static final String CREATED_AT = "created_at";
    public static final String UPDATED_AT = "updated_at";

    public static final String APPLICATION_ID = "application_id";
    public static final String ATTEMPT = "attempt";
    public static final String RECORDED_AT = "recorded_at";

    /**
     * SQL list of the statuses of applications that were started (the hosted stats'
     * "applications"): everything except QUEUED, SKIPPED and CANCELLED, which never reached a form.
     */
    public static final String STARTED_STATUSES =
            "('PROCESSING', 'SUCCESS', 'FAILED', 'NEEDS_INPUT', 'AWAITING_REVIEW', 'UNCONFIRMED')";

    private ApplicationColumns() {
    }

    /** True when an application in this status counts as started (see {@link #STARTED_STATUSES}). */
    public static boolean isStarted(ApplicationStatus status) {
        return status != ApplicationStatus.QUEUED && status != ApplicationStatus.SKIPPED
                && status != ApplicationStatus.CANCELLED;
    }
}
