//! E-mail: password reset links, invites by e-mail, the organisation's
//! weekly schedule and each person's choice of weekly e-mails.

use crate::domain::mail::{EmailChoices, OrgMail};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::domain::validation::ticked;
#[cfg(feature = "ssr")]
use crate::domain::{
    account::{Email, Password},
    mail::Schedule,
    ValidationError,
};
#[cfg(feature = "ssr")]
use crate::infra::auth;
use crate::infra::ctx::ctx;
use crate::server::service::access;
use crate::server::service::mail;

/// E-mails a reset link if the address has an account; answers the same either way.
#[server(endpoint = "request_password_reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    mail::request_reset(&ctx, &auth::client_address(&ctx), Email::parse(&email)?).await?;
    leptos_axum::redirect("/forgot?sent=1");
    Ok(())
}

/// The address a reset link is for; 410 when it is spent or expired.
/// `token` may be empty: then it is the one this browser brought from the
/// link (see `infra::links`).
#[server(endpoint = "check_reset")]
pub async fn check_reset(token: String) -> Result<String, AppError> {
    let ctx = ctx()?;
    crate::infra::security::never_offline();
    let token = auth::link_secret(&ctx, auth::SecretLink::Reset, token);
    mail::reset_address(&ctx, &token).await
}

/// Sets a new password with a reset link and signs the person in here (and out everywhere else).
#[server(endpoint = "reset_password")]
pub async fn reset_password(token: String, new_password: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let token = auth::link_secret(&ctx, auth::SecretLink::Reset, token);
    let new = Password::parse(&new_password).map_err(|e| ValidationError::new("new_password", e.message))?;
    let (user, org) = mail::reset_password(&ctx, &token, new).await?;
    auth::forget_link(&ctx, auth::SecretLink::Reset);
    auth::start_session(&ctx, user, org).await?;
    leptos_axum::redirect("/account?reset=1");
    Ok(())
}

/// E-mails a single-use invite link (admins).
#[server(endpoint = "email_invite")]
pub async fn email_invite(email: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    // The role before the form: a member without it learns nothing from its errors.
    access::require_admin(&caller)?;
    mail::email_invite(&ctx, &caller, Email::parse(&email)?).await?;
    leptos_axum::redirect("/admin?emailed=1");
    Ok(())
}

#[server(endpoint = "org_mail")]
pub async fn get_org_mail() -> Result<OrgMail, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    mail::org_mail(&ctx, &caller).await
}

/// Sets when the weekly reminder (and the Friday digest) go out (admins).
#[server(endpoint = "update_org_mail")]
pub async fn update_org_mail(time_zone: String, reminder_day: String, reminder_time: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    // The role before the form: a member without it learns nothing from its errors.
    access::require_admin(&caller)?;
    let zone = mail::parse_time_zone(&time_zone)?;
    mail::set_org_mail(&ctx, &caller, zone, Schedule::parse(&reminder_day, &reminder_time)?).await
}

#[server(endpoint = "email_choices")]
pub async fn get_email_choices() -> Result<EmailChoices, AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    let caller = match person.org_id {
        Some(_) => Some(auth::require_member(&ctx).await?),
        None => None,
    };
    mail::email_choices(&ctx, &person, caller.as_ref()).await
}

/// Turns the weekly reminder and the Friday digest on or off for oneself.
#[server(endpoint = "update_email_choices")]
pub async fn update_email_choices(
    #[server(default)] reminders: Option<String>,
    #[server(default)] digest: Option<String>,
) -> Result<(), AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    mail::set_email_choices(&ctx, &person, ticked(reminders.as_deref()), ticked(digest.as_deref())).await
}
