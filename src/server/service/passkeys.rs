//! Passkeys: adding one to an account, signing in with one, listing and
//! removing them. The relying party is this server's public URL (its host
//! is the passkey's "site"); challenges live in the database, so any
//! server finishes what another began. A sign-in counts against the same
//! log-in limits as a password (`accounts::begin_attempt`).

use super::access::Person;
use super::accounts::{self, LoggedIn};
use crate::domain::account::ClientAddress;
use crate::domain::ids::UserId;
use crate::domain::passkey::{Challenge, PasskeyName, PasskeyRefused, PasskeyView, CEREMONY_SECS, MAX_PASSKEYS};
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::infra::tokens::{random_token, token_hash};
use crate::msg;
use crate::server::store::passkeys::{self, NewPasskey};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use webauthn_rs::prelude::{
    DiscoverableAuthentication, Passkey, PasskeyRegistration, PublicKeyCredential, RegisterPublicKeyCredential, Url, Uuid, Webauthn,
    WebauthnBuilder,
};
use webauthn_rs_proto::ResidentKeyRequirement;

/// The relying party: this server as its public URL names it. Browsers
/// refuse passkeys for an IP address, so such a server offers none.
fn relying_party(ctx: &ServerCtx) -> Result<Webauthn, AppError> {
    let base = ctx.settings.site_base();
    let origin = Url::parse(&base).map_err(|_| AppError::from(PasskeyRefused::NeedsName))?;
    let host = match origin.host() {
        Some(url::Host::Domain(host)) => host.to_owned(),
        _ => return Err(PasskeyRefused::NeedsName.into()),
    };
    WebauthnBuilder::new(&host, &origin).and_then(|b| b.rp_name("Mistvine").build()).map_err(|e| {
        tracing::warn!(error = %e, "no passkeys: the public URL is not a relying party");
        PasskeyRefused::NeedsName.into()
    })
}

/// Whether this server can offer passkeys at all (the pages hide them otherwise).
pub fn available(ctx: &ServerCtx) -> bool {
    relying_party(ctx).is_ok()
}

fn internal(what: &str, e: impl std::fmt::Display) -> AppError {
    tracing::error!(error = %e, "passkeys: {what}");
    AppError::Internal
}

fn credential_id(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Keeps a ceremony's state; returns its id for the browser.
async fn keep(ctx: &ServerCtx, user: Option<UserId>, state: &impl serde::Serialize) -> Result<String, AppError> {
    let state = serde_json::to_string(state).map_err(|e| internal("state", e))?;
    let id = random_token();
    let now = ctx.now();
    let mut tx = super::write(ctx).await?;
    passkeys::begin(&mut tx, &token_hash(&id), user, &state, now, now - CEREMONY_SECS).await?;
    tx.commit().await?;
    Ok(id)
}

/// Takes a ceremony's state (once), if it is alive and, for adding a
/// passkey, begun by `user`.
async fn take<T: serde::de::DeserializeOwned>(ctx: &ServerCtx, ceremony: &str, user: Option<UserId>) -> Result<T, AppError> {
    let Some((by, state, at)) = passkeys::take(&ctx.pool, &token_hash(ceremony)).await? else {
        return Err(PasskeyRefused::Stale.into());
    };
    if by != user || ctx.now() - at > CEREMONY_SECS {
        return Err(PasskeyRefused::Stale.into());
    }
    serde_json::from_str(&state).map_err(|e| internal("stored state", e))
}

/// Starts adding a passkey to the person's account: the options for
/// `navigator.credentials.create`. The passkey must be one the browser can
/// offer without an e-mail typed (a discoverable credential), since that is
/// how the log-in page uses it.
pub async fn begin_adding(ctx: &ServerCtx, person: &Person) -> Result<Challenge, AppError> {
    let rp = relying_party(ctx)?;
    let theirs = passkeys::credentials_of(&ctx.pool, person.user_id).await?;
    if theirs.len() >= MAX_PASSKEYS {
        return Err(PasskeyRefused::TooMany.into());
    }
    let handle = match theirs.first() {
        Some((handle, _)) => Uuid::parse_str(handle).map_err(|e| internal("stored handle", e))?,
        None => Uuid::new_v4(),
    };
    let exclude = theirs
        .iter()
        .map(|(_, c)| serde_json::from_str::<Passkey>(c).map(|p| p.cred_id().clone()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| internal("stored passkey", e))?;
    let (mut options, state) = rp
        .start_passkey_registration(handle, &person.email, &person.name, Some(exclude))
        .map_err(|e| internal("registration options", e))?;
    if let Some(selection) = options.public_key.authenticator_selection.as_mut() {
        selection.resident_key = Some(ResidentKeyRequirement::Required);
        selection.require_resident_key = true;
    }
    let ceremony = keep(ctx, Some(person.user_id), &Adding { handle: handle.to_string(), state }).await?;
    let options = serde_json::to_string(&options).map_err(|e| internal("options", e))?;
    Ok(Challenge { ceremony, options })
}

/// Finishes adding a passkey with what the browser's authenticator made.
pub async fn finish_adding(ctx: &ServerCtx, person: &Person, ceremony: &str, name: PasskeyName, answer: &str) -> Result<(), AppError> {
    let rp = relying_party(ctx)?;
    let answer: RegisterPublicKeyCredential = serde_json::from_str(answer).map_err(|_| AppError::from(PasskeyRefused::NotValid))?;
    let Adding { handle, state } = take(ctx, ceremony, Some(person.user_id)).await?;
    let passkey = rp.finish_passkey_registration(&answer, &state).map_err(|e| {
        tracing::info!(error = %e, "passkey not added");
        AppError::from(PasskeyRefused::NotValid)
    })?;
    let theirs = passkeys::credentials_of(&ctx.pool, person.user_id).await?;
    if theirs.len() >= MAX_PASSKEYS {
        return Err(PasskeyRefused::TooMany.into());
    }
    let stored = serde_json::to_string(&passkey).map_err(|e| internal("passkey", e))?;
    let new = NewPasskey {
        user: person.user_id,
        credential_id: &credential_id(passkey.cred_id()),
        user_handle: &handle,
        name: name.as_str(),
        credential: &stored,
        now: ctx.now(),
    };
    passkeys::add(&ctx.pool, &new).await?;
    tracing::info!(user = %person.user_id, "passkey added");
    Ok(())
}

/// What adding a passkey keeps between its two steps: webauthn-rs's state
/// and the user handle the options carried (the account's, or the new one
/// it gets with its first passkey).
#[derive(serde::Serialize, serde::Deserialize)]
struct Adding {
    handle: String,
    state: PasskeyRegistration,
}

/// Starts a sign-in: options for `navigator.credentials.get` that let the
/// browser offer any passkey it holds for this site (no e-mail typed, so
/// nothing here tells whether an address has an account).
pub async fn begin_sign_in(ctx: &ServerCtx) -> Result<Challenge, AppError> {
    let rp = relying_party(ctx)?;
    let (mut options, state) = rp.start_discoverable_authentication().map_err(|e| internal("sign-in options", e))?;
    // A button, not the address field's autofill: the browser asks at once.
    options.mediation = None;
    let ceremony = keep(ctx, None, &state).await?;
    let options = serde_json::to_string(&options).map_err(|e| internal("options", e))?;
    Ok(Challenge { ceremony, options })
}

/// A passkey sign-in: the attempt counts against the log-in limits of the
/// account whose passkey it names (and of the caller's address) before
/// its signature is checked, like a password.
pub async fn sign_in(
    ctx: &ServerCtx,
    from: &ClientAddress,
    ceremony: &str,
    answer: &str,
    device: Option<&str>,
) -> Result<LoggedIn, AppError> {
    let rp = relying_party(ctx)?;
    let answer: PublicKeyCredential = serde_json::from_str(answer).map_err(|_| AppError::from(PasskeyRefused::NotValid))?;
    let state: DiscoverableAuthentication = take(ctx, ceremony, None).await?;
    let (handle, raw_id) = rp.identify_discoverable_authentication(&answer).map_err(|_| AppError::from(PasskeyRefused::NotValid))?;
    let found = passkeys::by_credential_id(&ctx.pool, &credential_id(raw_id)).await?;
    let email = found.as_ref().map(|f| f.email.as_str()).unwrap_or("");
    let (address, known) = accounts::begin_attempt(ctx, from, email, device).await?;
    let Some(found) = found else { return Err(PasskeyRefused::Unknown.into()) };
    if found.user_handle != handle.to_string() {
        return Err(PasskeyRefused::NotValid.into());
    }
    let mut passkey: Passkey = serde_json::from_str(&found.credential).map_err(|e| internal("stored passkey", e))?;
    let result = rp.finish_discoverable_authentication_v2(&answer, state, &passkey).map_err(|e| {
        tracing::info!(error = %e, "passkey sign-in refused");
        AppError::from(PasskeyRefused::NotValid)
    })?;
    passkey.update_credential(&result);
    let stored = serde_json::to_string(&passkey).map_err(|e| internal("passkey", e))?;
    passkeys::used(&ctx.pool, found.id, &stored, ctx.now()).await?;
    accounts::logged_in(ctx, found.user_id, &found.email, &address, known, device).await
}

pub async fn list(ctx: &ServerCtx, person: &Person) -> Result<Vec<PasskeyView>, AppError> {
    passkeys::list(&ctx.pool, person.user_id).await
}

pub async fn remove(ctx: &ServerCtx, person: &Person, id: i64) -> Result<(), AppError> {
    if passkeys::remove(&ctx.pool, person.user_id, id).await? {
        tracing::info!(user = %person.user_id, "passkey removed");
        Ok(())
    } else {
        Err(AppError::not_found(msg!("what-passkey")))
    }
}
