//! The language one reads in: one's own choice, the organisation's default
//! (admins), and the switch of the signed-out pages. Each is a plain form:
//! the page comes back in its new language.

use crate::domain::locale::LanguageChoices;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    domain::locale::Locale,
    infra::{auth, ctx::ctx},
    server::service::{access, language},
};

#[server(endpoint = "language")]
pub async fn get_language() -> Result<LanguageChoices, AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    language::choices(&ctx, &person).await
}

/// One's own language; empty: the organisation's default, else the browser's.
#[server(endpoint = "set_language")]
pub async fn set_language(locale: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    language::set_mine(&ctx, &person, Locale::parse_choice("locale", &locale)?).await
}

/// The organisation's default language (admins); empty: each browser's.
#[server(endpoint = "set_org_language")]
pub async fn set_org_language(locale: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    // The role before the form: a member without it learns nothing from its errors.
    access::require_admin(&caller)?;
    language::set_org_default(&ctx, &caller, Locale::parse_choice("locale", &locale)?).await
}

/// The signed-out pages' switch: kept in this browser for a year.
#[server(endpoint = "switch_language")]
pub async fn switch_language(locale: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    auth::keep_language(&ctx, Locale::parse_choice("locale", &locale)?);
    Ok(())
}
