//! The wave dashboard: time left, every wave objective with its progress and
//! alignment, the teams that need support most, and what is waiting.

use crate::domain::dashboard::{DashObjective, Dashboard, Disagreeing, TeamScore};
use crate::t;
use crate::ui::components::divergence::{DivergenceFlag, DivergenceNote};
use crate::ui::components::progress::{pct, NeedsSupport, ProgressBar};
use crate::ui::components::words::{self, ObjectiveOwner};
use crate::ui::pages::waves::date_range;
use leptos::prelude::*;

#[component]
pub fn DashboardView(d: Dashboard) -> impl IntoView {
    let elapsed = d.clock.elapsed_pct();
    let flagged = d.objectives.iter().filter(|o| o.needs_support).count() + d.teams_needing_support;
    view! {
        <section class="card wave-clock">
            <h2><a href=format!("/waves/{}", d.wave.id)>{d.wave.name.clone()}</a></h2>
            <p class="big-number">
                <strong>{d.clock.remaining_days}</strong>
                " " {t!("dash-days-remaining", count = d.clock.remaining_days)}
            </p>
            <p class="meta">{format!("{} · {}", date_range(&d.wave), t!("dash-elapsed", share = pct(elapsed)))}</p>
            <ProgressBar value=elapsed label=t!("dash-elapsed-label")/>
            // A full page load: present mode advances by meta refresh (see `pages::present`).
            <p class="meta"><a href="/present" rel="external">{t!("dash-present")}</a>" — "{t!("dash-present-hint")}</p>
            {(flagged > 0).then(|| view! {
                <p class="flag-summary">{t!("dash-flagged", count = flagged)}</p>
            })}
        </section>
        <section class="card">
            <h2>{t!("dash-wave-objectives")}</h2>
            {if d.objectives.is_empty() {
                view! { <p>{t!("dash-no-objectives")}</p> }.into_any()
            } else {
                view! { <ul class="objective-list">{d.objectives.into_iter().map(|o| view! { <DashObjectiveRow o elapsed/> }).collect_view()}</ul> }.into_any()
            }}
        </section>
        {(!d.disagreeing.is_empty()).then(|| view! {
            <section class="card" id="disagreeing">
                <h2>{t!("dash-disagree", count = d.disagreeing_count)}</h2>
                <p class="meta">
                    {t!("dash-disagree-hint")} " "
                    {if d.disagreeing_count > d.disagreeing.len() {
                        t!("dash-disagree-cut", shown = d.disagreeing.len())
                    } else {
                        t!("dash-disagree-all")
                    }}
                </p>
                <ul class="objective-list">{d.disagreeing.into_iter().map(|o| view! { <DisagreeingRow o/> }).collect_view()}</ul>
            </section>
        })}
        <section class="card">
            <h2><a href="/boosts">{t!("dash-open-boosts", count = d.open_boosts)}</a></h2>
            {if d.stale_boosts.is_empty() {
                view! { <p class="meta">{t!("dash-no-stale-boosts")}</p> }.into_any()
            } else {
                let (shown, total) = (d.stale_boosts.len(), d.stale_boost_count);
                view! {
                    <p class="meta">{if total > shown { t!("dash-stale-boosts-cut", total = total, shown = shown) } else { t!("dash-stale-boosts", total = total) }}</p>
                    <ul class="objective-list">
                        {d.stale_boosts.into_iter().map(|b| view! {
                            <li><a href=format!("/boosts/{}", b.id)>{b.need}</a> " " <span class="flag">{t!("dash-open-over-week")}</span>
                                <p class="meta">{words::asks(&b.from_team.name, b.to_team.as_ref().map(|t| t.name.as_str()))}</p></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        {(!d.open_problems.is_empty()).then(|| view! {
            <section class="card">
                <h2><a href="/ppp">{t!("dash-open-problems", count = d.open_problem_count)}</a></h2>
                {(d.open_problem_count > d.open_problems.len()).then(|| view! {
                    <p class="meta">{t!("dash-problems-cut", shown = d.open_problems.len())}</p>
                })}
                <ul class="objective-list">
                    {d.open_problems.into_iter().map(|p| view! {
                        <li>
                            <span>{p.text}</span>
                            <p class="meta"><a href=format!("/teams/{}", p.team.id)>{p.team.name}</a>" · "{t!("dash-week", week = p.week)}</p>
                            {p.done_boost.map(|b| view! {
                                <p class="hint">{t!("dash-boost-done")} " " <a href=format!("/boosts/{b}")>{t!("dash-mark-solved")}</a></p>
                            })}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        <section class="card">
            <h2>{t!("dash-teams")}</h2>
            {if d.teams.is_empty() {
                view! { <p>{t!("dash-no-teams")}</p> }.into_any()
            } else {
                view! {
                    <p class="meta">{t!("dash-teams-need-support", count = d.teams_needing_support, total = d.team_count)}
                        {(d.team_count > d.teams.len()).then(|| view! {
                            " " {t!("dash-teams-cut", shown = d.teams.len())} " "
                            <a href="/teams">{t!("dash-every-team")}</a>
                        })}
                    </p>
                    <ul class="objective-list">{d.teams.into_iter().map(|t| view! { <TeamRow t elapsed/> }).collect_view()}</ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn DashObjectiveRow(o: DashObjective, elapsed: f64) -> impl IntoView {
    let obj = o.objective;
    view! {
        <li>
            <div class="row-head">
                <a class="objective-title" href=format!("/objectives/{}", obj.id)>{obj.title.clone()}</a>
                {o.needs_support.then(|| view! { <NeedsSupport/> })}
                {o.confidence_falling.then(|| view! { <span class="meta">{t!("dash-confidence-falling")}</span> })}
                {o.divergence.map(|d| view! { <DivergenceFlag d/> })}
            </div>
            <ProgressBar value=obj.progress label=t!("dash-progress-of", title = obj.title.clone()) marker=elapsed/>
            <p class="meta">{t!("dash-aligned-teams", count = o.aligned_teams)}</p>
            <ul class="kr-summary">
                {obj.krs.into_iter().map(|k| view! {
                    <li>
                        <span>{k.title.clone()}</span>
                        <span class="meta">{format!("{} · {}", k.kind.says(k.current), pct(k.progress))}</span>
                    </li>
                }).collect_view()}
            </ul>
        </li>
    }
}

#[component]
fn DisagreeingRow(o: Disagreeing) -> impl IntoView {
    view! {
        <li>
            <div class="row-head">
                <a class="objective-title" href=format!("/objectives/{}", o.id)>{o.title}</a>
                <DivergenceFlag d=o.divergence/>
            </div>
            <p class="meta"><ObjectiveOwner team=o.team/></p>
            <DivergenceNote d=o.divergence/>
        </li>
    }
}

#[component]
fn TeamRow(t: TeamScore, elapsed: f64) -> impl IntoView {
    view! {
        <li>
            <div class="row-head">
                <a class="objective-title" href=format!("/teams/{}", t.team.id)>{t.team.name.clone()}</a>
                {t.needs_support.then(|| view! { <NeedsSupport/> })}
                {t.confidence_falling.then(|| view! { <span class="meta">{t!("dash-confidence-falling")}</span> })}
            </div>
            {match t.score {
                Some(score) => view! {
                    <ProgressBar value=score label=t!("dash-score-of", team = t.team.name.clone()) marker=elapsed/>
                    <p class="meta">{t!("dash-objectives", count = t.objectives)}</p>
                }.into_any(),
                None => view! { <p class="meta">{t!("dash-team-no-objectives")}</p> }.into_any(),
            }}
        </li>
    }
}
