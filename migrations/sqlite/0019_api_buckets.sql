-- API rate limits are kept in the server's memory on SQLite (one server per
-- database; see server::rate): the per-minute counts are no longer written.
DROP TABLE api_requests;
