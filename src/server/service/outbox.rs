//! The outbox, as the worker that sends it sees it: take the messages that
//! are due (leased, so several servers never send one twice), settle each
//! try, forget old ones. Messages get in through the services whose
//! transaction makes what they announce (`mail`, `weekly`).

use crate::domain::channels::Channel;
use crate::domain::mail::retry_after;
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::server::store::outbox;

pub use crate::server::store::outbox::Taken;

/// How a try to send a message went.
pub enum Tried {
    Sent,
    /// Worth another try later (a server that did not answer, a full mailbox).
    Transient(String),
    /// Never worth another try (an address the server refuses).
    Permanent(String),
}

/// Takes up to `limit` due messages of `channels`, in turns across organisations.
pub async fn take_due(ctx: &ServerCtx, limit: i64, channels: &[Channel]) -> Result<Vec<Taken>, AppError> {
    let mut tx = super::write(ctx).await?;
    let batch = outbox::take_due(&mut tx, ctx.now(), limit, channels).await?;
    tx.commit().await?;
    Ok(batch)
}

/// Records how a try went: sent, tried again later (each time after a
/// longer wait, `domain::mail::retry_after`), or given up. Returns whether
/// the message was given up.
pub async fn settle(ctx: &ServerCtx, message: &Taken, tried: Tried) -> Result<bool, AppError> {
    let now = ctx.now();
    let mut tx = super::write(ctx).await?;
    let gave_up = match tried {
        Tried::Sent => {
            outbox::mark_sent(&mut tx, message.id, now).await?;
            false
        }
        Tried::Transient(e) => {
            let retry = retry_after(u32::try_from(message.attempts).unwrap_or(u32::MAX)).map(|wait| now + wait);
            outbox::mark_failed(&mut tx, message.id, &e, retry, now).await?;
            retry.is_none()
        }
        Tried::Permanent(e) => {
            outbox::mark_failed(&mut tx, message.id, &e, None, now).await?;
            true
        }
    };
    tx.commit().await?;
    Ok(gave_up)
}

/// Deletes sent and given-up messages past their keeping time; returns how many.
pub async fn prune(ctx: &ServerCtx) -> Result<u64, AppError> {
    let mut tx = super::write(ctx).await?;
    let removed = outbox::prune(&mut tx, ctx.now()).await?;
    tx.commit().await?;
    Ok(removed)
}
