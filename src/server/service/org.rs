//! Members, roles and invite links of the caller's organisation.

use super::access::require_admin;
use crate::domain::account::{Email, Password, PersonName};
use crate::domain::ids::{InviteId, OrgId, UserId};
use crate::domain::org::{check_removal, check_role_change, invite_state, InviteState, MembershipRefusal, Role, INVITE_VALID_DAYS};
use crate::domain::views::{InvitePreview, InviteView, MemberView, OrgOverview};
use crate::error::AppError;
use crate::server::auth::{self, Caller, Person};
use crate::server::ctx::ServerCtx;
use crate::server::tokens::{random_token, token_hash};
use crate::server::store::{accounts, orgs, teams};

fn refused(r: MembershipRefusal) -> AppError {
    AppError::forbidden(r.message())
}

/// Counts and the caller's teams, for the home page's "what next" list.
pub async fn overview(ctx: &ServerCtx, caller: &Caller) -> Result<OrgOverview, AppError> {
    let mut conn = super::read(ctx).await?;
    let (member_count, team_count) = orgs::counts(&mut *conn, caller.org_id).await?;
    let my_teams = teams::list(&mut *conn, caller.org_id, caller.user_id).await?.into_iter().filter(|t| t.is_mine && !t.archived).collect();
    Ok(OrgOverview { member_count, team_count, my_teams })
}

pub async fn members(ctx: &ServerCtx, caller: &Caller) -> Result<Vec<MemberView>, AppError> {
    orgs::members(&ctx.pool, caller.org_id).await
}

pub async fn change_role(ctx: &ServerCtx, caller: &Caller, user: UserId, role: &str) -> Result<(), AppError> {
    let new = Role::parse(role)?;
    let mut tx = super::write(ctx).await?;
    let current = orgs::role_of(&mut *tx, caller.org_id, user).await?.ok_or_else(|| AppError::not_found("That member"))?;
    let owners = orgs::owner_count(&mut *tx, caller.org_id).await?;
    check_role_change(caller.role, current, new, owners).map_err(refused)?;
    orgs::set_role(&mut *tx, caller.org_id, user, new).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn remove_member(ctx: &ServerCtx, caller: &Caller, user: UserId) -> Result<(), AppError> {
    let mut tx = super::write(ctx).await?;
    let current = orgs::role_of(&mut *tx, caller.org_id, user).await?.ok_or_else(|| AppError::not_found("That member"))?;
    let owners = orgs::owner_count(&mut *tx, caller.org_id).await?;
    check_removal(caller.role, current, owners).map_err(refused)?;
    orgs::remove_member(&mut tx, caller.org_id, user).await?;
    tx.commit().await?;
    Ok(())
}

/// Makes a new invite link and returns its secret (only its hash is stored).
pub async fn create_invite(ctx: &ServerCtx, caller: &Caller) -> Result<String, AppError> {
    require_admin(caller)?;
    let token = random_token();
    let now = ctx.now();
    orgs::create_invite(&ctx.pool, caller.org_id, &token_hash(&token), caller.user_id, now, now + INVITE_VALID_DAYS * 86_400).await?;
    Ok(token)
}

/// The link people open to join: only admins are shown one.
pub fn invite_link(caller: &Caller, site_base: &str, token: &str) -> Result<String, AppError> {
    require_admin(caller)?;
    Ok(format!("{site_base}/join/{}", token.trim()))
}

pub async fn invites(ctx: &ServerCtx, caller: &Caller) -> Result<Vec<InviteView>, AppError> {
    require_admin(caller)?;
    orgs::active_invites(&ctx.pool, caller.org_id, ctx.now()).await
}

pub async fn revoke_invite(ctx: &ServerCtx, caller: &Caller, invite: InviteId) -> Result<(), AppError> {
    require_admin(caller)?;
    if orgs::revoke_invite(&ctx.pool, caller.org_id, invite, ctx.now()).await? {
        Ok(())
    } else {
        Err(AppError::not_found("That invite"))
    }
}

/// The organisation behind a usable invite token, or a clear refusal.
async fn usable_invite(ctx: &ServerCtx, token: &str) -> Result<orgs::InviteRow, AppError> {
    let invite = orgs::invite_by_hash(&ctx.pool, &token_hash(token.trim()))
        .await?
        .ok_or_else(|| AppError::NotFound("This invite link is not valid. Ask an admin of your organisation for a new one.".into()))?;
    match invite_state(invite.expires_at, invite.revoked_at.is_some(), ctx.now()) {
        InviteState::Usable => Ok(invite),
        InviteState::Expired => Err(AppError::Gone("This invite link has expired. Ask an admin for a new one.".into())),
        InviteState::Revoked => Err(AppError::Gone("This invite link was withdrawn. Ask an admin for a new one.".into())),
    }
}

pub async fn preview_invite(ctx: &ServerCtx, person: Option<Person>, token: &str) -> Result<InvitePreview, AppError> {
    let invite = usable_invite(ctx, token).await?;
    let already_member = match &person {
        Some(p) => orgs::role_of(&ctx.pool, invite.org_id, p.user_id).await?.is_some(),
        None => false,
    };
    Ok(InvitePreview { org_name: invite.org_name, invited_by: invite.invited_by, signed_in_as: person.map(|p| p.name), already_member })
}

/// A signed-in person accepts an invite; returns the organisation joined.
pub async fn join(ctx: &ServerCtx, person: &Person, token: &str) -> Result<OrgId, AppError> {
    let invite = usable_invite(ctx, token).await?;
    let mut tx = super::write(ctx).await?;
    orgs::add_membership(&mut tx, invite.org_id, person.user_id, Role::Member, ctx.now()).await?;
    accounts::set_session_org(&mut *tx, &person.session, invite.org_id).await?;
    tx.commit().await?;
    Ok(invite.org_id)
}

/// A new person creates an account through an invite and joins its organisation.
pub async fn join_with_signup(ctx: &ServerCtx, token: &str, name: &str, email: &str, password: &str) -> Result<(UserId, OrgId), AppError> {
    let invite = usable_invite(ctx, token).await?;
    let name = PersonName::parse(name)?;
    let email = Email::parse(email)?;
    let password = Password::parse(password)?;
    let hash = auth::hash_password(password).await?;
    let now = ctx.now();
    let mut tx = super::write(ctx).await?;
    let user = accounts::create_user(&mut tx, &email, &name, &hash, now).await?;
    orgs::add_membership(&mut tx, invite.org_id, user, Role::Member, now).await?;
    tx.commit().await?;
    Ok((user, invite.org_id))
}
