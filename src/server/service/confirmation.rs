//! Confirming an e-mail address. On a server that sends e-mail, a new
//! password account holds its address only once it has opened a link sent
//! there. Until then it works in the workspace it started, from the browser
//! that started it, and nowhere else: it cannot log in by password, join
//! another organisation or start another workspace (a sign-up there makes
//! another account). So a sign-up with an address that already has an
//! account is answered like any other (a new workspace, a new unconfirmed
//! account), and says nothing about the address; the mail to that address
//! offers its owner the workspace. Accounts a provider vouched for (single
//! sign-on, SCIM) are confirmed from the start, and so is every account on a
//! server without e-mail, which cannot send the link.

use super::access::Person;
use crate::domain::account::{Email, PersonName, CONFIRM_RESEND_SECS, CONFIRM_VALID_DAYS};
use crate::domain::ids::{OrgId, UserId};
use crate::domain::locale::Locale;
use crate::domain::mail::text::{self, ConfirmFor};
use crate::domain::org::{MembershipEventKind, Role};
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::infra::tokens::{random_token, token_hash};
use crate::msg;
use crate::server::store::{accounts, audit, membership_log, orgs, outbox};
use sqlx::AnyConnection;

/// Whether new password accounts must confirm their address: only a
/// server that sends e-mail can ask it.
pub fn required(ctx: &ServerCtx) -> bool {
    ctx.mail.is_some()
}

/// Queues a confirmation link for `user` to `email` in the caller's
/// transaction; the caller wakes the sender after committing.
pub(super) async fn queue(
    ctx: &ServerCtx,
    tx: &mut AnyConnection,
    user: UserId,
    (email, name): (&Email, &PersonName),
    why: ConfirmFor<'_>,
    invite_hash: Option<&str>,
) -> Result<(), AppError> {
    let Some(mailer) = &ctx.mail else { return Ok(()) };
    let token = random_token();
    let hash = token_hash(&token);
    let now = ctx.now();
    accounts::add_confirmation(&mut *tx, &hash, user, invite_hash, now).await?;
    // Their own language if they chose one already, else the one of the browser they signed up with.
    let locale = accounts::language(&mut *tx, user).await?.as_deref().and_then(Locale::from_tag).unwrap_or_else(crate::i18n::locale);
    let message = text::confirm(locale, name.as_str(), why, &format!("{}/confirm/{token}", mailer.base), CONFIRM_VALID_DAYS);
    outbox::enqueue(tx, &format!("confirm:{hash}"), None, email.as_str(), &message, now).await?;
    Ok(())
}

pub(super) fn wake(ctx: &ServerCtx) {
    ctx.delivery.wake();
}

/// Sends the signed-in person's link again (at most every five minutes).
pub async fn resend(ctx: &ServerCtx, person: &Person) -> Result<(), AppError> {
    if person.confirmed {
        return Err(AppError::Conflict(msg!("conflict-email-confirmed")));
    }
    let now = ctx.now();
    let mut tx = super::write(ctx).await?;
    if accounts::last_confirmation(&mut *tx, person.user_id).await?.is_some_and(|at| now - at < CONFIRM_RESEND_SECS) {
        return Err(AppError::RateLimited(msg!("rate-link-sent-few-minutes")));
    }
    let email = Email::parse(&person.email)?;
    let name = PersonName::parse(&person.name)?;
    queue(ctx, &mut tx, person.user_id, (&email, &name), ConfirmFor::Again, None).await?;
    tx.commit().await?;
    wake(ctx);
    Ok(())
}

/// What opening a confirmation link did: whom to sign in, and where.
pub struct Confirmed {
    pub user: UserId,
    pub org: Option<OrgId>,
}

fn spent() -> AppError {
    AppError::Gone(msg!("gone-confirmation-link-expired-already"))
}

/// Opens a confirmation link: the account confirms its address, or, when
/// another account holds that address (its owner opened this link), that
/// account takes over every workspace this one started (`hand_over`).
/// With an invite, the account that now holds the address joins its
/// organisation.
pub async fn confirm(ctx: &ServerCtx, token: &str) -> Result<Confirmed, AppError> {
    let now = ctx.now();
    let mut tx = super::write(ctx).await?;
    let (user, invite_hash, made) = accounts::take_confirmation(&mut *tx, &token_hash(token.trim())).await?.ok_or_else(spent)?;
    if now - made > CONFIRM_VALID_DAYS * 86_400 {
        return Err(spent());
    }
    let (email, _, confirmed) = accounts::standing(&mut *tx, user).await?;
    let holder = if confirmed || accounts::confirm_email(&mut *tx, user, now).await? {
        user
    } else {
        let holder = accounts::credentials(&mut *tx, &Email::parse(&email)?).await?.map(|(u, _)| u).ok_or(AppError::Internal)?;
        hand_over(&mut tx, user, holder, now).await?;
        holder
    };
    accounts::drop_confirmations(&mut *tx, user).await?;
    tx.commit().await?;
    tracing::info!(user = %user, holder = %holder, "e-mail address confirmed");
    let org = match invite_hash {
        Some(hash) => Some(super::invites::join_by_hash(ctx, holder, &hash).await.map_err(|e| invite_after_confirming(&e))?),
        None => orgs::orgs_of(&ctx.pool, holder).await?.first().map(|o| o.org_id),
    };
    Ok(Confirmed { user: holder, org })
}

/// The unconfirmed account's workspaces go to the account that holds the
/// address (as an owner), and the unconfirmed account leaves them, its
/// sessions ended and its API tokens revoked: the address is the holder's,
/// and the person who proved it is the one who keeps what was started.
async fn hand_over(tx: &mut AnyConnection, from: UserId, to: UserId, now: i64) -> Result<(), AppError> {
    for org in orgs::owned_by(&mut *tx, from).await? {
        // An owner, whatever they were there before: the workspace must not
        // be left without one.
        match orgs::role_of(&mut *tx, org, to).await? {
            None => orgs::add_membership(tx, org, to, Role::Owner, now).await?,
            Some(Role::Owner) => {}
            Some(_) => orgs::set_role(&mut *tx, org, to, Role::Owner).await?,
        }
        orgs::remove_member(tx, org, from, now).await?;
        let left = membership_log::Entry { kind: MembershipEventKind::Left, person: from, team: None, role: None, by: Some(to), via: None };
        membership_log::record(&mut *tx, org, left, now).await?;
        audit::record(&mut *tx, org, to, msg!("audit-took-over"), now).await?;
    }
    accounts::delete_sessions_of(&mut *tx, from).await?;
    Ok(())
}

fn invite_after_confirming(e: &AppError) -> AppError {
    AppError::Gone(msg!("gone-invite-after-confirming", why = e.msg()))
}
