//! The SCIM token on the admin page: made (shown once), or revoked.

use crate::domain::scim::ScimSettings;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::infra::auth::{self, NewSecret};
use crate::infra::ctx::ctx;
use crate::infra::security;
use crate::server::service::scim;

/// The SCIM address, and when the organisation's token was made, if it
/// has one (admins).
#[server(endpoint = "scim_settings")]
pub async fn get_scim_settings() -> Result<ScimSettings, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    scim::settings(&ctx, &caller).await
}

/// Makes a new SCIM token (the old one stops working). It comes back once:
/// in the answer to a script, and on the admin page that loads next.
#[server(endpoint = "create_scim_token")]
pub async fn create_scim_token() -> Result<String, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let token = scim::new_token(&ctx, &caller).await?;
    auth::hand_over_new_secret(&ctx, NewSecret::ScimToken, &token);
    if auth::form_without_script() {
        return Ok(String::new());
    }
    Ok(token)
}

/// The SCIM token just made, once (admins).
#[server(endpoint = "new_scim_token")]
pub async fn new_scim_token() -> Result<Option<String>, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    crate::server::service::access::require_admin(&caller)?;
    let token = auth::take_new_secret(&ctx, NewSecret::ScimToken);
    if token.is_some() {
        security::never_offline();
    }
    Ok(token)
}

#[server(endpoint = "revoke_scim_token")]
pub async fn revoke_scim_token() -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    scim::revoke_token(&ctx, &caller).await?;
    leptos_axum::redirect("/admin#scim");
    Ok(())
}
