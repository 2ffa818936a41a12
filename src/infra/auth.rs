//! The web's side of "who is calling": the cookies (session, vote claims,
//! device, secret links, a new API token shown once), the client's address,
//! and the request-bound helpers server functions start with. What a
//! session is, and whose, is `server::service::sessions`; the cookie holds
//! its random token, the database only the token's hash.

use crate::domain::account::{device_label, ClientAddress, SESSION_MAX_SECS};
use crate::domain::ids::{OrgId, UserId};
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::infra::tokens::token_hash;
use crate::server::service::access::{Caller, Person};
use crate::server::service::sessions::{self, SignedInBy};
use crate::server::vote::claims::{self, Claims};
use axum::extract::ConnectInfo;
use http::header::{COOKIE, SET_COOKIE};
use http::request::Parts;
use http::HeaderValue;
use leptos::prelude::{expect_context, use_context};
use leptos_axum::ResponseOptions;
use std::net::SocketAddr;

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

fn request_parts() -> Option<Parts> {
    use_context::<Parts>()
}

fn cookie_value(parts: &Parts, name: &str) -> Option<String> {
    cookie_in(&parts.headers, name)
}

pub(crate) fn cookie_in(headers: &http::HeaderMap, name: &str) -> Option<String> {
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

/// The ballot claims this browser holds for `user` (`claims::Claims`:
/// how it sees and changes its own votes).
pub fn presented_claims(ctx: &ServerCtx, user: UserId) -> Claims {
    let name = claims::claims_cookie(ctx.settings.https());
    request_parts().and_then(|p| cookie_value(&p, name)).map(|v| Claims::parse(&v, user)).unwrap_or_default()
}

/// Keeps `claims` in this browser for eight days: a week's votes change
/// until the week ends.
pub fn keep_claims(ctx: &ServerCtx, user: UserId, claims: &Claims) {
    let name = claims::claims_cookie(ctx.settings.https());
    set_cookie(format!("{name}={}; Max-Age={}; {}", claims.value(user), 8 * 86_400, cookie_attributes(ctx)));
}

/// Drops the browser's ballot claims (at log-out: the next person on this
/// browser must not see or change them).
pub fn forget_claims(ctx: &ServerCtx) {
    let name = claims::claims_cookie(ctx.settings.https());
    set_cookie(format!("{name}=; Max-Age=0; {}", cookie_attributes(ctx)));
}

/// The signed-out pages' language switch keeps its choice here (read by
/// `infra::language`).
pub const LANGUAGE_COOKIE: &str = "mistvine_lang";

/// Keeps the language picked on a signed-out page in this browser for a
/// year (`None`: forget it, so the browser's own language applies).
pub fn keep_language(ctx: &ServerCtx, locale: Option<crate::domain::locale::Locale>) {
    let name = LANGUAGE_COOKIE;
    match locale {
        Some(l) => set_cookie(format!("{name}={}; Max-Age={}; {}", l.tag(), 365 * 86_400, cookie_attributes(ctx))),
        None => set_cookie(format!("{name}=; Max-Age=0; {}", cookie_attributes(ctx))),
    }
}

/// Whether the request is an HTML form the browser posted itself (it asks
/// for a page back; the page's form helper and other scripts ask for JSON).
pub fn form_without_script() -> bool {
    request_parts()
        .is_some_and(|p| p.headers.get(http::header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|a| a.contains("text/html")))
}

/// A secret shown once, on the page that loads after the form that made it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewSecret {
    /// A personal API token, for the account page.
    ApiToken,
    /// The organisation's SCIM token, for the admin page.
    ScimToken,
}

/// The cookie that carries a new secret to the page that loads after the
/// form was sent: only to that page, for five minutes, cleared as soon as
/// the page shows it. Never in an address, which proxies log and browsers
/// keep in history and send on as Referer.
fn new_secret_cookie(ctx: &ServerCtx, secret: NewSecret) -> (&'static str, &'static str) {
    match (secret, ctx.settings.https()) {
        (NewSecret::ApiToken, true) => ("__Secure-mistvine_new_token", "Path=/account; HttpOnly; SameSite=Strict; Secure"),
        (NewSecret::ApiToken, false) => ("mistvine_new_token", "Path=/account; HttpOnly; SameSite=Strict"),
        (NewSecret::ScimToken, true) => ("__Secure-mistvine_new_scim_token", "Path=/admin; HttpOnly; SameSite=Strict; Secure"),
        (NewSecret::ScimToken, false) => ("mistvine_new_scim_token", "Path=/admin; HttpOnly; SameSite=Strict"),
    }
}

pub fn hand_over_new_secret(ctx: &ServerCtx, secret: NewSecret, token: &str) {
    let (name, attributes) = new_secret_cookie(ctx, secret);
    set_cookie(format!("{name}={token}; Max-Age=300; {attributes}"));
}

/// The new secret handed over to this page, if any, cleared as it is read.
pub fn take_new_secret(ctx: &ServerCtx, secret: NewSecret) -> Option<String> {
    let (name, attributes) = new_secret_cookie(ctx, secret);
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

/// A secret link: a password reset (`/reset/…`), an invite (`/join/…`) or
/// an e-mail confirmation (`/confirm/…`).
/// Opening one lands on `links`, which moves the secret into a cookie and
/// sends the browser on to the same page without it in the address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretLink {
    Reset,
    Invite,
    /// A link that confirms an e-mail address (`/confirm/…`).
    Confirm,
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
            (SecretLink::Confirm, true) => "__Secure-mistvine_confirm",
            (SecretLink::Confirm, false) => "mistvine_confirm",
        }
    }

    /// The token-free page the link leads to.
    pub fn page(self) -> &'static str {
        match self {
            SecretLink::Reset => "/reset",
            SecretLink::Invite => "/join",
            SecretLink::Confirm => "/confirm",
        }
    }

    /// How long the cookie lasts: as long as such a link can.
    fn max_age(self) -> i64 {
        match self {
            SecretLink::Reset => crate::domain::mail::RESET_VALID_SECS,
            SecretLink::Invite => crate::domain::org::INVITE_VALID_DAYS * 86_400,
            SecretLink::Confirm => crate::domain::account::CONFIRM_VALID_DAYS * 86_400,
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

/// Starts a brand-new session and ends the one presented, if any.
pub async fn start_session(ctx: &ServerCtx, user: UserId, org: Option<OrgId>) -> Result<(), AppError> {
    let agent = request_parts().and_then(|p| p.headers.get(http::header::USER_AGENT).and_then(|v| v.to_str().ok()).map(str::to_owned));
    let device = device_label(agent.as_deref().unwrap_or_default());
    let token = sessions::open(ctx, user, org, presented_session(ctx).as_deref(), &device, SignedInBy::Password).await?;
    set_cookie(session_set_cookie(ctx, &token));
    Ok(())
}

fn session_set_cookie(ctx: &ServerCtx, token: &str) -> String {
    format!("{}={token}; Max-Age={SESSION_MAX_SECS}; {}", session_cookie(ctx.settings.https()), cookie_attributes(ctx))
}

/// For the routes that are not server functions (single sign-on's return):
/// opens a brand-new session signed in `by`, ending the one `headers`
/// present; returns the `Set-Cookie` value.
pub async fn start_session_from(
    ctx: &ServerCtx,
    headers: &http::HeaderMap,
    user: UserId,
    org: OrgId,
    by: SignedInBy,
) -> Result<String, AppError> {
    let agent = headers.get(http::header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let presented = cookie_in(headers, session_cookie(ctx.settings.https())).map(|t| token_hash(&t));
    let token = sessions::open(ctx, user, Some(org), presented.as_deref(), &device_label(agent), by).await?;
    Ok(session_set_cookie(ctx, &token))
}

/// The signed-in person whose session cookie is in `headers`, if any.
pub async fn person_from_headers(ctx: &ServerCtx, headers: &http::HeaderMap) -> Result<Option<Person>, AppError> {
    person_with(ctx, cookie_in(headers, session_cookie(ctx.settings.https())).map(|t| token_hash(&t))).await
}

/// The cookie that carries a single sign-on's `state` from leaving for the
/// provider to coming back (`__Host-` over HTTPS). Lax, because the return
/// is a top-level visit from the provider's site; ten minutes, like the
/// attempt it names.
pub fn sso_state_cookie(https: bool) -> &'static str {
    if https {
        "__Host-mistvine_sso"
    } else {
        "mistvine_sso"
    }
}

pub fn sso_state_set_cookie(state: &str, https: bool) -> String {
    format!("{}={state}; Max-Age={}; {}", sso_state_cookie(https), crate::domain::sso::ATTEMPT_SECS, lax_attributes(https))
}

pub fn sso_state_forget_cookie(https: bool) -> String {
    format!("{}=; Max-Age=0; {}", sso_state_cookie(https), lax_attributes(https))
}

pub fn sso_state_in(headers: &http::HeaderMap, https: bool) -> Option<String> {
    cookie_in(headers, sso_state_cookie(https))
}

pub async fn end_session(ctx: &ServerCtx) -> Result<(), AppError> {
    if let Some(hash) = presented_session(ctx) {
        sessions::close(ctx, &hash).await?;
    }
    set_cookie(format!("{}=; Max-Age=0; {}", session_cookie(ctx.settings.https()), cookie_attributes(ctx)));
    Ok(())
}

pub async fn current_person(ctx: &ServerCtx) -> Result<Option<Person>, AppError> {
    person_with(ctx, presented_session(ctx)).await
}

/// The person whose session token hashes to `hash`, if it is alive.
async fn person_with(ctx: &ServerCtx, hash: Option<String>) -> Result<Option<Person>, AppError> {
    let Some(hash) = hash else { return Ok(None) };
    let person = sessions::person(ctx, hash).await?;
    if let Some(p) = &person {
        crate::infra::observe::record_caller(p.user_id, p.org_id);
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

/// The caller and their role in the organisation their session points at
/// (or another one, if they were removed from it: `sessions::member`).
pub async fn require_member(ctx: &ServerCtx) -> Result<Caller, AppError> {
    member_with(ctx, require_person(ctx).await?).await
}

/// The member `person` is in the organisation their session points at.
pub async fn member_with(ctx: &ServerCtx, person: Person) -> Result<Caller, AppError> {
    let recorded = person.org_id;
    let caller = sessions::member(ctx, person).await?;
    // `person_with` already named the session's organisation in the log;
    // only a session moved to another organisation needs naming again.
    if recorded != Some(caller.org_id) {
        crate::infra::observe::record_caller(caller.user_id, Some(caller.org_id));
    }
    Ok(caller)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_counts_by_its_64_and_ipv4_by_itself() {
        assert_eq!(limit_key("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
        assert_eq!(limit_key("2001:db8:1:2:bbbb:cccc:dddd:eeee"), "2001:db8:1:2::/64");
        assert_ne!(limit_key("2001:db8:1:3::1"), limit_key("2001:db8:1:2::1"));
        assert_eq!(limit_key("::ffff:192.0.2.7"), "192.0.2.7");
        assert_eq!(limit_key("192.0.2.7"), "192.0.2.7");
        assert_eq!(limit_key("unknown"), "unknown");
    }
}
