//! The background sender: every poll (or when a request rings), queue the
//! weekly e-mails that are due, then send what the outbox holds. A failed
//! try waits longer each time (`domain::mail::retry_after`) and reads the
//! injected clock, so tests move time instead of waiting.

use super::{weekly, Mailer, SendError};
use crate::domain::mail::retry_after;
use crate::domain::mail::text::Message;
use crate::error::AppError;
use crate::server::infra::ctx::ServerCtx;
use crate::server::service;
use crate::server::store::outbox;
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
            if let Err(e) = weekly::queue_due(&ctx, &mailer).await {
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
        let mut tx = service::write(ctx).await?;
        let batch = outbox::take_due(&mut tx, ctx.now(), BATCH).await?;
        tx.commit().await?;
        if batch.is_empty() {
            return Ok(());
        }
        for m in batch {
            let message = Message { subject: m.subject, body: m.body };
            let result = mailer.send(&m.to_address, &message).await;
            let now = ctx.now();
            let mut tx = service::write(ctx).await?;
            match result {
                Ok(()) => outbox::mark_sent(&mut tx, m.id, now).await?,
                Err(SendError::Transient(e)) => {
                    let retry = retry_after(u32::try_from(m.attempts).unwrap_or(u32::MAX)).map(|wait| now + wait);
                    tracing::warn!(id = m.id, attempts = m.attempts, gave_up = retry.is_none(), error = %e, "e-mail not sent");
                    outbox::mark_failed(&mut tx, m.id, &e, retry, now).await?
                }
                Err(SendError::Permanent(e)) => {
                    tracing::warn!(id = m.id, error = %e, "e-mail refused for good");
                    outbox::mark_failed(&mut tx, m.id, &e, None, now).await?
                }
            }
            tx.commit().await?;
        }
    }
}

async fn prune(ctx: &ServerCtx) -> Result<(), AppError> {
    let mut tx = service::write(ctx).await?;
    let removed = outbox::prune(&mut tx, ctx.now()).await?;
    tx.commit().await?;
    tracing::debug!(removed, "old sent e-mails deleted");
    Ok(())
}
