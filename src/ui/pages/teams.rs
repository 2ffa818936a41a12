//! `/teams`: every team of the organisation; admins create new ones here.

use crate::domain::views::TeamSummary;
use crate::server_fns::teams::{list_teams, CreateTeam};
use crate::t;
use crate::ui::components::form::{failure, Field, FormError, Submit};
use crate::ui::components::notice::{ErrorNotice, Loading};
use crate::ui::layout::use_session;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn TeamsPage() -> impl IntoView {
    let session = use_session();
    let create = ServerAction::<CreateTeam>::new();
    let teams = Resource::new(|| (), |_| list_teams());
    view! {
        <Title text=t!("dash-teams")/>
        <h1>{t!("dash-teams")}</h1>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let is_admin = matches!(session.me.await, Ok(Some(me)) if me.role.is_admin());
                match teams.await {
                    Ok(list) => view! {
                        {is_admin.then(|| view! { <NewTeamForm create/> })}
                        <TeamList list/>
                        <p><a href="/members/history">{t!("teams-who-joined")}</a></p>
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorNotice error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn NewTeamForm(create: ServerAction<CreateTeam>) -> impl IntoView {
    let error = failure(create);
    view! {
        <section class="card">
            <h2>{t!("teams-new")}</h2>
            <ActionForm action=create>
                <FormError error fields=&["name"]/>
                <div class="inline-form">
                    <Field form="new-team" label=t!("team-name") name="name" error/>
                    <Submit label=t!("teams-create")/>
                </div>
            </ActionForm>
        </section>
    }
}

#[component]
fn TeamList(list: Vec<TeamSummary>) -> impl IntoView {
    let (archived, active): (Vec<_>, Vec<_>) = list.into_iter().partition(|t| t.archived);
    let row = |t: TeamSummary| {
        view! {
            <li>
                <a href=format!("/teams/{}", t.id)>{t.name}</a>
                <span class="meta">
                    {t!("teams-members", count = t.member_count)}
                </span>
                {t.is_mine.then(|| view! { <span class="badge">{t!("teams-yours")}</span> })}
            </li>
        }
    };
    view! {
        <section class="card">
            <h2>{t!("teams-active")}</h2>
            {if active.is_empty() {
                view! { <p>{t!("dash-no-teams")}</p> }.into_any()
            } else {
                view! { <ul class="team-list">{active.into_iter().map(row).collect_view()}</ul> }.into_any()
            }}
        </section>
        {(!archived.is_empty()).then(|| view! {
            <section class="card muted">
                <h2>{t!("teams-archived")}</h2>
                <ul class="team-list">{archived.into_iter().map(row).collect_view()}</ul>
            </section>
        })}
    }
}
