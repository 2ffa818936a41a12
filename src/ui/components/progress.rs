//! Progress shown as a bar, with the number in text for screen readers and
//! for anyone who prefers numbers.

use leptos::prelude::*;

/// A share as a whole percentage, written the reader's way ("12 %", "12 %").
pub fn pct(p: f64) -> String {
    crate::i18n::locale().percent(p)
}

/// A horizontal bar, `value` 0–100. `marker` draws where time says we should be.
#[component]
pub fn ProgressBar(value: f64, #[prop(into)] label: String, #[prop(optional)] marker: Option<f64>) -> impl IntoView {
    let value = value.clamp(0.0, 100.0);
    view! {
        <div class="progress">
            <div
                class="progress-track"
                role="progressbar"
                aria-label=label
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=format!("{}", value.round() as i64)
            >
                <div class="progress-fill" style=format!("width: {value:.1}%")></div>
                {marker.map(|m| view! {
                    <div class="progress-marker" style=format!("left: {:.1}%", m.clamp(0.0, 100.0)) title=crate::t!("progress-time-elapsed")></div>
                })}
            </div>
            <span class="progress-value">{pct(value)}</span>
        </div>
    }
}

#[component]
pub fn NeedsSupport() -> impl IntoView {
    view! { <span class="flag">{crate::t!("progress-needs-support")}</span> }
}
