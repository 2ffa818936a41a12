//! Phone notifications, as a person sees them: the devices they opted in
//! on, whether they want the weekly reminder there at all, and a test
//! notification to see it work. The sender (`infra::sender`) asks here
//! for a device's keys and reports a device its push service forgot.

use super::access::Person;
use crate::domain::channels::{push_reminder, Channel, DeviceLabel, PushChoices, PushNote, MAX_PUSH_DEVICES};
use crate::domain::locale::Locale;
use crate::domain::ValidationError;
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::infra::push::Subscription;
use crate::msg;
use crate::server::store::channels::{self, NewSubscription, StoredSubscription};
use crate::server::store::mailing::OrgSchedule;
use crate::server::store::outbox::{self, Outgoing};
use std::collections::HashMap;

pub async fn choices(ctx: &ServerCtx, person: &Person) -> Result<PushChoices, AppError> {
    let mut conn = super::read(ctx).await?;
    let org_allows = match person.org_id {
        Some(org) => channels::org_on(&mut *conn, org, Channel::Push).await?,
        None => true,
    };
    Ok(PushChoices {
        org_allows,
        public_key: ctx.delivery.vapid.public_key(),
        wanted: channels::wanted(&mut *conn, person.user_id, Channel::Push).await?,
        devices: channels::devices(&mut *conn, person.user_id).await?,
    })
}

/// Keeps the device a browser subscribed (or renews it: the same browser
/// subscribing again replaces its keys).
pub async fn subscribe(ctx: &ServerCtx, person: &Person, subscription: &Subscription, label: &DeviceLabel) -> Result<(), AppError> {
    let endpoint = subscription.endpoint.as_str();
    let mut tx = super::write(ctx).await?;
    if channels::device_count(&mut *tx, person.user_id, endpoint).await? >= MAX_PUSH_DEVICES as i64 {
        return Err(ValidationError::new("subscription", msg!("invalid-push-too-many", count = MAX_PUSH_DEVICES)).into());
    }
    let new = NewSubscription {
        user: person.user_id,
        endpoint,
        p256dh: &subscription.p256dh_text(),
        auth: &subscription.auth_text(),
        label: label.as_str(),
        now: ctx.now(),
    };
    channels::subscribe(&mut *tx, &new).await?;
    tx.commit().await?;
    tracing::info!(user = %person.user_id, "a device opted in to notifications");
    Ok(())
}

pub async fn unsubscribe(ctx: &ServerCtx, person: &Person, device: i64) -> Result<(), AppError> {
    if channels::unsubscribe(&ctx.pool, person.user_id, device).await? {
        Ok(())
    } else {
        Err(AppError::not_found(msg!("what-device")))
    }
}

pub async fn set_wanted(ctx: &ServerCtx, person: &Person, wanted: bool) -> Result<(), AppError> {
    channels::set_wanted(&ctx.pool, person.user_id, Channel::Push, wanted).await
}

/// Sends a notification to each of the person's devices now, to see that
/// it arrives (at most one a minute per device: the purpose key holds the minute).
pub async fn send_test(ctx: &ServerCtx, person: &Person) -> Result<usize, AppError> {
    let now = ctx.now();
    let devices = channels::devices(&ctx.pool, person.user_id).await?;
    if devices.is_empty() {
        return Err(ValidationError::new("devices", msg!("invalid-turn-notifications-device")).into());
    }
    let note = PushNote {
        title: "Mistvine".into(),
        body: "Notifications work on this device. The weekly reminder will look like this.".into(),
        url: "/account#notifications".into(),
        tag: "mistvine-test".into(),
    };
    let body = serde_json::to_string(&note).map_err(|_| AppError::Internal)?;
    let messages: Vec<_> = devices
        .iter()
        .map(|d| Outgoing {
            key: format!("push-test:{}:{}", d.id, now / 60),
            channel: Channel::Push,
            to: d.id.to_string(),
            subject: "test notification".into(),
            body: body.clone(),
        })
        .collect();
    let mut tx = super::write(ctx).await?;
    let mut queued = 0;
    for m in &messages {
        queued += usize::from(outbox::enqueue_on(&mut tx, m, person.org_id, now).await?);
    }
    tx.commit().await?;
    ctx.delivery.wake();
    Ok(queued)
}

/// The weekly reminder for each device of the organisation that gets it,
/// as outbox messages (the weekly run queues them with the e-mails).
pub(super) async fn reminders(
    ctx: &ServerCtx,
    org: &OrgSchedule,
    wave: &str,
    wave_week: (u32, u32),
    week: &str,
) -> Result<Vec<Outgoing>, AppError> {
    // Worded once per language among the devices' people.
    let mut worded: HashMap<Locale, String> = HashMap::new();
    let mut all = Vec::new();
    for (device, _, chosen) in channels::reminder_devices(&ctx.pool, org.id).await? {
        let locale = org.locale_of(chosen.as_deref());
        let body = match worded.get(&locale) {
            Some(body) => body.clone(),
            None => {
                let body = serde_json::to_string(&push_reminder(locale, &org.name, wave, wave_week)).map_err(|_| AppError::Internal)?;
                worded.insert(locale, body.clone());
                body
            }
        };
        all.push(Outgoing {
            key: format!("push-reminder:{}:{device}:{week}", org.id),
            channel: Channel::Push,
            to: device.to_string(),
            subject: "weekly reminder".into(),
            body,
        });
    }
    Ok(all)
}

/// A device's subscription, for the sender.
pub async fn subscription(ctx: &ServerCtx, device: i64) -> Result<Option<StoredSubscription>, AppError> {
    channels::subscription(&ctx.pool, device).await
}

/// Notes that a device was sent a notification (the account page shows when).
pub async fn pushed(ctx: &ServerCtx, device: i64) -> Result<(), AppError> {
    let mut tx = super::write(ctx).await?;
    channels::mark_pushed(&mut *tx, device, ctx.now()).await?;
    Ok(tx.commit().await?)
}

/// Forgets a device its push service no longer knows (it unsubscribed, or
/// the subscription expired).
pub async fn gone(ctx: &ServerCtx, device: i64) -> Result<(), AppError> {
    let mut tx = super::write(ctx).await?;
    channels::drop_subscription(&mut *tx, device).await?;
    tx.commit().await?;
    tracing::info!(device, "a device's push subscription is gone; forgotten");
    Ok(())
}
