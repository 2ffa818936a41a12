//! Personal access tokens for the JSON API, on the account page.

use crate::domain::api_token::TokenView;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::server::{auth, ctx::ctx, service::api_tokens};

/// Makes a token in the current organisation. It appears once, in the
/// redirect back to the account page (`?token=`); only its hash is stored.
#[server(endpoint = "create_api_token")]
pub async fn create_api_token(name: String, scope: String, expires_in_days: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let token = api_tokens::create(&ctx, &caller, &name, &scope, &expires_in_days).await?;
    leptos_axum::redirect(&format!("/account?token={token}#tokens"));
    Ok(())
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
