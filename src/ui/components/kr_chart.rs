//! A key result's chart, SVG rendered on the server: the wave's weeks along
//! the bottom, values up the side, start and target, each check-in as a
//! point with its value, and the steady pace from start to target (dashed).
//! The same is said in words under it for screen readers.

use crate::domain::key_result::{CheckInView, KrKind};
use crate::domain::kr_chart::{model, KrChartModel};
use crate::domain::wave::WaveDates;
use crate::t;
use leptos::prelude::*;

/// Small enough that its text stays readable when a phone shrinks it.
const W: f64 = 400.0;
const H: f64 = 200.0;
/// Room for the start and target labels on the right and the weeks below.
const LEFT: f64 = 10.0;
const RIGHT: f64 = 92.0;
const TOP: f64 = 18.0;
const BOTTOM: f64 = 26.0;

struct Scale {
    lo: f64,
    span: f64,
}

impl Scale {
    fn of(m: &KrChartModel) -> Self {
        Scale { lo: m.lo, span: if m.hi > m.lo { m.hi - m.lo } else { 1.0 } }
    }
    fn x(&self, share: f64) -> f64 {
        LEFT + share * (W - LEFT - RIGHT)
    }
    fn y(&self, v: f64) -> f64 {
        H - BOTTOM - (v - self.lo) / self.span * (H - TOP - BOTTOM)
    }
}

#[component]
pub fn KrChart(kind: KrKind, history: Vec<CheckInView>, dates: WaveDates, #[prop(into)] title: String) -> impl IntoView {
    let m = model(&kind, &history, &dates);
    let s = Scale::of(&m);
    let (x0, x1) = (s.x(0.0), s.x(1.0));
    let (ys, yt) = (s.y(m.start), s.y(m.target));
    let line = std::iter::once((x0, ys)).chain(m.points.iter().map(|p| (s.x(p.x), s.y(p.value))));
    let polyline = line.map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ");
    let summary = format!("{title}: {}", m.summary);
    view! {
        <figure class="kr-figure">
            <svg class="kr-chart" viewBox=format!("0 0 {W} {H}") role="img" aria-label=summary.clone()>
                <line x1=x0 x2=x1 y1=H - BOTTOM y2=H - BOTTOM class="axis"/>
                <line x1=x0 x2=x0 y1=TOP y2=H - BOTTOM class="axis"/>
                {m.weeks.iter().map(|(x, label)| view! {
                    <line x1=s.x(*x) x2=s.x(*x) y1=TOP y2=H - BOTTOM class="grid"/>
                    <text x=s.x(*x) + 3.0 y=H - BOTTOM + 17.0 class="chart-label">{label.to_string()}</text>
                }).collect_view()}
                <line x1=x0 x2=x1 y1=yt y2=yt class="target-line"/>
                <text x=x1 + 6.0 y=yt + 4.0 class="chart-label">{t!("kr-chart-target-at", value = m.target_label.to_string())}</text>
                <text x=x1 + 6.0 y=ys + 4.0 class="chart-label">{t!("kr-chart-start-at", value = m.start_label.to_string())}</text>
                <line x1=x0 x2=x1 y1=ys y2=ys class="grid"/>
                {m.pace.then(|| view! { <line x1=x0 y1=ys x2=x1 y2=yt class="pace-line"/> })}
                <polyline points=polyline class="value-line"/>
                <rect x=x0 - 4.0 y=ys - 4.0 width="8" height="8" class="start-mark"/>
                {m.points.iter().map(|p| {
                    let (x, y) = (s.x(p.x), s.y(p.value));
                    // Labels go above the point, or below it when it touches the top.
                    let ly = if y - 8.0 < TOP { y + 16.0 } else { y - 8.0 };
                    view! {
                        <circle cx=x cy=y r="4" class="value-dot"/>
                        <text x=x y=ly text-anchor="middle" class="chart-value">{p.label.to_string()}</text>
                    }
                }).collect_view()}
            </svg>
            <figcaption class="chart-key">
                <span class="key-value">{t!("kr-chart-key-check-ins")}</span>
                {m.pace.then(|| view! { <span class="key-pace">{t!("kr-chart-key-pace")}</span> })}
                <span class="key-target">{t!("kr-chart-key-target")}</span>
            </figcaption>
            <p class="visually-hidden">{summary}</p>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_and_target_fit_even_for_decreasing_targets() {
        let kind = KrKind::Numeric { start: 10.0, target: 4.0, unit: String::new() };
        let dates = WaveDates::parse("2026-03-02", "2026-03-29").unwrap();
        let at = chrono::NaiveDate::from_ymd_opt(2026, 3, 9).unwrap().and_hms_opt(0, 0, 0).unwrap().and_utc().timestamp();
        let m = model(&kind, &[CheckInView { value: 7.0, note: None, author: "A".into(), at }], &dates);
        let y = Scale::of(&m);
        assert!((y.y(4.0) - (H - BOTTOM)).abs() < 1e-9, "the lowest value sits at the bottom");
        assert!((y.y(10.0) - TOP).abs() < 1e-9, "the highest at the top");
    }
}
