//! Sign-up, log-in, log-out and "who am I".

use crate::domain::ids::OrgId;
use crate::domain::views::Me;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    domain::account::{safe_next_path, Email, NewAccount, OrgName},
    infra::{auth, ctx::ctx},
    server::service::{accounts, sso},
};

/// Creates an organisation and its owner, and signs the owner in.
#[server(endpoint = "signup")]
pub async fn signup(name: String, email: String, password: String, org_name: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let account = NewAccount::parse(&name, &email, &password)?;
    let org_name = OrgName::parse(&org_name)?;
    let (user, org) = accounts::signup(&ctx, &auth::client_address(&ctx), account, org_name).await?;
    auth::start_session(&ctx, user, Some(org)).await?;
    leptos_axum::redirect("/");
    Ok(())
}

#[server(endpoint = "login")]
pub async fn login(email: String, password: String, next: Option<String>) -> Result<(), AppError> {
    let ctx = ctx()?;
    let attempt = accounts::Login { email: Email::parse(&email)?, password, device: auth::presented_device(&ctx) };
    let done = accounts::login(&ctx, &auth::client_address(&ctx), attempt).await?;
    if let Some(token) = &done.new_device {
        auth::give_device(&ctx, token);
    }
    auth::start_session(&ctx, done.user, done.org).await?;
    leptos_axum::redirect(&safe_next_path(next.as_deref()));
    Ok(())
}

#[server(endpoint = "logout")]
pub async fn logout() -> Result<(), AppError> {
    let ctx = ctx()?;
    // A session single sign-on opened is ended here; the page after it
    // offers ending the provider's session too, where it has one.
    let provider = match auth::current_person(&ctx).await?.and_then(|p| p.sso_org) {
        Some(org) => sso::slug_of(&ctx, org).await?,
        None => None,
    };
    auth::end_session(&ctx).await?;
    auth::forget_claims(&ctx);
    match provider {
        Some(slug) => leptos_axum::redirect(&format!("/signed-out?sso={slug}")),
        None => leptos_axum::redirect("/"),
    }
    Ok(())
}

/// The signed-in person and their current organisation; `None` when signed out.
#[server(endpoint = "me")]
pub async fn get_me() -> Result<Option<Me>, AppError> {
    let ctx = ctx()?;
    let Some(person) = auth::current_person(&ctx).await? else { return Ok(None) };
    let confirmed = person.confirmed;
    let caller = auth::member_with(&ctx, person).await?;
    accounts::me(&ctx, caller, confirmed).await.map(Some)
}

/// Points the session at another organisation the person belongs to.
#[server(endpoint = "switch_org")]
pub async fn switch_org(org_id: OrgId) -> Result<(), AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    accounts::switch_org(&ctx, &person, org_id).await?;
    leptos_axum::redirect("/");
    Ok(())
}

/// Where the signed-in person is signed in.
#[server(endpoint = "account_sessions")]
pub async fn account_sessions() -> Result<Vec<crate::domain::account::SessionView>, AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    accounts::sessions(&ctx, &person).await
}

/// Signs out one session of the person's (by its id on the account page).
#[server(endpoint = "end_session")]
pub async fn end_session(session_id: i64) -> Result<(), AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    accounts::end_session(&ctx, &person, session_id).await?;
    leptos_axum::redirect("/account");
    Ok(())
}

/// Signs out every other device.
#[server(endpoint = "end_other_sessions")]
pub async fn end_other_sessions() -> Result<(), AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    accounts::end_other_sessions(&ctx, &person).await?;
    leptos_axum::redirect("/account");
    Ok(())
}

/// Changes the password and signs out every other device.
#[server(endpoint = "change_password")]
pub async fn change_password(current_password: String, new_password: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    accounts::change_password(&ctx, &auth::client_address(&ctx), &person, current_password, &new_password).await?;
    leptos_axum::redirect("/account?changed=1");
    Ok(())
}
