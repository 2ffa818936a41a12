//! The account page's phone notifications: turn them on on this device
//! (the push island), see and remove the devices that get them, turn the
//! weekly reminder off everywhere, send a test. And the reminder in Slack,
//! where the organisation uses it.

use crate::domain::channels::{PushChoices, PushDevice};
use crate::server_fns::channels::{get_slack_choice, UpdateSlackChoice};
use crate::server_fns::push::{get_push_choices, RemovePushDevice, SendTestPush, UpdatePushChoice};
use crate::ui::components::dates::day_and_time as day;
use crate::ui::components::form::{failure, FormError, Submit};
use crate::ui::components::notice::Loaded;
use crate::ui::islands::push::PushForm;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn NotificationsSection() -> impl IntoView {
    let choices = Resource::new(|| (), |_| get_push_choices());
    let query = use_query_map();
    let said = move || match query.read().get("notifications").as_deref() {
        Some("on") => Some("Notifications are on for this device."),
        Some("test") => Some("A test notification is on its way to each of your devices."),
        _ => None,
    };
    view! {
        <section class="card" id="notifications">
            <h2>"Phone notifications"</h2>
            <p class="hint">
                "Get the weekly reminder to vote as a notification on your phone or computer. \
                 It opens the vote page; it never shows a score."
            </p>
            {move || said().map(|s| view! { <p class="saved" role="status">{s}</p> })}
            <Loaded resource=choices view=move |c| view! { <Devices c/> }/>
        </section>
    }
}

#[component]
fn Devices(c: PushChoices) -> impl IntoView {
    let remove = ServerAction::<RemovePushDevice>::new();
    let test = ServerAction::<SendTestPush>::new();
    let update = ServerAction::<UpdatePushChoice>::new();
    let test_error = failure(test);
    let update_error = failure(update);
    let has_devices = !c.devices.is_empty();
    let listed = if has_devices {
        view! { <ul class="objective-list devices">{c.devices.into_iter().map(|d| view! { <Device d remove/> }).collect_view()}</ul> }
            .into_any()
    } else {
        view! { <p class="missing">"No device gets notifications yet."</p> }.into_any()
    };
    view! {
        {(!c.org_allows).then(|| view! {
            <p class="hint">"Your organisation's admins have turned notifications off: none are sent for now."</p>
        })}
        {listed}
        <PushForm public_key=c.public_key/>
        {has_devices.then(|| view! {
            <ActionForm action=test>
                <FormError error=test_error fields=&[]/>
                <Submit label="Send a test notification" class="secondary"/>
            </ActionForm>
        })}
        <ActionForm action=update>
            <FormError error=update_error fields=&[]/>
            <div class="field checkbox">
                <input id="push-reminders" type="checkbox" name="reminders" value="on" checked=c.wanted/>
                <label for="push-reminders">"Weekly reminder as a notification on my devices"</label>
            </div>
            <Submit label="Save notification choice" class="secondary"/>
        </ActionForm>
    }
}

#[component]
fn Device(d: PushDevice, remove: ServerAction<RemovePushDevice>) -> impl IntoView {
    let label = format!("Remove {}", d.label);
    let sent = d.last_sent_at.map_or_else(|| "nothing sent yet".to_string(), |at| format!("last notified {}", day(at)));
    view! {
        <li>
            <span class="objective-title">{d.label.clone()}</span>
            <p class="meta">{format!("Added {} · {sent}", day(d.created_at))}</p>
            <ActionForm action=remove>
                <input type="hidden" name="device_id" value=d.id.to_string()/>
                <button type="submit" class="small secondary" aria-label=label>"Remove"</button>
            </ActionForm>
        </li>
    }
}

/// The weekly reminder in Slack, for a person linked to their
/// organisation's Slack workspace (shown only where Slack is connected).
#[component]
pub fn SlackSection() -> impl IntoView {
    let choice = Resource::new(|| (), |_| get_slack_choice());
    let update = ServerAction::<UpdateSlackChoice>::new();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                choice.await.ok().and_then(|c| c.workspace.clone().map(|w| (c, w))).map(|(c, workspace)| {
                    let error = failure(update);
                    let linked = if c.linked {
                        format!("Your Slack account in {workspace} is linked: the weekly reminder comes as a message from Mistvine, and /mistvine checks in and writes your team's PPP.")
                    } else {
                        format!("Your organisation uses Slack ({workspace}), but your Slack account is not linked: Mistvine links people whose Slack address is their confirmed address here.")
                    };
                    view! {
                        <section class="card" id="slack">
                            <h2>"Slack"</h2>
                            <p class="hint">{linked}</p>
                            <ActionForm action=update>
                                <FormError error fields=&[]/>
                                <div class="field checkbox">
                                    <input id="slack-reminders" type="checkbox" name="reminders" value="on" checked=c.wanted/>
                                    <label for="slack-reminders">"Weekly reminder as a Slack message"</label>
                                </div>
                                <Submit label="Save Slack choice" class="secondary"/>
                            </ActionForm>
                        </section>
                    }
                })
            })}
        </Suspense>
    }
}
