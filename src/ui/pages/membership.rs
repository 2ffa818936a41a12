//! `/members/history`: who joined, left, changed role or team, and when.
//! Every member can read it, so accounts made up to sit beside a colleague
//! in a vote are seen by the people they would expose.

use crate::domain::org::MembershipEvent;
use crate::server_fns::org::membership_log;
use crate::ui::components::notice::Loaded;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MembershipLogPage() -> impl IntoView {
    let log = Resource::new(|| (), |_| membership_log());
    view! {
        <Title text="Who joined when"/>
        <h1>"Who joined when"</h1>
        <p class="hint">
            "Every change of who belongs to the organisation and its teams, newest first. People who join during a week "
            "vote on their objectives from the next week on."
        </p>
        <Loaded resource=log view=move |events| view! { <Events events/> }/>
    }
}

#[component]
fn Events(events: Vec<MembershipEvent>) -> impl IntoView {
    if events.is_empty() {
        return view! { <p class="meta">"Nothing has changed yet."</p> }.into_any();
    }
    view! {
        <ul class="objective-list membership-log">
            {events.into_iter().map(|e| view! {
                <li>
                    <time datetime=stamp(e.at, "%Y-%m-%dT%H:%MZ")>{stamp(e.at, "%e %b %Y, %H:%M UTC")}</time>
                    " · "
                    {e.sentence()}
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

fn stamp(epoch: i64, format: &str) -> String {
    chrono::DateTime::from_timestamp(epoch, 0).map(|d| d.format(format).to_string()).unwrap_or_default()
}
