//! The import page: an upload's preview, and the import it offers.

use crate::domain::ids::ImportId;
use crate::domain::import::view::UploadPreview;
use crate::error::AppError;
use leptos::prelude::*;

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
/// objectives came in.
#[server(endpoint = "run_import")]
pub async fn run_import(import_id: ImportId) -> Result<usize, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let (wave, done) = import::import_upload(&ctx, &caller, import_id).await?;
    let count = done.plan.objectives.len();
    leptos_axum::redirect(&format!("/waves/{wave}?imported={count}"));
    Ok(count)
}
