//! Slack's rows: an organisation's installation, the people linked to
//! Slack users, installs under way, and signed requests already seen.

use crate::domain::ids::{OrgId, UserId};
use crate::error::AppError;
use crate::msg;
use sqlx::{AnyConnection, AnyExecutor};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Install {
    pub org_id: OrgId,
    pub team_id: String,
    pub team_name: String,
    pub token_sealed: String,
    pub digest_channel: Option<String>,
    pub installed_at: i64,
    pub synced_at: Option<i64>,
    pub linked_count: i64,
}

const INSTALL: &str =
    "SELECT org_id, team_id, team_name, token_sealed, digest_channel, installed_at, synced_at, linked_count FROM slack_installs";

pub async fn install_of(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<Option<Install>, AppError> {
    Ok(sqlx::query_as(&format!("{INSTALL} WHERE org_id = $1")).bind(org).fetch_optional(conn).await?)
}

pub async fn install_by_team(conn: impl AnyExecutor<'_>, team_id: &str) -> Result<Option<Install>, AppError> {
    Ok(sqlx::query_as(&format!("{INSTALL} WHERE team_id = $1")).bind(team_id).fetch_optional(conn).await?)
}

pub struct NewInstall<'a> {
    pub org: OrgId,
    pub team_id: &'a str,
    pub team_name: &'a str,
    pub bot_user_id: &'a str,
    pub token_sealed: &'a str,
    pub by: UserId,
    pub now: i64,
}

/// Keeps the installation (a reinstall replaces the token and keeps the
/// digest channel); a Slack workspace another organisation installed is a conflict.
pub async fn save_install(conn: &mut AnyConnection, i: &NewInstall<'_>) -> Result<(), AppError> {
    if let Some(other) = install_by_team(&mut *conn, i.team_id).await?.filter(|o| o.org_id != i.org) {
        tracing::info!(org = %i.org, other = %other.org_id, "Slack workspace already connected elsewhere");
        return Err(AppError::Conflict(msg!("conflict-slack-workspace-connected-another")));
    }
    if install_of(&mut *conn, i.org).await?.is_some_and(|mine| mine.team_id != i.team_id) {
        // Another workspace replaces the old one: its people's links mean nothing there.
        sqlx::query("DELETE FROM slack_links WHERE org_id = $1").bind(i.org).execute(&mut *conn).await?;
    }
    sqlx::query(
        "INSERT INTO slack_installs (org_id, team_id, team_name, bot_user_id, token_sealed, installed_by, installed_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (org_id) DO UPDATE SET team_id = excluded.team_id, team_name = excluded.team_name, \
         bot_user_id = excluded.bot_user_id, token_sealed = excluded.token_sealed, installed_by = excluded.installed_by, installed_at = excluded.installed_at",
    )
    .bind(i.org)
    .bind(i.team_id)
    .bind(i.team_name)
    .bind(i.bot_user_id)
    .bind(i.token_sealed)
    .bind(i.by)
    .bind(i.now)
    .execute(&mut *conn)
    .await
    .map_err(|e| super::conflict_or_internal(e, msg!("conflict-slack-taken")))?;
    Ok(())
}

pub async fn remove_install(conn: &mut AnyConnection, org: OrgId) -> Result<bool, AppError> {
    sqlx::query("DELETE FROM slack_links WHERE org_id = $1").bind(org).execute(&mut *conn).await?;
    Ok(sqlx::query("DELETE FROM slack_installs WHERE org_id = $1").bind(org).execute(&mut *conn).await?.rows_affected() == 1)
}

pub async fn set_digest_channel(conn: impl AnyExecutor<'_>, org: OrgId, channel: Option<&str>) -> Result<bool, AppError> {
    let done = sqlx::query("UPDATE slack_installs SET digest_channel = $2 WHERE org_id = $1").bind(org).bind(channel).execute(conn).await?;
    Ok(done.rows_affected() == 1)
}

/// Starts an install: the state's hash, for the admin who began it.
pub async fn begin(
    conn: &mut AnyConnection,
    state_hash: &str,
    org: OrgId,
    user: UserId,
    now: i64,
    older_than: i64,
) -> Result<(), AppError> {
    sqlx::query("DELETE FROM slack_states WHERE created_at < $1").bind(older_than).execute(&mut *conn).await?;
    sqlx::query("INSERT INTO slack_states (state_hash, org_id, user_id, created_at) VALUES ($1, $2, $3, $4)")
        .bind(state_hash)
        .bind(org)
        .bind(user)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Spends a state: its (organisation, admin) when it exists and is newer than `since`.
pub async fn take_state(conn: &mut AnyConnection, state_hash: &str, since: i64) -> Result<Option<(OrgId, UserId)>, AppError> {
    let row: Option<(OrgId, UserId, i64)> =
        sqlx::query_as("DELETE FROM slack_states WHERE state_hash = $1 RETURNING org_id, user_id, created_at")
            .bind(state_hash)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(row.filter(|(_, _, at)| *at >= since).map(|(org, user, _)| (org, user)))
}

/// Records a signed request; false when it was seen already (a replay).
pub async fn first_sighting(conn: &mut AnyConnection, signature_hash: &str, now: i64, older_than: i64) -> Result<bool, AppError> {
    sqlx::query("DELETE FROM slack_seen WHERE seen_at < $1").bind(older_than).execute(&mut *conn).await?;
    let done = sqlx::query("INSERT INTO slack_seen (signature_hash, seen_at) VALUES ($1, $2) ON CONFLICT DO NOTHING")
        .bind(signature_hash)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// The organisation's members with a confirmed address, as (id, address).
pub async fn confirmed_members(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<Vec<(UserId, String)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT u.id, u.email FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.org_id = $1 AND u.email_confirmed_at IS NOT NULL ORDER BY u.id",
    )
    .bind(org)
    .fetch_all(conn)
    .await?)
}

/// Replaces the organisation's links with `links` (person, Slack user).
pub async fn replace_links(conn: &mut AnyConnection, org: OrgId, links: &[(UserId, String)], now: i64) -> Result<(), AppError> {
    sqlx::query("DELETE FROM slack_links WHERE org_id = $1").bind(org).execute(&mut *conn).await?;
    for (user, slack_user) in links {
        sqlx::query("INSERT INTO slack_links (org_id, user_id, slack_user_id, linked_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
            .bind(org)
            .bind(user)
            .bind(slack_user)
            .bind(now)
            .execute(&mut *conn)
            .await?;
    }
    sqlx::query("UPDATE slack_installs SET synced_at = $2, linked_count = $3 WHERE org_id = $1")
        .bind(org)
        .bind(now)
        .bind(links.len() as i64)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The member linked to a Slack user in the organisation.
pub async fn linked_person(conn: impl AnyExecutor<'_>, org: OrgId, slack_user: &str) -> Result<Option<UserId>, AppError> {
    Ok(sqlx::query_scalar(
        "SELECT l.user_id FROM slack_links l JOIN memberships m ON m.org_id = l.org_id AND m.user_id = l.user_id \
         WHERE l.org_id = $1 AND l.slack_user_id = $2",
    )
    .bind(org)
    .bind(slack_user)
    .fetch_optional(conn)
    .await?)
}

/// The linked members the weekly reminder goes to in Slack: (person, Slack
/// user), unless they or the organisation turned Slack off.
/// (person, their Slack user, the language they chose).
pub async fn reminder_people(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<Vec<(UserId, String, Option<String>)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT l.user_id, l.slack_user_id, u.locale FROM slack_links l JOIN memberships m ON m.org_id = l.org_id AND m.user_id = l.user_id \
         JOIN users u ON u.id = l.user_id \
         WHERE l.org_id = $1 \
         AND NOT EXISTS (SELECT 1 FROM channel_optouts o WHERE o.user_id = l.user_id AND o.channel = 'slack') \
         AND NOT EXISTS (SELECT 1 FROM org_channels_off f WHERE f.org_id = $1 AND f.channel = 'slack') \
         ORDER BY l.user_id",
    )
    .bind(org)
    .fetch_all(conn)
    .await?)
}

/// Whether the person is linked to a Slack user in `org`.
pub async fn is_linked(conn: impl AnyExecutor<'_>, user: UserId, org: OrgId) -> Result<bool, AppError> {
    let found: Option<i64> = sqlx::query_scalar("SELECT 1 FROM slack_links WHERE user_id = $1 AND org_id = $2")
        .bind(user)
        .bind(org)
        .fetch_optional(conn)
        .await?;
    Ok(found.is_some())
}

/// The person's name and address, and their role in the organisation
/// (none: not a member).
pub async fn member(
    conn: impl AnyExecutor<'_>,
    org: OrgId,
    user: UserId,
) -> Result<Option<(String, String, crate::domain::org::Role)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT u.name, u.email, m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 AND m.user_id = $2",
    )
    .bind(org)
    .bind(user)
    .fetch_optional(conn)
    .await?)
}

/// The person's active teams in the organisation, by name.
pub async fn teams_of(conn: impl AnyExecutor<'_>, org: OrgId, user: UserId) -> Result<Vec<(crate::domain::ids::TeamId, String)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT t.id, t.name FROM team_members tm JOIN teams t ON t.id = tm.team_id \
         WHERE t.org_id = $1 AND tm.user_id = $2 AND t.archived_at IS NULL ORDER BY t.name",
    )
    .bind(org)
    .bind(user)
    .fetch_all(conn)
    .await?)
}
