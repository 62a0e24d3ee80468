-- Issue 5, the Applications page: its ATS and company filters page newest first at 100,000 rows. Like V8's
-- indexes, each starts with the filtered column and goes on in the page order, so H2 reads a page of a
-- filter straight from the index (backwards for newest first) instead of sorting every matching row.
CREATE INDEX application_ats_order_idx ON application (ats_type, created_at, list_position, id);
CREATE INDEX application_company_order_idx ON application (company_name, created_at, list_position, id);
