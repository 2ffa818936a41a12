-- E-mail confirmation. An address belongs to an account once the account
-- has confirmed it (opened a link sent there): `users.email` is unique
-- among confirmed accounts only, so a sign-up with an address that has an
-- account looks like any other sign-up (see docs/security-and-anonymity.md).
-- Accounts made before this are taken as confirmed.
--
-- The column's own UNIQUE (from 0001) cannot be dropped in place, nor in
-- the transaction this runs in: `infra::db::drop_unique_email` rebuilds
-- the table without it, right after the migrations.
ALTER TABLE users ADD COLUMN email_confirmed_at INTEGER;
UPDATE users SET email_confirmed_at = created_at;
CREATE UNIQUE INDEX users_confirmed_email ON users (email) WHERE email_confirmed_at IS NOT NULL;
CREATE INDEX users_by_email ON users (email);

-- A link sent to confirm an account's address, by its token's hash. With
-- an invite (its token's hash), opening it also joins that organisation.
CREATE TABLE email_confirmations (
    token_hash   TEXT    PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    invite_hash  TEXT,
    created_at   INTEGER NOT NULL
);
CREATE INDEX email_confirmations_by_user ON email_confirmations (user_id);
