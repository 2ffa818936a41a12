//! The organisation's data as a JSON download (admins only).

use crate::domain::export::OrgExport;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

#[cfg(feature = "ssr")]
use crate::server::{auth, ctx::ctx, service::export};

/// A GET, so that a plain link downloads it, with or without JavaScript.
#[server(endpoint = "export", input = GetUrl)]
pub async fn export_org() -> Result<OrgExport, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let data = export::export(&ctx, &caller).await?;
    let name = format!("attachment; filename=\"mistvine-export-{}.json\"", ctx.today().format("%Y-%m-%d"));
    if let Ok(value) = http::HeaderValue::from_str(&name) {
        expect_context::<leptos_axum::ResponseOptions>().insert_header(http::header::CONTENT_DISPOSITION, value);
    }
    Ok(data)
}
