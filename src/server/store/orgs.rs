//! Organisations, memberships and invites.

use crate::domain::account::{Email, OrgName};
use crate::domain::ids::{InviteId, OrgId, TeamId, UserId};
use crate::domain::org::{JoinedVia, MembershipEventKind, Role};
use crate::domain::views::{InviteView, MemberView, OrgChoice};
use crate::error::AppError;
use crate::msg;
use sqlx::{AnyConnection, AnyExecutor};

pub async fn create_org(conn: &mut AnyConnection, name: &OrgName, now: i64) -> Result<OrgId, AppError> {
    Ok(sqlx::query_scalar("INSERT INTO organisations (name, created_at) VALUES ($1, $2) RETURNING id")
        .bind(name.as_str())
        .bind(now)
        .fetch_one(conn)
        .await?)
}

/// Whether the server has any organisation yet.
pub async fn any(conn: impl AnyExecutor<'_>) -> Result<bool, AppError> {
    let found: super::Flag =
        sqlx::query_scalar("SELECT CASE WHEN EXISTS (SELECT 1 FROM organisations) THEN 1 ELSE 0 END").fetch_one(conn).await?;
    Ok(found.0)
}

pub async fn org_name(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<Option<String>, AppError> {
    Ok(sqlx::query_scalar("SELECT name FROM organisations WHERE id = $1").bind(org).fetch_optional(conn).await?)
}

/// The language an organisation's admins set for everyone who has not chosen (a tag; `None`: not set).
pub async fn default_language(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<Option<String>, AppError> {
    Ok(sqlx::query_scalar("SELECT default_locale FROM organisations WHERE id = $1").bind(org).fetch_one(conn).await?)
}

pub async fn set_default_language(conn: impl AnyExecutor<'_>, org: OrgId, tag: Option<&str>) -> Result<(), AppError> {
    sqlx::query("UPDATE organisations SET default_locale = $1 WHERE id = $2").bind(tag).bind(org).execute(conn).await?;
    Ok(())
}

pub async fn add_membership(conn: &mut AnyConnection, org: OrgId, user: UserId, role: Role, now: i64) -> Result<(), AppError> {
    add_membership_via(conn, org, user, role, now, None).await
}

/// Adds a membership, recording how the person joined when it was not by an invite link.
pub async fn add_membership_via(
    conn: &mut AnyConnection,
    org: OrgId,
    user: UserId,
    role: Role,
    now: i64,
    via: Option<JoinedVia>,
) -> Result<(), AppError> {
    sqlx::query("INSERT INTO memberships (org_id, user_id, role, joined_at) VALUES ($1, $2, $3, $4)")
        .bind(org)
        .bind(user)
        .bind(role)
        .bind(now)
        .execute(&mut *conn)
        .await
        .map_err(|e| super::conflict_or_internal(e, msg!("conflict-already-member")))?;
    let joined = super::membership_log::Entry { kind: MembershipEventKind::Joined, person: user, team: None, role: None, by: None, via };
    super::membership_log::record(conn, org, joined, now).await
}

pub async fn role_of(conn: impl AnyExecutor<'_>, org: OrgId, user: UserId) -> Result<Option<Role>, AppError> {
    Ok(sqlx::query_scalar("SELECT role FROM memberships WHERE org_id = $1 AND user_id = $2")
        .bind(org)
        .bind(user)
        .fetch_optional(conn)
        .await?)
}

/// The organisations a person belongs to, oldest membership first.
pub async fn orgs_of(conn: impl AnyExecutor<'_>, user: UserId) -> Result<Vec<OrgChoice>, AppError> {
    let rows: Vec<(OrgId, String)> = sqlx::query_as(
        "SELECT o.id, o.name FROM memberships m JOIN organisations o ON o.id = m.org_id \
         WHERE m.user_id = $1 ORDER BY m.joined_at, o.id",
    )
    .bind(user)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(org_id, name)| OrgChoice { org_id, name }).collect())
}

/// The organisations the person owns.
pub async fn owned_by(conn: impl AnyExecutor<'_>, user: UserId) -> Result<Vec<OrgId>, AppError> {
    Ok(sqlx::query_scalar("SELECT org_id FROM memberships WHERE user_id = $1 AND role = 'owner' ORDER BY org_id")
        .bind(user)
        .fetch_all(conn)
        .await?)
}

pub async fn members(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<Vec<MemberView>, AppError> {
    let rows: Vec<(UserId, String, String, Role)> = sqlx::query_as(
        "SELECT u.id, u.name, u.email, m.role FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.org_id = $1 ORDER BY lower(u.name), u.id",
    )
    .bind(org)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(user_id, name, email, role)| MemberView { user_id, name, email, role }).collect())
}

/// One page of the organisation's members, by name, whose name or e-mail
/// address contains `find` (any case); and how many match in all.
pub async fn member_page(
    conn: &mut AnyConnection,
    org: OrgId,
    find: &str,
    offset: usize,
    limit: usize,
) -> Result<(Vec<MemberView>, usize), AppError> {
    // LIKE with the wildcards in the search text escaped, so "50%" finds "50%".
    let pattern = format!("%{}%", find.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
    let filter = "m.org_id = $1 AND ($2 = '%%' OR lower(u.name) LIKE lower($2) ESCAPE '\\' OR u.email LIKE lower($2) ESCAPE '\\')";
    let rows: Vec<(UserId, String, String, Role)> = sqlx::query_as(&format!(
        "SELECT u.id, u.name, u.email, m.role FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE {filter} ORDER BY lower(u.name), u.id LIMIT $3 OFFSET $4"
    ))
    .bind(org)
    .bind(&pattern)
    .bind(limit as i64)
    .bind(offset as i64)
    .fetch_all(&mut *conn)
    .await?;
    let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id WHERE {filter}"))
        .bind(org)
        .bind(&pattern)
        .fetch_one(conn)
        .await?;
    Ok((rows.into_iter().map(|(user_id, name, email, role)| MemberView { user_id, name, email, role }).collect(), total as usize))
}

/// The member of `org` with this e-mail address, if any.
pub async fn member_by_email(conn: impl AnyExecutor<'_>, org: OrgId, email: &Email) -> Result<Option<UserId>, AppError> {
    Ok(sqlx::query_scalar("SELECT u.id FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.org_id = $1 AND u.email = $2")
        .bind(org)
        .bind(email.as_str())
        .fetch_optional(conn)
        .await?)
}

/// The e-mail address of a member of `org`.
pub async fn email_of(conn: impl AnyExecutor<'_>, org: OrgId, user: UserId) -> Result<Option<String>, AppError> {
    Ok(sqlx::query_scalar("SELECT u.email FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.org_id = $1 AND u.id = $2")
        .bind(org)
        .bind(user)
        .fetch_optional(conn)
        .await?)
}

/// How many members of `org` are not in `team`.
pub async fn count_outside(conn: impl AnyExecutor<'_>, org: OrgId, team: TeamId) -> Result<usize, AppError> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM memberships m WHERE m.org_id = $1 AND NOT EXISTS \
         (SELECT 1 FROM team_members tm WHERE tm.team_id = $2 AND tm.user_id = m.user_id)",
    )
    .bind(org)
    .bind(team)
    .fetch_one(conn)
    .await?;
    Ok(n as usize)
}

pub async fn owner_count(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<usize, AppError> {
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND role = 'owner'").bind(org).fetch_one(conn).await?;
    Ok(usize::try_from(n).unwrap_or(0))
}

pub async fn set_role(conn: impl AnyExecutor<'_>, org: OrgId, user: UserId, role: Role) -> Result<(), AppError> {
    sqlx::query("UPDATE memberships SET role = $1 WHERE org_id = $2 AND user_id = $3")
        .bind(role)
        .bind(org)
        .bind(user)
        .execute(conn)
        .await?;
    Ok(())
}

/// Removes the membership, the person's places in this organisation's teams,
/// and points their sessions away from it.
/// Ends a membership: the person's teams, sessions' choice of this
/// organisation and API tokens for it (revoked for good: a later re-invite
/// makes a new membership, not a way back for old tokens).
pub async fn remove_member(conn: &mut AnyConnection, org: OrgId, user: UserId, now: i64) -> Result<(), AppError> {
    super::api_tokens::revoke_all(&mut *conn, user, Some(org), now).await?;
    sqlx::query("DELETE FROM team_members WHERE user_id = $1 AND team_id IN (SELECT id FROM teams WHERE org_id = $2)")
        .bind(user)
        .bind(org)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE sessions SET org_id = NULL WHERE user_id = $1 AND org_id = $2").bind(user).bind(org).execute(&mut *conn).await?;
    sqlx::query("DELETE FROM memberships WHERE org_id = $1 AND user_id = $2").bind(org).bind(user).execute(&mut *conn).await?;
    Ok(())
}

/// When the organisation was made (seconds since the epoch).
pub async fn created_at(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<i64, AppError> {
    Ok(sqlx::query_scalar("SELECT created_at FROM organisations WHERE id = $1").bind(org).fetch_one(conn).await?)
}

/// (members, active teams) of the organisation.
pub async fn counts(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<(i64, i64), AppError> {
    Ok(sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM memberships WHERE org_id = $1), \
                (SELECT COUNT(*) FROM teams WHERE org_id = $1 AND archived_at IS NULL)",
    )
    .bind(org)
    .fetch_one(conn)
    .await?)
}

// --- invites -----------------------------------------------------------

pub async fn create_invite(
    conn: impl AnyExecutor<'_>,
    org: OrgId,
    token_hash: &str,
    created_by: UserId,
    now: i64,
    expires_at: i64,
    uses: u32,
) -> Result<InviteId, AppError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO invites (org_id, token_hash, created_by, created_at, expires_at, uses_left) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(org)
    .bind(token_hash)
    .bind(created_by)
    .bind(now)
    .bind(expires_at)
    .bind(i64::from(uses))
    .fetch_one(conn)
    .await?)
}

pub async fn active_invites(conn: impl AnyExecutor<'_>, org: OrgId, now: i64) -> Result<Vec<InviteView>, AppError> {
    let rows: Vec<(InviteId, String, i64, i64)> = sqlx::query_as(
        "SELECT i.id, u.name, i.expires_at, i.uses_left FROM invites i JOIN users u ON u.id = i.created_by \
         WHERE i.org_id = $1 AND i.revoked_at IS NULL AND i.expires_at > $2 AND i.uses_left > 0 ORDER BY i.created_at DESC, i.id DESC",
    )
    .bind(org)
    .bind(now)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, created_by, expires_at, uses_left)| InviteView { id, created_by, expires_at, uses_left: uses_left as u32 })
        .collect())
}

/// Returns false when no invite with this id exists in this organisation.
pub async fn revoke_invite(conn: impl AnyExecutor<'_>, org: OrgId, id: InviteId, now: i64) -> Result<bool, AppError> {
    let done = sqlx::query("UPDATE invites SET revoked_at = $1 WHERE id = $2 AND org_id = $3 AND revoked_at IS NULL")
        .bind(now)
        .bind(id)
        .bind(org)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

#[derive(sqlx::FromRow)]
pub struct InviteRow {
    pub org_id: OrgId,
    pub org_name: String,
    pub invited_by: String,
    pub expires_at: i64,
    pub revoked_at: Option<i64>,
    pub uses_left: i64,
}

pub async fn invite_by_hash(conn: impl AnyExecutor<'_>, token_hash: &str) -> Result<Option<InviteRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT i.org_id, o.name AS org_name, u.name AS invited_by, i.expires_at, i.revoked_at, i.uses_left \
         FROM invites i JOIN organisations o ON o.id = i.org_id JOIN users u ON u.id = i.created_by \
         WHERE i.token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(conn)
    .await?)
}

/// Takes one use of an invite, in the transaction that adds the person.
/// False when the link has no use left (someone else took the last one),
/// expired or was revoked in the meantime.
pub async fn use_invite(conn: impl AnyExecutor<'_>, token_hash: &str, now: i64) -> Result<bool, AppError> {
    let done = sqlx::query(
        "UPDATE invites SET uses_left = uses_left - 1 WHERE token_hash = $1 AND uses_left > 0 AND revoked_at IS NULL AND expires_at > $2",
    )
    .bind(token_hash)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A person's role in an organisation, and whether it requires single
/// sign-on (one query: every signed-in request asks).
pub async fn entry(conn: impl AnyExecutor<'_>, org: OrgId, user: UserId) -> Result<Option<(Role, bool)>, AppError> {
    let row: Option<(Role, i64)> = sqlx::query_as(
        "SELECT m.role, COALESCE(p.required, 0) FROM memberships m LEFT JOIN sso_providers p ON p.org_id = m.org_id \
         WHERE m.org_id = $1 AND m.user_id = $2",
    )
    .bind(org)
    .bind(user)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|(role, required)| (role, required != 0)))
}
