//! Confirming one's e-mail address: the page a confirmation link leads to
//! (its button), and sending the link again.

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    infra::{auth, ctx::ctx},
    server::service::confirmation,
};

/// Opens the confirmation link this browser brought (or `token`), and signs
/// in whoever now holds the address.
#[server(endpoint = "confirm_email")]
pub async fn confirm_email(token: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let token = auth::link_secret(&ctx, auth::SecretLink::Confirm, token);
    let done = confirmation::confirm(&ctx, &token).await;
    auth::forget_link(&ctx, auth::SecretLink::Confirm);
    let done = done?;
    auth::start_session(&ctx, done.user, done.org).await?;
    leptos_axum::redirect("/?confirmed=1");
    Ok(())
}

#[server(endpoint = "resend_confirmation")]
pub async fn resend_confirmation() -> Result<(), AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    confirmation::resend(&ctx, &person).await?;
    leptos_axum::redirect("/account?confirm_sent=1");
    Ok(())
}
