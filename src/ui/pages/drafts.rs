//! `/drafts`: every draft this browser keeps for the signed-in person in the
//! current organisation, across teams and forms.

use crate::api::teams::list_teams;
use crate::domain::draft::{Draft, DraftForm};
use crate::domain::views::TeamSummary;
use crate::ui::components::notice::Loaded;
use crate::ui::offline::{device, state_label, use_drafts, DiscardButton, Drafts, RefusalReason};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn DraftsPage() -> impl IntoView {
    let drafts = use_drafts();
    // Team names; a page kept for offline use carries them in its HTML.
    let teams = Resource::new(|| (), |_| list_teams());
    view! {
        <Title text="Drafts"/>
        <h1>"Drafts on this device"</h1>
        <p class="lead">"Objectives and PPP updates you started and that are not saved yet. They stay in this browser only, for you."</p>
        <noscript><p class="form-error">"Drafts are kept by the browser when JavaScript is on."</p></noscript>
        <Loaded resource=teams view=move |teams| view! { <DraftTable teams drafts/> }/>
    }
}

fn form_label(form: DraftForm) -> &'static str {
    match form {
        DraftForm::TeamObjective => "Team objective",
        DraftForm::Ppp => "PPP update",
    }
}

#[component]
fn DraftTable(teams: Vec<TeamSummary>, drafts: Drafts) -> impl IntoView {
    let team_name = move |id| teams.iter().find(|t| t.id == id).map(|t| t.name.clone()).unwrap_or_else(|| "A team".into());
    move || {
        if !drafts.loaded() {
            return view! { <section class="card"><p class="loading">"Looking for drafts on this device…"</p></section> }.into_any();
        }
        let list: Vec<Draft> = drafts.book.with(|b| b.all().to_vec());
        if list.is_empty() {
            return view! {
                <section class="card"><p>"No drafts on this device. What you type into a team's objective or PPP form is kept here until it is saved."</p></section>
            }
            .into_any();
        }
        let rows = list
            .into_iter()
            .map(|d| {
                let title = d.describe();
                let key = d.key.clone();
                let team = d.target.team;
                view! {
                    <li>
                        <span class="draft-title">{title.clone()}</span>
                        <span class="draft-state">
                            {format!("{} for {} · {} · {}", form_label(d.target.form), team_name(team), state_label(&d.status), device::local_time(d.updated_at))}
                        </span>
                        <RefusalReason status=d.status.clone()/>
                        <span class="draft-actions">
                            <a class="button small secondary" href=format!("/teams/{team}") aria-label=format!("Open draft {title} on its team page")>"Open"</a>
                            <DiscardButton title=title.clone() discard=move || { drafts.change(|b| b.discard(&key)); }/>
                        </span>
                    </li>
                }
            })
            .collect_view();
        view! { <section class="card draft-list"><ul>{rows}</ul></section> }.into_any()
    }
}
