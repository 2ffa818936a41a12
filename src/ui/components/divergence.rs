//! The "numbers and crowd disagree" flag (see `domain::divergence`).

use crate::domain::divergence::{CrowdView, Disagreement, Divergence};
use crate::t;
use leptos::prelude::*;

/// The short badge, beside an objective's title.
#[component]
pub fn DivergenceFlag(d: Divergence) -> impl IntoView {
    let label = match d.kind {
        Disagreement::OnPaceButWorried => t!("divergence-worried"),
        Disagreement::BehindButConfident => t!("divergence-confident"),
    };
    view! { <span class="flag flag-crowd">{label}</span> }
}

/// The plain sentence a leader acts on.
#[component]
pub fn DivergenceNote(d: Divergence) -> impl IntoView {
    let CrowdView { week, average } = d.crowd;
    let (progress, elapsed) = (d.progress.round() as i64, d.elapsed.round() as i64);
    let average = crate::ui::components::heat_map::average(average);
    let sentence = match d.kind {
        Disagreement::OnPaceButWorried => {
            t!("divergence-worried-note", progress = progress, elapsed = elapsed, week = week, average = average)
        }
        Disagreement::BehindButConfident => {
            t!("divergence-confident-note", progress = progress, elapsed = elapsed, week = week, average = average)
        }
    };
    view! { <p class="divergence">{sentence}</p> }
}
