//! The import page: an upload's preview, and the import it offers.

use crate::domain::ids::{ImportId, WaveId};
use crate::domain::import::view::UploadPreview;
use crate::domain::wave::WaveSummary;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::domain::import::starter::Starter;
#[cfg(feature = "ssr")]
use crate::infra::auth;
use crate::infra::ctx::ctx;
use crate::server::service::import;

#[server(endpoint = "upload")]
pub async fn get_upload(import_id: ImportId) -> Result<UploadPreview, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    import::preview_upload(&ctx, &caller, import_id).await
}

/// Imports the upload and goes back to its wave, which says how many
/// objectives came in (and how many were proposed to teams).
#[server(endpoint = "run_import")]
pub async fn run_import(import_id: ImportId) -> Result<usize, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let (wave, done) = import::import_upload(&ctx, &caller, import_id).await?;
    let count = done.created();
    let proposed = if done.proposed > 0 { format!("&proposed={}", done.proposed) } else { String::new() };
    leptos_axum::redirect(&format!("/waves/{wave}?imported={count}{proposed}"));
    Ok(count)
}

/// The wave a wave's page offers to start from (`None`: none has objectives).
#[server(endpoint = "earlier_wave")]
pub async fn get_earlier_wave(wave_id: WaveId) -> Result<Option<WaveSummary>, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    import::earlier_wave(&ctx, &caller, wave_id).await
}

/// Previews the earlier wave's structure for this one (`teams`: "on" to
/// bring the teams' objectives too).
#[server(endpoint = "start_from_earlier")]
pub async fn start_from_earlier(wave_id: WaveId, #[server(default)] teams: String) -> Result<ImportId, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let id = import::from_earlier(&ctx, &caller, wave_id, !teams.is_empty()).await?;
    leptos_axum::redirect(&format!("/imports/{id}"));
    Ok(id)
}

/// Previews a starter template (`starter`: its name, e.g. "reliability") for a wave.
#[server(endpoint = "start_from_starter")]
pub async fn start_from_starter(wave_id: WaveId, starter: String) -> Result<ImportId, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let starter =
        Starter::parse(&starter).ok_or_else(|| AppError::Invalid { field: "starter".into(), message: crate::msg!("invalid-starter") })?;
    let id = import::from_starter(&ctx, &caller, wave_id, starter).await?;
    leptos_axum::redirect(&format!("/imports/{id}"));
    Ok(id)
}
