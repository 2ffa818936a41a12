//! The account page's phone notifications: turn them on on this device
//! (the push island), see and remove the devices that get them, turn the
//! weekly reminder off everywhere, send a test. And the reminder in Slack,
//! where the organisation uses it.

use crate::domain::channels::{PushChoices, PushDevice};
use crate::server_fns::channels::{get_slack_choice, UpdateSlackChoice};
use crate::server_fns::push::{get_push_choices, RemovePushDevice, SendTestPush, UpdatePushChoice};
use crate::t;
use crate::ui::components::dates::day_and_time as day;
use crate::ui::components::form::{failure, FormError, Submit};
use crate::ui::components::island_words;
use crate::ui::components::notice::Loaded;
use crate::ui::islands::push::PushForm;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn NotificationsSection() -> impl IntoView {
    let choices = Resource::new(|| (), |_| get_push_choices());
    let query = use_query_map();
    let said = move || match query.read().get("notifications").as_deref() {
        Some("on") => Some(t!("push-on")),
        Some("test") => Some(t!("push-test-sent")),
        _ => None,
    };
    view! {
        <section class="card" id="notifications">
            <h2>{t!("push-title")}</h2>
            <p class="hint">{t!("push-hint")}</p>
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
        view! { <p class="missing">{t!("push-none")}</p> }.into_any()
    };
    view! {
        {(!c.org_allows).then(|| view! {
            <p class="hint">{t!("push-org-off")}</p>
        })}
        {listed}
        <PushForm public_key=c.public_key words=island_words::push()/>
        {has_devices.then(|| view! {
            <ActionForm action=test>
                <FormError error=test_error fields=&[]/>
                <Submit label=t!("push-test") class="secondary"/>
            </ActionForm>
        })}
        <ActionForm action=update>
            <FormError error=update_error fields=&[]/>
            <div class="field checkbox">
                <input id="push-reminders" type="checkbox" name="reminders" value="on" checked=c.wanted/>
                <label for="push-reminders">{t!("push-reminders")}</label>
            </div>
            <Submit label=t!("push-save") class="secondary"/>
        </ActionForm>
    }
}

#[component]
fn Device(d: PushDevice, remove: ServerAction<RemovePushDevice>) -> impl IntoView {
    let label = t!("account-remove-label", name = d.label.clone());
    let sent = d.last_sent_at.map_or_else(|| t!("push-nothing-sent"), |at| t!("push-last-sent", day = day(at)));
    view! {
        <li>
            <span class="objective-title">{d.label.clone()}</span>
            <p class="meta">{t!("account-added-line", added = day(d.created_at), last = sent)}</p>
            <ActionForm action=remove>
                <input type="hidden" name="device_id" value=d.id.to_string()/>
                <button type="submit" class="small secondary" aria-label=label>{t!("account-remove")}</button>
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
                        t!("slack-linked", workspace = workspace)
                    } else {
                        t!("slack-not-linked", workspace = workspace)
                    };
                    view! {
                        <section class="card" id="slack">
                            <h2>{t!("slack-title")}</h2>
                            <p class="hint">{linked}</p>
                            <ActionForm action=update>
                                <FormError error fields=&[]/>
                                <div class="field checkbox">
                                    <input id="slack-reminders" type="checkbox" name="reminders" value="on" checked=c.wanted/>
                                    <label for="slack-reminders">{t!("slack-reminders")}</label>
                                </div>
                                <Submit label=t!("slack-save") class="secondary"/>
                            </ActionForm>
                        </section>
                    }
                })
            })}
        </Suspense>
    }
}
