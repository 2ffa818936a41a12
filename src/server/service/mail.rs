//! What people ask of e-mail: a password reset link, an invite sent to an
//! address, the organisation's weekly schedule, their own choice of weekly
//! e-mails. Each queues its message in the transaction that makes what the
//! message announces, then wakes the sender; nothing here waits for SMTP.

use super::access::require_admin;
use super::access::{Caller, Person};
use super::passwords;
use crate::domain::account::{ClientAddress, Email, Password};
use crate::domain::ids::{OrgId, UserId};
use crate::domain::locale::Locale;
use crate::domain::mail::text;
use crate::domain::mail::{
    invite_allowance, time_zone_shape, unknown_time_zone, EmailChoices, OrgMail, Schedule, RESETS_PER_HOUR,
    RESET_REQUESTS_PER_ADDRESS_PER_HOUR, RESET_VALID_SECS,
};
use crate::domain::msg::{Arg, Msg};
use crate::domain::org::{Role, INVITE_VALID_DAYS};
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::infra::mail::Mailer;
use crate::infra::tokens::{random_token, token_hash};
use crate::msg;
use crate::server::store::{accounts, api_tokens, audit, mailing, orgs, outbox};
use std::sync::Arc;

/// `instead` says what to do without e-mail.
fn mailer(ctx: &ServerCtx, instead: Msg) -> Result<Arc<Mailer>, AppError> {
    ctx.mail.clone().ok_or_else(|| AppError::Forbidden(msg!("forbidden-no-mail", instead = instead)))
}

/// Sends a reset link to the account of `email`, if there is one. The
/// answer is the same either way, and so is a request over a limit (it
/// sends nothing), so the form cannot be used to learn who has an account.
///
/// The answer does not wait for the work: looking the address up and
/// writing a link take longer when there is an account, and a caller
/// timing the answer would learn which addresses have one. Whatever the
/// address, the request is parsed, handed to a task, and answered.
pub async fn request_reset(ctx: &ServerCtx, from: &ClientAddress, email: Email) -> Result<(), AppError> {
    let mailer = mailer(ctx, msg!("no-mail-reset-instead"))?;
    let address = from.as_str().to_owned();
    let ctx = ctx.clone();
    tokio::spawn(async move {
        if let Err(e) = send_reset(&ctx, &mailer, &email, &address).await {
            tracing::error!("a password reset request failed: {e}");
        }
    });
    Ok(())
}

/// The work of a reset request: counted against its address (for any
/// account, known or not), then against the account.
async fn send_reset(ctx: &ServerCtx, mailer: &Mailer, email: &Email, address: &str) -> Result<(), AppError> {
    let now = ctx.now();
    let mut tx = super::write(ctx).await?;
    if mailing::record_reset_request(&mut tx, address, now).await? > RESET_REQUESTS_PER_ADDRESS_PER_HOUR {
        tx.commit().await?;
        tracing::info!("password reset not sent: the asking address's hourly limit is reached");
        return Ok(());
    }
    let Some((user, name, chosen)) = mailing::account_by_email(&mut *tx, email.as_str()).await? else {
        return Ok(tx.commit().await?);
    };
    if mailing::resets_since(&mut *tx, user, now - 3600).await? >= RESETS_PER_HOUR {
        tx.commit().await?;
        tracing::info!(user = %user, "password reset not sent: the account's hourly limit is reached");
        return Ok(());
    }
    let token = random_token();
    let hash = token_hash(&token);
    mailing::create_reset(&mut tx, &hash, user, now, now + RESET_VALID_SECS).await?;
    // Their own language, else the one of the browser that asked.
    let locale = chosen.as_deref().and_then(Locale::from_tag).unwrap_or_else(crate::i18n::locale);
    let message = text::reset(locale, &name, &format!("{}/reset/{token}", mailer.base), RESET_VALID_SECS / 60);
    outbox::enqueue(&mut tx, &format!("reset:{hash}"), None, email.as_str(), &message, now).await?;
    tx.commit().await?;
    ctx.delivery.wake();
    Ok(())
}

fn spent_link() -> AppError {
    AppError::Gone(msg!("gone-reset-link-expired-already"))
}

/// The address a usable reset link is for (the reset page shows it).
pub async fn reset_address(ctx: &ServerCtx, token: &str) -> Result<String, AppError> {
    let user = mailing::usable_reset(&ctx.pool, &token_hash(token.trim()), ctx.now()).await?.ok_or_else(spent_link)?;
    accounts::email_of_user(&ctx.pool, user).await
}

/// Sets a new password with a reset link, spending it (and any other link
/// of the person's), and signs the person out everywhere; returns whom to
/// sign in here and in which organisation.
pub async fn reset_password(ctx: &ServerCtx, token: &str, new: Password) -> Result<(UserId, Option<OrgId>), AppError> {
    let hash = token_hash(token.trim());
    mailing::usable_reset(&ctx.pool, &hash, ctx.now()).await?.ok_or_else(spent_link)?;
    // argon2 outside the transaction: it is slow on purpose.
    let password_hash = passwords::hash_password(new).await?;
    let now = ctx.now();
    let mut tx = super::write(ctx).await?;
    let user = mailing::usable_reset(&mut *tx, &hash, now).await?.ok_or_else(spent_link)?;
    if !mailing::use_reset(&mut tx, &hash, user, now).await? {
        return Err(spent_link());
    }
    accounts::set_password_hash(&mut *tx, user, &password_hash).await?;
    // The link came to the address: an account still to confirm it has now.
    accounts::confirm_email(&mut *tx, user, now).await?;
    accounts::delete_sessions_of(&mut *tx, user).await?;
    api_tokens::revoke_all(&mut *tx, user, None, now).await?;
    accounts::forget_devices(&mut *tx, user).await?;
    tx.commit().await?;
    tracing::info!(user = %user, "password reset by e-mail link");
    let org = orgs::orgs_of(&ctx.pool, user).await?.first().map(|o| o.org_id);
    Ok((user, org))
}

/// E-mails a single-use invite link to `email`.
pub async fn email_invite(ctx: &ServerCtx, caller: &Caller, email: Email) -> Result<(), AppError> {
    require_admin(caller)?;
    let mailer = mailer(ctx, msg!("no-mail-invite-instead"))?;
    if orgs::member_by_email(&ctx.pool, caller.org_id, &email).await?.is_some() {
        return Err(crate::domain::ValidationError::new("email", msg!("invalid-invite-member", email = email.as_str())).into());
    }
    let token = random_token();
    let now = ctx.now();
    let org_name = orgs::org_name(&ctx.pool, caller.org_id).await?.unwrap_or_default();
    // Nobody knows the invitee's language yet: the organisation's, else the inviter's.
    let locale =
        orgs::default_language(&ctx.pool, caller.org_id).await?.as_deref().and_then(Locale::from_tag).unwrap_or_else(crate::i18n::locale);
    let mut tx = super::write(ctx).await?;
    // Counted in the transaction that adds one, so parallel requests queue
    // on the write lock and each sees the ones before it.
    let created = orgs::created_at(&mut *tx, caller.org_id).await?;
    let (last_hour, last_day) = outbox::invites_sent(&mut *tx, caller.org_id, now).await?;
    invite_allowance(now - created, last_hour, last_day).map_err(AppError::RateLimited)?;
    let valid_for = INVITE_VALID_DAYS * 86_400;
    let invite = orgs::create_invite(&mut *tx, caller.org_id, &token_hash(&token), caller.user_id, now, now + valid_for, 1).await?;
    let message = text::invite(locale, &org_name, &caller.name, &format!("{}/join/{token}", mailer.base), INVITE_VALID_DAYS);
    outbox::enqueue(&mut tx, &format!("invite:{invite}"), Some(caller.org_id), email.as_str(), &message, now).await?;
    audit::record(&mut *tx, caller.org_id, caller.user_id, msg!("audit-invite-emailed", email = email.as_str()), now).await?;
    tx.commit().await?;
    ctx.delivery.wake();
    Ok(())
}

pub async fn org_mail(ctx: &ServerCtx, caller: &Caller) -> Result<OrgMail, AppError> {
    require_admin(caller)?;
    let s = mailing::schedule_of(&ctx.pool, caller.org_id).await?;
    Ok(OrgMail { enabled: ctx.mail.is_some(), schedule: s.schedule(), time_zone: s.time_zone })
}

/// A time zone by its name, in any case (`europe/berlin`).
pub fn parse_time_zone(raw: &str) -> Result<chrono_tz::Tz, crate::domain::ValidationError> {
    chrono_tz::Tz::from_str_insensitive(&time_zone_shape(raw)?).map_err(|_| unknown_time_zone())
}

/// Sets when the weekly e-mails go, in which time zone.
pub async fn set_org_mail(ctx: &ServerCtx, caller: &Caller, zone: chrono_tz::Tz, schedule: Schedule) -> Result<(), AppError> {
    require_admin(caller)?;
    // The name is kept as the time zone database spells it.
    let zone = zone.name().to_owned();
    let mut tx = super::write(ctx).await?;
    mailing::set_schedule(&mut *tx, caller.org_id, &zone, schedule).await?;
    let action = msg!("audit-mail-schedule", day = Arg::Weekday(schedule.day()), time = schedule.time_text(), zone = zone);
    audit::record(&mut *tx, caller.org_id, caller.user_id, action, ctx.now()).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn email_choices(ctx: &ServerCtx, person: &Person, caller: Option<&Caller>) -> Result<EmailChoices, AppError> {
    let (reminders, digest) = mailing::choices(&ctx.pool, person.user_id).await?;
    let leads = caller.is_some_and(|c| matches!(c.role, Role::Owner | Role::Admin | Role::Leader));
    Ok(EmailChoices { enabled: ctx.mail.is_some(), reminders, digest, leads })
}

pub async fn set_email_choices(ctx: &ServerCtx, person: &Person, reminders: bool, digest: bool) -> Result<(), AppError> {
    mailing::set_choices(&ctx.pool, person.user_id, reminders, digest).await
}
