-- Issue 5, analytics: the aggregations read the applications created in a range (of one profile, or of all)
-- and group them by status, ATS, session and local day. These indexes hold every column those queries
-- read, so H2 counts from the index alone instead of looking up each of up to 100,000 rows
-- (docs/BENCHMARKS.md, AnalyticsBenchmark). Portable SQL: runs unchanged on H2 and PostgreSQL.
CREATE INDEX application_created_stats_idx ON application (created_at, status, ats_type, session_id);
CREATE INDEX application_profile_stats_idx ON application (profile_id, created_at, status, ats_type, session_id);
