//! Users, sessions and failed-login records.

use super::conflict_or_internal;
use crate::domain::account::{session_alive, Email, Failures, PersonName, SessionView, SESSION_IDLE_SECS};
use crate::domain::ids::{OrgId, UserId};
use crate::domain::org::Role;
use crate::error::AppError;
use crate::msg;
use sqlx::{AnyConnection, AnyExecutor};

/// A new account; `confirmed` when its address needs no confirming (a
/// provider vouched for it, or this server sends no e-mail).
pub async fn create_user(
    conn: &mut AnyConnection,
    email: &Email,
    name: &PersonName,
    password_hash: &str,
    now: i64,
    confirmed: bool,
) -> Result<UserId, AppError> {
    sqlx::query_scalar(
        "INSERT INTO users (email, name, password_hash, created_at, email_confirmed_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(email.as_str())
    .bind(name.as_str())
    .bind(password_hash)
    .bind(now)
    .bind(confirmed.then_some(now))
    .fetch_one(conn)
    .await
    .map_err(|e| conflict_or_internal(e, msg!("conflict-email-taken")))
}

/// The account that holds `email` (the one that confirmed it) and its
/// password's hash. Accounts still to confirm the address are not found:
/// they sign in only with their session or the link.
pub async fn credentials(conn: impl AnyExecutor<'_>, email: &Email) -> Result<Option<(UserId, String)>, AppError> {
    Ok(sqlx::query_as("SELECT id, password_hash FROM users WHERE email = $1 AND email_confirmed_at IS NOT NULL")
        .bind(email.as_str())
        .fetch_optional(conn)
        .await?)
}

/// Marks the account's address confirmed, unless it already is or another
/// account holds that address; true when it did.
pub async fn confirm_email(conn: impl AnyExecutor<'_>, user: UserId, now: i64) -> Result<bool, AppError> {
    let done = sqlx::query(
        "UPDATE users SET email_confirmed_at = $2 WHERE id = $1 AND email_confirmed_at IS NULL \
         AND NOT EXISTS (SELECT 1 FROM users o WHERE o.email = users.email AND o.email_confirmed_at IS NOT NULL)",
    )
    .bind(user)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The account's address, its name, and whether the address is confirmed.
pub async fn standing(conn: impl AnyExecutor<'_>, user: UserId) -> Result<(String, String, bool), AppError> {
    let (email, name, confirmed): (String, String, Option<i64>) =
        sqlx::query_as("SELECT email, name, email_confirmed_at FROM users WHERE id = $1").bind(user).fetch_one(conn).await?;
    Ok((email, name, confirmed.is_some()))
}

/// Keeps a confirmation link (its token's hash) for the account, with the
/// invite it joins through, if any.
pub async fn add_confirmation(
    conn: impl AnyExecutor<'_>,
    hash: &str,
    user: UserId,
    invite_hash: Option<&str>,
    now: i64,
) -> Result<(), AppError> {
    sqlx::query("INSERT INTO email_confirmations (token_hash, user_id, invite_hash, created_at) VALUES ($1, $2, $3, $4)")
        .bind(hash)
        .bind(user)
        .bind(invite_hash)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

/// Takes a confirmation link (it is used once): whose, its invite, when made.
pub async fn take_confirmation(conn: impl AnyExecutor<'_>, hash: &str) -> Result<Option<(UserId, Option<String>, i64)>, AppError> {
    Ok(sqlx::query_as("DELETE FROM email_confirmations WHERE token_hash = $1 RETURNING user_id, invite_hash, created_at")
        .bind(hash)
        .fetch_optional(conn)
        .await?)
}

/// When the account was last sent a confirmation link, if it has one waiting.
pub async fn last_confirmation(conn: impl AnyExecutor<'_>, user: UserId) -> Result<Option<i64>, AppError> {
    Ok(sqlx::query_scalar("SELECT MAX(created_at) FROM email_confirmations WHERE user_id = $1").bind(user).fetch_one(conn).await?)
}

/// Forgets the account's other confirmation links once one was used.
pub async fn drop_confirmations(conn: impl AnyExecutor<'_>, user: UserId) -> Result<(), AppError> {
    sqlx::query("DELETE FROM email_confirmations WHERE user_id = $1").bind(user).execute(conn).await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
pub struct SessionRow {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    pub org_id: Option<OrgId>,
    pub created_at: i64,
    pub last_seen_at: i64,
    /// The organisation whose provider signed this session in (none: a password).
    pub sso_org: Option<OrgId>,
    /// When the account confirmed its address (none: not yet).
    pub email_confirmed_at: Option<i64>,
    /// Their role in the session's organisation (none: not a member there)
    /// and whether it requires single sign-on, read with the session
    /// because every request needs both (see `orgs::entry`).
    pub role: Option<Role>,
    pub sso_required: i64,
}

/// A session to record: the hash of its token, whose, where it opens, its
/// lifetime, the browser's label, and which provider signed it in (none: a password).
pub struct NewSession<'a> {
    pub token_hash: &'a str,
    pub user: UserId,
    pub org: Option<OrgId>,
    pub now: i64,
    pub expires_at: i64,
    pub device: &'a str,
    pub sso_org: Option<OrgId>,
}

pub async fn create_session(conn: impl AnyExecutor<'_>, s: &NewSession<'_>) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, org_id, created_at, expires_at, last_seen_at, device, sso_org) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(s.token_hash)
    .bind(s.user)
    .bind(s.org)
    .bind(s.now)
    .bind(s.expires_at)
    .bind(s.now)
    .bind(s.device)
    .bind(s.sso_org)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn session(conn: impl AnyExecutor<'_>, token_hash: &str, now: i64) -> Result<Option<SessionRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT s.user_id, u.name, u.email, s.org_id, s.created_at, s.last_seen_at, s.sso_org, u.email_confirmed_at, \
         m.role, COALESCE(p.required, 0) AS sso_required \
         FROM sessions s JOIN users u ON u.id = s.user_id \
         LEFT JOIN memberships m ON m.org_id = s.org_id AND m.user_id = s.user_id \
         LEFT JOIN sso_providers p ON p.org_id = s.org_id \
         WHERE s.token_hash = $1 AND s.expires_at > $2",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(conn)
    .await?)
}

/// The languages a live session's person chose and their organisation set
/// as its default (tags; NULL when not chosen), or `None` for no such session.
pub async fn session_languages(
    conn: impl AnyExecutor<'_>,
    token_hash: &str,
    now: i64,
) -> Result<Option<(Option<String>, Option<String>)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT u.locale, o.default_locale FROM sessions s JOIN users u ON u.id = s.user_id \
         LEFT JOIN organisations o ON o.id = s.org_id WHERE s.token_hash = $1 AND s.expires_at > $2",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(conn)
    .await?)
}

/// The language `user` reads in (`None`: not chosen).
pub async fn language(conn: impl AnyExecutor<'_>, user: UserId) -> Result<Option<String>, AppError> {
    Ok(sqlx::query_scalar("SELECT locale FROM users WHERE id = $1").bind(user).fetch_one(conn).await?)
}

pub async fn set_language(conn: impl AnyExecutor<'_>, user: UserId, tag: Option<&str>) -> Result<(), AppError> {
    sqlx::query("UPDATE users SET locale = $1 WHERE id = $2").bind(tag).bind(user).execute(conn).await?;
    Ok(())
}

pub async fn set_session_org(conn: impl AnyExecutor<'_>, token_hash: &str, org: OrgId) -> Result<(), AppError> {
    sqlx::query("UPDATE sessions SET org_id = $1 WHERE token_hash = $2").bind(org).bind(token_hash).execute(conn).await?;
    Ok(())
}

pub async fn delete_session(conn: impl AnyExecutor<'_>, token_hash: &str) -> Result<(), AppError> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(conn).await?;
    Ok(())
}

/// Records that a session was used (the caller limits how often).
pub async fn touch_session(conn: impl AnyExecutor<'_>, token_hash: &str, now: i64) -> Result<(), AppError> {
    sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2").bind(now).bind(token_hash).execute(conn).await?;
    Ok(())
}

/// Where a person is signed in, newest use first; `current` marks `token_hash`.
pub async fn sessions_of(conn: impl AnyExecutor<'_>, user: UserId, token_hash: &str, now: i64) -> Result<Vec<SessionView>, AppError> {
    let rows: Vec<(i64, String, i64, i64, i64)> = sqlx::query_as(
        "SELECT rowid, device, created_at, last_seen_at, CASE WHEN token_hash = $1 THEN 1 ELSE 0 END FROM sessions WHERE user_id = $2 ORDER BY last_seen_at DESC, rowid DESC",
    )
    .bind(token_hash)
    .bind(user)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter(|(_, _, created_at, last_seen_at, _)| session_alive(*created_at, *last_seen_at, now))
        .map(|(id, device, created_at, last_seen_at, current)| SessionView { id, device, created_at, last_seen_at, current: current != 0 })
        .collect())
}

/// Ends one of this person's sessions. False when they have none with this id.
pub async fn delete_session_of(conn: impl AnyExecutor<'_>, user: UserId, id: i64) -> Result<bool, AppError> {
    Ok(sqlx::query("DELETE FROM sessions WHERE rowid = $1 AND user_id = $2").bind(id).bind(user).execute(conn).await?.rows_affected() == 1)
}

/// Ends every session of this person but the one presented.
pub async fn delete_other_sessions(conn: impl AnyExecutor<'_>, user: UserId, keep: &str) -> Result<u64, AppError> {
    Ok(sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
        .bind(user)
        .bind(keep)
        .execute(conn)
        .await?
        .rows_affected())
}

/// Ends every session of this person (a password reset: whoever had the old password is out).
pub async fn delete_sessions_of(conn: impl AnyExecutor<'_>, user: UserId) -> Result<u64, AppError> {
    Ok(sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user).execute(conn).await?.rows_affected())
}

pub async fn email_of_user(conn: impl AnyExecutor<'_>, user: UserId) -> Result<String, AppError> {
    Ok(sqlx::query_scalar("SELECT email FROM users WHERE id = $1").bind(user).fetch_one(conn).await?)
}

pub async fn password_hash(conn: impl AnyExecutor<'_>, user: UserId) -> Result<String, AppError> {
    Ok(sqlx::query_scalar("SELECT password_hash FROM users WHERE id = $1").bind(user).fetch_one(conn).await?)
}

pub async fn set_password_hash(conn: impl AnyExecutor<'_>, user: UserId, hash: &str) -> Result<(), AppError> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2").bind(hash).bind(user).execute(conn).await?;
    Ok(())
}

/// Drops sessions that can no longer be used (too old or idle too long), so
/// the table does not grow forever.
pub async fn delete_expired_sessions(conn: impl AnyExecutor<'_>, now: i64) -> Result<u64, AppError> {
    Ok(sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
        .bind(now)
        .bind(now - SESSION_IDLE_SECS)
        .execute(conn)
        .await?
        .rows_affected())
}

/// Records a login attempt as failed until it proves right (see
/// `service::accounts::login`); returns its id.
pub async fn record_login_failure(conn: &mut AnyConnection, email: &str, address: &str, now: i64) -> Result<i64, AppError> {
    // Old records are useless for the rolling window: prune as we go.
    sqlx::query("DELETE FROM login_failures WHERE at < $1").bind(now - 86_400).execute(&mut *conn).await?;
    Ok(sqlx::query_scalar("INSERT INTO login_failures (email, address, at) VALUES ($1, $2, $3) RETURNING id")
        .bind(email)
        .bind(address)
        .bind(now)
        .fetch_one(conn)
        .await?)
}

/// Failures since `since` for this e-mail from this address, from this
/// address, and for this e-mail from anywhere (with the latest); and
/// whether `device` (a known-device token's hash) is one of this e-mail's
/// account's, seen since `device_since`.
pub async fn recent_failures(
    conn: impl AnyExecutor<'_>,
    email: &str,
    address: &str,
    since: i64,
    device: Option<&str>,
    device_since: i64,
) -> Result<Failures, AppError> {
    let (pair, address, account, account_last, known): (i64, i64, i64, Option<i64>, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM login_failures WHERE email = $1 AND address = $2 AND at >= $3), \
                (SELECT COUNT(*) FROM login_failures WHERE address = $2 AND at >= $3), \
                (SELECT COUNT(*) FROM login_failures WHERE email = $1 AND at >= $3), \
                (SELECT MAX(at) FROM login_failures WHERE email = $1 AND at >= $3), \
                (SELECT COUNT(*) FROM known_devices d JOIN users u ON u.id = d.user_id \
                 WHERE d.token_hash = $4 AND u.email = $1 AND d.seen_at >= $5)",
    )
    .bind(email)
    .bind(address)
    .bind(since)
    .bind(device.unwrap_or(""))
    .bind(device_since)
    .fetch_one(conn)
    .await?;
    Ok(Failures { pair, address, account, account_last, known_device: known > 0 })
}

/// Records a browser a person logged in with (by its token's hash), and
/// forgets their oldest beyond `keep`.
pub async fn remember_device(conn: &mut AnyConnection, user: UserId, token_hash: &str, now: i64, keep: i64) -> Result<(), AppError> {
    sqlx::query("INSERT INTO known_devices (token_hash, user_id, seen_at) VALUES ($1, $2, $3) ON CONFLICT (token_hash) DO UPDATE SET seen_at = excluded.seen_at")
        .bind(token_hash)
        .bind(user)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "DELETE FROM known_devices WHERE user_id = $1 AND token_hash NOT IN \
         (SELECT token_hash FROM known_devices WHERE user_id = $1 ORDER BY seen_at DESC, token_hash LIMIT $2)",
    )
    .bind(user)
    .bind(keep)
    .execute(conn)
    .await?;
    Ok(())
}

/// Forgets every known device of a person (a new password: whoever may
/// have had it is a stranger again).
pub async fn forget_devices(conn: impl AnyExecutor<'_>, user: UserId) -> Result<(), AppError> {
    sqlx::query("DELETE FROM known_devices WHERE user_id = $1").bind(user).execute(conn).await?;
    Ok(())
}

/// A successful log-in: its own attempt and earlier failures of this
/// account from this address no longer count.
pub async fn clear_login_failures(conn: impl AnyExecutor<'_>, email: &str, address: &str) -> Result<(), AppError> {
    sqlx::query("DELETE FROM login_failures WHERE email = $1 AND address = $2").bind(email).bind(address).execute(conn).await?;
    Ok(())
}

/// Counts an account creation from `address` against the hourly limit, in
/// the caller's transaction. False when the limit is reached (nothing written).
pub async fn take_signup(conn: &mut AnyConnection, address: &str, now: i64, per_hour: i64) -> Result<bool, AppError> {
    sqlx::query("DELETE FROM signups WHERE at < $1").bind(now - 86_400).execute(&mut *conn).await?;
    let recent: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM signups WHERE address = $1 AND at > $2")
        .bind(address)
        .bind(now - 3600)
        .fetch_one(&mut *conn)
        .await?;
    if recent >= per_hour {
        return Ok(false);
    }
    sqlx::query("INSERT INTO signups (address, at) VALUES ($1, $2)").bind(address).bind(now).execute(conn).await?;
    Ok(true)
}
