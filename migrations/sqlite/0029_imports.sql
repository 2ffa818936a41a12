-- A spreadsheet uploaded on the import page, kept between its preview and
-- the import the person then confirms: the page posts a file once, and any
-- server behind the load balancer can show its preview and carry it out.
-- Kept a day (uploads older than that are removed when someone uploads).
CREATE TABLE imports (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    wave_id      INTEGER NOT NULL REFERENCES waves(id) ON DELETE CASCADE,
    file_name    TEXT    NOT NULL,
    content      BLOB    NOT NULL,
    created_at   INTEGER NOT NULL,
    -- When the person imported it (NULL: previewed only).
    imported_at  INTEGER
);
CREATE INDEX imports_by_created ON imports (created_at);
