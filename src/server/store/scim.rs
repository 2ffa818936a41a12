//! SCIM provisioning's rows: the organisation's token (its hash), the
//! people its provider provisioned, and the teams it calls groups.

use super::Flag;
use crate::domain::ids::{OrgId, TeamId, UserId};
use crate::domain::scim::{Filter, ScimGroup, ScimUser};
use crate::error::AppError;
use sqlx::AnyExecutor;

/// Makes (or replaces) the organisation's token.
pub async fn set_token(conn: impl AnyExecutor<'_>, org: OrgId, token_hash: &str, by: UserId, now: i64) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO scim_tokens (org_id, token_hash, created_by, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (org_id) DO UPDATE SET token_hash = excluded.token_hash, created_by = excluded.created_by, created_at = excluded.created_at",
    )
    .bind(org)
    .bind(token_hash)
    .bind(by)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn delete_token(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<bool, AppError> {
    Ok(sqlx::query("DELETE FROM scim_tokens WHERE org_id = $1").bind(org).execute(conn).await?.rows_affected() > 0)
}

/// When the organisation's token was made, if it has one.
pub async fn token_made_at(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<Option<i64>, AppError> {
    Ok(sqlx::query_scalar("SELECT created_at FROM scim_tokens WHERE org_id = $1").bind(org).fetch_optional(conn).await?)
}

/// The organisation a token is for, and the admin who made it.
pub async fn token_owner(conn: impl AnyExecutor<'_>, token_hash: &str) -> Result<Option<(OrgId, UserId)>, AppError> {
    Ok(sqlx::query_as("SELECT org_id, created_by FROM scim_tokens WHERE token_hash = $1").bind(token_hash).fetch_optional(conn).await?)
}

#[derive(sqlx::FromRow)]
struct UserRow {
    user_id: UserId,
    email: String,
    name: String,
    external_id: Option<String>,
    #[sqlx(try_from = "Flag")]
    active: bool,
}

impl From<UserRow> for ScimUser {
    fn from(r: UserRow) -> Self {
        ScimUser { id: r.user_id.0, user_name: r.email, display_name: r.name, external_id: r.external_id, active: r.active }
    }
}

/// The organisation's people as SCIM sees them: its members (active) and
/// those its provider deactivated (kept, inactive, so it still finds them).
const USERS: &str = "SELECT u.id AS user_id, u.email, u.name, s.external_id, \
     CASE WHEN EXISTS (SELECT 1 FROM memberships m WHERE m.org_id = $1 AND m.user_id = u.id) THEN 1 ELSE 0 END AS active \
     FROM users u LEFT JOIN scim_users s ON s.org_id = $1 AND s.user_id = u.id \
     WHERE u.id IN (SELECT user_id FROM memberships WHERE org_id = $1 UNION SELECT user_id FROM scim_users WHERE org_id = $1)";

/// One page of them (by id), and how many match in all.
pub async fn users(
    conn: &mut sqlx::AnyConnection,
    org: OrgId,
    filter: Option<&Filter>,
    offset: i64,
    limit: i64,
) -> Result<(i64, Vec<ScimUser>), AppError> {
    // `$2` is always used (PostgreSQL refuses a parameter the query does not name).
    let (condition, value) = match filter {
        None => (" AND $2 = $2", String::new()),
        Some(Filter::UserName(v)) => (" AND u.email = $2", v.trim().to_lowercase()),
        Some(Filter::ExternalId(v)) => (" AND s.external_id = $2", v.clone()),
        Some(Filter::DisplayName(v)) => (" AND u.name = $2", v.clone()),
    };
    let total: i64 =
        sqlx::query_scalar(&format!("SELECT COUNT(*) FROM ({USERS}{condition}) t")).bind(org).bind(&value).fetch_one(&mut *conn).await?;
    let rows: Vec<UserRow> = sqlx::query_as(&format!("{USERS}{condition} ORDER BY u.id LIMIT $3 OFFSET $4"))
        .bind(org)
        .bind(&value)
        .bind(limit)
        .bind(offset)
        .fetch_all(&mut *conn)
        .await?;
    Ok((total, rows.into_iter().map(ScimUser::from).collect()))
}

pub async fn user(conn: impl AnyExecutor<'_>, org: OrgId, user: UserId) -> Result<Option<ScimUser>, AppError> {
    let row: Option<UserRow> = sqlx::query_as(&format!("{USERS} AND u.id = $2")).bind(org).bind(user).fetch_optional(conn).await?;
    Ok(row.map(ScimUser::from))
}

/// A provisioned person's record: `made_here` when provisioning made the
/// account (kept from the first write).
pub struct Kept<'a> {
    pub external_id: Option<&'a str>,
    pub active: bool,
    pub made_here: bool,
}

/// Records (or updates) a provisioned person.
pub async fn keep_user(conn: impl AnyExecutor<'_>, org: OrgId, user: UserId, k: &Kept<'_>) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO scim_users (org_id, user_id, external_id, active, made_here) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (org_id, user_id) DO UPDATE SET external_id = COALESCE(excluded.external_id, scim_users.external_id), active = excluded.active",
    )
    .bind(org)
    .bind(user)
    .bind(k.external_id)
    .bind(i64::from(k.active))
    .bind(i64::from(k.made_here))
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn forget_user(conn: impl AnyExecutor<'_>, org: OrgId, user: UserId) -> Result<(), AppError> {
    sqlx::query("DELETE FROM scim_users WHERE org_id = $1 AND user_id = $2").bind(org).bind(user).execute(conn).await?;
    Ok(())
}

/// Ends the person's sessions that are in this organisation.
pub async fn end_sessions(conn: impl AnyExecutor<'_>, org: OrgId, user: UserId) -> Result<u64, AppError> {
    Ok(sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND org_id = $2").bind(user).bind(org).execute(conn).await?.rows_affected())
}

#[derive(sqlx::FromRow)]
struct GroupRow {
    id: TeamId,
    name: String,
    external_id: Option<String>,
}

/// The organisation's teams in use, as groups (without their members).
pub async fn groups(conn: impl AnyExecutor<'_>, org: OrgId, filter: Option<&Filter>) -> Result<Vec<ScimGroup>, AppError> {
    let (condition, value) = match filter {
        None => ("", String::new()),
        Some(Filter::DisplayName(v)) => (" AND LOWER(t.name) = LOWER($2)", v.clone()),
        Some(Filter::ExternalId(v)) => (" AND g.external_id = $2", v.clone()),
        Some(Filter::UserName(_)) => (" AND 1 = 0", String::new()),
    };
    let rows: Vec<GroupRow> = sqlx::query_as(&format!(
        "SELECT t.id, t.name, g.external_id FROM teams t LEFT JOIN scim_groups g ON g.team_id = t.id \
         WHERE t.org_id = $1 AND t.archived_at IS NULL AND ($2 = $2){condition} ORDER BY t.id"
    ))
    .bind(org)
    .bind(&value)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| ScimGroup { id: r.id.0, display_name: r.name, external_id: r.external_id, members: vec![] }).collect())
}

pub async fn group(conn: impl AnyExecutor<'_>, org: OrgId, team: TeamId) -> Result<Option<ScimGroup>, AppError> {
    let row: Option<GroupRow> = sqlx::query_as(
        "SELECT t.id, t.name, g.external_id FROM teams t LEFT JOIN scim_groups g ON g.team_id = t.id \
         WHERE t.org_id = $1 AND t.id = $2 AND t.archived_at IS NULL",
    )
    .bind(org)
    .bind(team)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| ScimGroup { id: r.id.0, display_name: r.name, external_id: r.external_id, members: vec![] }))
}

pub async fn set_group_external_id(conn: impl AnyExecutor<'_>, team: TeamId, external_id: Option<&str>) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO scim_groups (team_id, external_id) VALUES ($1, $2) \
         ON CONFLICT (team_id) DO UPDATE SET external_id = COALESCE(excluded.external_id, scim_groups.external_id)",
    )
    .bind(team)
    .bind(external_id)
    .execute(conn)
    .await?;
    Ok(())
}
