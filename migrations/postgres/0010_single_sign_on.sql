-- Single sign-on: an organisation's OpenID Connect provider, the e-mail
-- domains it vouches for, the identities it has signed in, and sign-ins
-- under way (in the database, so any server can finish one another began).

CREATE TABLE sso_providers (
    org_id         BIGINT  PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
    label          TEXT    NOT NULL,           -- "Okta": the button says "Sign in with Okta"
    issuer         TEXT    NOT NULL,
    client_id      TEXT    NOT NULL,
    -- The client secret, sealed (ChaCha20-Poly1305) under a key derived from
    -- the vote key, which lives outside the database and its backups.
    secret_sealed  TEXT    NOT NULL,
    required       BIGINT  NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
    -- The organisation's own sign-in address: /sso/<slug>.
    slug           TEXT    NOT NULL UNIQUE,
    -- The provider's discovery document and key set as last fetched.
    metadata       TEXT    NOT NULL,
    jwks           TEXT    NOT NULL,
    fetched_at     BIGINT  NOT NULL,
    updated_at     BIGINT  NOT NULL
);

-- One organisation per domain, so a typed address finds one provider.
CREATE TABLE sso_domains (
    domain  TEXT    PRIMARY KEY,               -- lower-case
    org_id  BIGINT  NOT NULL REFERENCES organisations(id) ON DELETE CASCADE
);
CREATE INDEX sso_domains_by_org ON sso_domains (org_id);

-- Who a provider's subject is here. Keyed by the issuer too: a new provider
-- is a new set of subjects.
CREATE TABLE sso_identities (
    org_id      BIGINT  NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    issuer      TEXT    NOT NULL,
    subject     TEXT    NOT NULL,
    user_id     BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at  BIGINT  NOT NULL,
    PRIMARY KEY (org_id, issuer, subject)
);
CREATE INDEX sso_identities_by_user ON sso_identities (user_id);

-- A sign-in under way, by the hash of its `state`; used once, ten minutes.
CREATE TABLE sso_attempts (
    state_hash  TEXT    PRIMARY KEY,
    org_id      BIGINT  NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    nonce       TEXT    NOT NULL,
    verifier    TEXT    NOT NULL,              -- PKCE
    next_path   TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL
);
CREATE INDEX sso_attempts_by_age ON sso_attempts (created_at);

-- Which organisation's provider signed a session in (NULL: a password), so
-- an organisation that requires single sign-on can refuse the others.
ALTER TABLE sessions ADD COLUMN sso_org BIGINT REFERENCES organisations(id) ON DELETE SET NULL;

-- How someone joined, when not by an invite link: 'sso' (and later 'scim').
ALTER TABLE membership_events ADD COLUMN via TEXT;
