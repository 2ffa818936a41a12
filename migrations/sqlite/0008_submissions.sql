-- Submissions sent with a client-generated key (drafts written offline and
-- sent later). A retried send with the same key finds its first result here
-- instead of storing a second copy. `fingerprint` is a hash of what was sent,
-- so a resend with different content under the same key is told apart.
CREATE TABLE submissions (
    org_id       INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    client_key   TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    fingerprint  TEXT    NOT NULL,
    result_id    INTEGER NOT NULL,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (org_id, user_id, client_key)
) WITHOUT ROWID;
