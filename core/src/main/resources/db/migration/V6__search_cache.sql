-- Issue 4's job search: the HTTP cache of board API responses, and which profile ran a search.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

-- One row per board API request (method + URL + body): its validators and the jobs parsed from it, so a
-- 304 Not Modified reuses the parsed result.
CREATE TABLE search_http_cache (
    request_key   VARCHAR(4000)    NOT NULL PRIMARY KEY,
    etag          VARCHAR(1000),
    last_modified VARCHAR(200),
    -- the parsed page (jobs and the next page's request) as JSON
    page          VARCHAR(1000000) NOT NULL,
    stored_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE search ADD COLUMN profile_id VARCHAR(40);
ALTER TABLE search ADD COLUMN result_count INTEGER;
