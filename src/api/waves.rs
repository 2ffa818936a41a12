//! Waves: create, move through their states, look at one.

use crate::domain::ids::WaveId;
use crate::domain::plan::{WaveDetail, WaveSummary};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    domain::wave::{check_transition, WaveDates, WaveName, WaveState},
    server::{auth, ctx, store, store::objectives, store::objectives::Scope, store::orgs, store::waves},
};

#[cfg(feature = "ssr")]
pub(crate) fn require_lead(caller: &auth::Caller) -> Result<(), AppError> {
    if caller.role.can_lead() {
        Ok(())
    } else {
        Err(AppError::forbidden("Only leaders and admins can do that."))
    }
}

#[cfg(feature = "ssr")]
pub(crate) fn today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}

#[server(endpoint = "waves")]
pub async fn list_waves() -> Result<Vec<WaveSummary>, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    waves::list(&ctx.pool, caller.org_id).await
}

#[server(endpoint = "create_wave")]
pub async fn create_wave(name: String, starts_on: String, ends_on: String) -> Result<WaveId, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    require_lead(&caller)?;
    let name = WaveName::parse(&name)?;
    let dates = WaveDates::parse(&starts_on, &ends_on)?;
    waves::create(&ctx.pool, caller.org_id, &name, dates, store::now()).await
}

/// Moves a wave one step on: planned → active → reflecting → closed.
#[server(endpoint = "advance_wave")]
pub async fn advance_wave(wave_id: WaveId, to: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    require_lead(&caller)?;
    let to = WaveState::parse(&to)?;
    let mut conn = ctx.pool.acquire().await?;
    let wave = waves::get(&mut *conn, caller.org_id, wave_id).await?.ok_or_else(|| AppError::not_found("That wave"))?;
    check_transition(wave.state, to).map_err(AppError::Conflict)?;
    if waves::set_state(&mut conn, caller.org_id, wave_id, wave.state, to).await? {
        Ok(())
    } else {
        Err(AppError::Conflict("Someone else changed this wave just now. Reload to see its state.".into()))
    }
}

#[server(endpoint = "wave")]
pub async fn get_wave(wave_id: WaveId) -> Result<WaveDetail, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let wave = waves::get(&ctx.pool, caller.org_id, wave_id).await?.ok_or_else(|| AppError::not_found("That wave"))?;
    let dates = WaveDates::new(wave.starts_on, wave.ends_on).map_err(|_| AppError::Internal)?;
    let objectives = objectives::summaries(&ctx.pool, caller.org_id, wave_id, Scope::WaveObjectives).await?;
    let aligned_teams = objectives::aligned_team_counts(&ctx.pool, caller.org_id, wave_id).await?;
    let can_lead = caller.role.can_lead();
    let members = if can_lead { orgs::members(&ctx.pool, caller.org_id).await? } else { Vec::new() };
    Ok(WaveDetail { clock: dates.clock(today()), wave, objectives, aligned_teams, can_lead, members })
}
