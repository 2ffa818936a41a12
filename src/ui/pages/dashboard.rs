//! The wave dashboard: time left, every wave objective with its progress and
//! alignment, the teams that need support most, and what is waiting.

use crate::domain::dashboard::{DashObjective, Dashboard, Disagreeing, TeamScore};
use crate::ui::components::divergence::{DivergenceFlag, DivergenceNote};
use crate::ui::components::progress::{pct, NeedsSupport, ProgressBar};
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
                {if d.clock.remaining_days == 1 { " day remaining" } else { " days remaining" }}
            </p>
            <p class="meta">{format!("{} · {} of the wave elapsed", date_range(&d.wave), pct(elapsed))}</p>
            <ProgressBar value=elapsed label="Share of the wave elapsed"/>
            // A full page load: present mode advances by meta refresh (see `pages::present`).
            <p class="meta"><a href="/present" rel="external">"Present on a screen"</a>" — the wave for an all-hands, advancing by itself."</p>
            {(flagged > 0).then(|| view! {
                <p class="flag-summary">{format!("{flagged} need{} support: progress trails the time elapsed or confidence keeps dropping.", if flagged == 1 { "s" } else { "" })}</p>
            })}
        </section>
        <section class="card">
            <h2>"Wave objectives"</h2>
            {if d.objectives.is_empty() {
                view! { <p>"Leaders have not set objectives for this wave yet."</p> }.into_any()
            } else {
                view! { <ul class="objective-list">{d.objectives.into_iter().map(|o| view! { <DashObjectiveRow o elapsed/> }).collect_view()}</ul> }.into_any()
            }}
        </section>
        {(!d.disagreeing.is_empty()).then(|| view! {
            <section class="card" id="disagreeing">
                <h2>{format!("Where the numbers and the crowd disagree ({})", d.disagreeing_count)}</h2>
                <p class="meta">
                    "Key results on pace while the people voting are worried, or far behind while they are confident. "
                    {if d.disagreeing_count > d.disagreeing.len() {
                        format!("The {} furthest from the wave's clock are listed, wave objectives first.", d.disagreeing.len())
                    } else {
                        "Wave objectives first.".to_string()
                    }}
                </p>
                <ul class="objective-list">{d.disagreeing.into_iter().map(|o| view! { <DisagreeingRow o/> }).collect_view()}</ul>
            </section>
        })}
        <section class="card">
            <h2><a href="/boosts">{format!("Open boosts: {}", d.open_boosts)}</a></h2>
            {if d.stale_boosts.is_empty() {
                view! { <p class="meta">"None has waited more than a week."</p> }.into_any()
            } else {
                view! {
                    <p class="meta">{more("waited more than a week", d.stale_boosts.len(), d.stale_boost_count, "longest waiting first")}</p>
                    <ul class="objective-list">
                        {d.stale_boosts.into_iter().map(|b| view! {
                            <li><a href=format!("/boosts/{}", b.id)>{b.need}</a> " " <span class="flag">"open over a week"</span>
                                <p class="meta">{format!("{} asks {}", b.from_team.name, b.to_team.map(|t| t.name).unwrap_or_else(|| "anyone".into()))}</p></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        {(!d.open_problems.is_empty()).then(|| view! {
            <section class="card">
                <h2><a href="/ppp">{format!("Open problems ({})", d.open_problem_count)}</a></h2>
                {(d.open_problem_count > d.open_problems.len()).then(|| view! {
                    <p class="meta">{format!("The {} newest; every team's updates are in the PPP feed.", d.open_problems.len())}</p>
                })}
                <ul class="objective-list">
                    {d.open_problems.into_iter().map(|p| view! {
                        <li>
                            <span>{p.text}</span>
                            <p class="meta"><a href=format!("/teams/{}", p.team.id)>{p.team.name}</a>{format!(" · week {}", p.week)}</p>
                            {p.done_boost.map(|b| view! {
                                <p class="hint">"Its boost is done. " <a href=format!("/boosts/{b}")>"Solved? Mark it on the boost"</a></p>
                            })}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        <section class="card">
            <h2>"Teams"</h2>
            {if d.teams.is_empty() {
                view! { <p>"No teams yet."</p> }.into_any()
            } else {
                view! {
                    <p class="meta">{format!("{} of {} need support.", d.teams_needing_support, d.team_count)}
                        {(d.team_count > d.teams.len()).then(|| view! {
                            {format!(" The {} that need it most are listed; ", d.teams.len())}
                            <a href="/teams">"see every team"</a> "."
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
                {o.confidence_falling.then(|| view! { <span class="meta">"confidence dropped two weeks running"</span> })}
                {o.divergence.map(|d| view! { <DivergenceFlag d/> })}
            </div>
            <ProgressBar value=obj.progress label=format!("Progress of {}", obj.title) marker=elapsed/>
            <p class="meta">{format!("{} team{} aligned", o.aligned_teams, if o.aligned_teams == 1 { "" } else { "s" })}</p>
            <ul class="kr-summary">
                {obj.krs.into_iter().map(|k| view! {
                    <li>
                        <span>{k.title.clone()}</span>
                        <span class="meta">{format!("{} · {}", k.kind.format(k.current), pct(k.progress))}</span>
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
            <p class="meta">{match o.team {
                Some(t) => view! { "Team objective of " <a href=format!("/teams/{}", t.id)>{t.name}</a> }.into_any(),
                None => view! { "Wave objective" }.into_any(),
            }}</p>
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
                {t.confidence_falling.then(|| view! { <span class="meta">"confidence dropped two weeks running"</span> })}
            </div>
            {match t.score {
                Some(score) => view! {
                    <ProgressBar value=score label=format!("Score of {}", t.team.name) marker=elapsed/>
                    <p class="meta">{format!("{} objective{}", t.objectives, if t.objectives == 1 { "" } else { "s" })}</p>
                }.into_any(),
                None => view! { <p class="meta">"No objectives in this wave yet."</p> }.into_any(),
            }}
        </li>
    }
}

/// "3 waited more than a week" or, when the list is cut, "20 of 57 … (longest waiting first)".
fn more(what: &str, shown: usize, total: usize, order: &str) -> String {
    if total > shown {
        format!("{total} {what}; the {shown} {order}.")
    } else {
        format!("{total} {what}.")
    }
}
