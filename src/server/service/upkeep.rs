//! What the server does with the data beside people's requests: answer
//! whether the database is there (`/healthz`), and tidy up when it starts.

use crate::error::AppError;
use crate::server::store::{self, accounts, progress};
use sqlx::AnyPool;

/// Does the database answer?
pub async fn ping(pool: &AnyPool) -> Result<(), AppError> {
    store::ping(pool).await
}

/// Once at start, before requests: computes the progress of objectives
/// saved before progress was stored, and deletes expired sessions.
pub async fn on_start(pool: &AnyPool, now: i64) -> Result<(), String> {
    progress::fill_missing(pool).await.map_err(|e| format!("cannot compute objectives' progress: {e}"))?;
    let removed = accounts::delete_expired_sessions(pool, now).await.unwrap_or(0);
    tracing::debug!(removed, "expired sessions removed");
    Ok(())
}
