-- How the last form that could not use the answer bank for a question asked it: the input's type (select,
-- multi_select, yes_no, ...) and the options it offered, as a JSON array of their texts. The answer bank then
-- offers those choices and refuses an answer that is none of them: a free-text answer to a choice question made
-- every retry stop at the same question. Null on rows no form reported (answers typed or imported first): free text.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

ALTER TABLE answer_bank ADD COLUMN question_type VARCHAR(40);
ALTER TABLE answer_bank ADD COLUMN question_options VARCHAR(100000);
