-- SCIM provisioning: the organisation's bearer token (only its hash), and
-- what its identity provider calls the people and groups it provisioned.

CREATE TABLE scim_tokens (
    org_id      BIGINT  PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
    token_hash  TEXT    NOT NULL UNIQUE,
    -- The admin who made it: SCIM's changes are logged in their name.
    created_by  BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at  BIGINT  NOT NULL
);

-- A person the provider provisioned, kept while deactivated (active = 0,
-- no membership) so the provider still finds them.
CREATE TABLE scim_users (
    org_id       BIGINT  NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id      BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    external_id  TEXT,
    active       BIGINT  NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    -- 1 when provisioning made the account (rather than adding someone who
    -- already had one): single sign-on may then connect it by its e-mail.
    made_here    BIGINT  NOT NULL DEFAULT 0 CHECK (made_here IN (0, 1)),
    PRIMARY KEY (org_id, user_id)
);

-- A team the provider made or took over as a group.
CREATE TABLE scim_groups (
    team_id      BIGINT  PRIMARY KEY REFERENCES teams(id) ON DELETE CASCADE,
    external_id  TEXT
);
