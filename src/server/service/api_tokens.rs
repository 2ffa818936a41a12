//! Personal access tokens: made and revoked by their owner, and turned back
//! into a caller when the JSON API is called with one.

use super::access::Caller;
use crate::domain::account::ClientAddress;
use crate::domain::api_token::{NewToken, TokenScope, TokenView, MAX_TOKENS, PER_PERSON, PER_TOKEN, TOKEN_PREFIX};
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::infra::tokens::{random_token, token_hash};
use crate::msg;
use crate::server::store::{api_tokens, audit};

/// Makes a token for the caller in their current organisation, once they
/// have given their password again (a session left open on a shared
/// computer must not be enough to take a lasting way in away); returns it
/// (the only time it is seen: only its hash is stored).
pub async fn create(ctx: &ServerCtx, caller: &Caller, from: &ClientAddress, token: NewToken, password: String) -> Result<String, AppError> {
    let NewToken { name, scope, days } = token;
    super::accounts::confirm_password(ctx, from, caller.user_id, &caller.email, password, "password").await?;
    let now = ctx.now();
    let token = format!("{TOKEN_PREFIX}{}", random_token());
    let mut tx = super::write(ctx).await?;
    if api_tokens::live_count(&mut *tx, caller.user_id, caller.org_id, now).await? >= MAX_TOKENS as i64 {
        return Err(AppError::Conflict(msg!("conflict-too-many-tokens", count = MAX_TOKENS)));
    }
    api_tokens::create(&mut *tx, caller.user_id, caller.org_id, &name, &token_hash(&token), scope, now, now + days * 86_400).await?;
    let action = msg!("audit-token-made", name = name.as_str(), scope = scope.as_str(), days = days);
    audit::record(&mut *tx, caller.org_id, caller.user_id, action, now).await?;
    tx.commit().await?;
    Ok(token)
}

pub async fn list(ctx: &ServerCtx, caller: &Caller) -> Result<Vec<TokenView>, AppError> {
    api_tokens::list(&ctx.pool, caller.user_id, caller.org_id, ctx.now()).await
}

pub async fn revoke(ctx: &ServerCtx, caller: &Caller, id: i64) -> Result<(), AppError> {
    let mut tx = super::write(ctx).await?;
    if !api_tokens::revoke(&mut *tx, caller.user_id, id, ctx.now()).await? {
        return Err(AppError::not_found(msg!("what-token")));
    }
    audit::record(&mut *tx, caller.org_id, caller.user_id, msg!("audit-token-revoked"), ctx.now()).await?;
    tx.commit().await?;
    Ok(())
}

/// Why an API call was refused before it reached its handler.
pub enum Refusal {
    /// No token, an unknown, revoked or expired one, or its person left the organisation.
    Unauthenticated,
    /// Over the token's limit (`false`) or the person's (`true`): retry after this many seconds.
    RateLimited {
        person: bool,
        wait: i64,
    },
    Failed(AppError),
}

impl From<AppError> for Refusal {
    fn from(e: AppError) -> Self {
        Refusal::Failed(e)
    }
}

/// The caller a bearer token stands for, with the token's scope, after
/// taking the request from the token's and its person's allowances
/// (`crate::server::service::rate`: no write to the database per request).
pub async fn authenticate(ctx: &ServerCtx, bearer: Option<&str>) -> Result<(Caller, TokenScope), Refusal> {
    let token = bearer.map(str::trim).filter(|t| t.starts_with(TOKEN_PREFIX)).ok_or(Refusal::Unauthenticated)?;
    let now = ctx.now();
    let hash = token_hash(token);
    // The token's allowance first, by what was presented: a token over its
    // limit is turned away without a database read, so its flood does not
    // queue for connections ahead of everyone else's requests.
    if let Err(wait) = ctx.rates.take(&format!("token:{hash}"), PER_TOKEN, now).await? {
        return Err(Refusal::RateLimited { person: false, wait });
    }
    let presented = api_tokens::usable(&ctx.pool, &hash, now).await?.ok_or(Refusal::Unauthenticated)?;
    if let Err(wait) = ctx.rates.take(&format!("person:{}", presented.user_id), PER_PERSON, now).await? {
        return Err(Refusal::RateLimited { person: true, wait });
    }
    if presented.last_used_at.is_none_or(|at| now - at >= 60) {
        api_tokens::note_use(&ctx.pool, presented.id, now).await?;
    }
    crate::infra::observe::record_caller(presented.user_id, Some(presented.org_id));
    let p = presented;
    Ok((Caller { user_id: p.user_id, name: p.name, email: p.email, org_id: p.org_id, role: p.role }, p.scope))
}
