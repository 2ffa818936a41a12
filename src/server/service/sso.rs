//! Single sign-on: an admin connects the organisation's OpenID Connect
//! provider; people then sign in through it. The protocol is
//! `infra::oidc`; here is who may sign in, into which account, and what the
//! database keeps (the client secret sealed under a key derived from the
//! vote key, so the database and its backups alone do not reveal it).
//!
//! Which account a provider's answer signs into:
//! 1. the account its subject signed into before (`sso_identities`);
//! 2. else the account with its verified e-mail, when that account joined
//!    this organisation itself (an invite, its own sign-up) or was made for
//!    it by provisioning, or is the one signed in in this browser (it
//!    connects itself); an account elsewhere, or one provisioning merely
//!    added, is not taken over by an organisation that claims its domain;
//! 3. else a new account (no usable password) and membership, role member,
//!    recorded on "Who joined when" as joined through single sign-on. The
//!    tenure rule applies as to anyone who joins: the membership starts now.

use super::access::{require_admin, Caller, Person};
use crate::domain::account::{safe_next_path, Email, Password, PersonName};
use crate::domain::ids::{OrgId, UserId};
use crate::domain::org::{JoinedVia, Role};
use crate::domain::sso::{
    Domain, ProviderButton, ProviderSettings, SsoAdmin, SsoRefused, SsoView, ATTEMPT_SECS, KEYS_REFETCH_SECS, METADATA_MAX_AGE_SECS,
};
use crate::domain::ValidationError;
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::infra::oidc::{self, ClientCredentials, Provider};
use crate::infra::tokens::{random_token, seal, token_hash, unseal};
use crate::msg;
use crate::server::store::{accounts, audit, orgs, sso};
use crate::server::vote::claims::derived_key;

/// The path providers send people back to; the redirect URI an admin
/// registers is the server's public address followed by it.
pub const CALLBACK_PATH: &str = "/sso/callback";

fn secret_key(ctx: &ServerCtx) -> [u8; 32] {
    derived_key(&ctx.vote_key, "sso client secret")
}

fn secret_context(org: OrgId) -> Vec<u8> {
    format!("sso client secret of organisation {}", org.0).into_bytes()
}

fn redirect_uri(ctx: &ServerCtx) -> String {
    format!("{}{CALLBACK_PATH}", ctx.settings.site_base())
}

pub async fn admin_view(ctx: &ServerCtx, caller: &Caller) -> Result<SsoAdmin, AppError> {
    require_admin(caller)?;
    let provider = match sso::provider(&ctx.pool, caller.org_id).await? {
        Some(p) => {
            let domains = sso::domains(&ctx.pool, caller.org_id).await?.join(", ");
            Some(SsoView {
                label: p.label,
                issuer: p.issuer,
                client_id: p.client_id,
                domains,
                required: p.required,
                sign_in_address: format!("{}/login?sso={}", ctx.settings.site_base(), p.slug),
            })
        }
        None => None,
    };
    Ok(SsoAdmin { provider, redirect_uri: redirect_uri(ctx) })
}

/// Connects (or changes) the organisation's provider. The provider is asked
/// for its discovery document and keys first, so a wrong issuer is said
/// now, next to its field, not at someone's first sign-in.
pub async fn configure(ctx: &ServerCtx, caller: &Caller, s: ProviderSettings) -> Result<(), AppError> {
    require_admin(caller)?;
    let org = caller.org_id;
    let stored = sso::provider(&ctx.pool, org).await?;
    let secret = match (&s.client_secret, &stored) {
        (Some(secret), _) => seal(&secret_key(ctx), &secret_context(org), secret.expose()),
        (None, Some(p)) => p.secret_sealed.clone(),
        (None, None) => return Err(ValidationError::new("client_secret", msg!("invalid-enter-client-secret-provider")).into()),
    };
    let provider = Provider::discover(&s.issuer).await.map_err(|e| {
        tracing::info!(org = %org, error = %e, "SSO discovery failed");
        ValidationError::new("issuer", msg!("invalid-issuer-discovery", why = e.to_string()))
    })?;
    let (metadata, jwks) = provider.to_stored();
    let slug = stored.as_ref().map(|p| p.slug.clone()).unwrap_or_else(|| random_token()[..12].to_owned());
    let now = ctx.now();
    let mut tx = super::write(ctx).await?;
    let row = sso::NewProvider {
        label: s.label.as_str(),
        issuer: s.issuer.as_str(),
        client_id: s.client_id.as_str(),
        secret_sealed: &secret,
        required: s.required,
        slug: &slug,
        metadata: &metadata,
        jwks: &jwks,
    };
    sso::save(&mut tx, org, &row, &s.domains, now).await?;
    let (provider, domains) = (s.label.as_str(), s.domains.joined());
    let what = match stored {
        Some(_) => msg!("audit-sso-changed", provider = provider, domains = domains),
        None => msg!("audit-sso-connected", provider = provider, domains = domains),
    };
    audit::record(&mut *tx, org, caller.user_id, what, now).await?;
    if s.required && !stored.as_ref().is_some_and(|p| p.required) {
        let ended = sso::end_password_sessions(&mut *tx, org).await?;
        audit::record(&mut *tx, org, caller.user_id, msg!("audit-sso-required", ended = ended), now).await?;
    }
    if !s.required && stored.as_ref().is_some_and(|p| p.required) {
        audit::record(&mut *tx, org, caller.user_id, msg!("audit-sso-optional"), now).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Disconnects the provider: its people sign in with passwords again (or
/// set one through "Forgot your password?").
pub async fn remove(ctx: &ServerCtx, caller: &Caller) -> Result<(), AppError> {
    require_admin(caller)?;
    let mut tx = super::write(ctx).await?;
    if !sso::remove(&mut tx, caller.org_id).await? {
        return Err(AppError::not_found(msg!("what-sso")));
    }
    audit::record(&mut *tx, caller.org_id, caller.user_id, msg!("audit-sso-disconnected"), ctx.now()).await?;
    tx.commit().await?;
    Ok(())
}

/// How a sign-in is asked for: by the e-mail typed on the log-in page, or
/// at the organisation's own sign-in address.
pub enum Start<'a> {
    Email(&'a str),
    Slug(&'a str),
}

/// A sign-in sent to the provider: where the browser goes, and the `state`
/// its cookie holds until it comes back.
pub struct Started {
    pub url: String,
    pub state: String,
}

/// Begins a sign-in. The attempt (nonce, PKCE verifier, where to go after)
/// is kept in the database by the hash of its `state`.
pub async fn start(ctx: &ServerCtx, how: Start<'_>, next: Option<&str>) -> Result<Started, SsoRefused> {
    let row = match how {
        // A typed address that is no address has no provider either.
        Start::Email(typed) if Email::parse(typed).is_err() => return Err(SsoRefused::NoProvider),
        how => provider_for(ctx, how).await.map_err(|_| SsoRefused::ProviderUnavailable)?.ok_or(SsoRefused::NoProvider)?,
    };
    let provider = fresh_provider(ctx, &row).await?;
    let begun = provider.begin(&row.client_id, &redirect_uri(ctx)).map_err(|e| unavailable(row.org_id, &e))?;
    let now = ctx.now();
    let next = safe_next_path(next);
    let attempt = sso::NewAttempt {
        state_hash: &token_hash(&begun.state),
        org: row.org_id,
        nonce: &begun.nonce,
        verifier: &begun.verifier,
        next_path: &next,
    };
    async {
        let mut tx = super::write(ctx).await?;
        sso::begin(&mut tx, &attempt, now, now - ATTEMPT_SECS).await?;
        tx.commit().await?;
        Ok::<_, AppError>(())
    }
    .await
    .map_err(|_| SsoRefused::ProviderUnavailable)?;
    Ok(Started { url: begun.url, state: begun.state })
}

/// The provider as cached, or discovered again when the cache is older
/// than `METADATA_MAX_AGE_SECS` (kept, if the provider cannot be reached,
/// with a line in the log).
async fn fresh_provider(ctx: &ServerCtx, row: &sso::ProviderRow) -> Result<Provider, SsoRefused> {
    let cached = Provider::from_stored(&row.metadata, &row.jwks).map_err(|e| {
        tracing::error!(org = %row.org_id, error = %e, "stored SSO provider unreadable");
        SsoRefused::ProviderUnavailable
    })?;
    if ctx.now() - row.fetched_at < METADATA_MAX_AGE_SECS {
        return Ok(cached);
    }
    let issuer = crate::domain::sso::Issuer::parse(&row.issuer, true).map_err(|_| SsoRefused::ProviderUnavailable)?;
    match Provider::discover(&issuer).await {
        Ok(fresh) => {
            let (metadata, jwks) = fresh.to_stored();
            sso::update_cache(&ctx.pool, row.org_id, &metadata, &jwks, ctx.now()).await.map_err(|_| SsoRefused::ProviderUnavailable)?;
            Ok(fresh)
        }
        Err(e) => {
            // Tried again in an hour, not at every sign-in: a provider that
            // is down is not asked once per visitor.
            tracing::warn!(org = %row.org_id, error = %e, "SSO discovery failed; using the cached document");
            sso::update_cache(&ctx.pool, row.org_id, &row.metadata, &row.jwks, ctx.now())
                .await
                .map_err(|_| SsoRefused::ProviderUnavailable)?;
            Ok(cached)
        }
    }
}

fn unavailable(org: OrgId, e: &oidc::Failure) -> SsoRefused {
    tracing::warn!(org = %org, error = %e, "SSO provider unavailable");
    SsoRefused::ProviderUnavailable
}

/// What the provider sent the browser back with.
pub struct Callback<'a> {
    pub state: Option<&'a str>,
    /// The `state` this browser's cookie holds (set when it left).
    pub cookie_state: Option<&'a str>,
    pub code: Option<&'a str>,
    /// The provider's `error`, when it did not sign the person in.
    pub error: Option<&'a str>,
}

/// A finished sign-in: open a session for `user` in `org`, go to `next`.
pub struct SignedIn {
    pub user: UserId,
    pub org: OrgId,
    pub next: String,
}

/// Finishes a sign-in: the attempt is taken (once), the code traded and the
/// ID token checked, then the account found or made (see the module's
/// comment). `signed_in` is whoever this browser is signed in as already.
pub async fn finish(ctx: &ServerCtx, back: Callback<'_>, signed_in: Option<&Person>) -> Result<SignedIn, SsoRefused> {
    let state = back.state.filter(|s| !s.is_empty()).ok_or(SsoRefused::StateMismatch)?;
    // The browser that comes back must be the one that left: a sign-in
    // started by someone else cannot be finished in this browser (a
    // cross-site log-in into the attacker's account).
    if back.cookie_state != Some(state) {
        return Err(SsoRefused::StateMismatch);
    }
    let attempt =
        sso::take(&ctx.pool, &token_hash(state)).await.map_err(|_| SsoRefused::ProviderUnavailable)?.ok_or(SsoRefused::StateMismatch)?;
    let now = ctx.now();
    if now - attempt.created_at > ATTEMPT_SECS {
        return Err(SsoRefused::StateMismatch);
    }
    if let Some(error) = back.error {
        tracing::info!(org = %attempt.org_id, error, "SSO provider did not sign the person in");
        return Err(SsoRefused::ProviderDenied);
    }
    let code = back.code.filter(|c| !c.is_empty()).ok_or(SsoRefused::ProviderDenied)?;
    let org = attempt.org_id;
    let row = sso::provider(&ctx.pool, org).await.map_err(|_| SsoRefused::ProviderUnavailable)?.ok_or(SsoRefused::NoProvider)?;
    let secret = unseal(&secret_key(ctx), &secret_context(org), &row.secret_sealed).ok_or_else(|| {
        tracing::error!(org = %org, "the SSO client secret does not open with this server's vote key");
        SsoRefused::ProviderUnavailable
    })?;
    let provider = Provider::from_stored(&row.metadata, &row.jwks).map_err(|_| SsoRefused::ProviderUnavailable)?;
    let redirect = redirect_uri(ctx);
    let client = ClientCredentials { id: &row.client_id, secret: &secret, redirect: &redirect };
    let may_refetch = now - row.fetched_at >= KEYS_REFETCH_SECS;
    let identity = match provider.finish(&client, code, &attempt.verifier, &attempt.nonce, now, may_refetch).await {
        Ok(done) => {
            if let Some(refetched) = done.refetched {
                let (metadata, jwks) = refetched.to_stored();
                sso::update_cache(&ctx.pool, org, &metadata, &jwks, now).await.map_err(|_| SsoRefused::ProviderUnavailable)?;
            }
            done.identity
        }
        Err(oidc::Failure::InvalidToken(why)) => {
            tracing::warn!(org = %org, why, "SSO ID token refused");
            return Err(SsoRefused::InvalidToken);
        }
        Err(oidc::Failure::UnknownKey) => {
            tracing::warn!(org = %org, "SSO ID token signed with an unknown key");
            return Err(SsoRefused::InvalidToken);
        }
        Err(oidc::Failure::Refused(why)) => {
            tracing::warn!(org = %org, why, "SSO token request refused");
            return Err(SsoRefused::ProviderDenied);
        }
        Err(e @ oidc::Failure::Unavailable(_)) => return Err(unavailable(org, &e)),
    };
    if !identity.email_verified {
        return Err(SsoRefused::EmailNotVerified);
    }
    let email = identity.email.as_deref().and_then(|e| Email::parse(e).ok()).ok_or(SsoRefused::EmailNotVerified)?;
    let vouched = sso::domains(&ctx.pool, org).await.map_err(|_| SsoRefused::ProviderUnavailable)?;
    if !vouched.iter().any(|d| d == Domain::of(&email).as_str()) {
        return Err(SsoRefused::DomainNotVouched);
    }
    let user = account_for(ctx, org, &row.issuer, &identity, &email, signed_in).await?;
    Ok(SignedIn { user, org, next: attempt.next_path })
}

/// The account the identity signs into, made (with its membership) when it
/// is new; see the module's comment.
async fn account_for(
    ctx: &ServerCtx,
    org: OrgId,
    issuer: &str,
    identity: &oidc::Identity,
    email: &Email,
    signed_in: Option<&Person>,
) -> Result<UserId, SsoRefused> {
    let internal = |e: AppError| {
        tracing::error!(org = %org, error = ?e, "SSO sign-in could not be saved");
        SsoRefused::ProviderUnavailable
    };
    let now = ctx.now();
    let linked = sso::identity(&ctx.pool, org, issuer, &identity.subject).await.map_err(internal)?;
    let existing = accounts::credentials(&ctx.pool, email).await.map_err(internal)?.map(|(user, _)| user);
    // An account made here gets a password nobody knows (argon2 like any
    // other, so log-in timing does not single out these accounts); its
    // owner may set one through "Forgot your password?".
    let new_hash = if linked.is_none() && existing.is_none() {
        Some(
            super::passwords::hash_password(Password::parse(&random_token()).map_err(|_| SsoRefused::ProviderUnavailable)?)
                .await
                .map_err(internal)?,
        )
    } else {
        None
    };
    let mut tx = super::write(ctx).await.map_err(internal)?;
    let user = match (linked, existing) {
        (Some(user), _) => user,
        (None, Some(user)) => {
            let vouched = sso::may_connect(&mut *tx, org, user).await.map_err(internal)?;
            let this_browser = signed_in.is_some_and(|p| p.user_id == user);
            if !vouched && !this_browser {
                return Err(SsoRefused::AccountExists);
            }
            sso::link(&mut *tx, org, issuer, &identity.subject, user, now).await.map_err(internal)?;
            user
        }
        (None, None) => {
            let name = identity
                .name
                .as_deref()
                .and_then(|n| PersonName::parse(n).ok())
                .or_else(|| PersonName::parse(email.as_str().split('@').next().unwrap_or_default()).ok())
                .ok_or(SsoRefused::EmailNotVerified)?;
            let hash = new_hash.unwrap_or_default();
            let user = accounts::create_user(&mut tx, email, &name, &hash, now, true).await.map_err(internal)?;
            sso::link(&mut *tx, org, issuer, &identity.subject, user, now).await.map_err(internal)?;
            user
        }
    };
    if orgs::role_of(&mut *tx, org, user).await.map_err(internal)?.is_none() {
        orgs::add_membership_via(&mut tx, org, user, Role::Member, now, Some(JoinedVia::Sso)).await.map_err(internal)?;
        tracing::info!(org = %org, user = %user, "joined through single sign-on");
    }
    tx.commit().await.map_err(|e| internal(e.into()))?;
    Ok(user)
}

/// The provider's end-session address, with where to come back, for
/// someone signing out of a session it signed in; `None` when it has none.
fn end_session_url(ctx: &ServerCtx, row: &sso::ProviderRow) -> Option<String> {
    let provider = Provider::from_stored(&row.metadata, &row.jwks).ok()?;
    let mut url = url::Url::parse(provider.end_session()?).ok()?;
    url.query_pairs_mut()
        .append_pair("client_id", &row.client_id)
        .append_pair("post_logout_redirect_uri", &format!("{}/", ctx.settings.site_base()));
    Some(url.to_string())
}

/// The provider asked for: at an organisation's sign-in address, or the one
/// that vouches for a typed address's domain.
async fn provider_for(ctx: &ServerCtx, how: Start<'_>) -> Result<Option<sso::ProviderRow>, AppError> {
    match how {
        Start::Slug(slug) => sso::provider_by_slug(&ctx.pool, slug).await,
        Start::Email(typed) => match sso::org_for_domain(&ctx.pool, Domain::of(&Email::parse(typed)?).as_str()).await? {
            Some(org) => sso::provider(&ctx.pool, org).await,
            None => Ok(None),
        },
    }
}

async fn button_of(ctx: &ServerCtx, row: sso::ProviderRow) -> Result<ProviderButton, AppError> {
    let org_name = orgs::org_name(&ctx.pool, row.org_id).await?.unwrap_or_default();
    Ok(ProviderButton { label: row.label, org_name, slug: row.slug })
}

/// The provider the log-in page offers (public: the page shows it).
pub async fn button(ctx: &ServerCtx, how: Start<'_>) -> Result<Option<ProviderButton>, AppError> {
    match provider_for(ctx, how).await? {
        Some(row) => Ok(Some(button_of(ctx, row).await?)),
        None => Ok(None),
    }
}

/// The slug of the provider that signed a session in, for the sign-out page.
pub async fn slug_of(ctx: &ServerCtx, org: OrgId) -> Result<Option<String>, AppError> {
    Ok(sso::provider(&ctx.pool, org).await?.map(|p| p.slug))
}

/// The end-session address of the provider at a sign-in address.
pub async fn end_session_at(ctx: &ServerCtx, slug: &str) -> Result<Option<(ProviderButton, String)>, AppError> {
    let Some(row) = sso::provider_by_slug(&ctx.pool, slug).await? else { return Ok(None) };
    let Some(url) = end_session_url(ctx, &row) else { return Ok(None) };
    Ok(Some((button_of(ctx, row).await?, url)))
}
