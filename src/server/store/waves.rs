//! Waves of an organisation.

use super::Day;
use crate::domain::ids::{OrgId, WaveId};
use crate::domain::wave::{WaveDates, WaveName, WaveState, WaveSummary};
use crate::error::AppError;
use crate::msg;
use sqlx::{AnyConnection, AnyExecutor};

#[derive(sqlx::FromRow)]
struct Row {
    id: WaveId,
    name: String,
    starts_on: Day,
    ends_on: Day,
    state: WaveState,
}

impl TryFrom<Row> for WaveSummary {
    type Error = AppError;
    fn try_from(r: Row) -> Result<Self, AppError> {
        summary(r.id, r.name, r.starts_on, r.ends_on, r.state)
    }
}

/// A wave from its stored columns (also read by queries that join a wave
/// to something else, e.g. `voters::vote_target`).
pub(super) fn summary(id: WaveId, name: String, starts_on: Day, ends_on: Day, state: WaveState) -> Result<WaveSummary, AppError> {
    let dates = WaveDates::new(starts_on.0, ends_on.0).map_err(|e| {
        tracing::error!(wave = %id, "stored dates break the wave rules: {}", e.message);
        AppError::Internal
    })?;
    Ok(WaveSummary { id, name, dates, state })
}

const COLUMNS: &str = "id, name, starts_on, ends_on, state";

pub async fn create(conn: impl AnyExecutor<'_>, org: OrgId, name: &WaveName, dates: WaveDates, now: i64) -> Result<WaveId, AppError> {
    Ok(sqlx::query_scalar("INSERT INTO waves (org_id, name, starts_on, ends_on, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .bind(org)
        .bind(name.as_str())
        .bind(Day(dates.start()))
        .bind(Day(dates.end()))
        .bind(now)
        .fetch_one(conn)
        .await?)
}

/// Newest first.
pub async fn list(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<Vec<WaveSummary>, AppError> {
    let rows: Vec<Row> = sqlx::query_as(&format!("SELECT {COLUMNS} FROM waves WHERE org_id = $1 ORDER BY starts_on DESC, id DESC"))
        .bind(org)
        .fetch_all(conn)
        .await?;
    rows.into_iter().map(WaveSummary::try_from).collect()
}

pub async fn get(conn: impl AnyExecutor<'_>, org: OrgId, wave: WaveId) -> Result<Option<WaveSummary>, AppError> {
    let row: Option<Row> = sqlx::query_as(&format!("SELECT {COLUMNS} FROM waves WHERE id = $1 AND org_id = $2"))
        .bind(wave)
        .bind(org)
        .fetch_optional(conn)
        .await?;
    row.map(WaveSummary::try_from).transpose()
}

pub async fn active(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<Option<WaveSummary>, AppError> {
    let row: Option<Row> = sqlx::query_as(&format!("SELECT {COLUMNS} FROM waves WHERE org_id = $1 AND state = 'active'"))
        .bind(org)
        .fetch_optional(conn)
        .await?;
    row.map(WaveSummary::try_from).transpose()
}

/// The wave teams are working in: the active one, else the next planned one.
pub async fn current(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<Option<WaveSummary>, AppError> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM waves WHERE org_id = $1 AND state IN ('active', 'planned') \
         ORDER BY state = 'active' DESC, starts_on, id LIMIT 1"
    ))
    .bind(org)
    .fetch_optional(conn)
    .await?;
    row.map(WaveSummary::try_from).transpose()
}

/// The latest wave of `org` that starts before `wave` and has objectives
/// (what a new wave can start from), in one query.
pub async fn latest_with_objectives_before(conn: impl AnyExecutor<'_>, org: OrgId, wave: WaveId) -> Result<Option<WaveSummary>, AppError> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM waves w WHERE org_id = $1 \
         AND starts_on < (SELECT starts_on FROM waves WHERE id = $2 AND org_id = $1) \
         AND EXISTS (SELECT 1 FROM objectives o WHERE o.wave_id = w.id) \
         ORDER BY starts_on DESC, id DESC LIMIT 1"
    ))
    .bind(org)
    .bind(wave)
    .fetch_optional(conn)
    .await?;
    row.map(WaveSummary::try_from).transpose()
}

/// Moves a wave to `to` only if it is still in `from` (so two leaders
/// clicking at once cannot skip a state). False when nothing changed.
pub async fn set_state(conn: &mut AnyConnection, org: OrgId, wave: WaveId, from: WaveState, to: WaveState) -> Result<bool, AppError> {
    let done = sqlx::query("UPDATE waves SET state = $1 WHERE id = $2 AND org_id = $3 AND state = $4")
        .bind(to)
        .bind(wave)
        .bind(org)
        .bind(from)
        .execute(conn)
        .await
        .map_err(|e| super::conflict_or_internal(e, msg!("conflict-wave-already-active")))?;
    Ok(done.rows_affected() == 1)
}
