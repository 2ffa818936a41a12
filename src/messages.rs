//! The words a person reads when the app refuses something it decided by a
//! rule. The rules return typed refusals (`domain::vote::VoteRefused`, …);
//! the pages, the JSON API, e-mail and the islands in the browser all say
//! them with the sentences here, so each is written once.

use crate::domain::sso::SsoRefused;
use crate::domain::vote::{SurveyRefused, VoteRefused, CHANGES_PER_WEEK};
use std::fmt;

/// Why a newcomer waits before voting: the tenure rule, said once for the
/// vote page and for a refused vote.
pub const WHY_VOTERS_WAIT: &str =
    "People vote once they have been on the team (or, for a wave objective, in the organisation) for a full week \
     before a week begins: then nobody can add accounts to vote beside a colleague and read their vote.";

/// A password session refused by an organisation that requires single sign-on.
/// An account that has not confirmed its e-mail address tries to join an
/// organisation (see `server::service::confirmation`).
pub const CONFIRM_FIRST: &str = "Confirm your e-mail address first: open the link we sent you (your account page sends it again). \
     Until then your account works only in the workspace you started.";

pub const SSO_REQUIRED: &str = "Your organisation signs in through its identity provider, not with a password: \
     under “Single sign-on” on the log-in page, enter your work address.";

impl fmt::Display for SsoRefused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SsoRefused::NoProvider => {
                "No organisation on this server signs in people of that e-mail domain through single sign-on. \
                 Log in with your password, or ask your admin for your organisation's sign-in address."
            }
            SsoRefused::StateMismatch => {
                "That sign-in could not be finished: it was started in another browser, used already, or took longer \
                 than ten minutes. Start again."
            }
            SsoRefused::ProviderDenied => {
                "Your identity provider did not sign you in (it was cancelled or refused). Try again, or ask your admin."
            }
            SsoRefused::ProviderUnavailable => {
                "Your identity provider could not be reached or gave an answer Mistvine cannot use. Try again in a minute; \
                 if it keeps happening, tell your admin."
            }
            SsoRefused::InvalidToken => {
                "Your identity provider's answer failed Mistvine's checks (its signature, issuer, audience, expiry or nonce), \
                 so you were not signed in. Start again; if it keeps happening, tell your admin."
            }
            SsoRefused::EmailNotVerified => {
                "Your identity provider did not confirm your e-mail address, so Mistvine cannot tell whose account this is. \
                 Ask your admin to have the provider send a verified e-mail."
            }
            SsoRefused::DomainNotVouched => {
                "Your e-mail address's domain is not one this organisation signs in through its provider. Ask your admin \
                 to add it, or log in with your password."
            }
            SsoRefused::AccountExists => {
                "An account with your e-mail address already exists here. Log in with its password once, then choose \
                 single sign-on again: it is connected to your account from then on."
            }
        })
    }
}

impl fmt::Display for VoteRefused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VoteRefused::NoActiveWave => f.write_str("No wave is active, so there is nothing to vote on."),
            VoteRefused::Closed => f.write_str("Voting is closed: today is outside the wave's weeks."),
            VoteRefused::JoinedLate => write!(f, "You cannot vote on this objective yet. {WHY_VOTERS_WAIT}"),
            VoteRefused::AlreadyVoted => f.write_str(
                "You already voted on this objective this week. A vote can only be changed from the browser it was cast in.",
            ),
            VoteRefused::TooManyChanges => write!(
                f,
                "You have changed this vote {CHANGES_PER_WEEK} times this week, the most a week allows: it stays as it is until next week's vote."
            ),
        }
    }
}

impl fmt::Display for SurveyRefused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SurveyRefused::NoneOpen => "No survey is open.",
            SurveyRefused::JoinedLate => {
                "The survey counts people who were members a full week before it opened, so nobody can add accounts \
                 to answer beside a colleague and read their answers: you answer the next wave's survey."
            }
            SurveyRefused::AlreadyAnswered => "You have already answered this survey.",
        })
    }
}
