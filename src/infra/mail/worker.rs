//! The background sender: every poll (or when a request rings), queue the
//! weekly e-mails that are due, then send what the outbox holds. A failed
//! try waits longer each time (`domain::mail::retry_after`) and reads the
//! injected clock, so tests move time instead of waiting.

use super::{Mailer, SendError};
use crate::domain::mail::text::Message;
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::server::service::outbox::{self, Tried};
use crate::server::service::weekly;
use std::sync::Arc;

/// Messages taken per round.
const BATCH: i64 = 20;
/// Rounds between deleting old sent messages.
const PRUNE_EVERY: u32 = 1000;

/// Starts the worker for this server; it runs as long as the runtime does.
pub fn spawn(ctx: ServerCtx, mailer: Arc<Mailer>) {
    tokio::spawn(async move {
        let mut round = 0u32;
        loop {
            if let Err(e) = weekly::queue_due(&ctx, &mailer.base).await {
                tracing::warn!(error = %e, "cannot queue the weekly e-mails; trying again at the next round");
            }
            if let Err(e) = deliver(&ctx, &mailer).await {
                tracing::warn!(error = %e, "cannot read the outbox; trying again at the next round");
            }
            if round.is_multiple_of(PRUNE_EVERY) {
                if let Err(e) = prune(&ctx).await {
                    tracing::warn!(error = %e, "cannot delete old sent e-mails");
                }
            }
            round = round.wrapping_add(1);
            tokio::select! {
                _ = tokio::time::sleep(mailer.poll) => {}
                _ = mailer.wake.notified() => {}
            }
        }
    });
}

/// Sends due messages until none is left.
async fn deliver(ctx: &ServerCtx, mailer: &Mailer) -> Result<(), AppError> {
    loop {
        let batch = outbox::take_due(ctx, BATCH).await?;
        if batch.is_empty() {
            return Ok(());
        }
        for m in batch {
            let message = Message { subject: m.subject.clone(), body: m.body.clone() };
            let tried = match mailer.send(&m.to_address, &message).await {
                Ok(()) => Tried::Sent,
                Err(SendError::Transient(e)) => Tried::Transient(e),
                Err(SendError::Permanent(e)) => Tried::Permanent(e),
            };
            let failure = match &tried {
                Tried::Sent => None,
                Tried::Transient(e) | Tried::Permanent(e) => Some(e.clone()),
            };
            let gave_up = outbox::settle(ctx, &m, tried).await?;
            if let Some(error) = failure {
                tracing::warn!(id = m.id, attempts = m.attempts, gave_up, %error, "e-mail not sent");
            }
        }
    }
}

async fn prune(ctx: &ServerCtx) -> Result<(), AppError> {
    let removed = outbox::prune(ctx).await?;
    tracing::debug!(removed, "old sent e-mails deleted");
    Ok(())
}
