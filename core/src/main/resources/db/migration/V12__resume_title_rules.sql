-- Per-title resume rules: "use this resume for job titles containing <text>". Checked in position
-- order at apply time; the first match wins, else the profile's default resume is sent.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

CREATE TABLE resume_title_rule (
    profile_id     VARCHAR(40)  NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    position       INT          NOT NULL,
    title_contains VARCHAR(200) NOT NULL,
    resume_id      VARCHAR(40)  NOT NULL REFERENCES resume (id) ON DELETE CASCADE,
    PRIMARY KEY (profile_id, position)
);
CREATE INDEX resume_title_rule_resume_idx ON resume_title_rule (resume_id);
