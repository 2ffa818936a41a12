//! The one error type of the application.
//!
//! Every server function returns `Result<_, AppError>`. It travels to the
//! browser as JSON, and `status()` is the single place that decides which
//! HTTP status each kind of failure gets (see `crate::infra::errors`).

use crate::domain::msg::Msg;
use crate::domain::vote::{SurveyRefused, VoteRefused};
use crate::domain::ValidationError;
use crate::msg;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// What went wrong, with the words for the person (a `Msg`, worded in
/// their language when shown or sent).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppError {
    /// Input broke a domain rule; `field` names the form control.
    Invalid {
        field: String,
        message: Msg,
    },
    Unauthenticated,
    Forbidden(Msg),
    NotFound(Msg),
    Conflict(Msg),
    /// Something that existed and no longer can be used (an expired invite).
    Gone(Msg),
    WrongCredentials,
    RateLimited(Msg),
    /// A queued draft reached the server under someone else's session (a
    /// shared device changed hands): it stays on the device for its writer.
    NotTheWriter,
    /// A vote the rules do not take (words in `crate::messages`).
    Vote(VoteRefused),
    /// A survey answer the rules do not take.
    Survey(SurveyRefused),
    /// The request itself was malformed (missing or unreadable arguments).
    BadRequest(Msg),
    /// Details are logged on the server, never sent to the browser.
    Internal,
    /// The browser could not reach the server.
    Network,
}

impl AppError {
    /// The words for the person.
    pub fn msg(&self) -> Msg {
        match self {
            AppError::Invalid { message: m, .. }
            | AppError::Forbidden(m)
            | AppError::NotFound(m)
            | AppError::Conflict(m)
            | AppError::Gone(m)
            | AppError::RateLimited(m)
            | AppError::BadRequest(m) => m.clone(),
            AppError::Unauthenticated => msg!("error-unauthenticated"),
            AppError::WrongCredentials => msg!("error-wrong-credentials"),
            AppError::NotTheWriter => msg!("error-not-the-writer"),
            AppError::Vote(why) => why.msg(),
            AppError::Survey(why) => why.msg(),
            AppError::Internal => msg!("error-internal"),
            AppError::Network => msg!("error-network"),
        }
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.msg().fmt(f)
    }
}

impl std::error::Error for AppError {}

impl From<crate::domain::passkey::PasskeyRefused> for AppError {
    fn from(why: crate::domain::passkey::PasskeyRefused) -> Self {
        use crate::domain::passkey::PasskeyRefused::*;
        let message = why.msg();
        match why {
            NeedsName => AppError::Conflict(message),
            Stale => AppError::Gone(message),
            TooMany => AppError::Invalid { field: "name".into(), message },
            NotValid | Unknown => AppError::Invalid { field: "passkey".into(), message },
        }
    }
}

impl AppError {
    pub fn status(&self) -> u16 {
        match self {
            AppError::Invalid { .. } => 422,
            AppError::Unauthenticated => 401,
            AppError::Forbidden(_) => 403,
            AppError::NotFound(_) => 404,
            AppError::Conflict(_) => 409,
            AppError::Gone(_) => 410,
            AppError::WrongCredentials => 401,
            AppError::RateLimited(_) => 429,
            AppError::NotTheWriter => 409,
            AppError::Vote(VoteRefused::TooManyChanges) => 429,
            AppError::Vote(_) | AppError::Survey(_) => 409,
            AppError::BadRequest(_) => 400,
            AppError::Internal => 500,
            AppError::Network => 503,
        }
    }

    pub fn forbidden(why: impl Into<Msg>) -> Self {
        AppError::Forbidden(why.into())
    }

    /// "`what` was not found.", `what` a message like `msg!("what-team")`.
    pub fn not_found(what: Msg) -> Self {
        AppError::NotFound(msg!("error-not-found", what = what))
    }

    /// The form field this error belongs to, if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            AppError::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }
}

impl From<ValidationError> for AppError {
    fn from(e: ValidationError) -> Self {
        AppError::Invalid { field: e.field, message: e.message }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(_) => AppError::Network,
            ServerFnErrorErr::Args(why) => AppError::BadRequest(msg!("error-form-unreadable", why = why)),
            ServerFnErrorErr::MissingArg(arg) => AppError::BadRequest(msg!("error-form-missing-field", field = arg)),
            ServerFnErrorErr::Deserialization(why) | ServerFnErrorErr::Serialization(why) => {
                AppError::BadRequest(msg!("error-request-unreadable", why = why))
            }
            _ => AppError::Internal,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_mistakes_are_4xx() {
        let e: AppError = ValidationError::new("name", msg!("invalid-text-empty", label = msg!("label-your-name"))).into();
        assert_eq!(e.status(), 422);
        assert_eq!(e.field(), Some("name"));
        assert_eq!(AppError::from_server_fn_error(ServerFnErrorErr::MissingArg("x".into())).status(), 400);
        assert_eq!(AppError::not_found(msg!("what-team")).to_string(), "That team was not found.");
    }

    #[test]
    fn refusals_keep_their_type_and_status_on_the_wire() {
        // The browser's form helper reads the same `AppError` back.
        for e in [
            AppError::Vote(VoteRefused::JoinedLate),
            AppError::Vote(VoteRefused::TooManyChanges),
            AppError::Survey(SurveyRefused::AlreadyAnswered),
        ] {
            let back: AppError = serde_json::from_str(&serde_json::to_string(&e).unwrap()).unwrap();
            assert_eq!(back, e);
        }
        assert_eq!(AppError::Vote(VoteRefused::AlreadyVoted).status(), 409);
        assert_eq!(AppError::Vote(VoteRefused::TooManyChanges).status(), 429);
        // Words are the server's (the browser build's tests have no messages).
        #[cfg(feature = "ssr")]
        {
            let late = AppError::Vote(VoteRefused::JoinedLate).to_string();
            let why = crate::t!("vote-why-wait");
            assert!(late.contains(&why), "the vote page and the refusal give one reason: {late}");
        }
    }

    #[test]
    fn internal_errors_say_nothing_specific() {
        assert_eq!(AppError::Internal.to_string(), "Something went wrong on our side. Please try again.");
    }
}
