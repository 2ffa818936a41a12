//! Home: a welcome for visitors; for members, what to do first and their teams.

use crate::api::org::overview;
use crate::domain::views::{Me, OrgOverview};
use crate::ui::components::notice::{ErrorNotice, Loading};
use crate::ui::layout::use_session;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    let session = use_session();
    view! {
        <Title text=""/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match session.me.await {
                    Ok(Some(me)) => view! { <OrgHome me/> }.into_any(),
                    Ok(None) => view! { <Welcome/> }.into_any(),
                    Err(error) => view! { <ErrorNotice error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Welcome() -> impl IntoView {
    view! {
        <section class="hero">
            <h1>"Strategy flows down. Honesty flows up. Teams execute."</h1>
            <p>
                "Mistvine helps leaders set a few objectives for a short wave, lets every team write its own aligned "
                "objectives and own the how, and brings honest signals back up: anonymous confidence votes, weekly "
                "updates and requests for help between teams."
            </p>
            <p class="actions">
                <a class="button" href="/signup">"Start a workspace"</a>
                <a class="button secondary" href="/login">"Log in"</a>
            </p>
        </section>
    }
}

#[component]
fn OrgHome(me: Me) -> impl IntoView {
    let data = Resource::new(|| (), |_| overview());
    let first_name = me.name.split_whitespace().next().unwrap_or_default().to_string();
    view! {
        <h1>{format!("Welcome, {first_name}")}</h1>
        <p class="lead">{me.org_name.clone()} " · " {me.role.label()}</p>
        <Suspense fallback=Loading>
            {move || {
                let is_admin = me.role.is_admin();
                Suspend::new(async move {
                    match data.await {
                        Ok(o) => view! { <Overview o is_admin/> }.into_any(),
                        Err(error) => view! { <ErrorNotice error/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// "What to do first": each step is ticked off from the organisation's real state.
#[component]
fn Overview(o: OrgOverview, is_admin: bool) -> impl IntoView {
    let steps = [
        (o.team_count > 0, "Create your first team", "Teams write their own objectives and vote on them.", "/teams"),
        (o.member_count > 1, "Invite your colleagues", "Share an invite link; they join as members.", "/admin"),
    ];
    let pending = steps.iter().any(|(done, ..)| !done);
    view! {
        {pending.then(|| view! {
            <section class="card">
                <h2>"Getting started"</h2>
                <ol class="steps">
                    {steps
                        .into_iter()
                        .map(|(done, title, why, href)| {
                            view! {
                                <li class:done=done>
                                    <span class="tick" aria-hidden="true">{if done { "✓" } else { "•" }}</span>
                                    <div>
                                        {if is_admin && !done {
                                            view! { <a href=href>{title}</a> }.into_any()
                                        } else {
                                            view! { <strong>{title}</strong> }.into_any()
                                        }}
                                        {done.then(|| view! { <span class="visually-hidden">" (done)"</span> })}
                                        <p class="hint">{why}</p>
                                    </div>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
                {(!is_admin).then(|| view! { <p class="hint">"An admin of your organisation sets these up."</p> })}
            </section>
        })}
        <section class="card">
            <h2>"Your teams"</h2>
            {if o.my_teams.is_empty() {
                view! { <p>"You are not in a team yet. " <a href="/teams">"See all teams"</a></p> }.into_any()
            } else {
                view! {
                    <ul class="team-list">
                        {o.my_teams
                            .into_iter()
                            .map(|t| view! {
                                <li><a href=format!("/teams/{}", t.id)>{t.name}</a>
                                    <span class="meta">{format!("{} members", t.member_count)}</span></li>
                            })
                            .collect_view()}
                    </ul>
                }.into_any()
            }}
            <p class="meta">{format!("{} people and {} active teams in your organisation.", o.member_count, o.team_count)}</p>
        </section>
    }
}
