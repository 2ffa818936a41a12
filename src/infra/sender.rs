//! The background sender of every channel: every poll (or when a request
//! rings, see `infra::delivery`), queue the weekly messages that are due,
//! then send what the outbox holds — e-mail over SMTP, phone notifications
//! to push services, posts to chat. A failed try waits longer each time
//! (`domain::mail::retry_after`) and reads the injected clock, so tests
//! move time instead of waiting.

use super::ctx::ServerCtx;
use super::mail::SendError;
use super::push::{self, Pushed, Subscription};
use super::slack::{self, ApiError};
use crate::domain::channels::{Channel, PushNote};
use crate::domain::mail::text::Message;
use crate::error::AppError;
use crate::server::service::outbox::{self, Taken, Tried};
use crate::server::service::{channels, push as push_service, slack as slack_service, weekly};
use std::time::Duration;

/// Messages taken per round.
const BATCH: i64 = 20;
/// Rounds between deleting old sent messages.
const PRUNE_EVERY: u32 = 1000;

/// The channels this server can send: e-mail only with an SMTP server.
pub fn channels(ctx: &ServerCtx) -> Vec<Channel> {
    Channel::ALL.into_iter().filter(|c| *c != Channel::Email || ctx.mail.is_some()).collect()
}

/// Starts the worker for this server; it runs as long as the runtime does.
pub fn spawn(ctx: ServerCtx) {
    tokio::spawn(async move {
        let base = ctx.settings.site_base();
        let mut round = 0u32;
        loop {
            if let Err(e) = weekly::queue_due(&ctx, &base).await {
                tracing::warn!(error = %e, "cannot queue the weekly messages; trying again at the next round");
            }
            if let Err(e) = deliver(&ctx).await {
                tracing::warn!(error = %e, "cannot read the outbox; trying again at the next round");
            }
            if round.is_multiple_of(PRUNE_EVERY) {
                match outbox::prune(&ctx).await {
                    Ok(removed) => tracing::debug!(removed, "old sent messages deleted"),
                    Err(e) => tracing::warn!(error = %e, "cannot delete old sent messages"),
                }
            }
            round = round.wrapping_add(1);
            tokio::select! {
                _ = tokio::time::sleep(ctx.delivery.poll) => {}
                _ = ctx.delivery.wake.notified() => {}
            }
        }
    });
}

/// Sends due messages until none is left.
async fn deliver(ctx: &ServerCtx) -> Result<(), AppError> {
    let channels = channels(ctx);
    loop {
        let batch = outbox::take_due(ctx, BATCH, &channels).await?;
        if batch.is_empty() {
            return Ok(());
        }
        for m in batch {
            let tried = send(ctx, &m).await?;
            let failure = match &tried {
                Tried::Sent => None,
                Tried::Transient(e) | Tried::Permanent(e) => Some(e.clone()),
            };
            let gave_up = outbox::settle(ctx, &m, tried).await?;
            if let Some(error) = failure {
                tracing::warn!(id = m.id, channel = m.channel, attempts = m.attempts, gave_up, %error, "message not sent");
            }
        }
    }
}

async fn send(ctx: &ServerCtx, m: &Taken) -> Result<Tried, AppError> {
    Ok(match Channel::parse(&m.channel) {
        Some(Channel::Email) => {
            let Some(mailer) = &ctx.mail else { return Ok(Tried::Transient("this server sends no e-mail".into())) };
            let message = Message { subject: m.subject.clone(), body: m.body.clone() };
            match mailer.send(&m.to_address, &message).await {
                Ok(()) => Tried::Sent,
                Err(SendError::Transient(e)) => Tried::Transient(e),
                Err(SendError::Permanent(e)) => Tried::Permanent(e),
            }
        }
        Some(Channel::Push) => send_push(ctx, m).await?,
        Some(Channel::Teams) => send_teams(ctx, m).await?,
        Some(Channel::Slack) => send_slack(ctx, m).await?,
        None => Tried::Permanent(format!("no sender for channel {:?}", m.channel)),
    })
}

fn tried(result: Result<(), ApiError>) -> Tried {
    match result {
        Ok(()) => Tried::Sent,
        Err(ApiError::Transient(e)) => Tried::Transient(e),
        Err(ApiError::Permanent(e)) => Tried::Permanent(e),
    }
}

/// Posts to the organisation's Slack (a person's user id: a direct
/// message), or links its people to Slack users (`to` is "sync").
async fn send_slack(ctx: &ServerCtx, m: &Taken) -> Result<Tried, AppError> {
    let Some(org) = m.org_id else { return Ok(Tried::Permanent("a Slack message of no organisation".into())) };
    if m.to_address == "sync" {
        return Ok(tried(slack_service::sync(ctx, org).await?.map(drop)));
    }
    let (Some(app), Some(token)) = (ctx.delivery.slack.as_ref(), slack_service::token(ctx, org).await?) else {
        return Ok(Tried::Permanent("Slack is not connected any more".into()));
    };
    let Ok(message) = serde_json::from_str::<serde_json::Value>(&m.body) else { return Ok(Tried::Permanent("not a Slack message".into())) };
    Ok(tried(slack::post(&ctx.delivery.http, app, &token, &m.to_address, &message).await))
}

/// Posts a card to the organisation's Teams channel through its workflow.
async fn send_teams(ctx: &ServerCtx, m: &Taken) -> Result<Tried, AppError> {
    let Some(org) = m.org_id else { return Ok(Tried::Permanent("a Teams post of no organisation".into())) };
    let Some(url) = channels::teams_url(ctx, org).await? else {
        return Ok(Tried::Permanent("the organisation has no Teams channel any more".into()));
    };
    let sent = ctx
        .delivery
        .http
        .post(url)
        .header("Content-Type", "application/json")
        .timeout(Duration::from_secs(30))
        .body(m.body.clone())
        .send()
        .await;
    Ok(match sent {
        Err(e) => Tried::Transient(format!("Teams workflow unreachable: {e}")),
        Ok(r) if r.status().is_success() => Tried::Sent,
        Ok(r) => {
            let status = r.status();
            let said: String = r.text().await.unwrap_or_default().chars().take(200).collect();
            let what = format!("Teams workflow answered {status}: {said}");
            if crate::domain::mail::worth_retrying(status.as_u16()) {
                Tried::Transient(what)
            } else {
                Tried::Permanent(what)
            }
        }
    })
}

async fn send_push(ctx: &ServerCtx, m: &Taken) -> Result<Tried, AppError> {
    let Ok(device) = m.to_address.parse::<i64>() else { return Ok(Tried::Permanent("not a device id".into())) };
    let Some(stored) = push_service::subscription(ctx, device).await? else {
        return Ok(Tried::Permanent("the device no longer gets notifications".into()));
    };
    let Ok(note) = serde_json::from_str::<PushNote>(&m.body) else { return Ok(Tried::Permanent("not a notification".into())) };
    // Checked when stored; checked again, as the allowed services may have changed since.
    let subscription = match Subscription::parse(&stored.endpoint, &stored.p256dh, &stored.auth, &ctx.settings.push_services) {
        Ok(s) => s,
        Err(e) => return Ok(Tried::Permanent(e.message.to_string())),
    };
    let d = &ctx.delivery;
    Ok(match push::send(&d.http, &d.vapid, &d.push_contact, &subscription, &note, ctx.now()).await {
        Pushed::Sent => {
            push_service::pushed(ctx, device).await?;
            Tried::Sent
        }
        Pushed::Gone(e) => {
            push_service::gone(ctx, device).await?;
            Tried::Permanent(e)
        }
        Pushed::Transient(e) => Tried::Transient(e),
        Pushed::Permanent(e) => Tried::Permanent(e),
    })
}
