//! Account values: e-mail, password policy, display names, redirect targets.

use super::ids::{optional_id, UserId};
use super::validation::{bounded_text, ValidationError};
use crate::domain::msg::Msg;
use crate::msg;
use serde::{Deserialize, Serialize};

pub const PASSWORD_MIN_CHARS: usize = 8;
/// Long enough for any passphrase; short enough that hashing it is cheap.
pub const PASSWORD_MAX_CHARS: usize = 256;

/// A syntactically plausible e-mail address, trimmed and lower-cased so the
/// same person cannot sign up twice with different capitalisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String")]
pub struct Email(String);

impl TryFrom<String> for Email {
    type Error = ValidationError;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl Email {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let value = raw.trim().to_lowercase();
        let err = |m: Msg| Err(ValidationError::new("email", m));
        if value.is_empty() {
            return err(msg!("invalid-email-empty"));
        }
        if value.len() > 254 {
            return err(msg!("invalid-email-long"));
        }
        let Some((local, domain)) = value.split_once('@') else {
            return err(msg!("invalid-email-no-at"));
        };
        let domain_ok =
            domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.') && !domain.contains("..") && !domain.contains('@');
        if local.is_empty() || !domain_ok || value.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return err(msg!("invalid-email"));
        }
        // A display name or a list (`Ada <ada@x.com>`, `a@x.com,b@y.com`) is
        // not one address: its special characters would reach a mail header.
        if value.chars().any(|c| "<>()[]\\,;:\"".contains(c)) {
            return err(msg!("invalid-email-alone"));
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password that meets the policy. Deliberately not `Serialize` and with a
/// redacting `Debug`, so it cannot end up in a log line or a response.
#[derive(Clone)]
pub struct Password(String);

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(<redacted>)")
    }
}

impl Password {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let len = raw.chars().count();
        if len < PASSWORD_MIN_CHARS {
            return Err(ValidationError::new("password", msg!("invalid-password-short", min = PASSWORD_MIN_CHARS)));
        }
        if len > PASSWORD_MAX_CHARS {
            return Err(ValidationError::new("password", msg!("invalid-password-long", max = PASSWORD_MAX_CHARS)));
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// A person's display name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String")]
pub struct PersonName(String);

impl TryFrom<String> for PersonName {
    type Error = ValidationError;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl PersonName {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        bounded_text("name", msg!("label-your-name"), raw, 80).map(Self)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An organisation (workspace) name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String")]
pub struct OrgName(String);

impl TryFrom<String> for OrgName {
    type Error = ValidationError;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl OrgName {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        bounded_text("org_name", msg!("label-org-name"), raw, 80).map(Self)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Where to send someone after they log in. Only paths on this site are
/// accepted, so a crafted link cannot bounce a fresh session to another host.
/// Browsers drop tabs and line breaks from URLs and read `\` as `/`, so
/// `/\t/evil.example` would become `//evil.example`: such characters, and
/// anything else outside plain URL characters, send people home instead
/// (which also keeps the `Location` header valid).
pub fn safe_next_path(raw: Option<&str>) -> String {
    let Some(p) = raw.map(str::trim) else { return "/".to_owned() };
    let plain = p.bytes().all(|b| b.is_ascii_graphic() && b != b'\\');
    let second = p.as_bytes().get(1).copied();
    if plain && p.starts_with('/') && second != Some(b'/') && !p.contains("://") && p.len() <= 512 {
        p.to_owned()
    } else {
        "/".to_owned()
    }
}

/// A session ends this long after log-in, however much it is used.
pub const SESSION_MAX_SECS: i64 = 30 * 86_400;
/// …and after this long without being used.
pub const SESSION_IDLE_SECS: i64 = 14 * 86_400;
/// Use is recorded at most this often per session (a write per request
/// would cost more than the hour of precision is worth).
pub const SESSION_TOUCH_SECS: i64 = 3600;

/// Whether a session may still be used at `now`.
pub fn session_alive(created_at: i64, last_seen_at: i64, now: i64) -> bool {
    now < created_at + SESSION_MAX_SECS && now < last_seen_at + SESSION_IDLE_SECS
}

/// A short, human name for the browser a session was opened in, from its
/// User-Agent: "Firefox on Linux". Only the label is stored.
pub fn device_label(user_agent: &str) -> String {
    let (browser, system) = device_parts(user_agent);
    format!("{}|{}", browser.unwrap_or_default(), system.unwrap_or_default())
}

/// A stored device label (`device_label`): the browser and the system it
/// names, each a product name that reads the same in every language; the
/// page words the rest. A label stored before labels were kept this way
/// (sessions last at most 30 days) comes back as it was written.
pub fn device_of_label(label: &str) -> Result<(Option<&str>, Option<&str>), &str> {
    match label.split_once('|') {
        Some((browser, system)) => Ok(((!browser.is_empty()).then_some(browser), (!system.is_empty()).then_some(system))),
        None => Err(label),
    }
}

fn device_parts(user_agent: &str) -> (Option<&'static str>, Option<&'static str>) {
    let ua = user_agent.to_ascii_lowercase();
    let browser = [("edg/", "Edge"), ("firefox/", "Firefox"), ("chromium/", "Chromium"), ("chrome/", "Chrome"), ("safari/", "Safari")]
        .iter()
        .find(|(k, _)| ua.contains(k))
        .map(|(_, v)| *v);
    let system =
        [("android", "Android"), ("iphone", "iPhone"), ("ipad", "iPad"), ("windows", "Windows"), ("mac os", "macOS"), ("linux", "Linux")]
            .iter()
            .find(|(k, _)| ua.contains(k))
            .map(|(_, v)| *v);
    (browser, system)
}

/// One place a person is signed in, as their account page lists it.
/// What a new account is made of, checked: the person's name, e-mail and a
/// password that passes the rules. Field errors name the form's fields.
#[derive(Clone)]
pub struct NewAccount {
    pub name: PersonName,
    pub email: Email,
    pub password: Password,
}

impl NewAccount {
    pub fn parse(name: &str, email: &str, password: &str) -> Result<Self, ValidationError> {
        Ok(Self { name: PersonName::parse(name)?, email: Email::parse(email)?, password: Password::parse(password)? })
    }
}

/// A person named in a form: nobody, one picked from a list (an id), or one
/// named by e-mail address (what a large organisation's forms ask instead
/// of a list). Whether they are a member is the service's question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PersonRef {
    Nobody,
    Id(UserId),
    Email(Email),
}

impl PersonRef {
    /// `field` names the form's field in errors.
    pub fn parse(field: &str, raw: &str) -> Result<Self, ValidationError> {
        if raw.contains('@') {
            return Email::parse(raw).map(PersonRef::Email).map_err(|e| ValidationError::new(field, e.message));
        }
        Ok(optional_id::<UserId>(field, msg!("invalid-person-choice"), raw)?.map_or(PersonRef::Nobody, PersonRef::Id))
    }
}

/// Who a rate limit counts a request as: the caller's network address, as
/// the web layer reads it (see `infra::auth::client_address`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientAddress(String);

impl ClientAddress {
    pub fn new(key: String) -> Self {
        Self(key)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionView {
    pub id: i64,
    pub device: String,
    /// Seconds since the epoch.
    pub created_at: i64,
    pub last_seen_at: i64,
    /// The session this page was loaded with.
    pub current: bool,
}

/// Failed logins are counted over this rolling window.
pub const LOGIN_WINDOW_SECS: i64 = 15 * 60;
/// Guessing one person's password from one address: a handful of tries, then wait.
pub const MAX_FAILURES_PER_PAIR: i64 = 5;
/// Spraying many accounts from one address: a wider allowance for shared offices.
pub const MAX_FAILURES_PER_ADDRESS: i64 = 20;
/// Guessing one person's password from many addresses: past this many
/// failures the account is not locked (that would let any stranger lock a
/// person out) but slowed down to one attempt per `SLOW_PATH_SECS`.
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 20;
pub const SLOW_PATH_SECS: i64 = 30;

/// Failed logins counted in the window, for one attempt.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Failures {
    /// This account from this address.
    pub pair: i64,
    /// Any account from this address.
    pub address: i64,
    /// This account from any address.
    pub account: i64,
    /// When this account last failed from anywhere (seconds since the epoch).
    pub account_last: Option<i64>,
    /// The attempt comes from a browser this person has logged in with
    /// before (a known device): failures elsewhere do not slow it down, so
    /// strangers guessing from many addresses cannot keep the owner out.
    pub known_device: bool,
}

/// How long a browser stays a known device after its last log-in.
pub const KNOWN_DEVICE_SECS: i64 = 365 * 86_400;
/// Known devices kept per person (the most recent).
pub const KNOWN_DEVICES_KEPT: i64 = 20;

/// `Err(seconds to wait)` when another attempt must be refused now.
pub fn login_throttle(f: Failures, now: i64) -> Result<(), i64> {
    if f.pair >= MAX_FAILURES_PER_PAIR || f.address >= MAX_FAILURES_PER_ADDRESS {
        return Err(LOGIN_WINDOW_SECS);
    }
    match f.account_last {
        Some(last) if !f.known_device && f.account >= MAX_FAILURES_PER_ACCOUNT && now - last < SLOW_PATH_SECS => {
            Err(SLOW_PATH_SECS - (now - last))
        }
        _ => Ok(()),
    }
}

/// The longest password a log-in hashes. Longer ones are refused before any
/// work: no account can have one (sign-up caps it), and hashing a megabyte
/// would cost the server, not the guesser.
pub fn login_password_fits(password: &str) -> bool {
    password.chars().count() <= PASSWORD_MAX_CHARS
}

/// New workspaces per address per hour, by default: enough for an office,
/// not for a script. (Joining through an invite is bounded by the invite.)
pub const DEFAULT_SIGNUPS_PER_HOUR: u32 = 10;

/// How long a link that confirms an e-mail address works.
pub const CONFIRM_VALID_DAYS: i64 = 7;

/// How soon a person may ask for the confirmation link again.
pub const CONFIRM_RESEND_SECS: i64 = 300;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_person_is_named_by_nothing_an_id_or_an_address() {
        assert_eq!(PersonRef::parse("owner_id", " ").unwrap(), PersonRef::Nobody);
        assert_eq!(PersonRef::parse("owner_id", "7").unwrap(), PersonRef::Id(UserId(7)));
        assert_eq!(PersonRef::parse("owner_id", " Ada@Example.com ").unwrap(), PersonRef::Email(Email::parse("ada@example.com").unwrap()));
        let e = PersonRef::parse("owner_id", "ada@").unwrap_err();
        assert_eq!(e.field, "owner_id", "the error belongs to the form's field");
        assert_eq!(PersonRef::parse("email", "seven").unwrap_err().field, "email");
    }

    #[test]
    fn sessions_end_when_old_or_idle() {
        let day = 86_400;
        assert!(session_alive(0, 0, 13 * day));
        assert!(!session_alive(0, 0, 14 * day), "idle for 14 days");
        assert!(session_alive(0, 20 * day, 29 * day));
        assert!(!session_alive(0, 29 * day, 30 * day), "30 days after log-in, however used");
    }

    #[test]
    fn devices_get_plain_names() {
        let chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";
        assert_eq!(device_label(chrome), "Chrome|Linux");
        assert_eq!(device_of_label(&device_label(chrome)), Ok((Some("Chrome"), Some("Linux"))));
        assert_eq!(device_of_label("Chrome on Linux"), Err("Chrome on Linux"), "a label from before reads as written");
        assert_eq!(
            device_label("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Version/17.0 Mobile Safari/604.1"),
            "Safari|iPhone"
        );
        assert_eq!(device_label("Mozilla/5.0 (Windows NT 10.0; rv:121.0) Gecko/20100101 Firefox/121.0"), "Firefox|Windows");
        assert_eq!(device_label("curl/8.0"), "|");
        assert_eq!(device_of_label("|"), Ok((None, None)));
    }

    #[test]
    fn throttle_limits() {
        let f = |pair, address, account, account_last| Failures { pair, address, account, account_last, known_device: false };
        assert_eq!(login_throttle(f(MAX_FAILURES_PER_PAIR - 1, MAX_FAILURES_PER_ADDRESS - 1, 0, None), 100), Ok(()));
        assert_eq!(login_throttle(f(MAX_FAILURES_PER_PAIR, 0, 0, None), 100), Err(LOGIN_WINDOW_SECS));
        assert_eq!(login_throttle(f(0, MAX_FAILURES_PER_ADDRESS, 0, None), 100), Err(LOGIN_WINDOW_SECS));
        // Many failures on one account from elsewhere slow it down, never lock it.
        assert_eq!(login_throttle(f(0, 0, 500, Some(90)), 100), Err(SLOW_PATH_SECS - 10));
        assert_eq!(login_throttle(f(0, 0, 500, Some(100 - SLOW_PATH_SECS)), 100), Ok(()));
        assert_eq!(login_throttle(f(0, 0, MAX_FAILURES_PER_ACCOUNT - 1, Some(99)), 100), Ok(()));
        // A known device is not slowed by failures elsewhere, but keeps its own limits.
        let known = |f: Failures| Failures { known_device: true, ..f };
        assert_eq!(login_throttle(known(f(0, 0, 500, Some(99))), 100), Ok(()));
        assert_eq!(login_throttle(known(f(MAX_FAILURES_PER_PAIR, 0, 500, Some(99))), 100), Err(LOGIN_WINDOW_SECS));
        assert!(login_password_fits(&"x".repeat(PASSWORD_MAX_CHARS)));
        assert!(!login_password_fits(&"x".repeat(PASSWORD_MAX_CHARS + 1)));
    }

    #[test]
    fn deserialising_cannot_skip_parse() {
        assert!(serde_json::from_str::<Email>(r#""not-an-address""#).is_err());
        assert_eq!(serde_json::from_str::<Email>(r#"" Ada@Example.com""#).unwrap().as_str(), "ada@example.com");
        assert!(serde_json::from_str::<PersonName>(r#""  ""#).is_err());
        assert!(serde_json::from_str::<OrgName>(r#""""#).is_err());
    }

    #[test]
    fn email_is_normalised() {
        assert_eq!(Email::parse("  Ada@Example.COM ").unwrap().as_str(), "ada@example.com");
    }

    #[test]
    fn email_rejects_obvious_garbage() {
        for bad in ["", "ada", "ada@", "@example.com", "ada@example", "ada@.com", "a b@example.com", "ada@example..com"] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn email_with_a_name_or_a_list_is_refused_with_a_reason() {
        for bad in [
            "Ada<ada@example.com>",
            "ada@example.com>",
            "\"ada\"@example.com",
            "ada@example.com,bob",
            "ada@example.com;x",
            "(c)ada@example.com",
        ] {
            let e = Email::parse(bad).expect_err(bad);
            assert_eq!((e.field.as_str(), e.message.to_string().contains("without a name or brackets")), ("email", true), "{bad:?}");
        }
    }

    #[test]
    fn password_policy() {
        assert_eq!(Password::parse("short").unwrap_err().field, "password");
        assert!(Password::parse("12345678").is_ok());
        assert!(Password::parse(&"x".repeat(PASSWORD_MAX_CHARS + 1)).is_err());
        assert_eq!(format!("{:?}", Password::parse("secret-pass").unwrap()), "Password(<redacted>)");
    }

    #[test]
    fn next_path_stays_on_site() {
        assert_eq!(safe_next_path(Some("/join/abc")), "/join/abc");
        assert_eq!(safe_next_path(Some("//evil.example")), "/");
        assert_eq!(safe_next_path(Some("https://evil.example")), "/");
        assert_eq!(safe_next_path(Some("/\\evil.example")), "/");
        assert_eq!(safe_next_path(Some("/\t/evil.example")), "/", "browsers drop the tab: //evil.example");
        assert_eq!(safe_next_path(Some("/\n/evil.example")), "/");
        assert_eq!(safe_next_path(Some("/vote\r\nSet-Cookie: x=1")), "/", "no header injection, no panic");
        assert_eq!(safe_next_path(Some("/vote?week=2#top")), "/vote?week=2#top");
        assert_eq!(safe_next_path(None), "/");
    }

    /// What `http::HeaderValue` accepts: visible ASCII and spaces.
    fn http_header_safe(s: &str) -> bool {
        s.bytes().all(|b| b == b' ' || b == b'\t' || (0x21..0x7f).contains(&b))
    }

    proptest! {
        #[test]
        fn password_length_rule_is_exact(s in "\\PC{0,20}") {
            let ok = Password::parse(&s).is_ok();
            prop_assert_eq!(ok, s.chars().count() >= PASSWORD_MIN_CHARS);
        }

        #[test]
        fn parsed_email_is_idempotent(local in "[a-z0-9._-]{1,20}", domain in "[a-z0-9-]{1,20}\\.[a-z]{2,6}") {
            let e = Email::parse(&format!("{local}@{domain}")).unwrap();
            prop_assert_eq!(Email::parse(e.as_str()).unwrap(), e);
        }

        #[test]
        fn next_path_never_leaves_site(s in "\\PC{0,30}", prefix in prop::sample::select(vec!["", "/", "//", "/\\t/", "/\\\\", "https://"])) {
            let p = safe_next_path(Some(&format!("{prefix}{s}")));
            // What a browser would do with it: drop tabs and line breaks, read `\` as `/`.
            let seen: String = p.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).map(|c| if c == '\\' { '/' } else { c }).collect();
            prop_assert!(seen.starts_with('/') && !seen.starts_with("//"), "{:?}", p);
            prop_assert!(http_header_safe(&p));
        }
    }
}
