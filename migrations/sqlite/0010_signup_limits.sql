-- Accounts created per address (sign-up and joining with a new account),
-- for the hourly limit. No person, only the address and the time; kept a day.
CREATE TABLE signups (
    id       INTEGER PRIMARY KEY,
    address  TEXT    NOT NULL,
    at       INTEGER NOT NULL
);
CREATE INDEX signups_by_address ON signups(address, at);
