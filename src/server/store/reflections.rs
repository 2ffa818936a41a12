//! Team reflections, key-result grades and carried-over objectives.

use crate::domain::ids::{KeyResultId, ObjectiveId, OrgId, TeamId, UserId, WaveId};
use crate::domain::reflection::Reflection;
use crate::error::AppError;
use crate::msg;
use sqlx::{AnyConnection, AnyExecutor};

/// Writes a team's reflection on a wave (replacing one written before).
/// `author` is `None` for a restored reflection whose author has no account here.
#[allow(clippy::too_many_arguments)]
pub async fn save(
    conn: &mut AnyConnection,
    org: OrgId,
    wave: WaveId,
    team: TeamId,
    [worked, didnt, change]: &[String; 3],
    author: Option<UserId>,
    now: i64,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO reflections (org_id, wave_id, team_id, worked, didnt, change, author_id, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (wave_id, team_id) DO UPDATE SET worked = excluded.worked, didnt = excluded.didnt, change = excluded.change, \
         author_id = excluded.author_id, updated_at = excluded.updated_at",
    )
    .bind(org)
    .bind(wave)
    .bind(team)
    .bind(worked)
    .bind(didnt)
    .bind(change)
    .bind(author)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn set_grade(conn: impl AnyExecutor<'_>, org: OrgId, kr: KeyResultId, grade: f64) -> Result<(), AppError> {
    sqlx::query("UPDATE key_results SET grade = $1 WHERE id = $2 AND objective_id IN (SELECT id FROM objectives WHERE org_id = $3)")
        .bind(grade)
        .bind(kr)
        .bind(org)
        .execute(conn)
        .await?;
    Ok(())
}

/// Every team's reflection on a wave, by team name.
pub async fn all(conn: impl AnyExecutor<'_>, org: OrgId, wave: WaveId) -> Result<Vec<(TeamId, Reflection)>, AppError> {
    let rows: Vec<(TeamId, String, String, String, Option<String>, i64)> = sqlx::query_as(
        "SELECT r.team_id, r.worked, r.didnt, r.change, u.name, r.updated_at FROM reflections r \
         JOIN teams t ON t.id = r.team_id LEFT JOIN users u ON u.id = r.author_id \
         WHERE r.org_id = $1 AND r.wave_id = $2 ORDER BY lower(t.name), r.team_id",
    )
    .bind(org)
    .bind(wave)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(team, worked, didnt, change, author, updated_at)| {
            (team, Reflection { worked, didnt, change, author: author.unwrap_or_else(|| "a former member".into()), updated_at })
        })
        .collect())
}

/// Marks `copy` as the continuation of `origin`; refused if `origin` was already carried over.
pub async fn link_carried(conn: impl AnyExecutor<'_>, org: OrgId, copy: ObjectiveId, origin: ObjectiveId) -> Result<(), AppError> {
    sqlx::query("UPDATE objectives SET carried_from = $1 WHERE id = $2 AND org_id = $3")
        .bind(origin)
        .bind(copy)
        .bind(org)
        .execute(conn)
        .await
        .map_err(|e| super::conflict_or_internal(e, msg!("conflict-carried-over")))?;
    Ok(())
}

/// Objectives of the organisation that have already been carried over.
pub async fn carried(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<Vec<ObjectiveId>, AppError> {
    Ok(sqlx::query_scalar("SELECT carried_from FROM objectives WHERE org_id = $1 AND carried_from IS NOT NULL")
        .bind(org)
        .fetch_all(conn)
        .await?)
}
