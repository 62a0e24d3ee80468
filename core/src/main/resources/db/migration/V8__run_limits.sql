-- Issue 4, run coordinator: indexes for listing 100,000 applications a page at a time and for the
-- run limits' counts (docs/BENCHMARKS.md, ApplicationListBenchmark). The pages are ordered by
-- (created_at, list_position, id); each filter has an index that starts with the filtered column and
-- goes on in that order, so H2 reads a page straight from it (ApplicationService leads the ORDER BY with
-- the filtered column) instead of sorting every matching row.
DROP INDEX application_status_created_idx;
CREATE INDEX application_status_order_idx ON application (status, created_at, list_position, id);
CREATE INDEX application_session_order_idx ON application (session_id, created_at, list_position, id);
CREATE INDEX application_order_idx ON application (created_at, list_position, id);
-- A profile's history newest first, and the caps' counts of a profile's applications since a moment.
CREATE INDEX application_profile_newest_idx ON application (profile_id, created_at, id);
CREATE INDEX application_profile_status_idx ON application (profile_id, status, submit_clicked_at);
