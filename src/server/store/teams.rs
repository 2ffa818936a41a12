//! Teams and team membership. Every query is scoped by organisation id, so an
//! id guessed from another organisation simply matches nothing.

use super::{membership_log, packed};
use crate::domain::ids::{OrgId, TeamId, UserId};
use crate::domain::msg::Msg;
use crate::domain::org::{MembershipEventKind, Role, TeamName, TeamRef};
use crate::domain::views::{MemberView, TeamSummary};
use crate::error::AppError;
use crate::msg;
use sqlx::{AnyConnection, AnyExecutor};

fn name_taken() -> Msg {
    msg!("conflict-team-name-taken")
}

pub async fn create(conn: impl AnyExecutor<'_>, org: OrgId, name: &TeamName, now: i64) -> Result<TeamId, AppError> {
    sqlx::query_scalar("INSERT INTO teams (org_id, name, created_at) VALUES ($1, $2, $3) RETURNING id")
        .bind(org)
        .bind(name.as_str())
        .bind(now)
        .fetch_one(conn)
        .await
        .map_err(|e| super::conflict_or_internal(e, name_taken()))
}

/// Returns false when the team is not in this organisation.
pub async fn rename(conn: impl AnyExecutor<'_>, org: OrgId, team: TeamId, name: &TeamName) -> Result<bool, AppError> {
    let done = sqlx::query("UPDATE teams SET name = $1 WHERE id = $2 AND org_id = $3")
        .bind(name.as_str())
        .bind(team)
        .bind(org)
        .execute(conn)
        .await
        .map_err(|e| super::conflict_or_internal(e, name_taken()))?;
    Ok(done.rows_affected() == 1)
}

/// Archives (`Some(now)`) or restores (`None`). False when not in this organisation.
pub async fn set_archived(conn: impl AnyExecutor<'_>, org: OrgId, team: TeamId, archived_at: Option<i64>) -> Result<bool, AppError> {
    let done = sqlx::query("UPDATE teams SET archived_at = $1 WHERE id = $2 AND org_id = $3")
        .bind(archived_at)
        .bind(team)
        .bind(org)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: TeamId,
    name: String,
    archived_at: Option<i64>,
    member_count: i64,
    is_mine: i64,
}

/// Every team of the organisation, by name, marking the viewer's.
pub async fn list(conn: impl AnyExecutor<'_>, org: OrgId, viewer: UserId) -> Result<Vec<TeamSummary>, AppError> {
    summaries(conn, org, viewer, "").await
}

/// The viewer's teams of the organisation that are not archived, by name
/// (a few of a large organisation's hundreds).
pub async fn mine(conn: impl AnyExecutor<'_>, org: OrgId, viewer: UserId) -> Result<Vec<TeamSummary>, AppError> {
    summaries(conn, org, viewer, " AND t.archived_at IS NULL AND t.id IN (SELECT tm.team_id FROM team_members tm WHERE tm.user_id = $1)")
        .await
}

async fn summaries(conn: impl AnyExecutor<'_>, org: OrgId, viewer: UserId, only: &str) -> Result<Vec<TeamSummary>, AppError> {
    let rows: Vec<SummaryRow> = sqlx::query_as(&format!(
        "SELECT t.id, t.name, t.archived_at, \
                (SELECT COUNT(*) FROM team_members tm WHERE tm.team_id = t.id) AS member_count, \
                CASE WHEN EXISTS (SELECT 1 FROM team_members tm WHERE tm.team_id = t.id AND tm.user_id = $1) THEN 1 ELSE 0 END AS is_mine \
         FROM teams t WHERE t.org_id = $2{only} ORDER BY lower(t.name)"
    ))
    .bind(viewer)
    .bind(org)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| TeamSummary {
            id: r.id,
            name: r.name,
            archived: r.archived_at.is_some(),
            member_count: r.member_count,
            is_mine: r.is_mine != 0,
        })
        .collect())
}

/// Whether a list of teams includes archived ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Archived {
    Include,
    Leave,
}

/// The teams of the organisation by name, for views where nobody's membership matters.
pub async fn refs(conn: &mut AnyConnection, org: OrgId, archived: Archived) -> Result<Vec<TeamRef>, AppError> {
    let filter = if archived == Archived::Include { "" } else { " AND archived_at IS NULL" };
    // A large organisation has hundreds: see `packed`.
    let rows: Vec<(TeamId, String)> =
        packed::fetch(conn, "id, name", &format!("FROM teams WHERE org_id = $1{filter}"), "lower(name)", &[org.0]).await?;
    Ok(rows.into_iter().map(|(id, name)| TeamRef { id, name }).collect())
}

/// A team of this organisation.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TeamRow {
    pub id: TeamId,
    pub name: String,
    pub archived_at: Option<i64>,
}

impl TeamRow {
    pub fn archived(&self) -> bool {
        self.archived_at.is_some()
    }
}

pub async fn get(conn: impl AnyExecutor<'_>, org: OrgId, team: TeamId) -> Result<Option<TeamRow>, AppError> {
    Ok(sqlx::query_as("SELECT id, name, archived_at FROM teams WHERE id = $1 AND org_id = $2")
        .bind(team)
        .bind(org)
        .fetch_optional(conn)
        .await?)
}

pub async fn is_member(conn: impl AnyExecutor<'_>, org: OrgId, team: TeamId, user: UserId) -> Result<bool, AppError> {
    let found: super::Flag = sqlx::query_scalar(
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM team_members tm JOIN teams t ON t.id = tm.team_id \
         WHERE tm.team_id = $1 AND tm.user_id = $2 AND t.org_id = $3) THEN 1 ELSE 0 END",
    )
    .bind(team)
    .bind(user)
    .bind(org)
    .fetch_one(conn)
    .await?;
    Ok(found.0)
}

/// The teams of this organisation a person is in (ids only).
pub async fn teams_of(conn: impl AnyExecutor<'_>, org: OrgId, user: UserId) -> Result<Vec<TeamId>, AppError> {
    Ok(sqlx::query_scalar(
        "SELECT tm.team_id FROM team_members tm JOIN teams t ON t.id = tm.team_id WHERE t.org_id = $1 AND tm.user_id = $2",
    )
    .bind(org)
    .bind(user)
    .fetch_all(conn)
    .await?)
}

#[derive(sqlx::FromRow)]
struct MemberRow {
    team_id: TeamId,
    user_id: UserId,
    name: String,
    email: String,
    role: Role,
}

/// The members of one team of this organisation.
pub async fn members(conn: impl AnyExecutor<'_>, org: OrgId, team: TeamId) -> Result<Vec<MemberView>, AppError> {
    Ok(members_of(conn, org, &[team]).await?.into_iter().map(|(_, m)| m).collect())
}

/// The members of several teams at once, as (team, member), by team then name.
pub async fn members_of(conn: impl AnyExecutor<'_>, org: OrgId, teams: &[TeamId]) -> Result<Vec<(TeamId, MemberView)>, AppError> {
    if teams.is_empty() {
        return Ok(Vec::new());
    }
    // Ids are integers we hold typed, so listing them in the SQL is safe.
    let list = teams.iter().map(|t| t.0.to_string()).collect::<Vec<_>>().join(",");
    let rows: Vec<MemberRow> = sqlx::query_as(&format!(
        "SELECT tm.team_id, u.id AS user_id, u.name, u.email, m.role FROM team_members tm \
         JOIN teams t ON t.id = tm.team_id \
         JOIN users u ON u.id = tm.user_id \
         JOIN memberships m ON m.user_id = u.id AND m.org_id = t.org_id \
         WHERE t.org_id = $1 AND tm.team_id IN ({list}) ORDER BY tm.team_id, lower(u.name), u.id"
    ))
    .bind(org)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.team_id, MemberView { user_id: r.user_id, name: r.name, email: r.email, role: r.role })).collect())
}

/// Adds a person to a team. Both must belong to `org`; otherwise nothing is
/// written and false is returned.
/// Every addition is recorded in the membership log, with who made it (`by`).
pub async fn add_member(
    conn: &mut AnyConnection,
    org: OrgId,
    team: TeamId,
    user: UserId,
    by: Option<UserId>,
    now: i64,
) -> Result<bool, AppError> {
    let done = sqlx::query(
        "INSERT INTO team_members (team_id, user_id, added_at) \
         SELECT t.id, m.user_id, $1 FROM teams t JOIN memberships m ON m.org_id = t.org_id \
         WHERE t.id = $2 AND t.org_id = $3 AND m.user_id = $4 \
         ON CONFLICT (team_id, user_id) DO NOTHING",
    )
    .bind(now)
    .bind(team)
    .bind(org)
    .bind(user)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 1 {
        let e = membership_log::Entry { kind: MembershipEventKind::TeamJoined, person: user, team: Some(team), role: None, by, via: None };
        membership_log::record(conn, org, e, now).await?;
        return Ok(true);
    }
    // Nothing inserted: either already in the team (fine) or not in this organisation.
    is_member(conn, org, team, user).await
}

/// Takes a person out of a team of this organisation (nothing if they were
/// not in it), recording it in the membership log.
pub async fn remove_member(conn: &mut AnyConnection, org: OrgId, team: TeamId, user: UserId, by: UserId, now: i64) -> Result<(), AppError> {
    let done =
        sqlx::query("DELETE FROM team_members WHERE team_id = $1 AND user_id = $2 AND team_id IN (SELECT id FROM teams WHERE org_id = $3)")
            .bind(team)
            .bind(user)
            .bind(org)
            .execute(&mut *conn)
            .await?;
    if done.rows_affected() == 1 {
        let e = membership_log::Entry {
            kind: MembershipEventKind::TeamLeft,
            person: user,
            team: Some(team),
            role: None,
            by: Some(by),
            via: None,
        };
        membership_log::record(conn, org, e, now).await?;
    }
    Ok(())
}
