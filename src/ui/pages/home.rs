//! Home: a welcome for visitors; for members, what to do first and their teams.

use crate::domain::views::{Me, OrgOverview};
use crate::error::AppError;
use crate::i18n::{around, SLOT};
use crate::server_fns::objectives::get_dashboard;
use crate::server_fns::org::overview;
use crate::t;
use crate::ui::components::notice::{ErrorNotice, Loading};
use crate::ui::components::words::role;
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
    let (before, after) = around(&t!("home-scorecard-invite", link = SLOT));
    view! {
        <section class="hero">
            <h1>{t!("home-hero-title")}</h1>
            <p>{t!("home-hero-text")}</p>
            <p class="actions">
                <a class="button" href="/signup">{t!("nav-start-workspace")}</a>
                <a class="button secondary" href="/login">{t!("nav-log-in")}</a>
            </p>
            <p>{before} <a href="/scorecard">{t!("home-scorecard-link")}</a> {after}</p>
        </section>
    }
}

#[component]
fn OrgHome(me: Me, data: Option<HomeData>) -> impl IntoView {
    let first_name = me.name.split_whitespace().next().unwrap_or_default().to_string();
    let (is_admin, can_lead) = (me.role.is_admin(), me.role.can_lead());
    view! {
        <h1>{t!("home-welcome", name = first_name)}</h1>
        <p class="lead">{me.org_name.clone()} " · " {role(me.role)}</p>
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
        (o.team_count > 0, t!("home-step-team"), t!("home-step-team-why"), "/teams", is_admin),
        (o.member_count > 1, t!("home-step-invite"), t!("home-step-invite-why"), "/admin", is_admin),
        (false, t!("home-step-wave"), t!("home-step-wave-why"), "/waves", can_lead),
    ];
    view! {
            <section class="card">
                <h2>{t!("home-getting-started")}</h2>
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
                                        {done.then(|| view! { <span class="visually-hidden">{t!("home-step-done")}</span> })}
                                        <p class="hint">{why}</p>
                                    </div>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
                {(!can_lead).then(|| view! { <p class="hint">{t!("home-steps-by-leads")}</p> })}
            </section>
    }
}

#[component]
fn MyTeams(o: OrgOverview) -> impl IntoView {
    view! {
        <section class="card">
            <h2>{t!("home-your-teams")}</h2>
            {if o.my_teams.is_empty() {
                view! { <p>{t!("home-no-team")} " " <a href="/teams">{t!("home-all-teams")}</a></p> }.into_any()
            } else {
                view! {
                    <ul class="team-list">
                        {o.my_teams
                            .into_iter()
                            .map(|t| view! {
                                <li><a href=format!("/teams/{}", t.id)>{t.name}</a>
                                    <span class="meta">{t!("home-member-count", count = t.member_count)}</span></li>
                            })
                            .collect_view()}
                    </ul>
                }.into_any()
            }}
            <p class="meta">{t!("home-org-counts", people = o.member_count, teams = o.team_count)}</p>
        </section>
    }
}
