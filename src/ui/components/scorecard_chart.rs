//! Scorecard charts, as server-rendered SVG: a bar per dimension and the
//! organisation's place on the Directive → Autonomous spectrum.

use crate::domain::scorecard::{info, Dimension};
use leptos::prelude::*;

#[component]
pub fn DimensionBars(scores: Vec<(Dimension, f64)>) -> impl IntoView {
    let row = 34.0;
    let height = row * scores.len() as f64;
    let summary = scores.iter().map(|(d, s)| format!("{} {:.0}", info(*d).name, s)).collect::<Vec<_>>().join(", ");
    view! {
        <svg class="score-bars" viewBox=format!("0 0 320 {height}") role="img" aria-label=format!("Scores out of 100: {summary}")>
            {scores.into_iter().enumerate().map(|(i, (d, s))| {
                let y = i as f64 * row;
                view! {
                    <text x="0" y=y + 12.0 class="bar-label">{info(d).name}</text>
                    <rect x="0" y=y + 16.0 width="260" height="12" rx="6" class="bar-track"/>
                    <rect x="0" y=y + 16.0 width=s.clamp(0.0, 100.0) * 2.6 height="12" rx="6" class="bar-fill"/>
                    <text x="268" y=y + 27.0 class="bar-value">{format!("{s:.0}")}</text>
                }
            }).collect_view()}
        </svg>
    }
}

#[component]
pub fn Spectrum(position: f64) -> impl IntoView {
    let x = 10.0 + position.clamp(0.0, 100.0) * 3.0;
    view! {
        <svg class="spectrum" viewBox="0 0 320 56" role="img" aria-label=format!("Position {position:.0} on a scale from 0, Directive, to 100, Autonomous")>
            <defs>
                <linearGradient id="spectrum-gradient">
                    <stop offset="0%" stop-color="#c9d6e8"/>
                    <stop offset="100%" stop-color="#2f8f6b"/>
                </linearGradient>
            </defs>
            <rect x="10" y="14" width="300" height="14" rx="7" fill="url(#spectrum-gradient)"/>
            <circle cx=x cy="21" r="9" class="spectrum-dot"/>
            <text x="10" y="48" class="bar-label">"Directive"</text>
            <text x="310" y="48" text-anchor="end" class="bar-label">"Autonomous"</text>
        </svg>
    }
}
