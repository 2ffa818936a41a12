//! Channels' rows: devices that get notifications, the channels people and
//! organisations turned off, and an organisation's Teams webhook.

use crate::domain::channels::{Channel, PushDevice, TeamsHook};
use crate::domain::ids::{OrgId, UserId};
use crate::error::AppError;
use sqlx::AnyExecutor;

/// A device's subscription as stored.
#[derive(Debug, sqlx::FromRow)]
pub struct StoredSubscription {
    pub id: i64,
    pub user_id: UserId,
    pub endpoint: String,
    pub p256dh: String,
    pub auth: String,
}

pub struct NewSubscription<'a> {
    pub user: UserId,
    pub endpoint: &'a str,
    pub p256dh: &'a str,
    pub auth: &'a str,
    pub label: &'a str,
    pub now: i64,
}

/// Adds a device, or, when its endpoint is known (the same browser
/// subscribing again, or after someone else signed in on it), makes it this
/// person's with the new keys: a device belongs to whoever last opted in there.
pub async fn subscribe(conn: impl AnyExecutor<'_>, s: &NewSubscription<'_>) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO push_subscriptions (user_id, endpoint, p256dh, auth, label, created_at) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (endpoint) DO UPDATE SET user_id = excluded.user_id, p256dh = excluded.p256dh, auth = excluded.auth, \
         label = excluded.label, created_at = excluded.created_at, last_sent_at = NULL",
    )
    .bind(s.user)
    .bind(s.endpoint)
    .bind(s.p256dh)
    .bind(s.auth)
    .bind(s.label)
    .bind(s.now)
    .execute(conn)
    .await?;
    Ok(())
}

/// The person's devices, oldest first.
pub async fn devices(conn: impl AnyExecutor<'_>, user: UserId) -> Result<Vec<PushDevice>, AppError> {
    let rows: Vec<(i64, String, i64, Option<i64>)> =
        sqlx::query_as("SELECT id, label, created_at, last_sent_at FROM push_subscriptions WHERE user_id = $1 ORDER BY created_at, id")
            .bind(user)
            .fetch_all(conn)
            .await?;
    Ok(rows.into_iter().map(|(id, label, created_at, last_sent_at)| PushDevice { id, label, created_at, last_sent_at }).collect())
}

/// Devices of the person, other than the one at `endpoint`.
pub async fn device_count(conn: impl AnyExecutor<'_>, user: UserId, endpoint: &str) -> Result<i64, AppError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM push_subscriptions WHERE user_id = $1 AND endpoint <> $2")
        .bind(user)
        .bind(endpoint)
        .fetch_one(conn)
        .await?)
}

/// Removes one of the person's devices; false when they have none by that id.
pub async fn unsubscribe(conn: impl AnyExecutor<'_>, user: UserId, id: i64) -> Result<bool, AppError> {
    let done = sqlx::query("DELETE FROM push_subscriptions WHERE id = $1 AND user_id = $2").bind(id).bind(user).execute(conn).await?;
    Ok(done.rows_affected() == 1)
}

/// Forgets a subscription its push service says is gone.
pub async fn drop_subscription(conn: impl AnyExecutor<'_>, id: i64) -> Result<(), AppError> {
    sqlx::query("DELETE FROM push_subscriptions WHERE id = $1").bind(id).execute(conn).await?;
    Ok(())
}

pub async fn subscription(conn: impl AnyExecutor<'_>, id: i64) -> Result<Option<StoredSubscription>, AppError> {
    Ok(sqlx::query_as("SELECT id, user_id, endpoint, p256dh, auth FROM push_subscriptions WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await?)
}

pub async fn mark_pushed(conn: impl AnyExecutor<'_>, id: i64, now: i64) -> Result<(), AppError> {
    sqlx::query("UPDATE push_subscriptions SET last_sent_at = $2 WHERE id = $1").bind(id).bind(now).execute(conn).await?;
    Ok(())
}

/// The devices the organisation's weekly reminder goes to: every device of
/// every member who has not turned notifications off, as (device, person).
/// None when the organisation turned them off.
pub async fn reminder_devices(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<Vec<(i64, UserId, Option<String>)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT s.id, s.user_id, u.locale FROM push_subscriptions s JOIN memberships m ON m.user_id = s.user_id AND m.org_id = $1 \
         JOIN users u ON u.id = s.user_id \
         WHERE NOT EXISTS (SELECT 1 FROM channel_optouts o WHERE o.user_id = s.user_id AND o.channel = 'push') \
         AND NOT EXISTS (SELECT 1 FROM org_channels_off f WHERE f.org_id = $1 AND f.channel = 'push') \
         ORDER BY s.id",
    )
    .bind(org)
    .fetch_all(conn)
    .await?)
}

/// Whether the person wants the weekly messages on `channel`.
pub async fn wanted(conn: impl AnyExecutor<'_>, user: UserId, channel: Channel) -> Result<bool, AppError> {
    let off: Option<i64> = sqlx::query_scalar("SELECT 1 FROM channel_optouts WHERE user_id = $1 AND channel = $2")
        .bind(user)
        .bind(channel.as_str())
        .fetch_optional(conn)
        .await?;
    Ok(off.is_none())
}

pub async fn set_wanted(conn: impl AnyExecutor<'_>, user: UserId, channel: Channel, wanted: bool) -> Result<(), AppError> {
    let sql = if wanted {
        "DELETE FROM channel_optouts WHERE user_id = $1 AND channel = $2"
    } else {
        "INSERT INTO channel_optouts (user_id, channel) VALUES ($1, $2) ON CONFLICT DO NOTHING"
    };
    sqlx::query(sql).bind(user).bind(channel.as_str()).execute(conn).await?;
    Ok(())
}

/// Whether the organisation has `channel` on (the default).
pub async fn org_on(conn: impl AnyExecutor<'_>, org: OrgId, channel: Channel) -> Result<bool, AppError> {
    let off: Option<i64> = sqlx::query_scalar("SELECT 1 FROM org_channels_off WHERE org_id = $1 AND channel = $2")
        .bind(org)
        .bind(channel.as_str())
        .fetch_optional(conn)
        .await?;
    Ok(off.is_none())
}

pub async fn set_org_on(conn: impl AnyExecutor<'_>, org: OrgId, channel: Channel, on: bool) -> Result<(), AppError> {
    let sql = if on {
        "DELETE FROM org_channels_off WHERE org_id = $1 AND channel = $2"
    } else {
        "INSERT INTO org_channels_off (org_id, channel) VALUES ($1, $2) ON CONFLICT DO NOTHING"
    };
    sqlx::query(sql).bind(org).bind(channel.as_str()).execute(conn).await?;
    Ok(())
}

/// The organisation's Teams webhook: what admins see, and the sealed URL.
pub async fn teams_hook(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<Option<(TeamsHook, String)>, AppError> {
    let row: Option<(String, i64, String)> =
        sqlx::query_as("SELECT host, added_at, url_sealed FROM teams_webhooks WHERE org_id = $1").bind(org).fetch_optional(conn).await?;
    Ok(row.map(|(host, added_at, sealed)| (TeamsHook { host, added_at }, sealed)))
}

pub async fn set_teams_hook(
    conn: impl AnyExecutor<'_>,
    org: OrgId,
    sealed: &str,
    host: &str,
    by: UserId,
    now: i64,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO teams_webhooks (org_id, url_sealed, host, added_by, added_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (org_id) DO UPDATE SET url_sealed = excluded.url_sealed, host = excluded.host, added_by = excluded.added_by, added_at = excluded.added_at",
    )
    .bind(org)
    .bind(sealed)
    .bind(host)
    .bind(by)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn remove_teams_hook(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<bool, AppError> {
    Ok(sqlx::query("DELETE FROM teams_webhooks WHERE org_id = $1").bind(org).execute(conn).await?.rows_affected() == 1)
}
