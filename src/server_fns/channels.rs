//! An organisation's channels (admins): phone notifications and Teams posts
//! on or off, the Teams channel's workflow URL, and Slack (the digest's
//! channel, linking people again, disconnecting; adding it is a visit to
//! `/slack/install`). And a person's choice of Slack reminders.

use crate::domain::channels::OrgChannels;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::domain::validation::ticked;
#[cfg(feature = "ssr")]
use crate::{
    infra::{auth, ctx::ctx},
    server::service::{access, channels, slack},
};

#[server(endpoint = "org_channels")]
pub async fn get_org_channels() -> Result<OrgChannels, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    channels::org_channels(&ctx, &caller).await
}

#[server(endpoint = "update_org_channels")]
pub async fn update_org_channels(push: Option<String>, teams: Option<String>) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    channels::set_org_channels(&ctx, &caller, ticked(push.as_deref()), ticked(teams.as_deref())).await?;
    leptos_axum::redirect("/admin?channels=saved#channels");
    Ok(())
}

#[server(endpoint = "set_teams_webhook")]
pub async fn set_teams_webhook(url: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    // The role before the form: a member without it learns nothing from its errors.
    access::require_admin(&caller)?;
    let hook = channels::TeamsWebhook::parse(&url, &ctx.settings.teams_webhooks)?;
    channels::set_teams_webhook(&ctx, &caller, &hook).await?;
    leptos_axum::redirect("/admin?channels=teams#channels");
    Ok(())
}

#[server(endpoint = "remove_teams_webhook")]
pub async fn remove_teams_webhook() -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    channels::remove_teams_webhook(&ctx, &caller).await?;
    leptos_axum::redirect("/admin#channels");
    Ok(())
}

#[server(endpoint = "slack_status")]
pub async fn get_slack_status() -> Result<crate::domain::channels::SlackStatus, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    slack::status(&ctx, &caller).await
}

/// The Slack digest channel (blank: none) and whether Slack messages go at all.
#[server(endpoint = "update_slack")]
pub async fn update_slack(channel: String, on: Option<String>) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    access::require_admin(&caller)?;
    let channel = match channel.trim() {
        "" => None,
        raw => Some(crate::domain::channels::SlackChannel::parse(raw)?),
    };
    slack::set_digest_channel(&ctx, &caller, channel).await?;
    slack::set_on(&ctx, &caller, ticked(on.as_deref())).await?;
    leptos_axum::redirect("/admin?slack=saved#channels");
    Ok(())
}

/// Links people to Slack users again (the sender does it in a moment).
#[server(endpoint = "sync_slack")]
pub async fn sync_slack() -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    slack::sync_now(&ctx, &caller).await?;
    leptos_axum::redirect("/admin?slack=syncing#channels");
    Ok(())
}

#[server(endpoint = "disconnect_slack")]
pub async fn disconnect_slack() -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    slack::disconnect(&ctx, &caller).await?;
    leptos_axum::redirect("/admin?slack=disconnected#channels");
    Ok(())
}

#[server(endpoint = "slack_choice")]
pub async fn get_slack_choice() -> Result<crate::domain::channels::SlackChoice, AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    slack::choice(&ctx, person.user_id, person.org_id).await
}

/// Whether the weekly reminder comes as a Slack message (a ticked box sends "on").
#[server(endpoint = "update_slack_choice")]
pub async fn update_slack_choice(reminders: Option<String>) -> Result<(), AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    slack::set_wanted(&ctx, person.user_id, ticked(reminders.as_deref())).await?;
    leptos_axum::redirect("/account#slack");
    Ok(())
}
