//! Sessions: who a session token belongs to, and which organisation they
//! act in. A session is a row in the database (so any server instance can
//! check it) holding only the SHA-256 of the random 256-bit token; a leaked
//! backup cannot be replayed. Cookies are the web's business
//! (`crate::infra::auth`): here a session is its token's hash.

use super::access::{Caller, Person};
use crate::domain::account::{session_alive, SESSION_MAX_SECS, SESSION_TOUCH_SECS};
use crate::domain::ids::{OrgId, UserId};
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::infra::tokens::{random_token, token_hash};
use crate::server::store::{accounts, orgs};

/// Opens a brand-new session (a new token at every login, so one planted
/// before login is worthless) and ends `replaced`, the one presented, if
/// any. Returns the token for the cookie; `device` names the browser on the
/// account page.
pub async fn open(ctx: &ServerCtx, user: UserId, org: Option<OrgId>, replaced: Option<&str>, device: &str) -> Result<String, AppError> {
    if let Some(old) = replaced {
        accounts::delete_session(&ctx.pool, old).await?;
    }
    let token = random_token();
    let now = ctx.now();
    accounts::create_session(&ctx.pool, &token_hash(&token), user, org, now, now + SESSION_MAX_SECS, device).await?;
    Ok(token)
}

/// Ends the session whose token hashes to `hash`.
pub async fn close(ctx: &ServerCtx, hash: &str) -> Result<(), AppError> {
    accounts::delete_session(&ctx.pool, hash).await
}

/// The person whose session token hashes to `hash`, if it is alive; marks
/// it seen (at most every `SESSION_TOUCH_SECS`, so reads stay reads).
pub async fn person(ctx: &ServerCtx, hash: String) -> Result<Option<Person>, AppError> {
    let now = ctx.now();
    let row = accounts::session(&ctx.pool, &hash, now).await?.filter(|r| session_alive(r.created_at, r.last_seen_at, now));
    if row.as_ref().is_some_and(|r| now - r.last_seen_at >= SESSION_TOUCH_SECS) {
        accounts::touch_session(&ctx.pool, &hash, now).await?;
    }
    Ok(row.map(|row| Person { user_id: row.user_id, name: row.name, email: row.email, session: hash, org_id: row.org_id }))
}

/// The person and their role in the organisation their session points at.
/// If that membership is gone (they were removed), the session moves to
/// another organisation they belong to, or they are refused.
pub async fn member(ctx: &ServerCtx, person: Person) -> Result<Caller, AppError> {
    if let Some(org) = person.org_id {
        if let Some(role) = orgs::role_of(&ctx.pool, org, person.user_id).await? {
            return Ok(Caller { user_id: person.user_id, name: person.name, email: person.email, org_id: org, role });
        }
    }
    let Some(other) = orgs::orgs_of(&ctx.pool, person.user_id).await?.into_iter().next() else {
        return Err(AppError::forbidden("You are not a member of any organisation any more. Ask an admin for a new invite link."));
    };
    accounts::set_session_org(&ctx.pool, &person.session, other.org_id).await?;
    let role = orgs::role_of(&ctx.pool, other.org_id, person.user_id).await?.ok_or(AppError::Internal)?;
    Ok(Caller { user_id: person.user_id, name: person.name, email: person.email, org_id: other.org_id, role })
}
