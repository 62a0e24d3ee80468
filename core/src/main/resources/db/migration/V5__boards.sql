-- The candidate's own list of job boards to search, and named groups of them (a board may be in several).
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

CREATE TABLE board (
    -- Board.key(): ats:token in lower case, e.g. greenhouse:acme or workday:acme.wd5/careers
    board_key    VARCHAR(500)  NOT NULL PRIMARY KEY,
    ats          VARCHAR(40)   NOT NULL,
    -- spelled as the catalog (or the pasted link) spells it
    token        VARCHAR(400)  NOT NULL,
    company_name VARCHAR(1000) NOT NULL,
    -- the link the candidate pasted, when added from one
    source_url   VARCHAR(4000),
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX board_company_idx ON board (company_name);

CREATE TABLE board_group (
    id         VARCHAR(40)  NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT board_group_name_uq UNIQUE (name)
);

CREATE TABLE board_group_member (
    group_id  VARCHAR(40)  NOT NULL REFERENCES board_group (id) ON DELETE CASCADE,
    board_key VARCHAR(500) NOT NULL REFERENCES board (board_key) ON DELETE CASCADE,
    PRIMARY KEY (group_id, board_key)
);
CREATE INDEX board_group_member_board_idx ON board_group_member (board_key);
