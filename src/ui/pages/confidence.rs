//! `/confidence`: how confident people are, objective by week, as a heat map
//! with trends; `?team=` narrows it to one team's objectives (plus the wave's).

use crate::api::votes::get_confidence;
use crate::domain::confidence::ConfidenceReport;
use crate::domain::ids::TeamId;
use crate::domain::vote::{Visible, SCALE};
use crate::ui::components::heat_map::HeatMap;
use crate::ui::components::notice::Loaded;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ConfidencePage() -> impl IntoView {
    let query = use_query_map();
    let team = move || query.read().get("team").and_then(|t| t.parse().ok()).map(TeamId);
    let report = Resource::new(team, get_confidence);
    view! {
        <Title text="Confidence"/>
        <h1>"Confidence"</h1>
        <Loaded resource=report view=move |r| view! { <Report r/> }/>
    }
}

#[component]
fn Report(r: ConfidenceReport) -> impl IntoView {
    let Some(wave) = r.wave.clone() else {
        return view! { <section class="card"><p>"No wave has started yet, so there are no votes to show."</p></section> }.into_any();
    };
    let when = if r.live { "as soon as enough people have voted" } else { "once each week has ended" };
    // The latest week with something to show, for the detail below the map.
    let latest = (0..r.weeks as usize)
        .rev()
        .find(|&w| r.rows.iter().any(|row| matches!(row.cells.get(w), Some(Visible::Shown(_)))));
    view! {
        <p class="lead">
            {format!("{} · ", wave.name)}
            {r.current_week.map(|w| format!("week {w} of {}", r.weeks)).unwrap_or_else(|| format!("{} weeks", r.weeks))}
        </p>
        <p class="hint">{format!("Averages of anonymous votes from 1 (Struggling) to 5 (Exceeding), shown {when} and only from {} voters up.", r.threshold)}</p>
        <form method="get" action="/confidence" class="inline-form filter">
            <div class="field">
                <label for="confidence-team">"Team"</label>
                <select id="confidence-team" name="team">
                    <option value="">"All teams"</option>
                    {r.teams.iter().map(|t| view! {
                        <option value=t.id.to_string() selected=r.team_filter == Some(t.id)>{t.name.clone()}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="secondary">"Show"</button>
        </form>
        <section class="card">
            <h2>"Heat map"</h2>
            {if r.rows.is_empty() {
                view! { <p>"No objectives in this wave yet."</p> }.into_any()
            } else {
                view! { <HeatMap rows=r.rows.clone() weeks=r.weeks threshold=r.threshold/> }.into_any()
            }}
        </section>
        {latest.map(|w| view! {
            <section class="card">
                <h2>{format!("Week {} in detail", w + 1)}</h2>
                <ul class="objective-list">
                    {r.rows.iter().map(|row| view! {
                        <li>
                            <span class="objective-title">{row.title.clone()}</span>
                            {match row.cells.get(w) {
                                Some(Visible::Shown(a)) => view! {
                                    <p>{format!("Average {:.1} from {} votes", a.average, a.count)}</p>
                                    <p class="meta distribution">
                                        {SCALE.iter().zip(a.distribution).map(|((_, label), n)| format!("{label} {n}")).collect::<Vec<_>>().join(" · ")}
                                    </p>
                                }.into_any(),
                                Some(Visible::WeekOpen) => view! { <p class="meta">"The week is still open."</p> }.into_any(),
                                // No votes and too few read the same: a first vote is not given away.
                                _ => view! { <p class="meta">{format!("Fewer than {} votes, so nothing is shown.", r.threshold.max(3))}</p> }.into_any(),
                            }}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
    }
    .into_any()
}
