//! A small SVG line chart of a key result's check-ins, rendered on the server.

use crate::domain::key_result::{fmt_num, KrKind};
use crate::domain::key_result::CheckInView;
use leptos::prelude::*;

const W: f64 = 320.0;
const H: f64 = 120.0;
const PAD: f64 = 12.0;

/// Scales values to the chart's height; the start and target always fit.
fn y_scale(kind: &KrKind, values: &[f64]) -> impl Fn(f64) -> f64 {
    let (start, target) = match kind {
        KrKind::Numeric { start, target, .. } | KrKind::Percentage { start, target } => (*start, *target),
        KrKind::Milestone => (0.0, 1.0),
    };
    let lo = values.iter().copied().fold(start.min(target), f64::min);
    let hi = values.iter().copied().fold(start.max(target), f64::max);
    let span = if hi > lo { hi - lo } else { 1.0 };
    move |v| H - PAD - (v - lo) / span * (H - 2.0 * PAD)
}

#[component]
pub fn KrChart(kind: KrKind, history: Vec<CheckInView>, #[prop(into)] title: String) -> impl IntoView {
    let initial = kind.initial();
    let mut values = vec![initial];
    values.extend(history.iter().map(|c| c.value));
    let y = y_scale(&kind, &values);
    let step = if values.len() > 1 { (W - 2.0 * PAD) / (values.len() - 1) as f64 } else { 0.0 };
    let points: Vec<(f64, f64)> = values.iter().enumerate().map(|(i, v)| (PAD + step * i as f64, y(*v))).collect();
    let polyline = points.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ");
    let target = match &kind {
        KrKind::Numeric { target, .. } | KrKind::Percentage { target, .. } => *target,
        KrKind::Milestone => 1.0,
    };
    let ty = y(target);
    let latest = values.last().copied().unwrap_or(initial);
    let description = format!(
        "{title}: started at {}, now {} after {} check-in{}, target {}.",
        kind.format(initial),
        kind.format(latest),
        history.len(),
        if history.len() == 1 { "" } else { "s" },
        kind.format(target)
    );
    let label = description.clone();
    view! {
        <svg class="kr-chart" viewBox=format!("0 0 {W} {H}") role="img" aria-label=label>
            <title>{description}</title>
            <line x1=PAD x2=W - PAD y1=ty y2=ty class="target-line"/>
            <text x=W - PAD y=ty - 4.0 text-anchor="end" class="chart-label">{format!("target {}", fmt_num(target))}</text>
            <polyline points=polyline class="value-line"/>
            {points.into_iter().map(|(x, y)| view! { <circle cx=x cy=y r="3" class="value-dot"/> }).collect_view()}
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_and_target_fit_even_for_decreasing_targets() {
        let kind = KrKind::Numeric { start: 10.0, target: 4.0, unit: String::new() };
        let y = y_scale(&kind, &[10.0, 7.0]);
        assert!((y(4.0) - (H - PAD)).abs() < 1e-9, "the lowest value sits at the bottom");
        assert!((y(10.0) - PAD).abs() < 1e-9, "the highest at the top");
    }
}
