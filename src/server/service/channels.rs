//! An organisation's channels, as its admins set them: phone notifications
//! on or off, and the Microsoft Teams channel the weekly nudge and the
//! leaders' digest are posted to (a Workflows webhook URL the admin pastes;
//! sealed in the database, since whoever holds it can post there). The
//! weekly run asks here for the Teams posts it queues; the sender asks for
//! the URL.

use super::access::{require_admin, Caller};
use crate::domain::channels::{Channel, OrgChannels};
use crate::domain::chat::{teams_digest, teams_nudge, NudgeFacts};
use crate::domain::ids::OrgId;
use crate::domain::locale::Locale;
use crate::domain::mail::text::DigestFacts;
use crate::domain::msg::Msg;
use crate::domain::ValidationError;
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::infra::tokens::{seal, unseal};
use crate::msg;
use crate::server::store::audit;
use crate::server::store::channels;
use crate::server::store::outbox::Outgoing;
use crate::server::vote::claims::derived_key;
use url::Url;

/// The hosts of Power Automate's webhook URLs ("When a Teams webhook
/// request is received"), and their subdomains.
const TEAMS_HOSTS: &[&str] = &["logic.azure.com", "api.powerplatform.com"];

/// A Teams Workflows webhook URL this server may post to.
pub struct TeamsWebhook(Url);

impl TeamsWebhook {
    pub fn parse(raw: &str, extra: &[String]) -> Result<Self, ValidationError> {
        let bad = |m: Msg| ValidationError::new("url", m);
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(bad(msg!("invalid-teams-url-empty")));
        }
        let url = Url::parse(raw).map_err(|_| bad(msg!("invalid-teams-url")))?;
        let microsoft =
            url.scheme() == "https" && url.host_str().is_some_and(|h| TEAMS_HOSTS.iter().any(|k| h.ends_with(&format!(".{k}"))));
        let allowed = extra.iter().any(|p| !p.is_empty() && url.as_str().starts_with(p.as_str()));
        if !microsoft && !allowed {
            return Err(bad(msg!("invalid-teams-url-host")));
        }
        Ok(Self(url))
    }
}

fn key(ctx: &ServerCtx) -> [u8; 32] {
    derived_key(&ctx.vote_key, "teams webhook")
}

fn context(org: OrgId) -> Vec<u8> {
    format!("teams webhook of organisation {org}").into_bytes()
}

pub async fn org_channels(ctx: &ServerCtx, caller: &Caller) -> Result<OrgChannels, AppError> {
    require_admin(caller)?;
    let mut conn = super::read(ctx).await?;
    Ok(OrgChannels {
        push: channels::org_on(&mut *conn, caller.org_id, Channel::Push).await?,
        teams_on: channels::org_on(&mut *conn, caller.org_id, Channel::Teams).await?,
        teams: channels::teams_hook(&mut *conn, caller.org_id).await?.map(|(hook, _)| hook),
    })
}

/// Turns phone notifications and Teams posts on or off for the organisation.
pub async fn set_org_channels(ctx: &ServerCtx, caller: &Caller, push: bool, teams: bool) -> Result<(), AppError> {
    require_admin(caller)?;
    let mut tx = super::write(ctx).await?;
    channels::set_org_on(&mut *tx, caller.org_id, Channel::Push, push).await?;
    channels::set_org_on(&mut *tx, caller.org_id, Channel::Teams, teams).await?;
    let on_off = |b: bool| if b { "on" } else { "off" };
    let action = msg!("audit-channels", push = on_off(push), teams = on_off(teams));
    audit::record(&mut *tx, caller.org_id, caller.user_id, action, ctx.now()).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn set_teams_webhook(ctx: &ServerCtx, caller: &Caller, hook: &TeamsWebhook) -> Result<(), AppError> {
    require_admin(caller)?;
    let host = hook.0.host_str().unwrap_or_default().to_owned();
    let sealed = seal(&key(ctx), &context(caller.org_id), hook.0.as_str());
    let now = ctx.now();
    let mut tx = super::write(ctx).await?;
    channels::set_teams_hook(&mut *tx, caller.org_id, &sealed, &host, caller.user_id, now).await?;
    audit::record(&mut *tx, caller.org_id, caller.user_id, msg!("audit-teams-connected", host = host), now).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn remove_teams_webhook(ctx: &ServerCtx, caller: &Caller) -> Result<(), AppError> {
    require_admin(caller)?;
    let mut tx = super::write(ctx).await?;
    if !channels::remove_teams_hook(&mut *tx, caller.org_id).await? {
        return Err(AppError::not_found(msg!("what-teams-channel")));
    }
    audit::record(&mut *tx, caller.org_id, caller.user_id, msg!("audit-teams-disconnected"), ctx.now()).await?;
    tx.commit().await?;
    Ok(())
}

/// The organisation's webhook URL, for the sender; `None` when it has none
/// (or it no longer opens: the vote key changed).
pub async fn teams_url(ctx: &ServerCtx, org: OrgId) -> Result<Option<String>, AppError> {
    let Some((_, sealed)) = channels::teams_hook(&ctx.pool, org).await? else { return Ok(None) };
    Ok(unseal(&key(ctx), &context(org), &sealed))
}

/// Whether the weekly run posts to the organisation's Teams channel.
pub(super) async fn posts_to_teams(ctx: &ServerCtx, org: OrgId) -> Result<bool, AppError> {
    let mut conn = super::read(ctx).await?;
    Ok(channels::org_on(&mut *conn, org, Channel::Teams).await? && channels::teams_hook(&mut *conn, org).await?.is_some())
}

fn post(key: String, subject: &str, card: serde_json::Value) -> Outgoing {
    Outgoing { key, channel: Channel::Teams, to: "channel".into(), subject: subject.into(), body: card.to_string() }
}

/// The week's nudge for the organisation's Teams channel, if it has one.
pub(super) async fn teams_nudges(
    ctx: &ServerCtx,
    org: OrgId,
    locale: Locale,
    facts: &NudgeFacts<'_>,
    week: &str,
) -> Result<Vec<Outgoing>, AppError> {
    if !posts_to_teams(ctx, org).await? {
        return Ok(Vec::new());
    }
    Ok(vec![post(format!("teams-nudge:{org}:{week}"), "weekly nudge", teams_nudge(locale, facts))])
}

/// The leaders' digest for the organisation's Teams channel (see [`posts_to_teams`]).
pub(super) fn teams_digest_post(org: OrgId, locale: Locale, facts: &DigestFacts<'_>, week: &str) -> Outgoing {
    post(format!("teams-digest:{org}:{week}"), "leaders' digest", teams_digest(locale, facts))
}
