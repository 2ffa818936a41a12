//! Personal access tokens for the JSON API, on the account page.

use crate::domain::api_token::TokenView;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::domain::api_token::NewToken;
#[cfg(feature = "ssr")]
use crate::infra::auth;
use crate::infra::ctx::ctx;
use crate::infra::security;
use crate::server::service::api_tokens;

/// Makes a token in the current organisation, after the person's password.
/// The token comes back once: in the answer's body to a script, and on the
/// account page that loads next (a short-lived cookie only that page reads),
/// whether the browser posted the form itself or the page's form helper
/// sent it. Only its hash is stored.
#[server(endpoint = "create_api_token")]
pub async fn create_api_token(name: String, scope: String, expires_in_days: String, password: String) -> Result<String, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let token =
        api_tokens::create(&ctx, &caller, &auth::client_address(&ctx), NewToken::parse(&name, &scope, &expires_in_days)?, password).await?;
    auth::hand_over_new_secret(&ctx, auth::NewSecret::ApiToken, &token);
    if auth::form_without_script() {
        return Ok(String::new());
    }
    Ok(token)
}

/// The token just made on the account page, once.
#[server(endpoint = "new_api_token")]
pub async fn new_api_token() -> Result<Option<String>, AppError> {
    let ctx = ctx()?;
    auth::require_member(&ctx).await?;
    let token = auth::take_new_secret(&ctx, auth::NewSecret::ApiToken);
    if token.is_some() {
        security::never_offline();
    }
    Ok(token)
}

#[server(endpoint = "api_tokens")]
pub async fn api_tokens() -> Result<Vec<TokenView>, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    api_tokens::list(&ctx, &caller).await
}

#[server(endpoint = "revoke_api_token")]
pub async fn revoke_api_token(token_id: i64) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    api_tokens::revoke(&ctx, &caller, token_id).await?;
    leptos_axum::redirect("/account#tokens");
    Ok(())
}
