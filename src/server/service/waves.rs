//! Waves: which one is running, which week it is, and moving them on.

use super::access::require_lead;
use super::access::Caller;
use crate::domain::ids::{OrgId, WaveId};
use crate::domain::objective::WaveDetail;
use crate::domain::views::PersonChoices;
use crate::domain::wave::{check_transition, WaveDates, WaveName, WaveState, WaveSummary};
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::msg;
use crate::server::store::{objectives, objectives::Scope, waves};
use chrono::NaiveDate;
use sqlx::AnyConnection;

pub async fn list(ctx: &ServerCtx, caller: &Caller) -> Result<Vec<WaveSummary>, AppError> {
    waves::list(&ctx.pool, caller.org_id).await
}

pub async fn create(ctx: &ServerCtx, caller: &Caller, name: WaveName, dates: WaveDates) -> Result<WaveId, AppError> {
    require_lead(caller)?;
    waves::create(&ctx.pool, caller.org_id, &name, dates, ctx.now()).await
}

/// Moves a wave one step on: planned → active → reflecting → closed.
pub async fn advance(ctx: &ServerCtx, caller: &Caller, wave: WaveId, to: WaveState) -> Result<(), AppError> {
    require_lead(caller)?;
    let mut tx = super::write(ctx).await?;
    let current = get(&mut tx, caller.org_id, wave).await?;
    check_transition(current.state, to).map_err(AppError::Conflict)?;
    if !waves::set_state(&mut tx, caller.org_id, wave, current.state, to).await? {
        return Err(AppError::Conflict(msg!("conflict-someone-else-changed-wave")));
    }
    let what = crate::msg!("audit-wave-moved", wave = &current.name, from = current.state.word(), to = to.word());
    crate::server::store::audit::record(&mut *tx, caller.org_id, caller.user_id, what, ctx.now()).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn detail(ctx: &ServerCtx, caller: &Caller, id: WaveId) -> Result<WaveDetail, AppError> {
    let mut conn = super::read(ctx).await?;
    let wave = get(&mut conn, caller.org_id, id).await?;
    let objectives = objectives::summaries(&mut conn, caller.org_id, id, Scope::WaveObjectives).await?;
    let aligned_teams = objectives::aligned_team_counts(&mut *conn, caller.org_id, id).await?;
    let can_lead = caller.role.can_lead();
    let owners = if can_lead { super::access::person_choices(&mut conn, caller.org_id, None).await? } else { PersonChoices::default() };
    Ok(WaveDetail { clock: wave.dates.clock(ctx.today()), wave, objectives, aligned_teams, can_lead, owners })
}

pub async fn get(conn: &mut AnyConnection, org: OrgId, wave: WaveId) -> Result<WaveSummary, AppError> {
    waves::get(conn, org, wave).await?.ok_or_else(|| AppError::not_found(msg!("what-wave")))
}

/// A wave whose objectives may still change.
pub async fn open_for_objectives(conn: &mut AnyConnection, org: OrgId, wave: WaveId) -> Result<WaveSummary, AppError> {
    let wave = get(conn, org, wave).await?;
    wave.check_open_for_objectives().map_err(AppError::Conflict)?;
    Ok(wave)
}

/// The active wave and the week `today` falls in (`None` outside its weeks).
pub async fn running_week(conn: &mut AnyConnection, org: OrgId, today: NaiveDate) -> Result<Option<(WaveSummary, Option<u32>)>, AppError> {
    Ok(waves::active(conn, org).await?.map(|w| {
        let week = w.dates.week_of(today);
        (w, week)
    }))
}

/// The wave whose results to show: the active one, else the latest started.
pub async fn results_wave(conn: &mut AnyConnection, org: OrgId) -> Result<Option<WaveSummary>, AppError> {
    if let Some(w) = waves::active(&mut *conn, org).await? {
        return Ok(Some(w));
    }
    Ok(waves::list(conn, org).await?.into_iter().find(|w| w.state != WaveState::Planned))
}

/// The wave a survey runs in now: the active one, else one reflecting.
pub async fn survey_wave(conn: &mut AnyConnection, org: OrgId) -> Result<Option<WaveSummary>, AppError> {
    let all = waves::list(conn, org).await?;
    Ok(all.iter().find(|w| w.state == WaveState::Active).or_else(|| all.iter().find(|w| w.state == WaveState::Reflecting)).cloned())
}
