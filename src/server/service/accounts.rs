//! Sign-up, log-in, log-out and "who am I".

use super::access::{Caller, Person};
use super::confirmation;
use super::passwords;
use crate::domain::account::{
    login_password_fits, login_throttle, ClientAddress, Email, NewAccount, OrgName, Password, PersonName, SessionView, KNOWN_DEVICES_KEPT,
    KNOWN_DEVICE_SECS, LOGIN_WINDOW_SECS,
};
use crate::domain::ids::{OrgId, UserId};
use crate::domain::mail::text::ConfirmFor;
use crate::domain::org::Role;
use crate::domain::sso::session_may_enter;
use crate::domain::views::Me;
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::infra::tokens::{random_token, token_hash};
use crate::msg;
use crate::server::store::{accounts, api_tokens, orgs};

/// Counts a new workspace from the caller's address against the hourly
/// limit (before any password is hashed). While the server has no
/// organisation yet, the first one may be made even with sign-up closed.
async fn take_signup(ctx: &ServerCtx, from: &ClientAddress) -> Result<(), AppError> {
    let mut tx = super::write(ctx).await?;
    if !ctx.settings.open_signup && orgs::any(&mut *tx).await? {
        return Err(AppError::forbidden(msg!("forbidden-new-workspaces-cannot-created")));
    }
    let per_hour = i64::from(ctx.settings.signups_per_hour);
    if !accounts::take_signup(&mut tx, from.as_str(), ctx.now(), per_hour).await? {
        return Err(AppError::RateLimited(msg!("rate-too-many-new-workspaces")));
    }
    tx.commit().await?;
    Ok(())
}

/// Creates an organisation and its owner; returns both. When the e-mail
/// address already has an account, its password adds the new workspace to
/// that account (see [`Account`]); on a server that sends e-mail, any
/// other password makes a new account that must confirm the address
/// (`confirmation`), as for an address new here.
pub async fn signup(ctx: &ServerCtx, from: &ClientAddress, account: NewAccount, org_name: OrgName) -> Result<(UserId, OrgId), AppError> {
    let NewAccount { name, email, password } = account;
    take_signup(ctx, from).await?;
    let now = ctx.now();
    let account = Account::of(ctx, from, &email, password).await?;
    let pending = account.pending();
    let mut tx = super::write(ctx).await?;
    let user = account.user(&mut tx, &email, &name, now).await?;
    let org = orgs::create_org(&mut tx, &org_name, now).await?;
    orgs::add_membership(&mut tx, org, user, Role::Owner, now).await?;
    if let Some(taken) = pending {
        let why =
            if taken { ConfirmFor::TakenWorkspace { org: org_name.as_str() } } else { ConfirmFor::NewWorkspace { org: org_name.as_str() } };
        confirmation::queue(ctx, &mut tx, user, (&email, &name), why, None).await?;
    }
    tx.commit().await?;
    confirmation::wake(ctx);
    tracing::info!(user = %user, org = %org, "organisation created");
    Ok((user, org))
}

/// Who signs up: a person new here (with their password's hash), or one
/// who already has an account and proved it with its password.
pub enum Account {
    Existing(UserId),
    New {
        hash: String,
        /// The account that holds this address, on a server where a new
        /// account must confirm it (a wrong password for it is no error
        /// there: see `confirmation`).
        holder: Option<UserId>,
        /// Whether the new account must confirm its address.
        unconfirmed: bool,
    },
}

impl Account {
    /// Checks or hashes the password (argon2 either way), outside any
    /// transaction. On a server that sends e-mail, every attempt counts
    /// against the limits of the address's account (`count_signup_attempt`)
    /// and costs a check and a hash, whether or not the address has an
    /// account, so neither the answer, its time nor the limits say which
    /// addresses have one.
    pub async fn of(ctx: &ServerCtx, from: &ClientAddress, email: &Email, password: Password) -> Result<Self, AppError> {
        if !confirmation::required(ctx) {
            return Ok(match existing_account(ctx, from, email, &password).await? {
                Some(user) => Account::Existing(user),
                None => Account::New { hash: passwords::hash_password(password).await?, holder: None, unconfirmed: false },
            });
        }
        let counted = count_signup_attempt(ctx, from, email).await?;
        let holder = accounts::credentials(&ctx.pool, email).await?;
        let typed = password.expose().to_owned();
        let right = match (&holder, &counted) {
            (Some((user, hash)), Some(_)) => passwords::verify_password(typed, hash.clone()).await.then_some(*user),
            _ => {
                passwords::verify_password(typed, passwords::decoy_hash().await).await;
                None
            }
        };
        if let (Some(user), Some(address)) = (right, counted) {
            accounts::clear_login_failures(&ctx.pool, email.as_str(), &address).await?;
            return Ok(Account::Existing(user));
        }
        Ok(Account::New { hash: passwords::hash_password(password).await?, holder: holder.map(|(u, _)| u), unconfirmed: true })
    }

    /// For a new account that must confirm its address: whether the
    /// address has an account already.
    pub fn pending(&self) -> Option<bool> {
        match self {
            Account::New { holder, unconfirmed: true, .. } => Some(holder.is_some()),
            _ => None,
        }
    }

    /// The person, creating the new account inside the caller's transaction.
    /// An address taken in between (two sign-ups racing) gets the same
    /// answer as any taken address.
    pub async fn user(self, tx: &mut sqlx::AnyConnection, email: &Email, name: &PersonName, now: i64) -> Result<UserId, AppError> {
        match self {
            Account::Existing(user) => Ok(user),
            Account::New { hash, unconfirmed, .. } => accounts::create_user(tx, email, name, &hash, now, !unconfirmed).await.map_err(|e| {
                if matches!(e, AppError::Conflict(_)) {
                    not_this_password()
                } else {
                    e
                }
            }),
        }
    }
}

/// What sign-up (and joining with sign-up) answers, on a server without
/// e-mail, for an e-mail address that has an account, unless the password
/// is that account's. The answer and its cost are those of a wrong log-in:
/// the attempt is counted against the same limits before the password is
/// checked (one argon2 check, as long as a new account's hash), so sign-up
/// cannot be used to probe addresses faster than log-in can.
pub fn not_this_password() -> AppError {
    crate::domain::ValidationError::new("password", msg!("invalid-signup-password")).into()
}

/// The account of `email`, if it has one and `password` is its password;
/// `None` for an address without an account; an error for a wrong password.
async fn existing_account(ctx: &ServerCtx, from: &ClientAddress, email: &Email, password: &Password) -> Result<Option<UserId>, AppError> {
    let Some((user, hash)) = accounts::credentials(&ctx.pool, email).await? else { return Ok(None) };
    let (address, _) = begin_attempt(ctx, from, email.as_str(), None).await?;
    if !passwords::verify_password(password.expose().to_owned(), hash).await {
        return Err(not_this_password());
    }
    accounts::clear_login_failures(&ctx.pool, email.as_str(), &address).await?;
    Ok(Some(user))
}

/// Counts an attempt at a password (or a passkey) as a failure *before* it
/// is checked, in the transaction that read the counts (refusing when the
/// limits are reached); returns the address to clear the failures of on
/// success, and whether `device` (the browser's known-device token, if it
/// sent one) is one of this e-mail's account's. `email` is the account's
/// address, or empty for a passkey no account has (the address's own
/// limits still count it).
pub(super) async fn begin_attempt(
    ctx: &ServerCtx,
    from: &ClientAddress,
    email: &str,
    device: Option<&str>,
) -> Result<(String, bool), AppError> {
    let address = from.as_str().to_owned();
    match count_attempt(ctx, email, &address, device).await? {
        Ok(known) => Ok((address, known)),
        Err(wait) => {
            let minutes = (wait + 59) / 60;
            Err(AppError::RateLimited(msg!("rate-log-in", minutes = minutes)))
        }
    }
}

/// Records the attempt unless the limits are reached; then, the seconds
/// until one may be made.
async fn count_attempt(ctx: &ServerCtx, email: &str, address: &str, device: Option<&str>) -> Result<Result<bool, i64>, AppError> {
    let now = ctx.now();
    let device = device.map(token_hash);
    let mut tx = super::write(ctx).await?;
    let failures =
        accounts::recent_failures(&mut *tx, email, address, now - LOGIN_WINDOW_SECS, device.as_deref(), now - KNOWN_DEVICE_SECS).await?;
    if let Err(wait) = login_throttle(failures, now) {
        return Ok(Err(wait));
    }
    accounts::record_login_failure(&mut tx, email, address, now).await?;
    tx.commit().await?;
    Ok(Ok(failures.known_device))
}

/// A sign-up's password, on a server where new accounts confirm their
/// address: every attempt is counted against the account of `email` (its
/// limits and its account-wide slowdown) whether or not the address has an
/// account, under an address of its own (`signup:` and the caller's), so
/// sign-ups neither use up the caller's log-in limits nor show in them.
/// Past the limits the password is simply not checked, and the sign-up
/// goes on as for a wrong one: no answer differs. Returns the address to
/// clear on a right password, or `None` when the password must not be
/// checked.
async fn count_signup_attempt(ctx: &ServerCtx, from: &ClientAddress, email: &Email) -> Result<Option<String>, AppError> {
    let address = format!("signup:{}", from.as_str());
    Ok(count_attempt(ctx, email.as_str(), &address, None).await?.ok().map(|_| address))
}

/// A log-in attempt: the e-mail address, the password as typed, and the
/// browser's known-device token if it sent one.
pub struct Login {
    pub email: Email,
    pub password: String,
    pub device: Option<String>,
}

/// A log-in that succeeded.
pub struct LoggedIn {
    pub user: UserId,
    /// The organisation the session opens in.
    pub org: Option<OrgId>,
    /// A new known-device token for this browser, when the one it sent (if
    /// any) was not this person's.
    pub new_device: Option<String>,
}

/// Checks the credentials (with the failed-login limits); returns the person
/// and the organisation their session should open in. `device` is the
/// browser's known-device token, if it sent one: a person's own browser is
/// not slowed down by strangers' failures on the account.
///
/// The attempt is counted as a failure *before* the password is checked, in
/// the same transaction that read the counts: parallel guesses queue on the
/// write lock and each sees the ones before it, so no burst slips past the
/// limit. A right password then removes its own record.
pub async fn login(ctx: &ServerCtx, from: &ClientAddress, attempt: Login) -> Result<LoggedIn, AppError> {
    let Login { email, password, device } = attempt;
    let device = device.as_deref();
    if !login_password_fits(&password) {
        return Err(AppError::WrongCredentials);
    }
    let (address, known) = begin_attempt(ctx, from, email.as_str(), device).await?;
    let user = match accounts::credentials(&ctx.pool, &email).await? {
        Some((user, hash)) => passwords::verify_password(password, hash).await.then_some(user),
        None => {
            // Same work as a real check, so timing does not reveal unknown accounts.
            passwords::verify_password(password, passwords::decoy_hash().await).await;
            None
        }
    };
    let Some(user) = user else { return Err(AppError::WrongCredentials) };
    logged_in(ctx, user, email.as_str(), &address, known, device).await
}

/// After a right password or passkey for `email`'s account `user`: clears
/// the failures from this address, makes this browser a known device of
/// theirs, and picks the organisation the session opens in.
pub(super) async fn logged_in(
    ctx: &ServerCtx,
    user: UserId,
    email: &str,
    address: &str,
    known: bool,
    device: Option<&str>,
) -> Result<LoggedIn, AppError> {
    accounts::clear_login_failures(&ctx.pool, email, address).await?;
    // A device known for this account is this person's.
    let new_device = (!known).then(random_token);
    let hash = token_hash(new_device.as_deref().or(device).unwrap_or_default());
    let mut tx = super::write(ctx).await?;
    accounts::remember_device(&mut tx, user, &hash, ctx.now(), KNOWN_DEVICES_KEPT).await?;
    tx.commit().await?;
    let org = super::sessions::first_org(ctx, user, None).await?.map(|(org, _)| org);
    Ok(LoggedIn { user, org, new_device })
}

/// Who the caller is and where; `confirmed`: whether their account has
/// confirmed its address (their session says).
pub async fn me(ctx: &ServerCtx, caller: Caller, confirmed: bool) -> Result<Me, AppError> {
    let orgs = orgs::orgs_of(&ctx.pool, caller.user_id).await?;
    let org_name = orgs.iter().find(|o| o.org_id == caller.org_id).map(|o| o.name.clone()).unwrap_or_default();
    Ok(Me {
        user_id: caller.user_id,
        name: caller.name,
        email: caller.email,
        org_id: caller.org_id,
        org_name,
        role: caller.role,
        orgs,
        confirmed,
    })
}

/// Points the session at another organisation the person belongs to.
pub async fn switch_org(ctx: &ServerCtx, person: &Person, org: OrgId) -> Result<(), AppError> {
    let Some((role, required)) = orgs::entry(&ctx.pool, org, person.user_id).await? else {
        return Err(AppError::not_found(msg!("what-organisation")));
    };
    if !session_may_enter(role, required, person.sso_org == Some(org)) {
        return Err(AppError::forbidden(crate::messages::sso_required()));
    }
    accounts::set_session_org(&ctx.pool, &person.session, org).await
}

/// Where the person is signed in.
pub async fn sessions(ctx: &ServerCtx, person: &Person) -> Result<Vec<SessionView>, AppError> {
    accounts::sessions_of(&ctx.pool, person.user_id, &person.session, ctx.now()).await
}

/// Signs out one of the person's sessions (another device, or this one).
pub async fn end_session(ctx: &ServerCtx, person: &Person, id: i64) -> Result<(), AppError> {
    if accounts::delete_session_of(&ctx.pool, person.user_id, id).await? {
        Ok(())
    } else {
        Err(AppError::not_found(msg!("what-session")))
    }
}

/// Signs out every other device and revokes every API token (a token is
/// a way in like a session); this device stays signed in.
pub async fn end_other_sessions(ctx: &ServerCtx, person: &Person) -> Result<(), AppError> {
    let mut tx = super::write(ctx).await?;
    let n = accounts::delete_other_sessions(&mut *tx, person.user_id, &person.session).await?;
    let tokens = api_tokens::revoke_all(&mut *tx, person.user_id, None, ctx.now()).await?;
    tx.commit().await?;
    tracing::info!(user = %person.user_id, ended = n, tokens, "signed out everywhere else");
    Ok(())
}

/// Checks that `password` is the person's own, before an action that hands
/// out a way in (a new password, an API token). A wrong one counts as a
/// failed log-in, with the same limits; the error names `field`.
pub async fn confirm_password(
    ctx: &ServerCtx,
    from: &ClientAddress,
    user: UserId,
    email: &str,
    password: String,
    field: &str,
) -> Result<(), AppError> {
    let email = Email::parse(email)?;
    let not_current = || crate::domain::ValidationError::new(field, msg!("invalid-current-password")).into();
    if !login_password_fits(&password) {
        return Err(not_current());
    }
    let (address, _) = begin_attempt(ctx, from, email.as_str(), None).await?;
    let hash = accounts::password_hash(&ctx.pool, user).await?;
    if !passwords::verify_password(password, hash).await {
        return Err(not_current());
    }
    accounts::clear_login_failures(&ctx.pool, email.as_str(), &address).await?;
    Ok(())
}

/// Changes the password after checking the current one (a wrong one counts
/// as a failed log-in), and signs out every other session: whoever may
/// have learnt the old password is out.
pub async fn change_password(ctx: &ServerCtx, from: &ClientAddress, person: &Person, current: String, new: &str) -> Result<(), AppError> {
    let new = Password::parse(new).map_err(|e| crate::domain::ValidationError::new("new_password", e.message))?;
    confirm_password(ctx, from, person.user_id, &person.email, current, "current_password").await?;
    let hash = passwords::hash_password(new).await?;
    let mut tx = super::write(ctx).await?;
    accounts::set_password_hash(&mut *tx, person.user_id, &hash).await?;
    accounts::delete_other_sessions(&mut *tx, person.user_id, &person.session).await?;
    api_tokens::revoke_all(&mut *tx, person.user_id, None, ctx.now()).await?;
    accounts::forget_devices(&mut *tx, person.user_id).await?;
    tx.commit().await?;
    Ok(())
}
