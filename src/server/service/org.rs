//! Members, roles and invite links of the caller's organisation.

use super::access::require_admin;
use super::access::{Caller, Person};
use super::accounts::Account;
use super::invites;
use crate::domain::account::{ClientAddress, NewAccount};
use crate::domain::ids::{InviteId, OrgId, UserId};
use crate::domain::mail::text::ConfirmFor;
use crate::domain::org::{check_removal, check_role_change, MembershipEvent, MembershipEventKind, MembershipRefusal, Role};
use crate::domain::views::{InvitePreview, InviteView, MemberPage, MemberView, OrgOverview, MEMBER_PAGE};
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::infra::tokens::{random_token, token_hash};
use crate::msg;
use crate::server::store::{accounts, audit, membership_log, orgs, teams};

fn refused(r: MembershipRefusal) -> AppError {
    AppError::forbidden(r.msg())
}

/// Counts and the caller's teams, for the home page's "what next" list.
pub async fn overview(ctx: &ServerCtx, caller: &Caller) -> Result<OrgOverview, AppError> {
    let mut conn = super::read(ctx).await?;
    let (member_count, team_count) = orgs::counts(&mut *conn, caller.org_id).await?;
    let my_teams = teams::mine(&mut *conn, caller.org_id, caller.user_id).await?;
    Ok(OrgOverview { member_count, team_count, my_teams })
}

/// The newest changes of who belongs where: every member may read them.
pub async fn membership_log(ctx: &ServerCtx, caller: &Caller) -> Result<Vec<MembershipEvent>, AppError> {
    membership_log::list(&ctx.pool, caller.org_id, 200).await
}

pub async fn members(ctx: &ServerCtx, caller: &Caller) -> Result<Vec<MemberView>, AppError> {
    orgs::members(&ctx.pool, caller.org_id).await
}

/// More pages than any organisation's members fill (and small enough that
/// an offset never overflows).
const MAX_PAGE: usize = 1_000_000;

/// Members whose name or address contains `find`, a page at a time (1-based).
pub async fn member_page(ctx: &ServerCtx, caller: &Caller, find: &str, page: usize) -> Result<MemberPage, AppError> {
    let find: String = find.trim().chars().take(100).collect();
    // Any number may arrive in the address: past the last page is the last page.
    let page = page.clamp(1, MAX_PAGE);
    let mut conn = super::read(ctx).await?;
    let (mut people, total) = orgs::member_page(&mut conn, caller.org_id, &find, (page - 1) * MEMBER_PAGE, MEMBER_PAGE).await?;
    let pages = total.div_ceil(MEMBER_PAGE).max(1);
    if page > pages {
        people = orgs::member_page(&mut conn, caller.org_id, &find, (pages - 1) * MEMBER_PAGE, MEMBER_PAGE).await?.0;
    }
    Ok(MemberPage { people, total, page: page.min(pages), pages, find })
}

pub async fn change_role(ctx: &ServerCtx, caller: &Caller, user: UserId, new: Role) -> Result<(), AppError> {
    let mut tx = super::write(ctx).await?;
    let current = orgs::role_of(&mut *tx, caller.org_id, user).await?.ok_or_else(|| AppError::not_found(msg!("what-member")))?;
    let owners = orgs::owner_count(&mut *tx, caller.org_id).await?;
    check_role_change(caller.role, current, new, owners).map_err(refused)?;
    orgs::set_role(&mut *tx, caller.org_id, user, new).await?;
    let e = membership_log::Entry {
        kind: MembershipEventKind::Role,
        person: user,
        team: None,
        role: Some(new),
        by: Some(caller.user_id),
        via: None,
    };
    membership_log::record(&mut *tx, caller.org_id, e, ctx.now()).await?;
    let name = audit::name_of(&mut *tx, user).await?;
    audit::record(&mut *tx, caller.org_id, caller.user_id, msg!("audit-role", person = name, role = new.as_str()), ctx.now()).await?;
    tx.commit().await?;
    Ok(())
}

/// The newest administrative actions (admins only).
pub async fn audit_log(ctx: &ServerCtx, caller: &Caller) -> Result<Vec<crate::domain::views::AuditEntry>, AppError> {
    require_admin(caller)?;
    audit::list(&ctx.pool, caller.org_id, 200).await
}

pub async fn remove_member(ctx: &ServerCtx, caller: &Caller, user: UserId) -> Result<(), AppError> {
    let mut tx = super::write(ctx).await?;
    let current = orgs::role_of(&mut *tx, caller.org_id, user).await?.ok_or_else(|| AppError::not_found(msg!("what-member")))?;
    let owners = orgs::owner_count(&mut *tx, caller.org_id).await?;
    check_removal(caller.role, current, owners).map_err(refused)?;
    orgs::remove_member(&mut tx, caller.org_id, user, ctx.now()).await?;
    let e = membership_log::Entry {
        kind: MembershipEventKind::Left,
        person: user,
        team: None,
        role: None,
        by: Some(caller.user_id),
        via: None,
    };
    membership_log::record(&mut *tx, caller.org_id, e, ctx.now()).await?;
    let name = audit::name_of(&mut *tx, user).await?;
    audit::record(&mut *tx, caller.org_id, caller.user_id, msg!("audit-removed", person = name), ctx.now()).await?;
    tx.commit().await?;
    Ok(())
}

/// Makes a new invite link and returns its secret (only its hash is stored).
/// Single-use unless the admin asks for more (then it lasts a day).
/// `(uses, valid_for)` come from `parse_invite_uses`.
pub async fn create_invite(ctx: &ServerCtx, caller: &Caller, (uses, valid_for): (u32, i64)) -> Result<String, AppError> {
    require_admin(caller)?;
    let token = random_token();
    let now = ctx.now();
    let mut tx = super::write(ctx).await?;
    orgs::create_invite(&mut *tx, caller.org_id, &token_hash(&token), caller.user_id, now, now + valid_for, uses).await?;
    audit::record(&mut *tx, caller.org_id, caller.user_id, msg!("audit-invite-created", uses = uses), now).await?;
    tx.commit().await?;
    Ok(token)
}

/// The link people open to join: only admins are shown one.
pub fn invite_link(caller: &Caller, site_base: &str, token: &str) -> Result<String, AppError> {
    require_admin(caller)?;
    Ok(format!("{site_base}/join/{}", token.trim()))
}

pub fn unset_link_base(ctx: &ServerCtx, caller: &Caller) -> Result<Option<String>, AppError> {
    require_admin(caller)?;
    Ok(ctx.settings.public_url.is_none().then(|| ctx.settings.site_base()))
}

pub async fn invites(ctx: &ServerCtx, caller: &Caller) -> Result<Vec<InviteView>, AppError> {
    require_admin(caller)?;
    orgs::active_invites(&ctx.pool, caller.org_id, ctx.now()).await
}

pub async fn revoke_invite(ctx: &ServerCtx, caller: &Caller, invite: InviteId) -> Result<(), AppError> {
    require_admin(caller)?;
    let mut tx = super::write(ctx).await?;
    if !orgs::revoke_invite(&mut *tx, caller.org_id, invite, ctx.now()).await? {
        return Err(AppError::not_found(msg!("what-invite")));
    }
    audit::record(&mut *tx, caller.org_id, caller.user_id, msg!("audit-invite-revoked"), ctx.now()).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn preview_invite(ctx: &ServerCtx, person: Option<Person>, token: &str) -> Result<InvitePreview, AppError> {
    let invite = invites::usable_by_token(ctx, token).await?;
    let already_member = match &person {
        Some(p) => orgs::role_of(&ctx.pool, invite.org_id, p.user_id).await?.is_some(),
        None => false,
    };
    Ok(InvitePreview { org_name: invite.org_name, invited_by: invite.invited_by, signed_in_as: person.map(|p| p.name), already_member })
}

/// A signed-in person accepts an invite; returns the organisation joined.
/// An account that has not confirmed its address joins nothing.
pub async fn join(ctx: &ServerCtx, person: &Person, token: &str) -> Result<OrgId, AppError> {
    let invite = invites::find(ctx, token).await?;
    if !person.confirmed {
        return Err(AppError::forbidden(crate::messages::confirm_first()));
    }
    if orgs::role_of(&ctx.pool, invite.org_id, person.user_id).await?.is_some() {
        return Err(AppError::Conflict(msg!("conflict-already-member")));
    }
    let invite = invites::usable(invite, ctx.now())?;
    let mut tx = super::write(ctx).await?;
    if !orgs::use_invite(&mut *tx, &token_hash(token.trim()), ctx.now()).await? {
        return Err(invites::used_up());
    }
    orgs::add_membership(&mut tx, invite.org_id, person.user_id, Role::Member, ctx.now()).await?;
    accounts::set_session_org(&mut *tx, &person.session, invite.org_id).await?;
    tx.commit().await?;
    Ok(invite.org_id)
}

/// What joining through an invite with sign-up did.
pub enum Joined {
    /// The person is a member (a new account where e-mail is not sent, or
    /// an existing one proved by its password).
    Now(UserId, OrgId),
    /// A link went to the address: opening it confirms the new account (or
    /// proves the address's account) and joins (`confirmation::confirm`).
    /// The answer is the same whether or not the address had an account.
    Pending,
}

/// A new person creates an account through an invite and joins its organisation.
pub async fn join_with_signup(ctx: &ServerCtx, from: &ClientAddress, token: &str, account: NewAccount) -> Result<Joined, AppError> {
    let invite = invites::usable_by_token(ctx, token).await?;
    let NewAccount { name, email, password } = account;
    // Someone with an account joins with it (its password proves it).
    let account = Account::of(ctx, from, &email, password).await?;
    let now = ctx.now();
    let invite_hash = token_hash(token.trim());
    let mut tx = super::write(ctx).await?;
    let pending = match &account {
        Account::New { holder, unconfirmed: true, .. } => Some(*holder),
        _ => None,
    };
    if let Some(holder) = pending {
        let org = invite.org_name.as_str();
        let (user, why) = match holder {
            Some(holder) => (holder, ConfirmFor::TakenJoin { org }),
            None => (account.user(&mut tx, &email, &name, now).await?, ConfirmFor::Join { org }),
        };
        super::confirmation::queue(ctx, &mut tx, user, (&email, &name), why, Some(&invite_hash)).await?;
        tx.commit().await?;
        super::confirmation::wake(ctx);
        return Ok(Joined::Pending);
    }
    if !orgs::use_invite(&mut *tx, &invite_hash, now).await? {
        return Err(invites::used_up());
    }
    let user = account.user(&mut tx, &email, &name, now).await?;
    if orgs::role_of(&mut *tx, invite.org_id, user).await?.is_some() {
        // Rolled back with the transaction: the invite stays usable.
        return Err(AppError::Conflict(msg!("conflict-already-member-log-in")));
    }
    orgs::add_membership(&mut tx, invite.org_id, user, Role::Member, now).await?;
    tx.commit().await?;
    Ok(Joined::Now(user, invite.org_id))
}
