//! Calibration at reflection: each objective's weekly crowd confidence
//! beside its final grade, and how well early confidence predicted the end
//! across the organisation's finished waves (see `domain::calibration`).

use super::access::Caller;
use crate::domain::calibration::{
    early_confidence, final_grade, review_rows, wave_calibration, CalibrationHistory, CalibrationPoint, CalibrationReport,
    ObjectiveCalibration, HISTORY_WAVES,
};
use crate::domain::confidence::RowHead;
use crate::domain::ids::{OrgId, WaveId};
use crate::domain::vote::Visible;
use crate::domain::wave::{WaveState, WaveSummary};
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::server::store::{objectives, objectives::Scope, waves};
use chrono::NaiveDate;
use sqlx::{AnyConnection, AnyPool};

fn finished(w: &WaveSummary) -> bool {
    matches!(w.state, WaveState::Reflecting | WaveState::Closed)
}

/// Every objective of `wave` with its shown weekly averages and final grade.
async fn objectives_of(
    conn: &mut AnyConnection,
    vault: &AnyPool,
    org: OrgId,
    wave: &WaveSummary,
    today: NaiveDate,
) -> Result<Vec<ObjectiveCalibration>, AppError> {
    let summaries = objectives::summaries(&mut *conn, org, wave.id, Scope::Wave).await?;
    let heads = summaries.iter().map(|o| RowHead { objective_id: o.id, title: String::new(), team: None, parent: None }).collect();
    let (rows, _) = super::vote::rows_of(conn, vault, org, wave, today, heads).await?;
    Ok(summaries
        .into_iter()
        .zip(rows)
        .map(|(o, row)| {
            let weekly: Vec<Option<f64>> =
                row.cells.iter().map(|c| if let Visible::Shown(a) = c { Some(a.average) } else { None }).collect();
            ObjectiveCalibration {
                objective_id: o.id,
                early: early_confidence(&weekly),
                grade: final_grade(&o.krs),
                title: o.title,
                team: o.team.map(|t| t.name),
                weekly,
            }
        })
        .collect())
}

/// The calibration section of `wave`'s review; `None` until the wave has ended.
pub async fn report(ctx: &ServerCtx, caller: &Caller, wave: WaveId) -> Result<Option<CalibrationReport>, AppError> {
    let mut conn = super::read(ctx).await?;
    let wave = super::waves::get(&mut conn, caller.org_id, wave).await?;
    if !finished(&wave) {
        return Ok(None);
    }
    let today = ctx.today();
    let vault = &ctx.vault.reader;
    let all = objectives_of(&mut conn, vault, caller.org_id, &wave, today).await?;
    let calibration = wave_calibration(&all);
    // The history: the latest finished waves up to this one, oldest first.
    let mut earlier: Vec<WaveSummary> = waves::list(&mut *conn, caller.org_id)
        .await?
        .into_iter()
        .filter(|w| finished(w) && w.id != wave.id && w.dates.start() <= wave.dates.start())
        .collect();
    earlier.truncate(HISTORY_WAVES - 1);
    let mut points = Vec::new();
    for w in earlier.iter().rev() {
        if let Some(c) = wave_calibration(&objectives_of(&mut conn, vault, caller.org_id, w, today).await?) {
            points.push(CalibrationPoint { wave_id: w.id, wave: w.name.clone(), calibration: c });
        }
    }
    if let Some(c) = calibration {
        points.push(CalibrationPoint { wave_id: wave.id, wave: wave.name.clone(), calibration: c });
    }
    Ok(Some(CalibrationReport {
        weeks: wave.dates.week_count(),
        objective_count: all.len(),
        objectives: review_rows(all),
        wave: calibration,
        history: CalibrationHistory { points },
    }))
}
