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
        Some("saved") => Some("Channels saved."),
        Some("teams") => Some("Teams channel connected: the next weekly nudge and digest are posted there."),
        _ => None,
    };
    let slack_said = move || query.read().get("slack").map(|outcome| slack_outcome(&outcome));
    view! {
        <section class="card" id="channels">
            <h2>"Notifications and chat"</h2>
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
fn slack_outcome(code: &str) -> (&'static str, Option<u16>) {
    match code {
        "connected" => ("Slack connected. People whose Slack address is their confirmed address here are being linked.", None),
        "saved" => ("Slack settings saved.", None),
        "syncing" => ("Linking people to Slack again; the count below updates in a moment.", None),
        "disconnected" => ("Slack disconnected: nothing more is sent there.", None),
        "denied" => ("Slack was not added: the request was declined on Slack's page.", Some(403)),
        "stale" => ("Adding Slack took too long or was started by someone else. Start again with \"Add to Slack\".", Some(403)),
        "taken" => ("That Slack workspace is connected to another organisation on this server. Disconnect it there first.", Some(409)),
        "unavailable" => ("This server is not set up as a Slack app yet (see docs/notifications.md), or you are not an admin.", Some(403)),
        _ => ("Slack did not give Mistvine access. Try again.", Some(502)),
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
                <label for="org-push">"Members may get the weekly reminder as a phone notification (each turns it on on their account page)"</label>
            </div>
            <div class="field checkbox">
                <input id="org-teams" type="checkbox" name="teams" value="on" checked=c.teams_on/>
                <label for="org-teams">"Post the weekly nudge and the leaders' digest to Microsoft Teams (once a channel is connected below)"</label>
            </div>
            <Submit label="Save channels" class="secondary"/>
        </ActionForm>
    }
}

#[component]
fn Teams(c: OrgChannels, set: ServerAction<SetTeamsWebhook>, remove: ServerAction<RemoveTeamsWebhook>) -> impl IntoView {
    let error = failure(set);
    let connected = c.teams.map(|t| {
        view! {
            <p>{format!("Connected on {} to a workflow at {}.", day(t.added_at), t.host)}</p>
            <ActionForm action=remove>
                <Submit label="Disconnect Teams" class="secondary"/>
            </ActionForm>
        }
    });
    view! {
        <h3>"Microsoft Teams"</h3>
        {connected}
        <p class="hint">
            "In Teams, add the workflow \"Post to a channel when a webhook request is received\" to the channel, \
             copy its URL and paste it here. Posts carry links to Mistvine; no one votes in Teams."
        </p>
        <ActionForm action=set>
            <FormError error fields=&["url"]/>
            <Field form="teams" name="url" label="Workflow URL" kind="url" error autocomplete="off"/>
            <Submit label="Connect Teams channel"/>
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
            <p class="hint">
                "This server is not set up as a Slack app: its operator gives it the app's client id and secrets (docs/notifications.md). \
                 Then admins add it to their workspace here."
            </p>
        }
        .into_any(),
        (true, None) => view! {
            <p class="hint">
                "Add Mistvine to your Slack workspace: people get the weekly reminder as a direct message, leaders' digest goes to a channel you pick, \
                 and /mistvine checks in and writes the PPP. Votes stay in Mistvine."
            </p>
            // A plain link: Slack's approval page is another site, which the pages' form-action policy rightly keeps forms from reaching.
            <a class="button" href="/slack/install">"Add to Slack"</a>
        }
        .into_any(),
        (true, Some(i)) => {
            let synced = i.synced_at.map_or_else(|| "not yet".to_string(), day);
            view! {
                <p>{format!("Connected to the Slack workspace {} on {}.", i.workspace, day(i.installed_at))}</p>
                <p class="meta">{format!("{} people linked by their verified address (last linked: {synced}).", i.linked)}</p>
                <ActionForm action=update>
                    <FormError error fields=&["channel"]/>
                    <Field form="slack" name="channel" label="Channel for the leaders' digest" value=i.digest_channel.unwrap_or_default() error optional=true
                        hint="Its name (#okr-leads) or id; blank: no digest in Slack. The digest lists problems and boosts, never a vote."/>
                    <div class="field checkbox">
                        <input id="slack-on" type="checkbox" name="on" value="on" checked=s.on/>
                        <label for="slack-on">"Send the weekly reminder and digest to Slack"</label>
                    </div>
                    <Submit label="Save Slack settings" class="secondary"/>
                </ActionForm>
                <ActionForm action=sync>
                    <FormError error=sync_error fields=&[]/>
                    <Submit label="Link people again" class="secondary"/>
                </ActionForm>
                <ActionForm action=disconnect>
                    <Submit label="Disconnect Slack" class="secondary"/>
                </ActionForm>
                <p class="hint"><a href="/slack/install">"Add to Slack again"</a>" (after changing the app's permissions)."</p>
            }
            .into_any()
        }
    };
    view! {
        <h3>"Slack"</h3>
        {body}
    }
}
