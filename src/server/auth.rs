//! Passwords, sessions and "who is calling".
//!
//! Sessions are rows in the database (so any server instance can check
//! them); the cookie holds a random 256-bit token and
//! the table only its SHA-256, so a leaked backup cannot be replayed.

use super::ballots::{self, Claims};
use super::infra::ctx::ServerCtx;
use super::infra::tokens::{random_token, token_hash};
use crate::domain::account::{device_label, session_alive, ClientAddress, Password, SESSION_MAX_SECS, SESSION_TOUCH_SECS};
use crate::domain::ids::{OrgId, UserId};
use crate::domain::org::Role;
use crate::error::AppError;
use crate::server::store::{accounts, orgs};
use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use axum::extract::ConnectInfo;
use http::header::{COOKIE, SET_COOKIE};
use http::request::Parts;
use http::HeaderValue;
use leptos::prelude::{expect_context, use_context};
use leptos_axum::ResponseOptions;
use std::net::SocketAddr;
use std::sync::OnceLock;

/// The session cookie's name. Over HTTPS it carries the `__Host-` prefix,
/// which browsers accept only with `Secure`, `Path=/` and no `Domain`: no
/// plain-HTTP page and no other subdomain can set or shadow it.
pub fn session_cookie(https: bool) -> &'static str {
    if https {
        "__Host-mistvine_session"
    } else {
        "mistvine_session"
    }
}

/// argon2id with the OWASP minimum: 19 MiB, 2 passes, 1 lane.
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes running at once. Each takes 19 MiB and tens of milliseconds of a
/// core: a burst of sign-ups or guesses waits its turn here instead of
/// filling memory and starving every other request.
pub const MAX_CONCURRENT_HASHES: usize = 2;
static HASHING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(MAX_CONCURRENT_HASHES);

/// Runs one hash (or verification) off the async workers, within the limit.
async fn hashing<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, AppError> {
    let _permit = HASHING.acquire().await.map_err(|_| AppError::Internal)?;
    #[cfg(test)]
    let _watch = tests::InFlight::enter();
    tokio::task::spawn_blocking(work).await.map_err(|_| AppError::Internal)
}

pub async fn hash_password(password: Password) -> Result<String, AppError> {
    hashing(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2().hash_password(password.expose().as_bytes(), &salt).map(|h| h.to_string())
    })
    .await?
    .map_err(|e| {
        tracing::error!(error = %e, "password hashing failed");
        AppError::Internal
    })
}

pub async fn verify_password(password: String, hash: String) -> bool {
    hashing(move || PasswordHash::new(&hash).is_ok_and(|parsed| argon2().verify_password(password.as_bytes(), &parsed).is_ok()))
        .await
        .unwrap_or(false)
}

/// A hash to verify against when the e-mail is unknown, so that answering
/// "no such account" takes as long as "wrong password" and timing tells nothing.
pub async fn decoy_hash() -> String {
    static DECOY: OnceLock<String> = OnceLock::new();
    if let Some(h) = DECOY.get() {
        return h.clone();
    }
    let fresh = hash_password(Password::parse(&random_token()).expect("token is long enough")).await.unwrap_or_default();
    DECOY.get_or_init(|| fresh).clone()
}

fn request_parts() -> Option<Parts> {
    use_context::<Parts>()
}

fn cookie_value(parts: &Parts, name: &str) -> Option<String> {
    cookie_in(&parts.headers, name)
}

fn cookie_in(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers.get_all(COOKIE).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(';')).find_map(|pair| {
        let (k, v) = pair.trim().split_once('=')?;
        (k == name && !v.is_empty()).then(|| v.to_owned())
    })
}

/// The hash of the session token the caller presented, if any.
pub fn presented_session(ctx: &ServerCtx) -> Option<String> {
    request_parts().and_then(|p| cookie_value(&p, session_cookie(ctx.settings.https()))).map(|t| token_hash(&t))
}

/// The caller's address for rate limiting: the socket peer, or, when the
/// operator said a trusted proxy is in front, the last X-Forwarded-For entry
/// (the one that proxy appended; entries before it are whatever the client
/// sent, so a client could pick them). IPv6 addresses count by their /64
/// (see `limit_key`).
pub fn client_address(ctx: &ServerCtx) -> ClientAddress {
    ClientAddress::new(limit_key(&peer_address(ctx)))
}

/// What limits count an address as: an IPv6 address by its /64 network,
/// because one home or server usually holds a whole /64 and could try from
/// a new address for every guess; an IPv4 one (also written as IPv6) as
/// itself. Anything unreadable stays as it is.
fn limit_key(address: &str) -> String {
    match address.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
        Ok(std::net::IpAddr::V4(v4)) => v4.to_string(),
        Err(_) => address.to_owned(),
    }
}

fn peer_address(ctx: &ServerCtx) -> String {
    let Some(parts) = request_parts() else { return "unknown".into() };
    if ctx.settings.trust_proxy {
        let last = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .rfind(|v| !v.is_empty());
        if let Some(last) = last {
            return last.to_owned();
        }
    }
    parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_string()).unwrap_or_else(|| "unknown".into())
}

fn set_cookie(value: String) {
    if let Ok(v) = HeaderValue::from_str(&value) {
        expect_context::<ResponseOptions>().append_header(SET_COOKIE, v);
    }
}

fn cookie_attributes(ctx: &ServerCtx) -> &'static str {
    lax_attributes(ctx.settings.https())
}

/// Site-wide, script-proof, sent on top-level visits from other sites.
fn lax_attributes(https: bool) -> &'static str {
    if https {
        "Path=/; HttpOnly; SameSite=Lax; Secure"
    } else {
        "Path=/; HttpOnly; SameSite=Lax"
    }
}

/// The ballot claims this browser holds for `user` (`ballots::Claims`:
/// how it sees and changes its own votes).
pub fn presented_claims(ctx: &ServerCtx, user: UserId) -> Claims {
    let name = ballots::claims_cookie(ctx.settings.https());
    request_parts().and_then(|p| cookie_value(&p, name)).map(|v| Claims::parse(&v, user)).unwrap_or_default()
}

/// Keeps `claims` in this browser for eight days: a week's votes change
/// until the week ends.
pub fn keep_claims(ctx: &ServerCtx, user: UserId, claims: &Claims) {
    let name = ballots::claims_cookie(ctx.settings.https());
    set_cookie(format!("{name}={}; Max-Age={}; {}", claims.value(user), 8 * 86_400, cookie_attributes(ctx)));
}

/// Drops the browser's ballot claims (at log-out: the next person on this
/// browser must not see or change them).
pub fn forget_claims(ctx: &ServerCtx) {
    let name = ballots::claims_cookie(ctx.settings.https());
    set_cookie(format!("{name}=; Max-Age=0; {}", cookie_attributes(ctx)));
}

/// Whether the request is an HTML form the browser posted itself (it asks
/// for a page back; the page's form helper and other scripts ask for JSON).
pub fn form_without_script() -> bool {
    request_parts()
        .is_some_and(|p| p.headers.get(http::header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|a| a.contains("text/html")))
}

/// The cookie that carries a new API token to the account page that loads
/// after the form was sent: only to that page, for five minutes,
/// cleared as soon as the page shows it. Never in an address, which proxies
/// log and browsers keep in history and send on as Referer.
fn new_token_cookie(ctx: &ServerCtx) -> (&'static str, &'static str) {
    if ctx.settings.https() {
        ("__Secure-mistvine_new_token", "Path=/account; HttpOnly; SameSite=Strict; Secure")
    } else {
        ("mistvine_new_token", "Path=/account; HttpOnly; SameSite=Strict")
    }
}

pub fn hand_over_new_token(ctx: &ServerCtx, token: &str) {
    let (name, attributes) = new_token_cookie(ctx);
    set_cookie(format!("{name}={token}; Max-Age=300; {attributes}"));
}

/// The new API token handed over to this page, if any, cleared as it is read.
pub fn take_new_token(ctx: &ServerCtx) -> Option<String> {
    let (name, attributes) = new_token_cookie(ctx);
    let token = request_parts().and_then(|p| cookie_value(&p, name))?;
    set_cookie(format!("{name}=; Max-Age=0; {attributes}"));
    // Only a token's own alphabet is shown back (the cookie is the browser's to change).
    token.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-').then_some(token)
}

/// The cookie that makes a browser a known device of whoever logs in with
/// it (see `domain::account::Failures::known_device`).
fn device_cookie(https: bool) -> &'static str {
    if https {
        "__Host-mistvine_device"
    } else {
        "mistvine_device"
    }
}

/// The known-device token this browser presented, if any.
pub fn presented_device(ctx: &ServerCtx) -> Option<String> {
    request_parts().and_then(|p| cookie_value(&p, device_cookie(ctx.settings.https())))
}

/// Makes this browser a known device: it keeps the token for a year (a
/// log-out leaves it, so the next log-in here is recognised).
pub fn give_device(ctx: &ServerCtx, token: &str) {
    let max_age = crate::domain::account::KNOWN_DEVICE_SECS;
    set_cookie(format!("{}={token}; Max-Age={max_age}; {}", device_cookie(ctx.settings.https()), cookie_attributes(ctx)));
}

/// A secret link: a password reset (`/reset/…`) or an invite (`/join/…`).
/// Opening one lands on `links`, which moves the secret into a cookie and
/// sends the browser on to the same page without it in the address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretLink {
    Reset,
    Invite,
}

impl SecretLink {
    /// The cookie's name (`__Secure-` over HTTPS). Path=/, because the
    /// page's forms post to `/api/…`; HttpOnly, and gone once used.
    pub fn cookie(self, https: bool) -> &'static str {
        match (self, https) {
            (SecretLink::Reset, true) => "__Secure-mistvine_reset",
            (SecretLink::Reset, false) => "mistvine_reset",
            (SecretLink::Invite, true) => "__Secure-mistvine_invite",
            (SecretLink::Invite, false) => "mistvine_invite",
        }
    }

    /// The token-free page the link leads to.
    pub fn page(self) -> &'static str {
        match self {
            SecretLink::Reset => "/reset",
            SecretLink::Invite => "/join",
        }
    }

    /// How long the cookie lasts: as long as such a link can.
    fn max_age(self) -> i64 {
        match self {
            SecretLink::Reset => crate::domain::mail::RESET_VALID_SECS,
            SecretLink::Invite => crate::domain::org::INVITE_VALID_DAYS * 86_400,
        }
    }

    /// The `Set-Cookie` value that hands `token` to the page (Lax: the link
    /// is usually opened from a mail program, another site).
    pub fn set_cookie(self, token: &str, https: bool) -> String {
        format!("{}={token}; Max-Age={}; {}", self.cookie(https), self.max_age(), lax_attributes(https))
    }

    /// The `Set-Cookie` value that forgets it.
    pub fn forget_cookie(self, https: bool) -> String {
        format!("{}=; Max-Age=0; {}", self.cookie(https), lax_attributes(https))
    }
}

/// A link's secret: `typed` when a client sent one (the JSON of a server
/// function), else the one this browser brought from the link.
pub fn link_secret(ctx: &ServerCtx, link: SecretLink, typed: String) -> String {
    if !typed.trim().is_empty() {
        return typed;
    }
    request_parts().and_then(|p| cookie_value(&p, link.cookie(ctx.settings.https()))).unwrap_or_default()
}

/// Forgets a link's secret once it is used.
pub fn forget_link(ctx: &ServerCtx, link: SecretLink) {
    set_cookie(link.forget_cookie(ctx.settings.https()));
}

/// Starts a brand-new session (a new id at every login, so a token planted
/// before login is worthless) and ends the one presented, if any.
pub async fn start_session(ctx: &ServerCtx, user: UserId, org: Option<OrgId>) -> Result<(), AppError> {
    if let Some(old) = presented_session(ctx) {
        accounts::delete_session(&ctx.pool, &old).await?;
    }
    let token = random_token();
    let now = ctx.now();
    let agent = request_parts().and_then(|p| p.headers.get(http::header::USER_AGENT).and_then(|v| v.to_str().ok()).map(str::to_owned));
    let device = device_label(agent.as_deref().unwrap_or_default());
    accounts::create_session(&ctx.pool, &token_hash(&token), user, org, now, now + SESSION_MAX_SECS, &device).await?;
    let name = session_cookie(ctx.settings.https());
    set_cookie(format!("{name}={token}; Max-Age={SESSION_MAX_SECS}; {}", cookie_attributes(ctx)));
    Ok(())
}

pub async fn end_session(ctx: &ServerCtx) -> Result<(), AppError> {
    if let Some(hash) = presented_session(ctx) {
        accounts::delete_session(&ctx.pool, &hash).await?;
    }
    set_cookie(format!("{}=; Max-Age=0; {}", session_cookie(ctx.settings.https()), cookie_attributes(ctx)));
    Ok(())
}

/// A signed-in person, with no organisation necessarily chosen.
#[derive(Debug, Clone)]
pub struct Person {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    pub session: String,
    pub org_id: Option<OrgId>,
}

/// A signed-in person acting inside one organisation.
#[derive(Debug, Clone)]
pub struct Caller {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    pub org_id: OrgId,
    pub role: Role,
}

pub async fn current_person(ctx: &ServerCtx) -> Result<Option<Person>, AppError> {
    person_with(ctx, presented_session(ctx)).await
}

/// The person whose session token hashes to `hash`, if it is alive.
async fn person_with(ctx: &ServerCtx, hash: Option<String>) -> Result<Option<Person>, AppError> {
    let Some(hash) = hash else { return Ok(None) };
    let now = ctx.now();
    let row = accounts::session(&ctx.pool, &hash, now).await?.filter(|r| session_alive(r.created_at, r.last_seen_at, now));
    if row.as_ref().is_some_and(|r| now - r.last_seen_at >= SESSION_TOUCH_SECS) {
        accounts::touch_session(&ctx.pool, &hash, now).await?;
    }
    let person = row.map(|row| Person { user_id: row.user_id, name: row.name, email: row.email, session: hash, org_id: row.org_id });
    if let Some(p) = &person {
        super::infra::observe::record_caller(p.user_id, p.org_id);
    }
    Ok(person)
}

/// The member whose session cookie is in `headers`: for the few routes
/// that are not server functions (a download a plain form posts to).
pub async fn member_from_headers(ctx: &ServerCtx, headers: &http::HeaderMap) -> Result<Caller, AppError> {
    let hash = cookie_in(headers, session_cookie(ctx.settings.https())).map(|t| token_hash(&t));
    let person = person_with(ctx, hash).await?.ok_or(AppError::Unauthenticated)?;
    member_with(ctx, person).await
}

pub async fn require_person(ctx: &ServerCtx) -> Result<Person, AppError> {
    current_person(ctx).await?.ok_or(AppError::Unauthenticated)
}

/// The caller and their role in the organisation their session points at.
/// If that membership is gone (they were removed), falls back to another
/// organisation they belong to, or refuses.
pub async fn require_member(ctx: &ServerCtx) -> Result<Caller, AppError> {
    member_with(ctx, require_person(ctx).await?).await
}

async fn member_with(ctx: &ServerCtx, person: Person) -> Result<Caller, AppError> {
    if let Some(org) = person.org_id {
        if let Some(role) = orgs::role_of(&ctx.pool, org, person.user_id).await? {
            return Ok(Caller { user_id: person.user_id, name: person.name, email: person.email, org_id: org, role });
        }
    }
    let Some(other) = orgs::orgs_of(&ctx.pool, person.user_id).await?.into_iter().next() else {
        return Err(AppError::forbidden("You are not a member of any organisation any more. Ask an admin for a new invite link."));
    };
    accounts::set_session_org(&ctx.pool, &person.session, other.org_id).await?;
    super::infra::observe::record_caller(person.user_id, Some(other.org_id));
    let role = orgs::role_of(&ctx.pool, other.org_id, person.user_id).await?.ok_or(AppError::Internal)?;
    Ok(Caller { user_id: person.user_id, name: person.name, email: person.email, org_id: other.org_id, role })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn ipv6_counts_by_its_64_and_ipv4_by_itself() {
        assert_eq!(limit_key("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
        assert_eq!(limit_key("2001:db8:1:2:bbbb:cccc:dddd:eeee"), "2001:db8:1:2::/64");
        assert_ne!(limit_key("2001:db8:1:3::1"), limit_key("2001:db8:1:2::1"));
        assert_eq!(limit_key("::ffff:192.0.2.7"), "192.0.2.7");
        assert_eq!(limit_key("192.0.2.7"), "192.0.2.7");
        assert_eq!(limit_key("unknown"), "unknown");
    }

    static NOW: AtomicUsize = AtomicUsize::new(0);
    static PEAK: AtomicUsize = AtomicUsize::new(0);

    /// Counts hashes in flight while it lives.
    pub struct InFlight;

    impl InFlight {
        pub fn enter() -> Self {
            let n = NOW.fetch_add(1, Ordering::SeqCst) + 1;
            PEAK.fetch_max(n, Ordering::SeqCst);
            Self
        }
    }

    impl Drop for InFlight {
        fn drop(&mut self) {
            NOW.fetch_sub(1, Ordering::SeqCst);
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_burst_of_hashes_runs_at_most_two_at_a_time() {
        let tasks: Vec<_> = (0..8).map(|i| tokio::spawn(hash_password(Password::parse(&format!("password-{i}")).unwrap()))).collect();
        for t in tasks {
            assert!(t.await.unwrap().is_ok());
        }
        let peak = PEAK.load(Ordering::SeqCst);
        assert!((1..=MAX_CONCURRENT_HASHES).contains(&peak), "peak {peak}");
    }
}
