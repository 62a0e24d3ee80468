-- Accounts ApplyDesk created on job sites (Workday: one per employer tenant). The password is
-- never stored in plain text: ciphertext is AES-256-GCM (Base64) under a key kept outside the
-- database (<data>/keys/accounts.key); site and email are its associated data.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

CREATE TABLE ats_account (
    site        VARCHAR(400)  NOT NULL,
    email       VARCHAR(320)  NOT NULL,
    ciphertext  VARCHAR(4000) NOT NULL,
    -- the 96-bit GCM nonce of this record, Base64
    nonce       VARCHAR(40)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ats_account_site_email_uq UNIQUE (site, email)
);
