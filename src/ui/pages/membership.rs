//! `/members/history`: who joined, left, changed role or team, and when.
//! Every member can read it, so accounts made up to sit beside a colleague
//! in a vote are seen by the people they would expose.

use crate::domain::org::MembershipEvent;
use crate::server_fns::org::membership_log;
use crate::t;
use crate::ui::components::dates::day_and_time;
use crate::ui::components::notice::Loaded;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MembershipLogPage() -> impl IntoView {
    let log = Resource::new(|| (), |_| membership_log());
    view! {
        <Title text=t!("membership-title")/>
        <h1>{t!("membership-title")}</h1>
        <p class="hint">{t!("membership-hint")}</p>
        <Loaded resource=log view=move |events| view! { <Events events/> }/>
    }
}

#[component]
fn Events(events: Vec<MembershipEvent>) -> impl IntoView {
    if events.is_empty() {
        return view! { <p class="meta">{t!("membership-none")}</p> }.into_any();
    }
    view! {
        <ul class="objective-list membership-log">
            {events.into_iter().map(|e| view! {
                <li>
                    <time datetime=stamp(e.at)>{day_and_time(e.at)}</time>
                    " · "
                    {e.sentence().to_string()}
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

fn stamp(epoch: i64) -> String {
    chrono::DateTime::from_timestamp(epoch, 0).map(|d| d.format("%Y-%m-%dT%H:%MZ").to_string()).unwrap_or_default()
}
