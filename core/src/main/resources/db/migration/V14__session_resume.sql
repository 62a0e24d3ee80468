-- The resume a run_once session sends to every job; null lets the profile's per-title rules choose.
-- No foreign key, like candidate_profile_id: a session outlives a resume removed later, and then the
-- rules choose again. Portable SQL: runs unchanged on H2 and PostgreSQL.

ALTER TABLE session ADD COLUMN resume_id VARCHAR(40);
