//! Single sign-on through an organisation's OpenID Connect provider: what an
//! admin types (parsed here, once), and the rules a sign-in follows.

use super::account::Email;
use super::org::Role;
use super::validation::{bounded_text, ValidationError};
use crate::domain::msg::Msg;
use crate::msg;
use serde::{Deserialize, Serialize};

/// How long a sign-in may take between leaving for the provider and coming back.
pub const ATTEMPT_SECS: i64 = 600;

/// How long the provider's discovery document and keys are used before they
/// are fetched again. A token signed with a key not in the cached set makes
/// the keys be fetched at once (the provider rotated them), at most once per
/// [`KEYS_REFETCH_SECS`].
pub const METADATA_MAX_AGE_SECS: i64 = 3600;
pub const KEYS_REFETCH_SECS: i64 = 60;

/// Domains one organisation may vouch for.
pub const MAX_DOMAINS: usize = 20;

/// The name on the button: "Sign in with Okta".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderLabel(String);

impl ProviderLabel {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        bounded_text("label", msg!("label-provider-name"), raw, 40).map(Self)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The provider's issuer URL, exactly as its tokens name it (`iss`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issuer(String);

impl Issuer {
    /// `allow_http` is the server's setting for a provider on this machine
    /// (tests and the demo); OpenID Connect requires https otherwise.
    pub fn parse(raw: &str, allow_http: bool) -> Result<Self, ValidationError> {
        let value = raw.trim();
        let err = |m: Msg| Err(ValidationError::new("issuer", m));
        if value.is_empty() {
            return err(msg!("invalid-issuer-empty"));
        }
        if value.len() > 500 {
            return err(msg!("invalid-issuer-long"));
        }
        let rest = if let Some(rest) = value.strip_prefix("https://") {
            rest
        } else if let Some(rest) = value.strip_prefix("http://").filter(|_| allow_http) {
            rest
        } else {
            return err(msg!("invalid-issuer-https"));
        };
        let host = rest.split(['/', ':']).next().unwrap_or_default();
        if host.is_empty() || value.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return err(msg!("invalid-issuer-url"));
        }
        if value.contains(['?', '#']) {
            return err(msg!("invalid-issuer-query"));
        }
        Ok(Self(value.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The client id the provider gave Mistvine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientId(String);

impl ClientId {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let value = bounded_text("client_id", msg!("label-client-id"), raw, 300)?;
        if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(ValidationError::new("client_id", msg!("invalid-client-id")));
        }
        Ok(Self(value))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The client secret as typed. Never shown again, never logged.
#[derive(Clone, PartialEq, Eq)]
pub struct ClientSecret(String);

impl std::fmt::Debug for ClientSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ClientSecret(…)")
    }
}

impl ClientSecret {
    /// `None` when left empty: an admin changing other settings keeps the
    /// stored secret without typing it again.
    pub fn parse(raw: &str) -> Result<Option<Self>, ValidationError> {
        let value = raw.trim();
        if value.is_empty() {
            return Ok(None);
        }
        if value.len() > 500 || value.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(ValidationError::new("client_secret", msg!("invalid-client-secret")));
        }
        Ok(Some(Self(value.to_owned())))
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// One e-mail domain, lower-case: `example.com`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Domain(String);

impl Domain {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let value = raw.trim().trim_start_matches('@').to_lowercase();
        let err = |m: Msg| Err(ValidationError::new("domains", m));
        let labels_ok = value.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
        if value.len() > 253 || !value.contains('.') || !labels_ok {
            return err(msg!("invalid-domain", domain = raw.trim()));
        }
        Ok(Self(value))
    }
    /// The domain of an e-mail address.
    pub fn of(email: &Email) -> Self {
        Self(email.as_str().rsplit_once('@').map(|(_, d)| d).unwrap_or_default().to_owned())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The e-mail domains a provider vouches for, from a list separated by
/// commas, spaces or lines; at least one, sorted, without repeats.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Domains(Vec<Domain>);

impl Domains {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let mut list = raw
            .split([',', ' ', '\n', '\r', '\t', ';'])
            .filter(|s| !s.trim().is_empty())
            .map(Domain::parse)
            .collect::<Result<Vec<_>, _>>()?;
        list.sort();
        list.dedup();
        if list.is_empty() {
            return Err(ValidationError::new("domains", msg!("invalid-domains-empty")));
        }
        if list.len() > MAX_DOMAINS {
            return Err(ValidationError::new("domains", msg!("invalid-domains-many", max = MAX_DOMAINS, count = list.len())));
        }
        Ok(Self(list))
    }
    pub fn iter(&self) -> impl Iterator<Item = &Domain> {
        self.0.iter()
    }
    pub fn contains(&self, domain: &Domain) -> bool {
        self.0.contains(domain)
    }
    /// As the admin page shows them: `example.com, example.org`.
    pub fn joined(&self) -> String {
        self.0.iter().map(Domain::as_str).collect::<Vec<_>>().join(", ")
    }
}

/// What an admin saves on the admin page.
#[derive(Debug, Clone)]
pub struct ProviderSettings {
    pub label: ProviderLabel,
    pub issuer: Issuer,
    pub client_id: ClientId,
    /// `None`: keep the stored one (an error when there is none yet).
    pub client_secret: Option<ClientSecret>,
    pub domains: Domains,
    pub required: bool,
}

/// The admin page's view of the provider (never its secret).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SsoView {
    pub label: String,
    pub issuer: String,
    pub client_id: String,
    /// As typed back into the form: `example.com, example.org`.
    pub domains: String,
    pub required: bool,
    /// The organisation's own sign-in address.
    pub sign_in_address: String,
}

/// What the admin page shows, configured or not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SsoAdmin {
    pub provider: Option<SsoView>,
    /// The redirect URI to register at the provider.
    pub redirect_uri: String,
}

/// What a sign-in address (or a sign-out) shows: whose provider, by which name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProviderButton {
    pub label: String,
    pub org_name: String,
    pub slug: String,
}

/// May a session reach an organisation? Passwords are refused in an
/// organisation that requires single sign-on, except for its owners: they
/// keep their password so a broken or misconfigured provider cannot lock
/// the organisation out (the documented recovery path).
pub fn session_may_enter(role: Role, sso_required: bool, signed_in_by_this_provider: bool) -> bool {
    !sso_required || signed_in_by_this_provider || role == Role::Owner
}

/// Why a sign-in through a provider was refused; each has its words in
/// `crate::messages` and its code in the log-in page's address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SsoRefused {
    /// No organisation here signs in its people of this domain by SSO.
    NoProvider,
    /// The attempt is unknown, used, expired, or began in another browser.
    StateMismatch,
    /// The provider said no (the person cancelled, or is not allowed).
    ProviderDenied,
    /// The provider could not be reached, or answered nonsense.
    ProviderUnavailable,
    /// The ID token failed a check: signature, issuer, audience, expiry, nonce.
    InvalidToken,
    /// The token's e-mail is missing or not verified by the provider.
    EmailNotVerified,
    /// The e-mail's domain is not one this organisation vouches for.
    DomainNotVouched,
    /// An account with this e-mail exists outside this organisation: it must
    /// sign in with its password once, then connect the provider.
    AccountExists,
}

impl SsoRefused {
    pub const ALL: [Self; 8] = [
        Self::NoProvider,
        Self::StateMismatch,
        Self::ProviderDenied,
        Self::ProviderUnavailable,
        Self::InvalidToken,
        Self::EmailNotVerified,
        Self::DomainNotVouched,
        Self::AccountExists,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::NoProvider => "no_provider",
            Self::StateMismatch => "state",
            Self::ProviderDenied => "denied",
            Self::ProviderUnavailable => "unavailable",
            Self::InvalidToken => "token",
            Self::EmailNotVerified => "unverified",
            Self::DomainNotVouched => "domain",
            Self::AccountExists => "account_exists",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_are_lower_case_sorted_and_unique_and_need_a_dot() {
        let d = Domains::parse("Example.COM, @example.org\nexample.com").unwrap();
        assert_eq!(d.joined(), "example.com, example.org");
        assert!(Domains::parse("").is_err());
        assert_eq!(Domains::parse("localhost").unwrap_err().field, "domains");
        assert_eq!(Domains::parse("a.com b.org").unwrap().joined(), "a.com, b.org", "a space separates two entries");
        assert!(Domains::parse("exa mple.com").unwrap_err().message.to_string().contains("“exa”"), "the entry that is no domain is named");
        assert!(Domains::parse("-bad.com").is_err());
        assert!(Domains::parse("a_b.com").is_err());
        let many: Vec<String> = (0..=MAX_DOMAINS).map(|i| format!("d{i}.com")).collect();
        assert!(Domains::parse(&many.join(",")).is_err());
    }

    #[test]
    fn an_address_has_its_domain() {
        let email = Email::parse("Ada@Example.com").unwrap();
        assert_eq!(Domain::of(&email).as_str(), "example.com");
        assert!(Domains::parse("example.com").unwrap().contains(&Domain::of(&email)));
    }

    #[test]
    fn issuers_must_be_https_unless_the_server_allows_http() {
        assert!(Issuer::parse("https://login.example.com/", false).is_ok());
        assert_eq!(Issuer::parse("http://127.0.0.1:9000", false).unwrap_err().field, "issuer");
        assert!(Issuer::parse("http://127.0.0.1:9000", true).is_ok());
        assert!(Issuer::parse("https://x.com/?a=b", false).is_err());
        assert!(Issuer::parse("ftp://x.com", true).is_err());
        assert!(Issuer::parse("https://", false).is_err());
    }

    #[test]
    fn an_empty_secret_keeps_the_stored_one_and_is_never_printed() {
        assert_eq!(ClientSecret::parse("  ").unwrap(), None);
        let s = ClientSecret::parse("s3cr3t").unwrap().unwrap();
        assert_eq!(format!("{s:?}"), "ClientSecret(…)");
        assert!(ClientSecret::parse("two words").is_err());
    }

    #[test]
    fn required_sso_refuses_passwords_except_for_owners() {
        assert!(session_may_enter(Role::Member, false, false));
        assert!(!session_may_enter(Role::Member, true, false));
        assert!(!session_may_enter(Role::Admin, true, false));
        assert!(session_may_enter(Role::Owner, true, false));
        assert!(session_may_enter(Role::Member, true, true));
    }

    #[test]
    fn refusal_codes_round_trip() {
        for r in SsoRefused::ALL {
            assert_eq!(SsoRefused::from_code(r.code()), Some(r));
        }
        assert_eq!(SsoRefused::from_code("nonsense"), None);
    }
}
