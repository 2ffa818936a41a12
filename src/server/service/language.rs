//! The language a person reads Mistvine in: their own choice on the
//! account page, and the default an organisation's admins set for everyone
//! who has not chosen (see `Locale::choose` for the whole rule).

use super::access::{require_admin, Caller, Person};
use crate::domain::locale::{LanguageChoices, Locale};
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::msg;
use crate::server::store::{accounts, audit, orgs};

pub async fn choices(ctx: &ServerCtx, person: &Person) -> Result<LanguageChoices, AppError> {
    let read = |tag: Option<String>| tag.as_deref().and_then(Locale::from_tag);
    let mine = read(accounts::language(&ctx.pool, person.user_id).await?);
    let org_default = match person.org_id {
        Some(org) => read(orgs::default_language(&ctx.pool, org).await?),
        None => None,
    };
    Ok(LanguageChoices { mine, org_default })
}

/// Sets (or, with `None`, clears) the person's own language.
pub async fn set_mine(ctx: &ServerCtx, person: &Person, locale: Option<Locale>) -> Result<(), AppError> {
    accounts::set_language(&ctx.pool, person.user_id, locale.map(Locale::tag)).await
}

/// Sets (or clears) the organisation's default language (admins), in the audit log.
pub async fn set_org_default(ctx: &ServerCtx, caller: &Caller, locale: Option<Locale>) -> Result<(), AppError> {
    require_admin(caller)?;
    let mut tx = super::write(ctx).await?;
    orgs::set_default_language(&mut *tx, caller.org_id, locale.map(Locale::tag)).await?;
    let action = match locale {
        Some(l) => msg!("audit-language", language = l.native_name()),
        None => msg!("audit-language-browser"),
    };
    audit::record(&mut *tx, caller.org_id, caller.user_id, action, ctx.now()).await?;
    tx.commit().await?;
    Ok(())
}
