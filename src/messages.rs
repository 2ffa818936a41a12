//! Which message a person reads when the app refuses something it decided
//! by a rule. The rules return typed refusals (`domain::vote::VoteRefused`,
//! …); the pages, the JSON API, e-mail and the islands in the browser all
//! say them with the messages named here (words in `locales/*/errors.ftl`),
//! so each is written once.

use crate::domain::msg::Msg;
use crate::domain::passkey::{PasskeyRefused, MAX_PASSKEYS};
use crate::domain::sso::SsoRefused;
use crate::domain::vote::{SurveyRefused, VoteRefused, CHANGES_PER_WEEK};
use crate::msg;
use std::fmt;

/// An account that has not confirmed its e-mail address tries to join an
/// organisation (see `server::service::confirmation`).
pub fn confirm_first() -> Msg {
    msg!("refusal-confirm-first")
}

/// A password session refused by an organisation that requires single sign-on.
pub fn sso_required() -> Msg {
    msg!("refusal-sso-required")
}

impl SsoRefused {
    pub fn msg(self) -> Msg {
        match self {
            SsoRefused::NoProvider => msg!("refusal-sso-no-provider"),
            SsoRefused::StateMismatch => msg!("refusal-sso-state-mismatch"),
            SsoRefused::ProviderDenied => msg!("refusal-sso-provider-denied"),
            SsoRefused::ProviderUnavailable => msg!("refusal-sso-provider-unavailable"),
            SsoRefused::InvalidToken => msg!("refusal-sso-invalid-token"),
            SsoRefused::EmailNotVerified => msg!("refusal-sso-email-not-verified"),
            SsoRefused::DomainNotVouched => msg!("refusal-sso-domain-not-vouched"),
            SsoRefused::AccountExists => msg!("refusal-sso-account-exists"),
        }
    }
}

impl VoteRefused {
    pub fn msg(self) -> Msg {
        match self {
            VoteRefused::NoActiveWave => msg!("refusal-vote-no-active-wave"),
            VoteRefused::Closed => msg!("refusal-vote-closed"),
            // Carries the vote page's reason (`vote-why-wait`), said once.
            VoteRefused::JoinedLate => msg!("refusal-vote-joined-late"),
            VoteRefused::AlreadyVoted => msg!("refusal-vote-already-voted"),
            VoteRefused::TooManyChanges => msg!("refusal-vote-too-many-changes", count = CHANGES_PER_WEEK),
        }
    }
}

impl SurveyRefused {
    pub fn msg(self) -> Msg {
        match self {
            SurveyRefused::NoneOpen => msg!("refusal-survey-none-open"),
            SurveyRefused::JoinedLate => msg!("refusal-survey-joined-late"),
            SurveyRefused::AlreadyAnswered => msg!("refusal-survey-already-answered"),
        }
    }
}

impl PasskeyRefused {
    pub fn msg(self) -> Msg {
        match self {
            PasskeyRefused::NeedsName => msg!("refusal-passkey-needs-name"),
            PasskeyRefused::Stale => msg!("refusal-passkey-stale"),
            PasskeyRefused::NotValid => msg!("refusal-passkey-not-valid"),
            PasskeyRefused::Unknown => msg!("refusal-passkey-unknown"),
            PasskeyRefused::TooMany => msg!("refusal-passkey-too-many", count = MAX_PASSKEYS),
        }
    }
}

macro_rules! say {
    ($($t:ty),+) => {$(
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.msg().fmt(f)
            }
        }
    )+};
}
say!(SsoRefused, VoteRefused, SurveyRefused, PasskeyRefused);
