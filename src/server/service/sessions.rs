//! Sessions: who a session token belongs to, and which organisation they
//! act in. A session is a row in the database (so any server instance can
//! check it) holding only the SHA-256 of the random 256-bit token; a leaked
//! backup cannot be replayed. Cookies are the web's business
//! (`crate::infra::auth`): here a session is its token's hash.

use super::access::{Caller, Person};
use crate::domain::account::{session_alive, SESSION_MAX_SECS, SESSION_TOUCH_SECS};
use crate::domain::ids::{OrgId, UserId};
use crate::domain::locale::Locale;
use crate::domain::org::Role;
use crate::domain::sso::session_may_enter;
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::infra::tokens::{random_token, token_hash};
use crate::msg;
use crate::server::store::{accounts, orgs};

/// How a session was signed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignedInBy {
    Password,
    /// The provider of this organisation (single sign-on).
    Provider(OrgId),
}

/// Opens a brand-new session (a new token at every login, so one planted
/// before login is worthless) and ends `replaced`, the one presented, if
/// any. Returns the token for the cookie; `device` names the browser on the
/// account page.
pub async fn open(
    ctx: &ServerCtx,
    user: UserId,
    org: Option<OrgId>,
    replaced: Option<&str>,
    device: &str,
    by: SignedInBy,
) -> Result<String, AppError> {
    if let Some(old) = replaced {
        accounts::delete_session(&ctx.pool, old).await?;
    }
    let token = random_token();
    let now = ctx.now();
    let sso_org = match by {
        SignedInBy::Password => None,
        SignedInBy::Provider(org) => Some(org),
    };
    let hash = token_hash(&token);
    let session = accounts::NewSession { token_hash: &hash, user, org, now, expires_at: now + SESSION_MAX_SECS, device, sso_org };
    accounts::create_session(&ctx.pool, &session).await?;
    Ok(token)
}

/// Ends the session whose token hashes to `hash`.
pub async fn close(ctx: &ServerCtx, hash: &str) -> Result<(), AppError> {
    accounts::delete_session(&ctx.pool, hash).await
}

/// The language the person of the session `hash` chose, and their
/// organisation's default, for `infra::language` (both `None` for no session).
pub async fn languages(ctx: &ServerCtx, hash: &str) -> Result<(Option<Locale>, Option<Locale>), AppError> {
    let row = accounts::session_languages(&ctx.pool, hash, ctx.now()).await?;
    let read = |tag: Option<String>| tag.as_deref().and_then(Locale::from_tag);
    Ok(row.map(|(mine, org)| (read(mine), read(org))).unwrap_or_default())
}

/// The person whose session token hashes to `hash`, if it is alive; marks
/// it seen (at most every `SESSION_TOUCH_SECS`, so reads stay reads).
pub async fn person(ctx: &ServerCtx, hash: String) -> Result<Option<Person>, AppError> {
    let now = ctx.now();
    let row = accounts::session(&ctx.pool, &hash, now).await?.filter(|r| session_alive(r.created_at, r.last_seen_at, now));
    if row.as_ref().is_some_and(|r| now - r.last_seen_at >= SESSION_TOUCH_SECS) {
        accounts::touch_session(&ctx.pool, &hash, now).await?;
    }
    Ok(row.map(|row| Person {
        user_id: row.user_id,
        name: row.name,
        email: row.email,
        session: hash,
        org_id: row.org_id,
        sso_org: row.sso_org,
        confirmed: row.email_confirmed_at.is_some(),
        entry: row.role.map(|role| (role, row.sso_required != 0)),
    }))
}

/// The person and their role in the organisation their session points at.
/// If that membership is gone (they were removed), or the organisation
/// requires single sign-on and this session came by password, the session
/// moves to another organisation they belong to that it may enter, or they
/// are refused.
pub async fn member(ctx: &ServerCtx, person: Person) -> Result<Caller, AppError> {
    let sso_org = person.sso_org;
    let may_enter = |org: OrgId, role: Role, required: bool| session_may_enter(role, required, sso_org == Some(org));
    // The role was read with the session (`person`): one round trip fewer
    // on every request.
    if let (Some(org), Some((role, required))) = (person.org_id, person.entry) {
        if may_enter(org, role, required) {
            return Ok(Caller { user_id: person.user_id, name: person.name, email: person.email, org_id: org, role });
        }
    }
    match first_org(ctx, person.user_id, sso_org).await? {
        Some((org, role)) => {
            accounts::set_session_org(&ctx.pool, &person.session, org).await?;
            Ok(Caller { user_id: person.user_id, name: person.name, email: person.email, org_id: org, role })
        }
        None => Err(AppError::forbidden(msg!("forbidden-no-organisation"))),
    }
}

/// The first organisation of `user`'s (oldest membership first) that a
/// session signed in by `sso_org`'s provider (none: a password) may enter,
/// with their role there; `None` when they belong to none. Refused when
/// they belong to some but each requires single sign-on.
pub async fn first_org(ctx: &ServerCtx, user: UserId, sso_org: Option<OrgId>) -> Result<Option<(OrgId, Role)>, AppError> {
    let theirs = orgs::orgs_of(&ctx.pool, user).await?;
    for o in &theirs {
        let Some((role, required)) = orgs::entry(&ctx.pool, o.org_id, user).await? else { continue };
        if session_may_enter(role, required, sso_org == Some(o.org_id)) {
            return Ok(Some((o.org_id, role)));
        }
    }
    if theirs.is_empty() {
        Ok(None)
    } else {
        Err(AppError::forbidden(crate::messages::sso_required()))
    }
}
