//! Team reflections, key-result grades and carried-over objectives.

use crate::domain::ids::{KeyResultId, ObjectiveId, OrgId, TeamId, UserId, WaveId};
use crate::domain::reflection::Reflection;
use crate::error::AppError;
use sqlx::{SqliteConnection, SqlitePool};

#[allow(clippy::too_many_arguments)]
pub async fn save(
    conn: &mut SqliteConnection,
    org: OrgId,
    wave: WaveId,
    team: TeamId,
    [worked, didnt, change]: &[String; 3],
    author: UserId,
    now: i64,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO reflections (org_id, wave_id, team_id, worked, didnt, change, author_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) \
         ON CONFLICT (wave_id, team_id) DO UPDATE SET worked = excluded.worked, didnt = excluded.didnt, change = excluded.change, \
         author_id = excluded.author_id, updated_at = excluded.updated_at",
    )
    .bind(org.0)
    .bind(wave.0)
    .bind(team.0)
    .bind(worked)
    .bind(didnt)
    .bind(change)
    .bind(author.0)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn set_grade(conn: &mut SqliteConnection, kr: KeyResultId, grade: f64) -> Result<(), AppError> {
    sqlx::query("UPDATE key_results SET grade = ? WHERE id = ?").bind(grade).bind(kr.0).execute(conn).await?;
    Ok(())
}

/// Every team's reflection on a wave.
pub async fn all(pool: &SqlitePool, org: OrgId, wave: WaveId) -> Result<Vec<(TeamId, Reflection)>, AppError> {
    let rows: Vec<(i64, String, String, String, Option<String>, i64)> = sqlx::query_as(
        "SELECT r.team_id, r.worked, r.didnt, r.change, u.name, r.updated_at FROM reflections r \
         LEFT JOIN users u ON u.id = r.author_id WHERE r.org_id = ? AND r.wave_id = ?",
    )
    .bind(org.0)
    .bind(wave.0)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(team, worked, didnt, change, author, updated_at)| {
            (TeamId(team), Reflection { worked, didnt, change, author: author.unwrap_or_else(|| "a former member".into()), updated_at })
        })
        .collect())
}

/// Marks `copy` as the continuation of `origin`; refused if `origin` was already carried over.
pub async fn link_carried(conn: &mut SqliteConnection, copy: ObjectiveId, origin: ObjectiveId) -> Result<(), AppError> {
    sqlx::query("UPDATE objectives SET carried_from = ? WHERE id = ?")
        .bind(origin.0)
        .bind(copy.0)
        .execute(conn)
        .await
        .map_err(|e| super::conflict_or_internal(e, "This objective was already carried over."))?;
    Ok(())
}

/// Objectives of the organisation that have already been carried over.
pub async fn carried(pool: &SqlitePool, org: OrgId) -> Result<Vec<ObjectiveId>, AppError> {
    let ids: Vec<i64> = sqlx::query_scalar("SELECT carried_from FROM objectives WHERE org_id = ? AND carried_from IS NOT NULL")
        .bind(org.0)
        .fetch_all(pool)
        .await?;
    Ok(ids.into_iter().map(ObjectiveId).collect())
}
