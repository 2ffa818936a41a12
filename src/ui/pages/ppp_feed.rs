//! `/ppp`: every team's update for a week of the active wave; a missing
//! update is shown as missing.

use crate::domain::ppp::{PppFeed, FEED_PAGE};
use crate::server_fns::ppp::get_ppp_feed;
use crate::t;
use crate::ui::components::notice::Loaded;
use crate::ui::components::pager::Pager;
use crate::ui::components::ppp_view::PppView;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn PppFeedPage() -> impl IntoView {
    let query = use_query_map();
    let params = move || {
        let q = query.read();
        (q.get("week").and_then(|w| w.parse().ok()), q.get("page").and_then(|p| p.parse().ok()))
    };
    let feed = Resource::new(params, |(week, page)| get_ppp_feed(week, page));
    view! {
        <Title text=t!("ppp-title")/>
        <h1>{t!("ppp-weekly")}</h1>
        <Loaded resource=feed view=move |f| view! { <Feed f/> }/>
    }
}

#[component]
fn Feed(f: PppFeed) -> impl IntoView {
    let Some(wave) = f.wave else {
        return view! { <section class="card"><p>{t!("ppp-feed-no-wave")}</p></section> }.into_any();
    };
    let week = f.week;
    let first = (f.page - 1) * FEED_PAGE + 1;
    let last = first + f.teams.len().saturating_sub(1);
    let link = move |p: usize| format!("/ppp?week={week}&page={p}");
    let (prev, next) = ((f.page > 1).then(|| link(f.page - 1)), (f.page < f.pages).then(|| link(f.page + 1)));
    view! {
        <p class="lead">{format!("{} · {}", wave.name, t!("conf-week-of", week = f.week, weeks = f.weeks))}</p>
        <nav class="week-links" aria-label=t!("ppp-weeks")>
            {(1..=f.weeks).map(|w| view! {
                <a href=format!("/ppp?week={w}") aria-current=(w == f.week).then_some("page")>
                    {if Some(w) == f.current_week { t!("ppp-week-now", week = w) } else { t!("ppp-week", week = w) }}
                </a>
            }).collect_view()}
        </nav>
        <p class="meta">{t!("ppp-posted", posted = f.posted, total = f.team_count)}
            {(f.pages > 1).then(|| format!(" · {}", t!("ppp-teams-below", first = first, last = last)))}
        </p>
        {f.teams.into_iter().map(|(team, update)| view! {
            <section class="card">
                <h2><a href=format!("/teams/{}", team.id)>{team.name.clone()}</a></h2>
                {match update {
                    Some(u) => view! { <PppView u/> }.into_any(),
                    None => view! { <p class="missing">{t!("ppp-none-that-week")}</p> }.into_any(),
                }}
            </section>
        }).collect_view()}
        {(f.pages > 1).then(|| view! { <Pager page=f.page pages=f.pages prev next label=crate::t!("pager-teams")/> })}
    }
    .into_any()
}
