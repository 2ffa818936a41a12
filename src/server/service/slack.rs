//! Slack: an admin adds Mistvine to the organisation's Slack workspace
//! (OAuth), people are linked to their Slack user by verified e-mail, the
//! weekly reminder goes as a direct message and the leaders' digest to the
//! channel the admin picks (queued in the weekly run's claim, sent by the
//! outbox's sender), and `/mistvine` checks in and writes the PPP as the
//! linked person, through the same services and rules as the pages.
//!
//! The bot token is sealed in the database under a key derived from the
//! vote key (the app's own client secret and signing secret stay in the
//! environment). Every request from Slack is checked against the signing
//! secret, must be under five minutes old and is refused the second time.

use super::access::{require_admin, Caller};
use super::objectives::{self, CheckIn};
use super::ppp::{self, PppUpdate};
use crate::domain::channels::{Channel, SlackChannel, SlackChoice, SlackInstall, SlackStatus};
use crate::domain::ids::{ObjectiveId, OrgId, TeamId, UserId, WaveId};
use crate::domain::locale::Locale;
use crate::domain::mail::text::DigestFacts;
use crate::domain::slack::{self as text, Command, PppSubmission, SlackReminder};
use crate::domain::ValidationError;
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::infra::slack::{self as api, ApiError, SlackApp, SCOPES};
use crate::infra::tokens::{random_token, seal, token_hash, unseal};
use crate::msg;
use crate::server::store::mailing::OrgSchedule;
use crate::server::store::objectives::{self as objectives_store, Scope};
use crate::server::store::outbox::{self, Outgoing};
use crate::server::store::{accounts, audit, channels, orgs, slack};
use crate::server::vote::claims::derived_key;
use crate::t;
use serde_json::{json, Value};
use std::collections::HashMap;

/// Where Slack sends the admin back after they approve the app.
pub const OAUTH_PATH: &str = "/slack/oauth";
/// How long an install may take from the admin page to the approval.
const STATE_SECS: i64 = 600;

fn app(ctx: &ServerCtx) -> Result<&SlackApp, AppError> {
    ctx.delivery.slack.as_ref().ok_or_else(|| AppError::forbidden(msg!("forbidden-slack-not-set-up")))
}

fn key(ctx: &ServerCtx) -> [u8; 32] {
    derived_key(&ctx.vote_key, "slack bot token")
}

fn context(org: OrgId) -> Vec<u8> {
    format!("slack bot token of organisation {org}").into_bytes()
}

fn redirect_uri(ctx: &ServerCtx) -> String {
    format!("{}{OAUTH_PATH}", ctx.settings.site_base())
}

pub async fn status(ctx: &ServerCtx, caller: &Caller) -> Result<SlackStatus, AppError> {
    require_admin(caller)?;
    let mut conn = super::read(ctx).await?;
    let install = slack::install_of(&mut *conn, caller.org_id).await?.map(|i| SlackInstall {
        workspace: i.team_name,
        installed_at: i.installed_at,
        digest_channel: i.digest_channel,
        synced_at: i.synced_at,
        linked: i.linked_count,
    });
    Ok(SlackStatus {
        available: ctx.delivery.slack.is_some(),
        on: channels::org_on(&mut *conn, caller.org_id, Channel::Slack).await?,
        install,
    })
}

/// Begins adding the app to a Slack workspace: the address of Slack's
/// approval page, with a one-time state bound to this admin.
pub async fn begin_install(ctx: &ServerCtx, caller: &Caller) -> Result<String, AppError> {
    require_admin(caller)?;
    let app = app(ctx)?;
    let state = random_token();
    let now = ctx.now();
    let mut tx = super::write(ctx).await?;
    slack::begin(&mut tx, &token_hash(&state), caller.org_id, caller.user_id, now, now - STATE_SECS).await?;
    tx.commit().await?;
    let mut url = url::Url::parse(&app.authorize_url).map_err(|_| AppError::Internal)?;
    url.query_pairs_mut()
        .append_pair("client_id", &app.client_id)
        .append_pair("scope", SCOPES)
        .append_pair("redirect_uri", &redirect_uri(ctx))
        .append_pair("state", &state);
    Ok(url.into())
}

/// Why an install did not finish; each is shown on the admin page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InstallRefused {
    /// The state is unknown, used, older than ten minutes, or another admin's.
    Stale,
    /// The admin said no on Slack's page.
    Denied,
    /// Slack did not give a token for the code.
    Failed,
    /// The workspace belongs to another organisation here.
    Taken,
}

impl InstallRefused {
    pub fn code(self) -> &'static str {
        match self {
            Self::Stale => "stale",
            Self::Denied => "denied",
            Self::Failed => "failed",
            Self::Taken => "taken",
        }
    }
}

/// Finishes an install with what Slack sent back: spends the state (it
/// must be this admin's, still an admin), exchanges the code for the bot
/// token, keeps it sealed and queues the linking of people.
pub async fn finish_install(
    ctx: &ServerCtx,
    admin: Option<UserId>,
    state: &str,
    code: Option<&str>,
    error: Option<&str>,
) -> Result<(), InstallRefused> {
    let app = ctx.delivery.slack.as_ref().ok_or(InstallRefused::Failed)?;
    let internal = |e: AppError| {
        tracing::error!(error = %e, "Slack install");
        InstallRefused::Failed
    };
    let now = ctx.now();
    let mut tx = super::write(ctx).await.map_err(internal)?;
    let taken = slack::take_state(&mut tx, &token_hash(state), now - STATE_SECS).await.map_err(internal)?;
    tx.commit().await.map_err(|e| internal(e.into()))?;
    let Some((org, user)) = taken.filter(|(_, u)| Some(*u) == admin) else { return Err(InstallRefused::Stale) };
    let still_admin = slack::member(&ctx.pool, org, user).await.map_err(internal)?.is_some_and(|(_, _, role)| role.is_admin());
    if !still_admin {
        return Err(InstallRefused::Stale);
    }
    if error.is_some() {
        return Err(InstallRefused::Denied);
    }
    let code = code.filter(|c| !c.is_empty()).ok_or(InstallRefused::Failed)?;
    let installed = api::oauth_access(&ctx.delivery.http, app, code, &redirect_uri(ctx)).await.map_err(|e| {
        tracing::warn!(error = %e, "Slack did not give a token");
        InstallRefused::Failed
    })?;
    let sealed = seal(&key(ctx), &context(org), &installed.token);
    let mut tx = super::write(ctx).await.map_err(internal)?;
    let new = slack::NewInstall {
        org,
        team_id: &installed.team_id,
        team_name: &installed.team_name,
        bot_user_id: &installed.bot_user_id,
        token_sealed: &sealed,
        by: user,
        now,
    };
    match slack::save_install(&mut tx, &new).await {
        Ok(()) => {}
        Err(AppError::Conflict(_)) => return Err(InstallRefused::Taken),
        Err(e) => return Err(internal(e)),
    }
    queue_sync(&mut tx, org, now).await.map_err(internal)?;
    let action = msg!("audit-slack-connected", workspace = &installed.team_name);
    audit::record(&mut *tx, org, user, action, now).await.map_err(internal)?;
    tx.commit().await.map_err(|e| internal(e.into()))?;
    ctx.delivery.wake();
    Ok(())
}

/// Queues the linking of the organisation's people to Slack users (the
/// sender calls Slack, not the request).
async fn queue_sync(tx: &mut sqlx::AnyConnection, org: OrgId, now: i64) -> Result<(), AppError> {
    let m = Outgoing {
        key: format!("slack-sync:{org}:{now}"),
        channel: Channel::Slack,
        to: "sync".into(),
        subject: "link people".into(),
        body: String::new(),
    };
    outbox::enqueue_on(tx, &m, Some(org), now).await?;
    Ok(())
}

/// Links people again now (after people joined, or changed their address).
pub async fn sync_now(ctx: &ServerCtx, caller: &Caller) -> Result<(), AppError> {
    require_admin(caller)?;
    if slack::install_of(&ctx.pool, caller.org_id).await?.is_none() {
        return Err(AppError::not_found(msg!("what-slack-workspace")));
    }
    let mut tx = super::write(ctx).await?;
    queue_sync(&mut tx, caller.org_id, ctx.now()).await?;
    tx.commit().await?;
    ctx.delivery.wake();
    Ok(())
}

pub async fn disconnect(ctx: &ServerCtx, caller: &Caller) -> Result<(), AppError> {
    require_admin(caller)?;
    let mut tx = super::write(ctx).await?;
    if !slack::remove_install(&mut tx, caller.org_id).await? {
        return Err(AppError::not_found(msg!("what-slack-workspace")));
    }
    audit::record(&mut *tx, caller.org_id, caller.user_id, msg!("audit-slack-disconnected"), ctx.now()).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn set_digest_channel(ctx: &ServerCtx, caller: &Caller, channel: Option<SlackChannel>) -> Result<(), AppError> {
    require_admin(caller)?;
    let mut tx = super::write(ctx).await?;
    if !slack::set_digest_channel(&mut *tx, caller.org_id, channel.as_ref().map(SlackChannel::as_str)).await? {
        return Err(AppError::not_found(msg!("what-slack-workspace")));
    }
    let action = match &channel {
        Some(c) => msg!("audit-slack-channel", channel = c.as_str()),
        None => msg!("audit-slack-no-digest"),
    };
    audit::record(&mut *tx, caller.org_id, caller.user_id, action, ctx.now()).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn set_on(ctx: &ServerCtx, caller: &Caller, on: bool) -> Result<(), AppError> {
    require_admin(caller)?;
    let mut tx = super::write(ctx).await?;
    channels::set_org_on(&mut *tx, caller.org_id, Channel::Slack, on).await?;
    let action = if on { msg!("audit-slack-on") } else { msg!("audit-slack-off") };
    audit::record(&mut *tx, caller.org_id, caller.user_id, action, ctx.now()).await?;
    tx.commit().await?;
    Ok(())
}

/// The person's Slack on their account page.
pub async fn choice(ctx: &ServerCtx, user: UserId, org: Option<OrgId>) -> Result<SlackChoice, AppError> {
    let mut conn = super::read(ctx).await?;
    let wanted = channels::wanted(&mut *conn, user, Channel::Slack).await?;
    let Some(org) = org else { return Ok(SlackChoice { workspace: None, linked: false, wanted }) };
    let workspace = slack::install_of(&mut *conn, org).await?.map(|i| i.team_name);
    let linked = slack::is_linked(&mut *conn, user, org).await?;
    Ok(SlackChoice { workspace, linked, wanted })
}

pub async fn set_wanted(ctx: &ServerCtx, user: UserId, wanted: bool) -> Result<(), AppError> {
    channels::set_wanted(&ctx.pool, user, Channel::Slack, wanted).await
}

/// The organisation's bot token, for the sender.
pub async fn token(ctx: &ServerCtx, org: OrgId) -> Result<Option<String>, AppError> {
    let Some(install) = slack::install_of(&ctx.pool, org).await? else { return Ok(None) };
    Ok(unseal(&key(ctx), &context(org), &install.token_sealed))
}

/// Links the organisation's members to Slack users whose address Slack
/// verified and equals their confirmed address here (the sender runs it).
pub async fn sync(ctx: &ServerCtx, org: OrgId) -> Result<Result<usize, ApiError>, AppError> {
    let Some(app) = ctx.delivery.slack.as_ref() else { return Ok(Err(ApiError::Transient("this server is not a Slack app".into()))) };
    let Some(token) = token(ctx, org).await? else { return Ok(Err(ApiError::Permanent("Slack is not connected".into()))) };
    let people = match api::people(&ctx.delivery.http, app, &token).await {
        Ok(p) => p,
        Err(e) => return Ok(Err(e)),
    };
    let by_address: HashMap<String, String> = people.into_iter().map(|(id, email)| (email.to_lowercase(), id)).collect();
    let members = slack::confirmed_members(&ctx.pool, org).await?;
    let links: Vec<(UserId, String)> =
        members.into_iter().filter_map(|(user, email)| by_address.get(&email.to_lowercase()).map(|id| (user, id.clone()))).collect();
    let mut tx = super::write(ctx).await?;
    slack::replace_links(&mut tx, org, &links, ctx.now()).await?;
    tx.commit().await?;
    tracing::info!(org = %org, linked = links.len(), "people linked to Slack");
    Ok(Ok(links.len()))
}

/// Whether the weekly run posts to the organisation's Slack.
async fn slack_on(ctx: &ServerCtx, org: OrgId) -> Result<Option<slack::Install>, AppError> {
    if ctx.delivery.slack.is_none() || !channels::org_on(&ctx.pool, org, Channel::Slack).await? {
        return Ok(None);
    }
    slack::install_of(&ctx.pool, org).await
}

/// The week's reminder to each linked member, as a direct message: one
/// link per objective they vote on (the wave's and their teams', as the
/// vote page lists them) and one per team's PPP.
pub(super) async fn reminders(
    ctx: &ServerCtx,
    base: &str,
    org_schedule: &OrgSchedule,
    (wave_id, wave, wave_week, week): (WaveId, &str, (u32, u32), &str),
    teams_of: &HashMap<UserId, Vec<(TeamId, String)>>,
) -> Result<Vec<Outgoing>, AppError> {
    let org = org_schedule.id;
    if slack_on(ctx, org).await?.is_none() {
        return Ok(Vec::new());
    }
    let votable: Vec<(ObjectiveId, Option<TeamId>, String)> =
        objectives_store::heads(&mut *ctx.pool.acquire().await?, org, wave_id, Scope::Wave)
            .await?
            .into_iter()
            .map(|o| (o.id, o.team.map(|t| t.id), o.title))
            .collect();
    let (vote_link, account_link) = (format!("{base}/vote"), format!("{base}/account#slack"));
    let none = Vec::new();
    Ok(slack::reminder_people(&ctx.pool, org)
        .await?
        .into_iter()
        .map(|(user, slack_user, chosen)| {
            let mine = teams_of.get(&user).unwrap_or(&none);
            let objectives: Vec<(String, String)> = votable
                .iter()
                .filter(|(_, team, _)| team.is_none_or(|t| mine.iter().any(|(id, _)| *id == t)))
                .map(|(id, _, title)| (title.clone(), format!("{base}/vote#vote-{id}")))
                .collect();
            let teams: Vec<(String, String)> = mine.iter().map(|(id, name)| (name.clone(), format!("{base}/teams/{id}#ppp"))).collect();
            let r = SlackReminder {
                org: &org_schedule.name,
                wave,
                week: wave_week,
                objectives: &objectives,
                teams: &teams,
                vote_link: &vote_link,
                account_link: &account_link,
            };
            Outgoing {
                key: format!("slack-reminder:{org}:{user}:{week}"),
                channel: Channel::Slack,
                to: slack_user,
                subject: "weekly reminder".into(),
                body: text::reminder(org_schedule.locale_of(chosen.as_deref()), &r).to_string(),
            }
        })
        .collect())
}

/// The channel the leaders' digest goes to, when Slack is on and one is picked.
pub(super) async fn digest_channel(ctx: &ServerCtx, org: OrgId) -> Result<Option<String>, AppError> {
    Ok(slack_on(ctx, org).await?.and_then(|i| i.digest_channel))
}

/// The leaders' digest for `channel` (see [`digest_channel`]).
pub(super) fn digest(org: OrgId, channel: String, locale: Locale, facts: &DigestFacts<'_>, week: &str) -> Outgoing {
    Outgoing {
        key: format!("slack-digest:{org}:{week}"),
        channel: Channel::Slack,
        to: channel,
        subject: "leaders' digest".into(),
        body: text::digest(locale, facts).to_string(),
    }
}

/// Checks a request from Slack: signed with the app's signing secret,
/// under five minutes old, and not seen before.
pub async fn verify(ctx: &ServerCtx, timestamp: &str, signature: &str, body: &[u8]) -> Result<(), AppError> {
    let app = app(ctx)?;
    let now = ctx.now();
    app.verify(timestamp, body, signature, now)
        .map_err(|why| AppError::Forbidden(msg!("forbidden-not-from-slack", why = why.to_string())))?;
    let mut tx = super::write(ctx).await?;
    let first = slack::first_sighting(&mut tx, &token_hash(signature), now, now - 2 * api::MAX_AGE_SECS).await?;
    tx.commit().await?;
    if first {
        Ok(())
    } else {
        Err(AppError::Forbidden(msg!("forbidden-slack-replayed")))
    }
}

/// The member a Slack user is in the organisation that installed the app
/// in their workspace, as a caller of the services.
async fn caller_for(ctx: &ServerCtx, team_id: &str, slack_user: &str) -> Result<Result<Caller, String>, AppError> {
    let Some(install) = slack::install_by_team(&ctx.pool, team_id).await? else {
        return Ok(Err(t!("slack-gone")));
    };
    let Some(user) = slack::linked_person(&ctx.pool, install.org_id, slack_user).await? else {
        return Ok(Err(t!("slack-command-not-linked")));
    };
    let Some((name, email, role)) = slack::member(&ctx.pool, install.org_id, user).await? else {
        return Ok(Err(t!("slack-not-member")));
    };
    Ok(Ok(Caller { user_id: user, name, email, org_id: install.org_id, role }))
}

/// The language a Slack user reads Mistvine in: the linked person's, else
/// their organisation's (Slack does not say which language its user reads).
async fn slack_locale(ctx: &ServerCtx, team_id: &str, slack_user: &str) -> Result<Locale, AppError> {
    let read = |tag: Option<String>| tag.as_deref().and_then(Locale::from_tag);
    let Some(install) = slack::install_by_team(&ctx.pool, team_id).await? else { return Ok(Locale::default()) };
    let org = read(orgs::default_language(&ctx.pool, install.org_id).await?);
    let mine = match slack::linked_person(&ctx.pool, install.org_id, slack_user).await? {
        Some(user) => read(accounts::language(&ctx.pool, user).await?),
        None => None,
    };
    Ok(Locale::choose(mine, org, None, None))
}

/// What a slash command says back to the person, as Slack's JSON.
pub struct SlashCommand<'a> {
    pub team_id: &'a str,
    pub user_id: &'a str,
    pub text: &'a str,
    pub trigger_id: &'a str,
}

/// Runs `/mistvine …` as the linked person; the answer only they see, in their language.
pub async fn command(ctx: &ServerCtx, c: &SlashCommand<'_>) -> Result<Value, AppError> {
    let locale = slack_locale(ctx, c.team_id, c.user_id).await?;
    crate::i18n::within(locale, run_command(ctx, c)).await
}

async fn run_command(ctx: &ServerCtx, c: &SlashCommand<'_>) -> Result<Value, AppError> {
    let caller = match caller_for(ctx, c.team_id, c.user_id).await? {
        Ok(caller) => caller,
        Err(why) => return Ok(text::ephemeral(&why)),
    };
    let base = ctx.settings.site_base();
    let command = match Command::parse(c.text) {
        Ok(command) => command,
        Err(e) => return Ok(text::ephemeral(&e.message.to_string())),
    };
    let said = match command {
        Command::Help => format!("{}\n{}", t!("slack-help"), text::usage()),
        Command::Vote => t!("slack-vote-page", link = format!("<{base}/vote|{}>", t!("slack-vote-now"))),
        Command::KeyResults => key_results(ctx, &caller).await?,
        Command::CheckIn { kr, value, note } => match objectives::check_in(ctx, &caller, CheckIn { kr, value, note }).await {
            Ok(objective) => t!("slack-checked-in", link = format!("<{base}/objectives/{objective}|{}>", t!("slack-see-objective"))),
            Err(e) => refusal(e)?,
        },
        Command::Ppp => return ppp_modal(ctx, &caller, c.trigger_id).await,
    };
    Ok(text::ephemeral(&said))
}

/// What a refusal of a service says in Slack; an internal error stays one.
fn refusal(e: AppError) -> Result<String, AppError> {
    match e {
        AppError::Internal | AppError::Network => Err(e),
        other => Ok(other.to_string()),
    }
}

/// The key results the person's teams own in the running wave, with the
/// numbers `/mistvine checkin` takes.
async fn key_results(ctx: &ServerCtx, caller: &Caller) -> Result<String, AppError> {
    let mut lines = Vec::new();
    for (team, name) in slack::teams_of(&ctx.pool, caller.org_id, caller.user_id).await? {
        let plan = objectives::team_plan(ctx, caller, team).await?;
        for o in plan.objectives {
            for kr in o.krs {
                lines.push(format!("`{}` {} — {} ({})", kr.id, text::escape(&kr.title), text::escape(&o.title), text::escape(&name)));
            }
        }
    }
    Ok(if lines.is_empty() { t!("slack-no-krs") } else { format!("{}\n{}", t!("slack-krs"), lines.join("\n")) })
}

async fn ppp_modal(ctx: &ServerCtx, caller: &Caller, trigger_id: &str) -> Result<Value, AppError> {
    let teams = slack::teams_of(&ctx.pool, caller.org_id, caller.user_id).await?;
    if teams.is_empty() {
        return Ok(text::ephemeral(&t!("slack-no-team")));
    }
    let mut conn = super::read(ctx).await?;
    let running = super::waves::running_week(&mut conn, caller.org_id, ctx.today()).await?;
    drop(conn);
    let Some((_, Some(week))) = running else {
        return Ok(text::ephemeral(&t!("slack-no-week")));
    };
    let (Some(app), Some(token)) = (ctx.delivery.slack.as_ref(), token(ctx, caller.org_id).await?) else {
        return Ok(text::ephemeral(&t!("slack-gone")));
    };
    match api::open_view(&ctx.delivery.http, app, &token, trigger_id, &text::ppp_modal(crate::i18n::locale(), &teams, &week.to_string()))
        .await
    {
        Ok(()) => Ok(json!({})),
        Err(e) => {
            tracing::warn!(error = %e, "Slack did not open the PPP modal");
            Ok(text::ephemeral(&t!("slack-modal-failed")))
        }
    }
}

/// Handles an interaction from Slack: the PPP modal's submission (saved as
/// the linked person; refusals shown in the modal, next to their field).
/// `None`: answer with an empty 200 (which closes a modal).
pub async fn interaction(ctx: &ServerCtx, payload: &Value) -> Result<Option<Value>, AppError> {
    if payload["type"] != "view_submission" || payload["view"]["callback_id"] != text::PPP_MODAL {
        return Ok(None);
    }
    let team_id = payload["team"]["id"].as_str().or(payload["user"]["team_id"].as_str()).unwrap_or_default();
    let user_id = payload["user"]["id"].as_str().unwrap_or_default();
    let locale = slack_locale(ctx, team_id, user_id).await?;
    crate::i18n::within(locale, submit_ppp(ctx, payload, team_id, user_id)).await
}

async fn submit_ppp(ctx: &ServerCtx, payload: &Value, team_id: &str, user_id: &str) -> Result<Option<Value>, AppError> {
    let errors = |field: &str, message: String| {
        let block = if ["team", "progress", "plans", "problems"].contains(&field) { field } else { "team" };
        Some(json!({ "response_action": "errors", "errors": { block: message } }))
    };
    let caller = match caller_for(ctx, team_id, user_id).await? {
        Ok(caller) => caller,
        Err(why) => return Ok(errors("team", why)),
    };
    let submitted = match PppSubmission::from_view(&payload["view"]) {
        Ok(s) => s,
        Err(ValidationError { field, message }) => return Ok(errors(&field, message.to_string())),
    };
    let update = match PppUpdate::parse(
        submitted.team,
        [&submitted.progress, &submitted.plans, &submitted.problems],
        ["", "", ""],
        &submitted.for_week,
    ) {
        Ok(u) => u,
        Err(ValidationError { field, message }) => return Ok(errors(&field, message.to_string())),
    };
    match ppp::save(ctx, &caller, update, None).await {
        Ok(()) => Ok(None),
        Err(AppError::Invalid { field, message }) => Ok(errors(&field, message.to_string())),
        Err(e) => Ok(errors("team", refusal(e)?)),
    }
}
