-- Requests for a password reset link, by the address that asked (its
-- rate-limit key: an IPv4 address or an IPv6 /64), whether or not an account
-- had the address typed: one address may ask only so often, across all
-- accounts. Rows older than an hour are dropped as new ones come.

CREATE TABLE reset_requests (
    id            INTEGER PRIMARY KEY,
    address       TEXT    NOT NULL,
    requested_at  INTEGER NOT NULL
);
CREATE INDEX reset_requests_by_address ON reset_requests (address, requested_at);
