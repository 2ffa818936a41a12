//! Single sign-on's settings on the admin page, and what the log-in and
//! sign-out pages show of a provider. Sign-in itself is two plain
//! addresses, not server functions (`infra::sso`).

use crate::domain::sso::{ProviderButton, SsoAdmin};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::domain::validation::ticked;
#[cfg(feature = "ssr")]
use crate::{
    domain::sso::{ClientId, ClientSecret, Domains, Issuer, ProviderLabel, ProviderSettings},
    infra::{auth, ctx::ctx},
    server::service::{access, sso},
};

#[server(endpoint = "sso_settings")]
pub async fn get_sso_settings() -> Result<SsoAdmin, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    sso::admin_view(&ctx, &caller).await
}

/// Connects or changes the organisation's provider (admins). An empty
/// secret keeps the stored one.
#[server(endpoint = "save_sso")]
pub async fn save_sso(
    label: String,
    issuer: String,
    client_id: String,
    client_secret: String,
    domains: String,
    #[server(default)] required: Option<String>,
) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    // The role before the form: a member without it learns nothing from its errors.
    access::require_admin(&caller)?;
    let settings = ProviderSettings {
        label: ProviderLabel::parse(&label)?,
        issuer: Issuer::parse(&issuer, ctx.settings.sso_allow_http)?,
        client_id: ClientId::parse(&client_id)?,
        client_secret: ClientSecret::parse(&client_secret)?,
        domains: Domains::parse(&domains)?,
        required: ticked(required.as_deref()),
    };
    sso::configure(&ctx, &caller, settings).await
}

#[server(endpoint = "remove_sso")]
pub async fn remove_sso() -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    sso::remove(&ctx, &caller).await?;
    leptos_axum::redirect("/admin");
    Ok(())
}

/// The provider the log-in page offers: at an organisation's sign-in
/// address (`/login?sso=…`), or for the work address typed
/// (`/login?sso_email=…`).
#[server(endpoint = "sso_button")]
pub async fn sso_button(#[server(default)] slug: String, #[server(default)] email: String) -> Result<Option<ProviderButton>, AppError> {
    let ctx = ctx()?;
    let how = if slug.is_empty() { sso::Start::Email(&email) } else { sso::Start::Slug(&slug) };
    sso::button(&ctx, how).await
}

/// The provider to sign out of too, after signing out here (`/signed-out?sso=…`).
#[server(endpoint = "sso_end_session")]
pub async fn sso_end_session(slug: String) -> Result<Option<(ProviderButton, String)>, AppError> {
    let ctx = ctx()?;
    sso::end_session_at(&ctx, &slug).await
}
