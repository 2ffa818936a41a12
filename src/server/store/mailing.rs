//! Who gets which e-mail: organisations' weekly schedules, people's
//! choices, the recipients of a weekly run, and password reset tokens.

use super::Flag;
use crate::domain::ids::{OrgId, TeamId, UserId};
use crate::domain::locale::Locale;
use crate::domain::mail::Schedule;
use crate::error::AppError;
use sqlx::{AnyConnection, AnyExecutor};

/// An organisation's weekly e-mail settings.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OrgSchedule {
    pub id: OrgId,
    pub name: String,
    pub time_zone: String,
    pub reminder_day: i64,
    pub reminder_minute: i64,
    /// The language set for everyone who has not chosen one (a tag).
    pub default_locale: Option<String>,
}

impl OrgSchedule {
    /// A stored schedule out of range reads as the default (the CHECKs make that unreachable).
    pub fn schedule(&self) -> Schedule {
        Schedule::from_stored(self.reminder_day, self.reminder_minute).unwrap_or_default()
    }

    /// The language of what the organisation's channels read (its default, else English).
    pub fn locale(&self) -> Locale {
        Locale::choose(None, self.default_locale.as_deref().and_then(Locale::from_tag), None, None)
    }

    /// The language of a person of the organisation who chose `tag` (or nothing).
    pub fn locale_of(&self, tag: Option<&str>) -> Locale {
        Locale::choose(tag.and_then(Locale::from_tag), self.default_locale.as_deref().and_then(Locale::from_tag), None, None)
    }
}

const ORG_SCHEDULE: &str = "SELECT id, name, time_zone, reminder_day, reminder_minute, default_locale FROM organisations";

pub async fn schedules(conn: impl AnyExecutor<'_>) -> Result<Vec<OrgSchedule>, AppError> {
    Ok(sqlx::query_as(&format!("{ORG_SCHEDULE} ORDER BY id")).fetch_all(conn).await?)
}

pub async fn schedule_of(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<OrgSchedule, AppError> {
    Ok(sqlx::query_as(&format!("{ORG_SCHEDULE} WHERE id = $1")).bind(org).fetch_one(conn).await?)
}

pub async fn set_schedule(conn: impl AnyExecutor<'_>, org: OrgId, time_zone: &str, schedule: Schedule) -> Result<(), AppError> {
    sqlx::query("UPDATE organisations SET time_zone = $2, reminder_day = $3, reminder_minute = $4 WHERE id = $1")
        .bind(org)
        .bind(time_zone)
        .bind(i64::from(schedule.day()))
        .bind(i64::from(schedule.minute()))
        .execute(conn)
        .await?;
    Ok(())
}

/// (reminders, digest) the person has on.
pub async fn choices(conn: impl AnyExecutor<'_>, user: UserId) -> Result<(bool, bool), AppError> {
    let (r, d): (Flag, Flag) =
        sqlx::query_as("SELECT email_reminders, email_digest FROM users WHERE id = $1").bind(user).fetch_one(conn).await?;
    Ok((r.0, d.0))
}

pub async fn set_choices(conn: impl AnyExecutor<'_>, user: UserId, reminders: bool, digest: bool) -> Result<(), AppError> {
    sqlx::query("UPDATE users SET email_reminders = $2, email_digest = $3 WHERE id = $1")
        .bind(user)
        .bind(i64::from(reminders))
        .bind(i64::from(digest))
        .execute(conn)
        .await?;
    Ok(())
}

/// Someone a weekly e-mail goes to.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Recipient {
    pub id: UserId,
    pub name: String,
    pub email: String,
    /// The language they chose (a tag).
    pub locale: Option<String>,
}

/// The organisation's members with the reminder on, by id.
pub async fn reminder_recipients(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<Vec<Recipient>, AppError> {
    Ok(sqlx::query_as(
        "SELECT u.id, u.name, u.email, u.locale FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.org_id = $1 AND u.email_reminders = 1 ORDER BY u.id",
    )
    .bind(org)
    .fetch_all(conn)
    .await?)
}

/// The organisation's owners, admins and leaders with the digest on, by id.
pub async fn digest_recipients(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<Vec<Recipient>, AppError> {
    Ok(sqlx::query_as(
        "SELECT u.id, u.name, u.email, u.locale FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.org_id = $1 AND m.role IN ('owner', 'admin', 'leader') AND u.email_digest = 1 ORDER BY u.id",
    )
    .bind(org)
    .fetch_all(conn)
    .await?)
}

/// Every (person, team, team name) of the organisation's active teams.
pub async fn team_memberships(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<Vec<(UserId, TeamId, String)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT tm.user_id, t.id, t.name FROM team_members tm JOIN teams t ON t.id = tm.team_id \
         WHERE t.org_id = $1 AND t.archived_at IS NULL ORDER BY tm.user_id, t.name",
    )
    .bind(org)
    .fetch_all(conn)
    .await?)
}

/// The account of an address, with its name and chosen language (for a
/// reset e-mail): the one that confirmed it, else the newest still to
/// confirm it (a reset link proves the address, and confirms it).
pub async fn account_by_email(conn: impl AnyExecutor<'_>, email: &str) -> Result<Option<(UserId, String, Option<String>)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT id, name, locale FROM users WHERE email = $1 \
         ORDER BY CASE WHEN email_confirmed_at IS NULL THEN 1 ELSE 0 END, id DESC LIMIT 1",
    )
    .bind(email)
    .fetch_optional(conn)
    .await?)
}

/// Notes a reset request from `address` and returns how many it has made in
/// the last hour, this one included; older requests are forgotten.
pub async fn record_reset_request(conn: &mut AnyConnection, address: &str, now: i64) -> Result<i64, AppError> {
    sqlx::query("DELETE FROM reset_requests WHERE requested_at < $1").bind(now - 3600).execute(&mut *conn).await?;
    sqlx::query("INSERT INTO reset_requests (address, requested_at) VALUES ($1, $2)").bind(address).bind(now).execute(&mut *conn).await?;
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM reset_requests WHERE address = $1").bind(address).fetch_one(conn).await?)
}

/// Reset links made for the person since `since`.
pub async fn resets_since(conn: impl AnyExecutor<'_>, user: UserId, since: i64) -> Result<i64, AppError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM password_resets WHERE user_id = $1 AND created_at >= $2")
        .bind(user)
        .bind(since)
        .fetch_one(conn)
        .await?)
}

pub async fn create_reset(conn: &mut AnyConnection, token_hash: &str, user: UserId, now: i64, expires_at: i64) -> Result<(), AppError> {
    // Old, spent links are of no use to anyone; the rate limit reads the last hour.
    sqlx::query("DELETE FROM password_resets WHERE user_id = $1 AND (used_at IS NOT NULL OR expires_at < $2)")
        .bind(user)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    sqlx::query("INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(token_hash)
        .bind(user)
        .bind(now)
        .bind(expires_at)
        .execute(conn)
        .await?;
    Ok(())
}

/// The person a reset link is for, if it is unused and unexpired.
pub async fn usable_reset(conn: impl AnyExecutor<'_>, token_hash: &str, now: i64) -> Result<Option<UserId>, AppError> {
    Ok(sqlx::query_scalar("SELECT user_id FROM password_resets WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2")
        .bind(token_hash)
        .bind(now)
        .fetch_optional(conn)
        .await?)
}

/// Spends a reset link and every other one of its person's: after a reset,
/// no older e-mailed link works. Returns false when it was no longer usable
/// (two tabs racing).
pub async fn use_reset(conn: &mut AnyConnection, token_hash: &str, user: UserId, now: i64) -> Result<bool, AppError> {
    let spent = sqlx::query(
        "UPDATE password_resets SET used_at = $3 WHERE token_hash = $1 AND user_id = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(token_hash)
    .bind(user)
    .bind(now)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    sqlx::query("UPDATE password_resets SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL")
        .bind(user)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(spent == 1)
}
