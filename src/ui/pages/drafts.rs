//! `/drafts`: every draft this browser keeps for the signed-in person in the
//! current organisation, across teams and forms (the list is an island:
//! drafts live on the device).

use crate::server_fns::teams::list_teams;
use crate::ui::components::notice::Loaded;
use crate::ui::offline::DraftTable;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn DraftsPage() -> impl IntoView {
    let teams = Resource::new(|| (), |_| list_teams());
    view! {
        <Title text="Drafts"/>
        <h1>"Drafts on this device"</h1>
        <p class="lead">"Objectives and PPP updates you started and that are not saved yet. They stay in this browser only, for you."</p>
        <noscript><p class="form-error">"Drafts are kept by the browser when JavaScript is on."</p></noscript>
        <Loaded resource=teams view=move |teams| {
            let teams = teams.into_iter().map(|t| (t.id, t.name)).collect::<Vec<_>>();
            view! { <DraftTable teams/> }
        }/>
    }
}
