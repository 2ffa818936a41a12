//! `/confidence`: how confident people are, objective by week, as a heat map
//! with trends. By default: the wave objectives, what each group of aligned
//! team objectives says, and the team objectives that need a conversation;
//! `?show=all&page=N` pages through everything, grouped by wave objective;
//! `?team=` narrows it to one team's objectives (plus the wave's); the
//! default view also lists the teams with something flagged.

use crate::domain::confidence::ByTeam;
use crate::domain::confidence::{ConfidenceReport, ConfidenceView, Group, ATTENTION_ROWS};
use crate::domain::ids::TeamId;
use crate::domain::vote::{live_step, Visible, SCALE};
use crate::server_fns::vote::get_confidence;
use crate::t;
use crate::ui::components::heat_map::{average, HeatLegend, HeatMap};
use crate::ui::components::notice::Loaded;
use crate::ui::components::pager::Pager;
use crate::ui::components::words;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ConfidencePage() -> impl IntoView {
    let query = use_query_map();
    let params = move || {
        let q = query.read();
        (q.get("team").and_then(|t| t.parse().ok()).map(TeamId), q.get("show"), q.get("page").and_then(|p| p.parse().ok()))
    };
    let report = Resource::new(params, |(team, show, page)| get_confidence(team, show, page));
    view! {
        <Title text=t!("conf-title")/>
        <h1>{t!("conf-title")}</h1>
        <Loaded resource=report view=move |r| view! { <Report r/> }/>
    }
}

#[component]
fn Report(r: ConfidenceReport) -> impl IntoView {
    let Some(wave) = r.wave.clone() else {
        return view! { <section class="card"><p>{t!("conf-no-wave")}</p></section> }.into_any();
    };
    // The latest week with something to show, for the detail below the map.
    let latest = (0..r.weeks as usize).rev().find(|&w| r.rows.iter().any(|row| matches!(row.cells.get(w), Some(Visible::Shown(_)))));
    view! {
        <p class="lead">
            {format!("{} · ", wave.name)}
            {r.current_week.map(|w| t!("conf-week-of", week = w, weeks = r.weeks)).unwrap_or_else(|| t!("conf-weeks", weeks = r.weeks))}
        </p>
        <p class="hint">{if r.live {
            t!("conf-hint-live", step = live_step(r.threshold), min = r.threshold)
        } else {
            t!("conf-hint-weekly", min = r.threshold)
        }}</p>
        <form method="get" action="/confidence" class="inline-form filter">
            <div class="field">
                <label for="confidence-team">{t!("conf-team")}</label>
                <select id="confidence-team" name="team">
                    <option value="">{t!("conf-all-teams")}</option>
                    {r.teams.iter().map(|t| view! {
                        <option value=t.id.to_string() selected=r.team_filter == Some(t.id)>{t.name.clone()}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="secondary">{t!("conf-show")}</button>
        </form>
        <nav class="view-switch" aria-label=t!("conf-what-to-list")>
            <a href="/confidence" aria-current=(r.view == ConfidenceView::Attention).then_some("page")>{t!("conf-needs-attention")}</a>
            <a href="/confidence?show=all" aria-current=matches!(r.view, ConfidenceView::All { .. }).then_some("page")>{t!("conf-all-objectives")}</a>
        </nav>
        {(r.view == ConfidenceView::Attention && !r.groups.is_empty()).then(|| view! { <Groups groups=r.groups.clone()/> })}
        {(r.view == ConfidenceView::Attention).then(|| view! { <Teams by_team=r.by_team.clone()/> })}
        <section class="card">
            <h2>{match r.view {
                ConfidenceView::Attention => t!("conf-map-attention"),
                ConfidenceView::All { page } => t!("conf-map-page", page = page, pages = r.pages),
                ConfidenceView::Team(_) => t!("conf-map"),
            }}</h2>
            {(r.view == ConfidenceView::Attention).then(|| view! { <p class="hint">{attention_note(r.flagged)}</p> })}
            {if r.rows.is_empty() {
                view! { <p>{t!("conf-no-objectives")}</p> }.into_any()
            } else {
                view! { <HeatLegend threshold=r.threshold/> <HeatMap rows=r.rows.clone() weeks=r.weeks threshold=r.threshold/> }.into_any()
            }}
            {match r.view {
                ConfidenceView::All { page } if r.pages > 1 => {
                    let link = |p: u32| format!("/confidence?show=all&page={p}");
                    let (prev, next) = ((page > 1).then(|| link(page - 1)), (page < r.pages).then(|| link(page + 1)));
                    Some(view! { <Pager page=page as usize pages=r.pages as usize prev next label=t!("conf-pages")/> })
                }
                _ => None,
            }}
        </section>
        {latest.map(|w| view! {
            <section class="card">
                <h2>{t!("conf-week-detail", week = w + 1)}</h2>
                <ul class="objective-list">
                    {r.rows.iter().map(|row| view! {
                        <li>
                            <span class="objective-title">{row.title.clone()}</span>
                            {match row.cells.get(w) {
                                Some(Visible::Shown(a)) => view! {
                                    <p>{t!("conf-average", average = average(a.average), count = a.count)}</p>
                                    <p class="meta distribution">
                                        {SCALE.iter().zip(a.distribution).map(|((n, _), count)| format!("{} {count}", words::score(*n))).collect::<Vec<_>>().join(" · ")}
                                    </p>
                                }.into_any(),
                                Some(Visible::WeekOpen) => view! { <p class="meta">{t!("conf-week-open")}</p> }.into_any(),
                                Some(Visible::NotStarted) => view! { <p class="meta">{t!("conf-week-not-started")}</p> }.into_any(),
                                // No votes and too few read the same: a first vote is not given away.
                                _ => view! { <p class="meta">{t!("conf-too-few", min = r.threshold.max(3))}</p> }.into_any(),
                            }}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
    }
    .into_any()
}

fn attention_note(flagged: u32) -> String {
    match flagged {
        0 => t!("conf-attention-none"),
        n if n as usize <= ATTENTION_ROWS => t!("conf-attention-some", count = n),
        n => t!("conf-attention-cut", shown = ATTENTION_ROWS, count = n),
    }
}

/// Each wave objective with what its aligned team objectives say.
#[component]
fn Groups(groups: Vec<Group>) -> impl IntoView {
    view! {
        <section class="card">
            <h2>{t!("conf-by-wave-objective")}</h2>
            <ul class="objective-list">
                {groups.into_iter().map(|g| view! {
                    <li>
                        <a class="objective-title" href=format!("/objectives/{}", g.objective_id)>{g.title}</a>
                        <p class="meta">{t!("conf-group", aligned = g.aligned, falling = g.falling, low = g.low)}</p>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// The teams whose objectives need a conversation, each linking to its map.
#[component]
fn Teams(by_team: ByTeam) -> impl IntoView {
    let ByTeam { flagged, more_flagged, calm } = by_team;
    let rest = match (more_flagged, calm) {
        (0, 0) => None,
        (0, c) => Some(t!("conf-teams-calm", count = c)),
        (m, c) => Some(t!("conf-teams-more", more = m, calm = c)),
    };
    view! {
        <section class="card">
            <h2>{t!("conf-by-team")}</h2>
            {if flagged.is_empty() {
                view! { <p>{t!("conf-no-team-flagged")}</p> }.into_any()
            } else {
                view! {
                    <ul class="objective-list">
                        {flagged.into_iter().map(|g| view! {
                            <li>
                                <a class="objective-title" href=format!("/confidence?team={}", g.team.id)>{g.team.name}</a>
                                <p class="meta">
                                    {t!("conf-team-line", flagged = g.flagged, objectives = g.objectives, falling = g.falling, low = g.low)}
                                    {g.average.map(|a| format!(" · {}", t!("conf-latest-average", average = average(a))))}
                                </p>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {rest.map(|t| view! { <p class="hint">{t}</p> })}
        </section>
    }
}
