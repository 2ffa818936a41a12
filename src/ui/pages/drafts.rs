//! `/drafts`: every draft this browser keeps for the signed-in person in the
//! current organisation, across teams and forms (the list is an island:
//! drafts live on the device).

use crate::server_fns::teams::list_teams;
use crate::t;
use crate::ui::components::notice::Loaded;
use crate::ui::offline::DraftTable;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn DraftsPage() -> impl IntoView {
    let teams = Resource::new(|| (), |_| list_teams());
    view! {
        <Title text=t!("drafts-title")/>
        <h1>{t!("drafts-on-device")}</h1>
        <p class="lead">{t!("drafts-lead")}</p>
        <noscript><p class="form-error">{t!("drafts-need-javascript")}</p></noscript>
        <Loaded resource=teams view=move |teams| {
            let teams = teams.into_iter().map(|t| (t.id, t.name)).collect::<Vec<_>>();
            view! { <DraftTable teams/> }
        }/>
    }
}
