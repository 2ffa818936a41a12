//! Waves: create, move through their states, look at one.

use crate::domain::ids::WaveId;
use crate::domain::objective::WaveDetail;
use crate::domain::wave::WaveSummary;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::domain::wave::{WaveDates, WaveName, WaveState};
#[cfg(feature = "ssr")]
use crate::infra::auth;
use crate::infra::ctx::ctx;
use crate::server::service::access;
use crate::server::service::waves;

#[server(endpoint = "waves")]
pub async fn list_waves() -> Result<Vec<WaveSummary>, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    waves::list(&ctx, &caller).await
}

#[server(endpoint = "create_wave")]
pub async fn create_wave(name: String, starts_on: String, ends_on: String) -> Result<WaveId, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    // The role before the form: a member without it learns nothing from its errors.
    access::require_lead(&caller)?;
    waves::create(&ctx, &caller, WaveName::parse(&name)?, WaveDates::parse(&starts_on, &ends_on)?).await
}

/// Moves a wave one step on: planned → active → reflecting → closed.
#[server(endpoint = "advance_wave")]
pub async fn advance_wave(wave_id: WaveId, to: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    // The role before the form: a member without it learns nothing from its errors.
    access::require_lead(&caller)?;
    waves::advance(&ctx, &caller, wave_id, WaveState::parse(&to)?).await
}

#[server(endpoint = "wave")]
pub async fn get_wave(wave_id: WaveId) -> Result<WaveDetail, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    waves::detail(&ctx, &caller, wave_id).await
}
