//! The one error type of the application.
//!
//! Every server function returns `Result<_, AppError>`. It travels to the
//! browser as JSON, and `status()` is the single place that decides which
//! HTTP status each kind of failure gets (see `crate::infra::errors`).

use crate::domain::vote::{SurveyRefused, VoteRefused};
use crate::domain::ValidationError;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// Input broke a domain rule; `field` names the form control.
    #[error("{message}")]
    Invalid { field: String, message: String },
    #[error("Please log in to continue.")]
    Unauthenticated,
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    /// Something that existed and no longer can be used (an expired invite).
    #[error("{0}")]
    Gone(String),
    #[error("That e-mail address and password do not match an account.")]
    WrongCredentials,
    #[error("{0}")]
    RateLimited(String),
    /// A queued draft reached the server under someone else's session (a
    /// shared device changed hands): it stays on the device for its writer.
    #[error("This draft was written by someone else who used this device. It stays on the device until they sign in again.")]
    NotTheWriter,
    /// The request itself was malformed (missing or unreadable arguments).
    /// A vote the rules do not take (words in `crate::messages`).
    #[error("{0}")]
    Vote(VoteRefused),
    /// A survey answer the rules do not take.
    #[error("{0}")]
    Survey(SurveyRefused),
    #[error("{0}")]
    BadRequest(String),
    /// Details are logged on the server, never sent to the browser.
    #[error("Something went wrong on our side. Please try again.")]
    Internal,
    /// The browser could not reach the server.
    #[error("Could not reach the server. Check your connection and try again.")]
    Network,
}

impl From<crate::domain::passkey::PasskeyRefused> for AppError {
    fn from(why: crate::domain::passkey::PasskeyRefused) -> Self {
        use crate::domain::passkey::PasskeyRefused::*;
        let message = why.message();
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

    pub fn forbidden(msg: &str) -> Self {
        AppError::Forbidden(msg.to_owned())
    }

    pub fn not_found(what: &str) -> Self {
        AppError::NotFound(format!("{what} was not found."))
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
            ServerFnErrorErr::Args(msg) => AppError::BadRequest(format!("The form could not be read: {msg}")),
            ServerFnErrorErr::MissingArg(arg) => AppError::BadRequest(format!("The form is missing the field {arg}.")),
            ServerFnErrorErr::Deserialization(msg) | ServerFnErrorErr::Serialization(msg) => {
                AppError::BadRequest(format!("The request could not be read: {msg}"))
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
        let e: AppError = ValidationError::new("name", "Name cannot be empty.").into();
        assert_eq!(e.status(), 422);
        assert_eq!(e.field(), Some("name"));
        assert_eq!(AppError::from_server_fn_error(ServerFnErrorErr::MissingArg("x".into())).status(), 400);
        assert_eq!(AppError::not_found("That team").to_string(), "That team was not found.");
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
        let late = AppError::Vote(VoteRefused::JoinedLate).to_string();
        assert!(late.contains(crate::messages::WHY_VOTERS_WAIT), "the vote page and the refusal give one reason: {late}");
    }

    #[test]
    fn internal_errors_say_nothing_specific() {
        assert_eq!(AppError::Internal.to_string(), "Something went wrong on our side. Please try again.");
    }
}
