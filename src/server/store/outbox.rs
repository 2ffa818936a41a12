//! The outbox: e-mails waiting to be sent, and the weekly runs that queued
//! them. Each message has a purpose key, so queueing it twice (a retried
//! request, two servers' schedulers) leaves one message. Senders take due
//! messages with a lease and report back; a message is taken by one sender
//! at a time because the taking UPDATE re-checks that it is still due.

use super::bulk::{values_list, MAX_VALUES};
use crate::domain::channels::Channel;
use crate::domain::ids::OrgId;
use crate::domain::mail::text::Message;
use crate::domain::mail::LEASE_SECS;
use crate::error::AppError;
use sqlx::AnyConnection;

/// Queues the e-mail `message` to `to` (for `org`, if it is an
/// organisation's) unless a message with `key` exists; returns whether it was queued.
pub async fn enqueue(
    conn: &mut AnyConnection,
    key: &str,
    org: Option<OrgId>,
    to: &str,
    message: &Message,
    now: i64,
) -> Result<bool, AppError> {
    enqueue_on(conn, &Outgoing::email(key.to_owned(), to.to_owned(), message.clone()), org, now).await
}

/// A message to queue: its purpose key, channel, address on that channel
/// (an e-mail address, a device's id, a chat user or channel), and text.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub key: String,
    pub channel: Channel,
    pub to: String,
    pub subject: String,
    pub body: String,
}

impl Outgoing {
    pub fn email(key: String, to: String, message: Message) -> Self {
        Self { key, channel: Channel::Email, to, subject: message.subject, body: message.body }
    }
}

/// Queues one message (for `org`, if it is an organisation's) unless its key exists; returns whether it was queued.
pub async fn enqueue_on(conn: &mut AnyConnection, m: &Outgoing, org: Option<OrgId>, now: i64) -> Result<bool, AppError> {
    let done = sqlx::query(
        "INSERT INTO outbox (dedupe_key, channel, org_id, to_address, subject, body, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) \
         ON CONFLICT (dedupe_key) DO NOTHING",
    )
    .bind(&m.key)
    .bind(m.channel.as_str())
    .bind(org)
    .bind(&m.to)
    .bind(&m.subject)
    .bind(&m.body)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Queues many messages of `org` in few statements; returns how many were new.
pub async fn enqueue_many(conn: &mut AnyConnection, org: OrgId, messages: &[Outgoing], now: i64) -> Result<u64, AppError> {
    let mut queued = 0;
    for chunk in messages.chunks(MAX_VALUES / 8) {
        let sql = format!(
            "INSERT INTO outbox (dedupe_key, channel, org_id, to_address, subject, body, created_at, next_attempt_at) VALUES {} ON CONFLICT (dedupe_key) DO NOTHING",
            values_list(chunk.len(), 8)
        );
        let mut q = sqlx::query(&sql);
        for m in chunk {
            q = q.bind(&m.key).bind(m.channel.as_str()).bind(org).bind(&m.to).bind(&m.subject).bind(&m.body).bind(now).bind(now);
        }
        queued += q.execute(&mut *conn).await?.rows_affected();
    }
    Ok(queued)
}

/// Claims this organisation's `kind` e-mail for `week`; false when a
/// server already ran it. Called in the transaction that queues the
/// messages, so a run is claimed exactly when its messages exist.
pub async fn claim_weekly_run(conn: &mut AnyConnection, org: OrgId, kind: &str, week: &str, now: i64) -> Result<bool, AppError> {
    let done = sqlx::query("INSERT INTO weekly_runs (org_id, kind, week, ran_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
        .bind(org)
        .bind(kind)
        .bind(week)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// A message a sender has taken.
#[derive(Debug, sqlx::FromRow)]
pub struct Taken {
    pub id: i64,
    pub channel: String,
    pub org_id: Option<OrgId>,
    pub to_address: String,
    pub subject: String,
    pub body: String,
    /// Tries so far, this one included.
    pub attempts: i64,
}

/// Invites the organisation has e-mailed in the hour and in the day before `now`.
pub async fn invites_sent(conn: impl sqlx::AnyExecutor<'_>, org: OrgId, now: i64) -> Result<(i64, i64), AppError> {
    let (hour, day): (i64, i64) = sqlx::query_as(
        "SELECT COALESCE(SUM(CASE WHEN created_at >= $2 THEN 1 ELSE 0 END), 0), COUNT(*) FROM outbox \
         WHERE org_id = $1 AND created_at >= $3 AND dedupe_key LIKE 'invite:%'",
    )
    .bind(org)
    .bind(now - 3600)
    .bind(now - 86_400)
    .fetch_one(conn)
    .await?;
    Ok((hour, day))
}

/// Takes up to `limit` due messages in turns across organisations (each
/// organisation's oldest due first, then each one's second, …; a message
/// for no organisation, a reset, is a turn of its own), leasing each for
/// [`LEASE_SECS`] and counting the try: a burst from one organisation waits
/// behind everyone else's first message, never the other way round.
///
/// Only messages of `channels` (those this server can send) are taken.
///
/// Under PostgreSQL's read committed, a second sender's UPDATE of the same
/// row waits for the first and then re-checks `next_attempt_at`, which has
/// moved: it skips the row.
pub async fn take_due(conn: &mut AnyConnection, now: i64, limit: i64, channels: &[Channel]) -> Result<Vec<Taken>, AppError> {
    if channels.is_empty() {
        return Ok(Vec::new());
    }
    // The names are the enum's own constants, never input.
    let among = channels.iter().map(|c| format!("'{}'", c.as_str())).collect::<Vec<_>>().join(", ");
    let sql = format!(
        "UPDATE outbox SET next_attempt_at = $1 + $2, attempts = attempts + 1 \
         WHERE id IN (SELECT id FROM (\
           SELECT id, next_attempt_at, ROW_NUMBER() OVER (PARTITION BY COALESCE(org_id, -id) ORDER BY next_attempt_at, id) AS turn \
           FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $1 AND channel IN ({among})) due \
         ORDER BY turn, next_attempt_at, id LIMIT $3) \
         AND sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $1 \
         RETURNING id, channel, org_id, to_address, subject, body, attempts"
    );
    Ok(sqlx::query_as(&sql).bind(now).bind(LEASE_SECS).bind(limit).fetch_all(conn).await?)
}

/// Marks a message sent and forgets its body (it may hold a reset or invite link).
pub async fn mark_sent(conn: &mut AnyConnection, id: i64, now: i64) -> Result<(), AppError> {
    sqlx::query("UPDATE outbox SET sent_at = $2, body = '', last_error = '' WHERE id = $1").bind(id).bind(now).execute(conn).await?;
    Ok(())
}

/// Records a failed try: next try at `retry_at`, or given up (`None`), body forgotten.
pub async fn mark_failed(conn: &mut AnyConnection, id: i64, error: &str, retry_at: Option<i64>, now: i64) -> Result<(), AppError> {
    let error: String = error.chars().take(500).collect();
    match retry_at {
        Some(at) => sqlx::query("UPDATE outbox SET next_attempt_at = $2, last_error = $3 WHERE id = $1").bind(id).bind(at).bind(error),
        None => sqlx::query("UPDATE outbox SET failed_at = $2, body = '', last_error = $3 WHERE id = $1").bind(id).bind(now).bind(error),
    }
    .execute(conn)
    .await?;
    Ok(())
}

/// Sent messages are kept this long (for "was it sent?"), then deleted.
pub const KEEP_SENT_SECS: i64 = 30 * 86_400;

/// Deletes sent and given-up messages older than [`KEEP_SENT_SECS`].
pub async fn prune(conn: &mut AnyConnection, now: i64) -> Result<u64, AppError> {
    let cutoff = now - KEEP_SENT_SECS;
    Ok(sqlx::query("DELETE FROM outbox WHERE (sent_at IS NOT NULL AND sent_at < $1) OR (failed_at IS NOT NULL AND failed_at < $1)")
        .bind(cutoff)
        .execute(conn)
        .await?
        .rows_affected())
}

/// Whether a server already queued this organisation's `kind` e-mail for `week`.
pub async fn weekly_run_exists(conn: impl sqlx::AnyExecutor<'_>, org: OrgId, kind: &str, week: &str) -> Result<bool, AppError> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM weekly_runs WHERE org_id = $1 AND kind = $2 AND week = $3")
        .bind(org)
        .bind(kind)
        .bind(week)
        .fetch_one(conn)
        .await?;
    Ok(n > 0)
}
