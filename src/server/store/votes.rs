//! Who may vote, and the organisation's vote settings. The votes themselves
//! live in the ballot vault (`store::ballot_box`, `server::vault`).

use crate::domain::ids::{OrgId, TeamId, UserId, WaveId};
use crate::error::AppError;
use sqlx::AnyExecutor;

/// Everyone who may vote on an objective of `team` (or on a wave objective
/// when `None`) in a week whose voting opened at `opened`: members who had
/// joined the organisation, and the team, by that moment.
pub async fn voters(conn: impl AnyExecutor<'_>, org: OrgId, team: Option<TeamId>, opened: i64) -> Result<Vec<UserId>, AppError> {
    Ok(match team {
        None => sqlx::query_scalar("SELECT user_id FROM memberships WHERE org_id = $1 AND joined_at <= $2")
            .bind(org)
            .bind(opened)
            .fetch_all(conn)
            .await?,
        Some(team) => sqlx::query_scalar(
            "SELECT tm.user_id FROM team_members tm JOIN teams t ON t.id = tm.team_id              JOIN memberships m ON m.org_id = t.org_id AND m.user_id = tm.user_id              WHERE t.org_id = $1 AND tm.team_id = $2 AND tm.added_at <= $3 AND m.joined_at <= $3",
        )
        .bind(org)
        .bind(team)
        .bind(opened)
        .fetch_all(conn)
        .await?,
    })
}

/// When a person became a voter on objectives of `team` (or wave
/// objectives): the later of joining the organisation and the team.
pub async fn voter_since(conn: impl AnyExecutor<'_>, org: OrgId, team: Option<TeamId>, user: UserId) -> Result<Option<i64>, AppError> {
    let row: Option<(i64, Option<i64>)> = sqlx::query_as(
        "SELECT m.joined_at, (SELECT tm.added_at FROM team_members tm WHERE tm.team_id = $3 AND tm.user_id = m.user_id) \
         FROM memberships m WHERE m.org_id = $1 AND m.user_id = $2",
    )
    .bind(org)
    .bind(user)
    .bind(team)
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(|(joined, added)| match team {
        None => Some(joined),
        Some(_) => added.map(|added| added.max(joined)),
    }))
}

pub async fn wave_created_at(conn: impl AnyExecutor<'_>, org: OrgId, wave: WaveId) -> Result<i64, AppError> {
    Ok(sqlx::query_scalar("SELECT created_at FROM waves WHERE id = $1 AND org_id = $2").bind(wave).bind(org).fetch_one(conn).await?)
}

/// (threshold, live results) of an organisation.
pub async fn settings(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<(i64, bool), AppError> {
    let (threshold, live): (i64, i64) = sqlx::query_as("SELECT vote_threshold, live_results FROM organisations WHERE id = $1").bind(org).fetch_one(conn).await?;
    Ok((threshold, live != 0))
}

pub async fn set_settings(conn: impl AnyExecutor<'_>, org: OrgId, threshold: u32, live: bool) -> Result<(), AppError> {
    sqlx::query("UPDATE organisations SET vote_threshold = $1, live_results = $2 WHERE id = $3")
        .bind(i64::from(threshold))
        .bind(i64::from(live))
        .bind(org)
        .execute(conn)
        .await?;
    Ok(())
}
