//! Passkeys: the account page's list, adding and removing one, and signing
//! in with one. Adding and signing in take two calls each: the challenge
//! (options for the browser's `navigator.credentials`), then the answer,
//! which the passkey island puts into a plain form (`ui::islands::passkey`).

use crate::domain::passkey::{Challenge, Passkeys};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    domain::account::safe_next_path,
    domain::passkey::PasskeyName,
    infra::{auth, ctx::ctx},
    server::service::passkeys,
};

#[server(endpoint = "passkeys")]
pub async fn get_passkeys() -> Result<Passkeys, AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    Ok(Passkeys { available: passkeys::available(&ctx), list: passkeys::list(&ctx, &person).await? })
}

/// Whether the log-in page offers "Sign in with a passkey".
#[server(endpoint = "passkeys_offered")]
pub async fn passkeys_offered() -> Result<bool, AppError> {
    Ok(passkeys::available(&ctx()?))
}

#[server(endpoint = "passkey_add_options")]
pub async fn passkey_add_options() -> Result<Challenge, AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    passkeys::begin_adding(&ctx, &person).await
}

#[server(endpoint = "add_passkey")]
pub async fn add_passkey(name: String, ceremony: String, credential: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    let name = PasskeyName::parse(&name)?;
    passkeys::finish_adding(&ctx, &person, &ceremony, name, &credential).await?;
    leptos_axum::redirect("/account?passkey=added#passkeys");
    Ok(())
}

#[server(endpoint = "remove_passkey")]
pub async fn remove_passkey(passkey_id: i64) -> Result<(), AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    passkeys::remove(&ctx, &person, passkey_id).await?;
    leptos_axum::redirect("/account#passkeys");
    Ok(())
}

#[server(endpoint = "passkey_sign_in_options")]
pub async fn passkey_sign_in_options() -> Result<Challenge, AppError> {
    passkeys::begin_sign_in(&ctx()?).await
}

/// Signs in with a passkey's answer, like a log-in with a password.
#[server(endpoint = "passkey_sign_in")]
pub async fn passkey_sign_in(ceremony: String, credential: String, next: Option<String>) -> Result<(), AppError> {
    let ctx = ctx()?;
    let done =
        passkeys::sign_in(&ctx, &auth::client_address(&ctx), &ceremony, &credential, auth::presented_device(&ctx).as_deref()).await?;
    if let Some(token) = &done.new_device {
        auth::give_device(&ctx, token);
    }
    auth::start_session(&ctx, done.user, done.org).await?;
    leptos_axum::redirect(&safe_next_path(next.as_deref()));
    Ok(())
}
