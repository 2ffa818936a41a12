//! Invite links as a way in: which are usable, and joining through one.
//! Shared by joining (`org`) and by confirming an address that came with
//! an invite (`confirmation`).

use crate::domain::ids::{OrgId, UserId};
use crate::domain::org::{invite_state, InviteState, Role};
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::infra::tokens::token_hash;
use crate::msg;
use crate::server::store::orgs;

fn not_valid() -> AppError {
    AppError::NotFound(msg!("not-found-invite-link-valid-ask"))
}

/// The invite behind a token, usable or not.
pub async fn find(ctx: &ServerCtx, token: &str) -> Result<orgs::InviteRow, AppError> {
    orgs::invite_by_hash(&ctx.pool, &token_hash(token.trim())).await?.ok_or_else(not_valid)
}

/// The organisation behind a usable invite token, or a clear refusal.
pub async fn usable_by_token(ctx: &ServerCtx, token: &str) -> Result<orgs::InviteRow, AppError> {
    usable(find(ctx, token).await?, ctx.now())
}

pub fn usable(invite: orgs::InviteRow, now: i64) -> Result<orgs::InviteRow, AppError> {
    match invite_state(invite.expires_at, invite.revoked_at.is_some(), invite.uses_left, now) {
        InviteState::Usable => Ok(invite),
        InviteState::UsedUp => Err(used_up()),
        InviteState::Expired => Err(AppError::Gone(msg!("gone-invite-link-expired-ask"))),
        InviteState::Revoked => Err(AppError::Gone(msg!("gone-invite-link-withdrawn-ask"))),
    }
}

pub fn used_up() -> AppError {
    AppError::Gone(msg!("gone-invite-link-already-been"))
}

/// A person who just proved their address joins through the invite their
/// confirmation link carried (already a member: nothing to do).
pub async fn join_by_hash(ctx: &ServerCtx, user: UserId, invite_hash: &str) -> Result<OrgId, AppError> {
    let invite = orgs::invite_by_hash(&ctx.pool, invite_hash).await?.ok_or_else(not_valid)?;
    if orgs::role_of(&ctx.pool, invite.org_id, user).await?.is_some() {
        return Ok(invite.org_id);
    }
    let invite = usable(invite, ctx.now())?;
    let mut tx = super::write(ctx).await?;
    if !orgs::use_invite(&mut *tx, invite_hash, ctx.now()).await? {
        return Err(used_up());
    }
    orgs::add_membership(&mut tx, invite.org_id, user, Role::Member, ctx.now()).await?;
    tx.commit().await?;
    Ok(invite.org_id)
}
