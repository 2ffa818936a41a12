//! Passkeys (WebAuthn): what a person calls each of theirs, what the account
//! page lists, and why a passkey ceremony was refused. The cryptography is
//! webauthn-rs's, on the server.

use super::validation::bounded_text;
use super::ValidationError;
use crate::msg;
use serde::{Deserialize, Serialize};

/// Passkeys one person may keep: enough for every device they own, few
/// enough that the list stays readable.
pub const MAX_PASSKEYS: usize = 20;

/// How long a challenge may wait for its answer (the browser's own prompt
/// times out well before).
pub const CEREMONY_SECS: i64 = 300;

/// What the person calls a passkey ("Work laptop"), so they know which one
/// to remove.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasskeyName(String);

impl PasskeyName {
    pub const MAX_CHARS: usize = 60;

    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        bounded_text("name", msg!("label-passkey-name"), raw, Self::MAX_CHARS).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One of the person's passkeys, as the account page lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PasskeyView {
    pub id: i64,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

/// The account page's passkeys section: whether this server offers
/// passkeys at all (see [`PasskeyRefused::NeedsName`]) and the person's own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Passkeys {
    pub available: bool,
    pub list: Vec<PasskeyView>,
}

/// A challenge handed to the browser: its id (sent back with the answer)
/// and the options for `navigator.credentials`, as JSON.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Challenge {
    pub ceremony: String,
    pub options: String,
}

/// Why a passkey could not be added or used. Each says what to do; none
/// tells a stranger whether an account exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PasskeyRefused {
    /// The server is reached by an IP address: browsers allow passkeys only
    /// for a name (`localhost` counts).
    NeedsName,
    /// The challenge is unknown, used or older than [`CEREMONY_SECS`].
    Stale,
    /// What the browser sent is not a passkey answer to this challenge, or
    /// its signature does not hold.
    NotValid,
    /// No account here has this passkey (it was removed, or made elsewhere).
    Unknown,
    /// The person already has [`MAX_PASSKEYS`].
    TooMany,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_bounded_and_plain() {
        assert_eq!(PasskeyName::parse("  Work laptop ").unwrap().as_str(), "Work laptop");
        assert_eq!(PasskeyName::parse(" ").unwrap_err().field, "name");
        assert!(PasskeyName::parse(&"k".repeat(61)).is_err());
        assert!(PasskeyName::parse(&"k".repeat(60)).is_ok());
        assert!(PasskeyName::parse("a\u{7}b").is_err());
    }
}
