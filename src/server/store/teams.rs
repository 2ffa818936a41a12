//! Teams and team membership. Every query is scoped by organisation id, so an
//! id guessed from another organisation simply matches nothing.

use crate::domain::ids::{OrgId, TeamId, UserId};
use crate::domain::org::{Role, TeamName};
use crate::domain::plan::TeamRef;
use crate::domain::views::{MemberView, TeamSummary};
use crate::error::AppError;
use sqlx::{SqliteConnection, SqlitePool};

const NAME_TAKEN: &str = "A team with this name already exists (it may be archived). Choose another name.";

pub async fn create(conn: &mut SqliteConnection, org: OrgId, name: &TeamName, now: i64) -> Result<TeamId, AppError> {
    sqlx::query_scalar("INSERT INTO teams (org_id, name, created_at) VALUES (?, ?, ?) RETURNING id")
        .bind(org.0)
        .bind(name.as_str())
        .bind(now)
        .fetch_one(conn)
        .await
        .map(TeamId)
        .map_err(|e| super::conflict_or_internal(e, NAME_TAKEN))
}

/// Returns false when the team is not in this organisation.
pub async fn rename(pool: &SqlitePool, org: OrgId, team: TeamId, name: &TeamName) -> Result<bool, AppError> {
    let done = sqlx::query("UPDATE teams SET name = ? WHERE id = ? AND org_id = ?")
        .bind(name.as_str())
        .bind(team.0)
        .bind(org.0)
        .execute(pool)
        .await
        .map_err(|e| super::conflict_or_internal(e, NAME_TAKEN))?;
    Ok(done.rows_affected() == 1)
}

/// Archives (`Some(now)`) or restores (`None`). False when not in this organisation.
pub async fn set_archived(pool: &SqlitePool, org: OrgId, team: TeamId, archived_at: Option<i64>) -> Result<bool, AppError> {
    let done = sqlx::query("UPDATE teams SET archived_at = ? WHERE id = ? AND org_id = ?")
        .bind(archived_at)
        .bind(team.0)
        .bind(org.0)
        .execute(pool)
        .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn list(pool: &SqlitePool, org: OrgId, viewer: UserId) -> Result<Vec<TeamSummary>, AppError> {
    let rows: Vec<(i64, String, Option<i64>, i64, bool)> = sqlx::query_as(
        "SELECT t.id, t.name, t.archived_at, \
                (SELECT COUNT(*) FROM team_members tm WHERE tm.team_id = t.id), \
                EXISTS (SELECT 1 FROM team_members tm WHERE tm.team_id = t.id AND tm.user_id = ?) \
         FROM teams t WHERE t.org_id = ? ORDER BY t.name COLLATE NOCASE",
    )
    .bind(viewer.0)
    .bind(org.0)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, archived_at, member_count, is_mine)| TeamSummary {
            id: TeamId(id),
            name,
            archived: archived_at.is_some(),
            member_count,
            is_mine,
        })
        .collect())
}

/// Every team of the organisation by name, archived ones included, for
/// views where nobody's membership matters.
pub async fn refs(pool: &SqlitePool, org: OrgId) -> Result<Vec<TeamRef>, AppError> {
    let rows: Vec<(i64, String)> = sqlx::query_as("SELECT id, name FROM teams WHERE org_id = ? ORDER BY name COLLATE NOCASE")
        .bind(org.0)
        .fetch_all(pool)
        .await?;
    Ok(rows.into_iter().map(|(id, name)| TeamRef { id: TeamId(id), name }).collect())
}

/// (name, archived) of a team of this organisation.
pub async fn get(pool: &SqlitePool, org: OrgId, team: TeamId) -> Result<Option<(String, bool)>, AppError> {
    let row: Option<(String, Option<i64>)> = sqlx::query_as("SELECT name, archived_at FROM teams WHERE id = ? AND org_id = ?")
        .bind(team.0)
        .bind(org.0)
        .fetch_optional(pool)
        .await?;
    Ok(row.map(|(name, archived_at)| (name, archived_at.is_some())))
}

pub async fn members(pool: &SqlitePool, team: TeamId) -> Result<Vec<MemberView>, AppError> {
    let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT u.id, u.name, u.email, m.role FROM team_members tm \
         JOIN teams t ON t.id = tm.team_id \
         JOIN users u ON u.id = tm.user_id \
         JOIN memberships m ON m.user_id = u.id AND m.org_id = t.org_id \
         WHERE tm.team_id = ? ORDER BY u.name COLLATE NOCASE, u.id",
    )
    .bind(team.0)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, name, email, role)| {
            Some(MemberView { user_id: UserId(id), name, email, role: Role::parse(&role).ok()? })
        })
        .collect())
}

/// Adds a person to a team. Both must belong to `org`; otherwise nothing is
/// written and false is returned.
pub async fn add_member(conn: &mut SqliteConnection, org: OrgId, team: TeamId, user: UserId, now: i64) -> Result<bool, AppError> {
    let done = sqlx::query(
        "INSERT INTO team_members (team_id, user_id, added_at) \
         SELECT t.id, m.user_id, ? FROM teams t JOIN memberships m ON m.org_id = t.org_id \
         WHERE t.id = ? AND t.org_id = ? AND m.user_id = ? \
         ON CONFLICT (team_id, user_id) DO NOTHING",
    )
    .bind(now)
    .bind(team.0)
    .bind(org.0)
    .bind(user.0)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 1 {
        return Ok(true);
    }
    // Nothing inserted: either already in the team (fine) or not in this organisation.
    let already: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM team_members tm JOIN teams t ON t.id = tm.team_id \
         WHERE tm.team_id = ? AND tm.user_id = ? AND t.org_id = ?)",
    )
    .bind(team.0)
    .bind(user.0)
    .bind(org.0)
    .fetch_one(conn)
    .await?;
    Ok(already)
}

/// False when the team is not in this organisation.
pub async fn remove_member(pool: &SqlitePool, org: OrgId, team: TeamId, user: UserId) -> Result<bool, AppError> {
    let team_here: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM teams WHERE id = ? AND org_id = ?)")
        .bind(team.0)
        .bind(org.0)
        .fetch_one(pool)
        .await?;
    if team_here {
        sqlx::query("DELETE FROM team_members WHERE team_id = ? AND user_id = ?")
            .bind(team.0)
            .bind(user.0)
            .execute(pool)
            .await?;
    }
    Ok(team_here)
}
