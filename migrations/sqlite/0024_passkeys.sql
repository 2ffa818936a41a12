-- Passkeys (WebAuthn): a person's credentials, and ceremonies under way (in
-- the database, so any server can finish one another began).

CREATE TABLE passkeys (
    id             INTEGER PRIMARY KEY,
    user_id        INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    -- The authenticator's id for the credential (base64url): how a sign-in
    -- names the passkey it used.
    credential_id  TEXT    NOT NULL UNIQUE,
    -- The random id the authenticator keeps for the account (a UUID, the
    -- same for all of a person's passkeys; never their e-mail or row id).
    user_handle    TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    -- The public key and signature counter, as webauthn-rs keeps them (JSON).
    credential     TEXT    NOT NULL,
    created_at     INTEGER NOT NULL,
    last_used_at   INTEGER
);
CREATE INDEX passkeys_by_user ON passkeys (user_id);

-- A challenge handed out and not yet answered, by the hash of its id; used
-- once, five minutes. `user_id` is the person adding a passkey (none for a
-- sign-in).
CREATE TABLE passkey_ceremonies (
    id_hash     TEXT    PRIMARY KEY,
    user_id     INTEGER REFERENCES users(id) ON DELETE CASCADE,
    state       TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX passkey_ceremonies_by_age ON passkey_ceremonies (created_at);
