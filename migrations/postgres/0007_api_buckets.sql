-- How fast each API token and person may call, shared by every app server
-- (server::rate). UNLOGGED: no write-ahead log, so taking a request from a
-- bucket is no disk flush; a crash empties the table, which only refills
-- the buckets. The per-minute counts before it are dropped.
DROP TABLE api_requests;
CREATE UNLOGGED TABLE api_buckets (
    key     TEXT             PRIMARY KEY,
    tokens  DOUBLE PRECISION NOT NULL,
    at      BIGINT           NOT NULL
);
