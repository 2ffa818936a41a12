//! Waves of an organisation.

use crate::domain::ids::{OrgId, WaveId};
use crate::domain::plan::WaveSummary;
use crate::domain::wave::{WaveDates, WaveName, WaveState};
use crate::error::AppError;
use chrono::NaiveDate;
use sqlx::{SqliteConnection, SqlitePool};

type Row = (i64, String, String, String, String);

fn summary((id, name, starts_on, ends_on, state): Row) -> Result<WaveSummary, AppError> {
    let bad = |what: &str| {
        tracing::error!(wave = id, "unreadable {what} stored for a wave");
        AppError::Internal
    };
    Ok(WaveSummary {
        id: WaveId(id),
        name,
        starts_on: NaiveDate::parse_from_str(&starts_on, "%Y-%m-%d").map_err(|_| bad("start date"))?,
        ends_on: NaiveDate::parse_from_str(&ends_on, "%Y-%m-%d").map_err(|_| bad("end date"))?,
        state: WaveState::parse(&state).map_err(|_| bad("state"))?,
    })
}

const COLUMNS: &str = "id, name, starts_on, ends_on, state";

pub async fn create<'c>(
    conn: impl sqlx::SqliteExecutor<'c>,
    org: OrgId,
    name: &WaveName,
    dates: WaveDates,
    now: i64,
) -> Result<WaveId, AppError> {
    Ok(WaveId(
        sqlx::query_scalar("INSERT INTO waves (org_id, name, starts_on, ends_on, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id")
            .bind(org.0)
            .bind(name.as_str())
            .bind(dates.start().format("%Y-%m-%d").to_string())
            .bind(dates.end().format("%Y-%m-%d").to_string())
            .bind(now)
            .fetch_one(conn)
            .await?,
    ))
}

/// Newest first.
pub async fn list(pool: &SqlitePool, org: OrgId) -> Result<Vec<WaveSummary>, AppError> {
    let rows: Vec<Row> = sqlx::query_as(&format!("SELECT {COLUMNS} FROM waves WHERE org_id = ? ORDER BY starts_on DESC, id DESC"))
        .bind(org.0)
        .fetch_all(pool)
        .await?;
    rows.into_iter().map(summary).collect()
}

pub async fn get<'c>(conn: impl sqlx::SqliteExecutor<'c>, org: OrgId, wave: WaveId) -> Result<Option<WaveSummary>, AppError> {
    let row: Option<Row> = sqlx::query_as(&format!("SELECT {COLUMNS} FROM waves WHERE id = ? AND org_id = ?"))
        .bind(wave.0)
        .bind(org.0)
        .fetch_optional(conn)
        .await?;
    row.map(summary).transpose()
}

pub async fn active(pool: &SqlitePool, org: OrgId) -> Result<Option<WaveSummary>, AppError> {
    let row: Option<Row> = sqlx::query_as(&format!("SELECT {COLUMNS} FROM waves WHERE org_id = ? AND state = 'active'"))
        .bind(org.0)
        .fetch_optional(pool)
        .await?;
    row.map(summary).transpose()
}

/// The wave teams are working in: the active one, else the next planned one.
pub async fn current(pool: &SqlitePool, org: OrgId) -> Result<Option<WaveSummary>, AppError> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM waves WHERE org_id = ? AND state IN ('active', 'planned') \
         ORDER BY state = 'active' DESC, starts_on, id LIMIT 1"
    ))
    .bind(org.0)
    .fetch_optional(pool)
    .await?;
    row.map(summary).transpose()
}

/// Moves a wave to `to` only if it is still in `from` (so two leaders
/// clicking at once cannot skip a state). False when nothing changed.
pub async fn set_state(conn: &mut SqliteConnection, org: OrgId, wave: WaveId, from: WaveState, to: WaveState) -> Result<bool, AppError> {
    let done = sqlx::query("UPDATE waves SET state = ? WHERE id = ? AND org_id = ? AND state = ?")
        .bind(to.as_str())
        .bind(wave.0)
        .bind(org.0)
        .bind(from.as_str())
        .execute(conn)
        .await
        .map_err(|e| super::conflict_or_internal(e, "Another wave is already active: end it before starting this one."))?;
    Ok(done.rows_affected() == 1)
}
