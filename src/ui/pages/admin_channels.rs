//! The admin page's channels: whether members may get the weekly reminder
//! as a phone notification, and the Microsoft Teams channel the weekly
//! nudge and the leaders' digest are posted to (docs/notifications.md says
//! how to make its workflow).

use crate::domain::channels::OrgChannels;
use crate::domain::channels::SlackStatus;
use crate::error::AppError;
use crate::server_fns::channels::{
    get_org_channels, get_slack_status, DisconnectSlack, RemoveTeamsWebhook, SetTeamsWebhook, SyncSlack, UpdateOrgChannels, UpdateSlack,
};
use crate::t;
use crate::ui::components::dates::day;
use crate::ui::components::form::{failure, Field, FormError, Submit};
use crate::ui::components::notice::{set_status, ErrorNotice};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The section's actions and data, made by the admin page before anything is awaited.
#[derive(Clone, Copy)]
pub struct ChannelsData {
    update: ServerAction<UpdateOrgChannels>,
    set_teams: ServerAction<SetTeamsWebhook>,
    remove_teams: ServerAction<RemoveTeamsWebhook>,
    channels: Resource<Result<OrgChannels, AppError>>,
    update_slack: ServerAction<UpdateSlack>,
    sync_slack: ServerAction<SyncSlack>,
    disconnect_slack: ServerAction<DisconnectSlack>,
    slack: Resource<Result<SlackStatus, AppError>>,
}

impl ChannelsData {
    pub fn load() -> Self {
        Self {
            update: ServerAction::new(),
            set_teams: ServerAction::new(),
            remove_teams: ServerAction::new(),
            channels: Resource::new(|| (), |_| get_org_channels()),
            update_slack: ServerAction::new(),
            sync_slack: ServerAction::new(),
            disconnect_slack: ServerAction::new(),
            slack: Resource::new(|| (), |_| get_slack_status()),
        }
    }
}

#[component]
pub fn ChannelsSection(data: ChannelsData) -> impl IntoView {
    let query = use_query_map();
    let said = move || match query.read().get("channels").as_deref() {
        Some("saved") => Some(t!("channels-saved")),
        Some("teams") => Some(t!("channels-teams-connected")),
        _ => None,
    };
    let slack_said = move || query.read().get("slack").map(|outcome| slack_outcome(&outcome));
    view! {
        <section class="card" id="channels">
            <h2>{t!("channels-title")}</h2>
            {move || said().map(|s| view! { <p class="saved" role="status">{s}</p> })}
            {move || slack_said().map(|(text, refused)| match refused {
                // Slack's return with a refusal: the page says it with a 4xx, as the log-in page does for SSO.
                Some(status) => {
                    set_status(status);
                    view! { <p class="form-error" role="alert" id="slack-error">{text}</p> }.into_any()
                }
                None => view! { <p class="saved" role="status">{text}</p> }.into_any(),
            })}
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.channels.await {
                        Ok(c) => view! { <Switches c=c.clone() update=data.update/> <Teams c set=data.set_teams remove=data.remove_teams/> }.into_any(),
                        Err(error) => view! { <ErrorNotice error/> }.into_any(),
                    }
                })}
            </Suspense>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.slack.await {
                        Ok(s) => view! { <Slack s update=data.update_slack sync=data.sync_slack disconnect=data.disconnect_slack/> }.into_any(),
                        Err(error) => view! { <ErrorNotice error/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// What the admin page says after a visit to Slack (`?slack=…`), and the
/// status of a refusal.
fn slack_outcome(code: &str) -> (String, Option<u16>) {
    match code {
        "connected" => (t!("slack-outcome-connected"), None),
        "saved" => (t!("slack-outcome-saved"), None),
        "syncing" => (t!("slack-outcome-syncing"), None),
        "disconnected" => (t!("slack-outcome-disconnected"), None),
        "denied" => (t!("slack-outcome-denied"), Some(403)),
        "stale" => (t!("slack-outcome-stale"), Some(403)),
        "taken" => (t!("slack-outcome-taken"), Some(409)),
        "unavailable" => (t!("slack-outcome-unavailable"), Some(403)),
        _ => (t!("slack-outcome-failed"), Some(502)),
    }
}

#[component]
fn Switches(c: OrgChannels, update: ServerAction<UpdateOrgChannels>) -> impl IntoView {
    let error = failure(update);
    view! {
        <ActionForm action=update>
            <FormError error fields=&[]/>
            <div class="field checkbox">
                <input id="org-push" type="checkbox" name="push" value="on" checked=c.push/>
                <label for="org-push">{t!("channels-push")}</label>
            </div>
            <div class="field checkbox">
                <input id="org-teams" type="checkbox" name="teams" value="on" checked=c.teams_on/>
                <label for="org-teams">{t!("channels-teams-on")}</label>
            </div>
            <Submit label=t!("channels-save") class="secondary"/>
        </ActionForm>
    }
}

#[component]
fn Teams(c: OrgChannels, set: ServerAction<SetTeamsWebhook>, remove: ServerAction<RemoveTeamsWebhook>) -> impl IntoView {
    let error = failure(set);
    let connected = c.teams.map(|t| {
        view! {
            <p>{t!("teams-connected", day = day(t.added_at), host = t.host)}</p>
            <ActionForm action=remove>
                <Submit label=t!("teams-disconnect") class="secondary"/>
            </ActionForm>
        }
    });
    view! {
        <h3>{t!("teams-title")}</h3>
        {connected}
        <p class="hint">{t!("teams-hint")}</p>
        <ActionForm action=set>
            <FormError error fields=&["url"]/>
            <Field form="teams" name="url" label=t!("teams-url") kind="url" error autocomplete="off"/>
            <Submit label=t!("teams-connect")/>
        </ActionForm>
    }
}

#[component]
fn Slack(
    s: SlackStatus,
    update: ServerAction<UpdateSlack>,
    sync: ServerAction<SyncSlack>,
    disconnect: ServerAction<DisconnectSlack>,
) -> impl IntoView {
    let error = failure(update);
    let sync_error = failure(sync);
    let body = match (s.available, s.install) {
        (false, _) => view! {
            <p class="hint">{t!("slack-unavailable")}</p>
        }
        .into_any(),
        (true, None) => view! {
            <p class="hint">{t!("slack-add-hint")}</p>
            // A plain link: Slack's approval page is another site, which the pages' form-action policy rightly keeps forms from reaching.
            <a class="button" href="/slack/install">{t!("slack-add")}</a>
        }
        .into_any(),
        (true, Some(i)) => {
            let synced = i.synced_at.map_or_else(|| t!("slack-not-yet"), day);
            view! {
                <p>{t!("slack-connected-to", workspace = i.workspace, day = day(i.installed_at))}</p>
                <p class="meta">{t!("org-slack-linked", count = i.linked, synced = synced)}</p>
                <ActionForm action=update>
                    <FormError error fields=&["channel"]/>
                    <Field form="slack" name="channel" label=t!("slack-channel") value=i.digest_channel.unwrap_or_default() error optional=true
                        hint=t!("slack-channel-hint")/>
                    <div class="field checkbox">
                        <input id="slack-on" type="checkbox" name="on" value="on" checked=s.on/>
                        <label for="slack-on">{t!("slack-on")}</label>
                    </div>
                    <Submit label=t!("org-slack-save") class="secondary"/>
                </ActionForm>
                <ActionForm action=sync>
                    <FormError error=sync_error fields=&[]/>
                    <Submit label=t!("slack-relink") class="secondary"/>
                </ActionForm>
                <ActionForm action=disconnect>
                    <Submit label=t!("slack-disconnect") class="secondary"/>
                </ActionForm>
                <p class="hint"><a href="/slack/install">{t!("slack-add-again")}</a>" "{t!("slack-add-again-after")}</p>
            }
            .into_any()
        }
    };
    view! {
        <h3>{t!("slack-title")}</h3>
        {body}
    }
}
