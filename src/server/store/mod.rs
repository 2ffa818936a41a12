//! All SQL lives here, one file per area. Functions take a pool or a
//! transaction and return domain types; they enforce no business rule beyond
//! "only rows of this organisation", which every query that takes an id checks.

pub mod accounts;
pub mod api_tokens;
pub mod audit;
pub mod boosts;
pub mod bulk;
pub mod channels;
pub mod check_ins;
pub mod held_box;
pub mod imports;
pub mod mailing;
pub mod membership_log;
pub mod objectives;
pub mod orgs;
pub mod outbox;
mod packed;
pub mod passkeys;
pub mod ppp;
pub mod progress;
pub mod proposals;
pub mod reflections;
pub mod restore;
pub mod scim;
pub mod slack;
pub mod sso;
pub mod submissions;
pub mod survey;
pub mod survey_box;
pub mod teams;
mod types;
pub mod vote_box;
pub use types::{Day, Flag};
pub mod voters;
pub mod waves;

use crate::domain::msg::Msg;
use crate::error::AppError;

/// A UNIQUE constraint refused the write: the caller turns it into a user-facing message.
pub fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(db) if db.is_unique_violation())
}

/// Maps a unique violation to `Conflict(message)`, anything else to `Internal`.
#[track_caller]
pub fn conflict_or_internal(e: sqlx::Error, message: Msg) -> AppError {
    if is_unique_violation(&e) {
        AppError::Conflict(message)
    } else {
        e.into()
    }
}

impl From<sqlx::Error> for AppError {
    /// `?` passes its own place in the code to a `#[track_caller]` conversion,
    /// so the log names the query that failed (file and line in the store);
    /// the request's span adds route, user and organisation.
    #[track_caller]
    fn from(e: sqlx::Error) -> Self {
        let at = std::panic::Location::caller();
        // The detail stays in the server log; the browser gets a generic message.
        tracing::error!(error = %e, query = %at, "database error");
        AppError::Internal
    }
}

/// Does the database answer?
pub async fn ping(conn: impl sqlx::AnyExecutor<'_>) -> Result<(), AppError> {
    sqlx::query("SELECT 1").execute(conn).await?;
    Ok(())
}
