//! Scorecard charts, as server-rendered SVG: a bar per dimension and the
//! organisation's place on the Directive → Autonomous spectrum.

use crate::domain::scorecard::Dimension;
use crate::i18n::locale;
use crate::t;
use crate::ui::components::scorecard_words::dimension;
use leptos::prelude::*;

#[component]
pub fn DimensionBars(scores: Vec<(Dimension, f64)>) -> impl IntoView {
    let row = 34.0;
    let height = row * scores.len() as f64;
    let number = |s: f64| locale().number(s.round(), 0);
    let summary = scores.iter().map(|(d, s)| format!("{} {}", dimension(*d), number(*s))).collect::<Vec<_>>().join(", ");
    view! {
        <svg class="score-bars" viewBox=format!("0 0 320 {height}") role="img" aria-label=t!("scorecard-bars-label", summary = summary)>
            {scores.into_iter().enumerate().map(|(i, (d, s))| {
                let y = i as f64 * row;
                view! {
                    <text x="0" y=y + 12.0 class="bar-label">{dimension(d)}</text>
                    <rect x="0" y=y + 16.0 width="260" height="12" rx="6" class="bar-track"/>
                    <rect x="0" y=y + 16.0 width=s.clamp(0.0, 100.0) * 2.6 height="12" rx="6" class="bar-fill"/>
                    <text x="268" y=y + 27.0 class="bar-value">{number(s)}</text>
                }
            }).collect_view()}
        </svg>
    }
}

#[component]
pub fn Spectrum(position: f64) -> impl IntoView {
    let x = 10.0 + position.clamp(0.0, 100.0) * 3.0;
    view! {
        <svg class="spectrum" viewBox="0 0 320 56" role="img" aria-label=t!("scorecard-spectrum-label", position = position.round())>
            <defs>
                <linearGradient id="spectrum-gradient">
                    <stop offset="0%" stop-color="#c9d6e8"/>
                    <stop offset="100%" stop-color="#2f8f6b"/>
                </linearGradient>
            </defs>
            <rect x="10" y="14" width="300" height="14" rx="7" fill="url(#spectrum-gradient)"/>
            <circle cx=x cy="21" r="9" class="spectrum-dot"/>
            <text x="10" y="48" class="bar-label">{t!("scorecard-band-directive")}</text>
            <text x="310" y="48" text-anchor="end" class="bar-label">{t!("scorecard-band-autonomous")}</text>
        </svg>
    }
}
