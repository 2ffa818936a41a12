-- Which organisation a message is for (none for a password reset, which is
-- for a person): e-mailed invites are counted per organisation against its
-- hourly and daily limits, and senders take due messages in turns across
-- organisations, so one organisation's burst never delays another's mail.
ALTER TABLE outbox ADD COLUMN org_id INTEGER REFERENCES organisations(id) ON DELETE CASCADE;
CREATE INDEX outbox_by_org ON outbox (org_id, created_at);
