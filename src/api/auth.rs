//! Sign-up, log-in, log-out and "who am I".

use crate::domain::views::Me;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    domain::account::{safe_next_path, Email, OrgName, Password, PersonName},
    domain::org::Role,
    server::{auth, ctx, store, store::accounts, store::orgs},
};

/// Creates an organisation and its owner, and signs the owner in.
#[server(endpoint = "signup")]
pub async fn signup(name: String, email: String, password: String, org_name: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let name = PersonName::parse(&name)?;
    let email = Email::parse(&email)?;
    let password = Password::parse(&password)?;
    let org_name = OrgName::parse(&org_name)?;
    let hash = auth::hash_password(password).await?;
    let now = store::now();
    let mut tx = ctx.pool.begin().await?;
    let user = accounts::create_user(&mut tx, &email, &name, &hash, now).await?;
    let org = orgs::create_org(&mut tx, &org_name, now).await?;
    orgs::add_membership(&mut tx, org, user, Role::Owner, now).await?;
    tx.commit().await?;
    auth::start_session(&ctx, user, Some(org)).await?;
    tracing::info!(user = %user, org = %org, "organisation created");
    leptos_axum::redirect("/");
    Ok(())
}

#[server(endpoint = "login")]
pub async fn login(email: String, password: String, next: Option<String>) -> Result<(), AppError> {
    use crate::domain::account::{login_throttled, LOGIN_WINDOW_SECS};
    let ctx = ctx()?;
    let email = Email::parse(&email)?;
    let address = auth::client_address(&ctx);
    let now = store::now();
    let (by_account, by_address) =
        accounts::recent_failures(&ctx.pool, email.as_str(), &address, now - LOGIN_WINDOW_SECS).await?;
    if login_throttled(by_account, by_address) {
        return Err(AppError::RateLimited(
            "Too many failed attempts. Wait 15 minutes, then try again.".into(),
        ));
    }
    let user = match accounts::credentials(&ctx.pool, &email).await? {
        Some((user, hash)) => auth::verify_password(password, hash).await.then_some(user),
        None => {
            // Same work as a real check, so timing does not reveal unknown accounts.
            auth::verify_password(password, auth::decoy_hash().await).await;
            None
        }
    };
    let Some(user) = user else {
        accounts::record_login_failure(&ctx.pool, email.as_str(), &address, now).await?;
        return Err(AppError::WrongCredentials);
    };
    accounts::clear_login_failures(&ctx.pool, email.as_str()).await?;
    let org = orgs::orgs_of(&ctx.pool, user).await?.first().map(|o| o.org_id);
    auth::start_session(&ctx, user, org).await?;
    leptos_axum::redirect(&safe_next_path(next.as_deref()));
    Ok(())
}

#[server(endpoint = "logout")]
pub async fn logout() -> Result<(), AppError> {
    let ctx = ctx()?;
    auth::end_session(&ctx).await?;
    crate::server::ballots::forget(ctx.settings.https());
    leptos_axum::redirect("/");
    Ok(())
}

/// The signed-in person and their current organisation; `None` when signed out.
#[server(endpoint = "me")]
pub async fn get_me() -> Result<Option<Me>, AppError> {
    let ctx = ctx()?;
    if auth::current_person(&ctx).await?.is_none() {
        return Ok(None);
    }
    let caller = auth::require_member(&ctx).await?;
    let orgs = orgs::orgs_of(&ctx.pool, caller.user_id).await?;
    let org_name = orgs.iter().find(|o| o.org_id == caller.org_id).map(|o| o.name.clone()).unwrap_or_default();
    Ok(Some(Me {
        user_id: caller.user_id,
        name: caller.name,
        email: caller.email,
        org_id: caller.org_id,
        org_name,
        role: caller.role,
        orgs,
    }))
}

/// Points the session at another organisation the person belongs to.
#[server(endpoint = "switch_org")]
pub async fn switch_org(org_id: crate::domain::ids::OrgId) -> Result<(), AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    if orgs::role_of(&ctx.pool, org_id, person.user_id).await?.is_none() {
        return Err(AppError::not_found("That organisation"));
    }
    accounts::set_session_org(&ctx.pool, &person.session, org_id).await?;
    leptos_axum::redirect("/");
    Ok(())
}
