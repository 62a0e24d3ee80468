-- Sessions, their runs, applications with their attempts, and search records.
-- Portable SQL: runs unchanged on H2 and PostgreSQL. JSON is stored as text.
-- profile_id columns carry no foreign key on purpose: applications are a history that outlives
-- a deleted profile.

CREATE TABLE search (
    id          VARCHAR(40)      NOT NULL PRIMARY KEY,
    titles      VARCHAR(1000000) NOT NULL,
    locations   VARCHAR(1000000) NOT NULL,
    -- the whole search request, for issue 4's search service
    request     VARCHAR(1000000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE session (
    id                   VARCHAR(40)      NOT NULL PRIMARY KEY,
    type                 VARCHAR(40)      NOT NULL,
    candidate_profile_id VARCHAR(40)      NOT NULL,
    -- active, paused, completed, cancelled
    status               VARCHAR(20)      NOT NULL,
    schedule             VARCHAR(1000000),
    filters              VARCHAR(1000000),
    limits               VARCHAR(1000000),
    search_id            VARCHAR(40)      REFERENCES search (id),
    override_email       VARCHAR(320),
    review_mode          BOOLEAN          NOT NULL,
    search_context       VARCHAR(1000000) NOT NULL,
    next_run_at          TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX session_status_idx ON session (status, created_at);
CREATE INDEX session_profile_idx ON session (candidate_profile_id);

CREATE TABLE session_run (
    id           VARCHAR(40) NOT NULL PRIMARY KEY,
    session_id   VARCHAR(40) NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE,
    -- in_progress, completed, failed, cancelled
    status       VARCHAR(20) NOT NULL
);
CREATE INDEX session_run_session_idx ON session_run (session_id, started_at);

CREATE TABLE application (
    id                   VARCHAR(40)      NOT NULL PRIMARY KEY,
    session_id           VARCHAR(40)      NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    session_run_id       VARCHAR(40)      NOT NULL REFERENCES session_run (id) ON DELETE CASCADE,
    -- the row of the job in the session's list, from 1: keeps list order among equal created_at
    list_position        INTEGER          NOT NULL,
    profile_id           VARCHAR(40)      NOT NULL,
    job_url              VARCHAR(4000)    NOT NULL,
    -- JobLink.canonicalKey: the identity that prevents applying twice
    job_key              VARCHAR(1000)    NOT NULL,
    -- the ATS's tenant and own job id, kept so the link need not be parsed again
    job_tenant           VARCHAR(400),
    job_ats_id           VARCHAR(400),
    job_title            VARCHAR(1000),
    company_name         VARCHAR(1000),
    job_ref_id           VARCHAR(400),
    ats_type             VARCHAR(40)      NOT NULL,
    -- QUEUED, PROCESSING, SUCCESS, FAILED, CANCELLED, SKIPPED, NEEDS_INPUT, AWAITING_REVIEW, UNCONFIRMED
    status               VARCHAR(20)      NOT NULL,
    candidate_email      VARCHAR(320),
    search_id            VARCHAR(40),
    confirmation_url     VARCHAR(4000),
    questions_and_answers VARCHAR(1000000),
    pending_questions    VARCHAR(1000000),
    error_code           VARCHAR(60),
    error_message        VARCHAR(4000),
    evidence             VARCHAR(1000000),
    submit_clicked_at    TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX application_profile_job_idx ON application (profile_id, job_key);
CREATE INDEX application_session_status_idx ON application (session_id, status);
CREATE INDEX application_status_created_idx ON application (status, created_at);
CREATE INDEX application_run_idx ON application (session_run_id, list_position);

CREATE TABLE application_attempt (
    application_id VARCHAR(40) NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    attempt        INTEGER     NOT NULL,
    -- lower case: processing, success, failed, needs_input, ...
    status         VARCHAR(20) NOT NULL,
    -- the hosted API's "timestamp"; a reserved word in SQL, hence the name
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, attempt)
);
