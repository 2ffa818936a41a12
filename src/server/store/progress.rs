//! Each objective's progress, stored with it (`objectives.progress`) and
//! recomputed by the domain's rule whenever a key result is added or checked
//! in, so overviews of thousands of objectives read one row per objective
//! instead of every key result.

use super::packed;
use super::types::KrKindName;
use crate::domain::dashboard::TeamObjectiveProgress;
use crate::domain::ids::{KeyResultId, ObjectiveId, OrgId, TeamId, WaveId};
use crate::domain::progress::weighted_mean;
use crate::error::AppError;
use sqlx::{AnyConnection, AnyPool};

#[derive(sqlx::FromRow)]
struct KrProgressRow {
    kind: KrKindName,
    start_value: f64,
    target_value: f64,
    current_value: f64,
    weight: f64,
}

/// The domain's progress of an objective from its key results' rows.
fn of(rows: &[KrProgressRow]) -> f64 {
    weighted_mean(rows.iter().map(|k| (k.kind.kind(k.start_value, k.target_value, "").progress(k.current_value), k.weight))).unwrap_or(0.0)
}

/// Recomputes and stores the progress of `objective` (of `org`).
pub async fn refresh(conn: &mut AnyConnection, org: OrgId, objective: ObjectiveId) -> Result<(), AppError> {
    let rows: Vec<KrProgressRow> = sqlx::query_as(
        "SELECT k.kind, k.start_value, k.target_value, k.current_value, k.weight FROM key_results k \
         JOIN objectives o ON o.id = k.objective_id WHERE o.id = $1 AND o.org_id = $2",
    )
    .bind(objective)
    .bind(org)
    .fetch_all(&mut *conn)
    .await?;
    sqlx::query("UPDATE objectives SET progress = $1 WHERE id = $2 AND org_id = $3")
        .bind(of(&rows))
        .bind(objective)
        .bind(org)
        .execute(conn)
        .await?;
    Ok(())
}

/// Recomputes the progress of the objective a key result belongs to.
pub async fn refresh_for_kr(conn: &mut AnyConnection, org: OrgId, kr: KeyResultId) -> Result<(), AppError> {
    let objective: Option<ObjectiveId> = sqlx::query_scalar(
        "SELECT k.objective_id FROM key_results k JOIN objectives o ON o.id = k.objective_id WHERE k.id = $1 AND o.org_id = $2",
    )
    .bind(kr)
    .bind(org)
    .fetch_optional(&mut *conn)
    .await?;
    match objective {
        Some(o) => refresh(conn, org, o).await,
        None => Ok(()),
    }
}

/// Computes the progress of objectives stored before it was kept (NULL), at start-up.
pub async fn fill_missing(pool: &AnyPool) -> Result<usize, AppError> {
    let missing: Vec<(ObjectiveId, OrgId)> =
        sqlx::query_as("SELECT id, org_id FROM objectives WHERE progress IS NULL").fetch_all(pool).await?;
    let mut tx = pool.begin().await?;
    for (objective, org) in &missing {
        refresh(&mut tx, *org, *objective).await?;
    }
    tx.commit().await?;
    Ok(missing.len())
}

/// Every team objective of a wave with its stored progress (thousands in a
/// large organisation: see `packed`).
pub async fn team_objectives(conn: &mut AnyConnection, org: OrgId, wave: WaveId) -> Result<Vec<TeamObjectiveProgress>, AppError> {
    let columns = format!("id, team_id, parent_id, title, {}", packed::real(conn, "COALESCE(progress, 0.0)"));
    let rows: Vec<(ObjectiveId, TeamId, Option<ObjectiveId>, String, packed::Real)> =
        packed::fetch(conn, &columns, "FROM objectives WHERE org_id = $1 AND wave_id = $2 AND team_id IS NOT NULL", "id", &[org.0, wave.0])
            .await?;
    Ok(rows
        .into_iter()
        .map(|(id, team, parent, title, progress)| TeamObjectiveProgress { id, team, parent, title, progress: progress.0 })
        .collect())
}
