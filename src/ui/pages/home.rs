//! Home: a welcome for visitors; for members, what to do first and their teams.

use crate::domain::views::{Me, OrgOverview};
use crate::error::AppError;
use crate::server_fns::objectives::get_dashboard;
use crate::server_fns::org::overview;
use crate::ui::components::notice::{ErrorNotice, Loading};
use crate::ui::layout::use_session;
use crate::ui::pages::dashboard::DashboardView;
use leptos::prelude::*;
use leptos_meta::Title;

/// What a member's home shows under the welcome.
type HomeData = Result<(Option<crate::domain::dashboard::Dashboard>, OrgOverview), AppError>;

#[component]
pub fn HomePage() -> impl IntoView {
    let session = use_session();
    // Made here, before anything is awaited, not inside the Suspend (see
    // `notice::for_id`): made there, it caused a flaky hydration panic here.
    let data = Resource::new(
        || (),
        move |_| async move {
            match session.me.await {
                Ok(Some(_)) => Some(async { Ok((get_dashboard().await?, overview().await?)) }.await),
                _ => None,
            }
        },
    );
    view! {
        <Title text=""/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match session.me.await {
                    Ok(Some(me)) => view! { <OrgHome me data=data.await/> }.into_any(),
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
            <p>"Not sure where your organisation stands? " <a href="/scorecard">"Take the two-minute Aligned Autonomy Scorecard"</a> ", no account needed."</p>
        </section>
    }
}

#[component]
fn OrgHome(me: Me, data: Option<HomeData>) -> impl IntoView {
    let first_name = me.name.split_whitespace().next().unwrap_or_default().to_string();
    let (is_admin, can_lead) = (me.role.is_admin(), me.role.can_lead());
    view! {
        <h1>{format!("Welcome, {first_name}")}</h1>
        <p class="lead">{me.org_name.clone()} " · " {me.role.label()}</p>
        {match data {
            Some(Ok((Some(d), o))) => view! { <DashboardView d/> <MyTeams o/> }.into_any(),
            Some(Ok((None, o))) => view! { <Overview o=o.clone() is_admin can_lead/> <MyTeams o/> }.into_any(),
            Some(Err(error)) => view! { <ErrorNotice error/> }.into_any(),
            // Signed out while the page loaded: the session decides again.
            None => view! { <Loading/> }.into_any(),
        }}
    }
}

/// "What to do first" while no wave is active: each step is ticked off from
/// the organisation's real state.
#[component]
fn Overview(o: OrgOverview, is_admin: bool, can_lead: bool) -> impl IntoView {
    // (done, title, why, where, who may do it)
    let steps = [
        (o.team_count > 0, "Create your first team", "Teams write their own objectives and vote on them.", "/teams", is_admin),
        (o.member_count > 1, "Invite your colleagues", "Share an invite link; they join as members.", "/admin", is_admin),
        (false, "Plan and start a wave", "Set a 2 to 6 week wave and its few objectives; teams align to them.", "/waves", can_lead),
    ];
    view! {
            <section class="card">
                <h2>"Getting started"</h2>
                <ol class="steps">
                    {steps
                        .into_iter()
                        .map(|(done, title, why, href, allowed)| {
                            view! {
                                <li class:done=done>
                                    <span class="tick" aria-hidden="true">{if done { "✓" } else { "•" }}</span>
                                    <div>
                                        {if allowed && !done {
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
                {(!can_lead).then(|| view! { <p class="hint">"Admins and leaders of your organisation set these up."</p> })}
            </section>
    }
}

#[component]
fn MyTeams(o: OrgOverview) -> impl IntoView {
    view! {
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
