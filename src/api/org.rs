//! Members, roles and invite links of the caller's organisation.

use crate::domain::ids::{InviteId, UserId};
use crate::domain::views::{InvitePreview, InviteView, MemberView, OrgOverview};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    domain::account::{Email, Password, PersonName},
    domain::org::{check_removal, check_role_change, invite_state, InviteState, Role, INVITE_VALID_DAYS},
    server::{auth, ctx, store, store::accounts, store::orgs, store::teams, ServerCtx},
};

#[cfg(feature = "ssr")]
fn refused(r: crate::domain::org::MembershipRefusal) -> AppError {
    AppError::forbidden(r.message())
}

/// Counts and the caller's teams, for the home page's "what next" list.
#[server(endpoint = "overview")]
pub async fn overview() -> Result<OrgOverview, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let (member_count, team_count) = orgs::counts(&ctx.pool, caller.org_id).await?;
    let my_teams = teams::list(&ctx.pool, caller.org_id, caller.user_id)
        .await?
        .into_iter()
        .filter(|t| t.is_mine && !t.archived)
        .collect();
    Ok(OrgOverview { member_count, team_count, my_teams })
}

#[server(endpoint = "members")]
pub async fn members() -> Result<Vec<MemberView>, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    orgs::members(&ctx.pool, caller.org_id).await
}

#[cfg(feature = "ssr")]
async fn target_role(ctx: &ServerCtx, org: crate::domain::ids::OrgId, user: UserId) -> Result<Role, AppError> {
    orgs::role_of(&ctx.pool, org, user).await?.ok_or_else(|| AppError::not_found("That member"))
}

#[server(endpoint = "change_role")]
pub async fn change_role(user_id: UserId, role: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let new = Role::parse(&role)?;
    let mut tx = ctx.pool.begin().await?;
    let current = orgs::role_of(&mut *tx, caller.org_id, user_id).await?.ok_or_else(|| AppError::not_found("That member"))?;
    let owners = orgs::owner_count(&mut tx, caller.org_id).await?;
    check_role_change(caller.role, current, new, owners).map_err(refused)?;
    orgs::set_role(&mut tx, caller.org_id, user_id, new).await?;
    tx.commit().await?;
    Ok(())
}

#[server(endpoint = "remove_member")]
pub async fn remove_member(user_id: UserId) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let current = target_role(&ctx, caller.org_id, user_id).await?;
    let mut tx = ctx.pool.begin().await?;
    let owners = orgs::owner_count(&mut tx, caller.org_id).await?;
    check_removal(caller.role, current, owners).map_err(refused)?;
    orgs::remove_member(&mut tx, caller.org_id, user_id).await?;
    tx.commit().await?;
    Ok(())
}

/// The base URL for links shown to people: the configured public URL, or the
/// host this request came to.
#[cfg(feature = "ssr")]
fn site_base(ctx: &ServerCtx) -> String {
    if let Some(url) = &ctx.settings.public_url {
        return url.trim_end_matches('/').to_owned();
    }
    let host = use_context::<http::request::Parts>()
        .and_then(|p| p.headers.get(http::header::HOST).and_then(|h| h.to_str().ok()).map(str::to_owned))
        .unwrap_or_else(|| "localhost:3000".into());
    format!("http://{host}")
}

/// Makes a new invite link. The secret appears once, in the redirect to the
/// admin page (`?invite=`); only its hash is stored.
#[server(endpoint = "create_invite")]
pub async fn create_invite() -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_admin(&ctx).await?;
    let token = auth::random_token();
    let now = store::now();
    orgs::create_invite(&ctx.pool, caller.org_id, &auth::token_hash(&token), caller.user_id, now, now + INVITE_VALID_DAYS * 86_400)
        .await?;
    leptos_axum::redirect(&format!("/admin?invite={token}"));
    Ok(())
}

/// The full link for a freshly created invite token (shown on the admin page).
#[server(endpoint = "invite_link")]
pub async fn invite_link(token: String) -> Result<String, AppError> {
    let ctx = ctx()?;
    auth::require_admin(&ctx).await?;
    Ok(format!("{}/join/{}", site_base(&ctx), token.trim()))
}

#[server(endpoint = "invites")]
pub async fn invites() -> Result<Vec<InviteView>, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_admin(&ctx).await?;
    orgs::active_invites(&ctx.pool, caller.org_id, store::now()).await
}

#[server(endpoint = "revoke_invite")]
pub async fn revoke_invite(invite_id: InviteId) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_admin(&ctx).await?;
    if orgs::revoke_invite(&ctx.pool, caller.org_id, invite_id, store::now()).await? {
        Ok(())
    } else {
        Err(AppError::not_found("That invite"))
    }
}

/// The organisation behind a usable invite token, or a clear refusal.
#[cfg(feature = "ssr")]
async fn usable_invite(ctx: &ServerCtx, token: &str) -> Result<orgs::InviteRow, AppError> {
    let invite = orgs::invite_by_hash(&ctx.pool, &auth::token_hash(token.trim()))
        .await?
        .ok_or_else(|| AppError::NotFound("This invite link is not valid. Ask an admin of your organisation for a new one.".into()))?;
    match invite_state(invite.expires_at, invite.revoked_at.is_some(), store::now()) {
        InviteState::Usable => Ok(invite),
        InviteState::Expired => Err(AppError::Gone("This invite link has expired. Ask an admin for a new one.".into())),
        InviteState::Revoked => Err(AppError::Gone("This invite link was withdrawn. Ask an admin for a new one.".into())),
    }
}

#[server(endpoint = "preview_invite")]
pub async fn preview_invite(token: String) -> Result<InvitePreview, AppError> {
    let ctx = ctx()?;
    let invite = usable_invite(&ctx, &token).await?;
    let person = auth::current_person(&ctx).await?;
    let already_member = match &person {
        Some(p) => orgs::role_of(&ctx.pool, crate::domain::ids::OrgId(invite.org_id), p.user_id).await?.is_some(),
        None => false,
    };
    Ok(InvitePreview {
        org_name: invite.org_name,
        invited_by: invite.invited_by,
        signed_in_as: person.map(|p| p.name),
        already_member,
    })
}

/// A signed-in person accepts an invite.
#[server(endpoint = "join")]
pub async fn join(token: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    let invite = usable_invite(&ctx, &token).await?;
    let org = crate::domain::ids::OrgId(invite.org_id);
    let mut conn = ctx.pool.acquire().await?;
    orgs::add_membership(&mut conn, org, person.user_id, Role::Member, store::now()).await?;
    accounts::set_session_org(&ctx.pool, &person.session, org).await?;
    leptos_axum::redirect("/");
    Ok(())
}

/// A new person creates an account through an invite and joins its organisation.
#[server(endpoint = "join_with_signup")]
pub async fn join_with_signup(token: String, name: String, email: String, password: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let invite = usable_invite(&ctx, &token).await?;
    let name = PersonName::parse(&name)?;
    let email = Email::parse(&email)?;
    let password = Password::parse(&password)?;
    let hash = auth::hash_password(password).await?;
    let org = crate::domain::ids::OrgId(invite.org_id);
    let now = store::now();
    let mut tx = ctx.pool.begin().await?;
    let user = accounts::create_user(&mut tx, &email, &name, &hash, now).await?;
    orgs::add_membership(&mut tx, org, user, Role::Member, now).await?;
    tx.commit().await?;
    auth::start_session(&ctx, user, Some(org)).await?;
    leptos_axum::redirect("/");
    Ok(())
}
