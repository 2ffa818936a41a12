//! Phone notifications: the account page's devices, opting a device in
//! (the push island posts the browser's subscription), removing one,
//! turning the weekly reminder off everywhere, and a test notification.

use crate::domain::channels::PushChoices;
use crate::error::AppError;
use crate::msg;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::domain::validation::ticked;
#[cfg(feature = "ssr")]
use crate::{
    domain::channels::DeviceLabel,
    domain::ValidationError,
    infra::{auth, ctx::ctx, push::Subscription},
    server::service::push,
};

#[server(endpoint = "push_choices")]
pub async fn get_push_choices() -> Result<PushChoices, AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    push::choices(&ctx, &person).await
}

/// Keeps this device's subscription: `subscription` is the JSON of the
/// browser's `PushSubscription` (its endpoint and keys).
#[server(endpoint = "add_push_device")]
pub async fn add_push_device(subscription: String, label: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    let label = DeviceLabel::parse(&label)?;
    #[derive(serde::Deserialize)]
    struct Keys {
        p256dh: String,
        auth: String,
    }
    #[derive(serde::Deserialize)]
    struct Sent {
        endpoint: String,
        keys: Keys,
    }
    let sent: Sent = serde_json::from_str(&subscription)
        .map_err(|_| ValidationError::new("subscription", msg!("invalid-browser-sent-push-subscription")))?;
    let subscription = Subscription::parse(&sent.endpoint, &sent.keys.p256dh, &sent.keys.auth, &ctx.settings.push_services)?;
    push::subscribe(&ctx, &person, &subscription, &label).await?;
    leptos_axum::redirect("/account?notifications=on#notifications");
    Ok(())
}

#[server(endpoint = "remove_push_device")]
pub async fn remove_push_device(device_id: i64) -> Result<(), AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    push::unsubscribe(&ctx, &person, device_id).await?;
    leptos_axum::redirect("/account#notifications");
    Ok(())
}

/// Whether the weekly reminder comes as a notification at all (a ticked box sends "on").
#[server(endpoint = "update_push_choice")]
pub async fn update_push_choice(reminders: Option<String>) -> Result<(), AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    push::set_wanted(&ctx, &person, ticked(reminders.as_deref())).await?;
    leptos_axum::redirect("/account#notifications");
    Ok(())
}

#[server(endpoint = "send_test_push")]
pub async fn send_test_push() -> Result<(), AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    push::send_test(&ctx, &person).await?;
    leptos_axum::redirect("/account?notifications=test#notifications");
    Ok(())
}
