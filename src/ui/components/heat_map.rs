//! The confidence heat map: one SVG strip of weekly cells per objective,
//! coloured by average confidence, rendered on the server. Every cell also
//! carries its meaning as text (title and label) for screen readers.

use crate::domain::confidence::ConfidenceRow;
use crate::domain::vote::{Trend, Visible, MIN_VOTERS, SCALE};
use crate::i18n::locale;
use crate::t;
use crate::ui::components::progress::NeedsSupport;
use crate::ui::components::words;
use leptos::prelude::*;

const CELL: f64 = 44.0;
const GAP: f64 = 4.0;

/// Red (1, Struggling) through amber to green (5, Exceeding).
pub fn colour(average: f64) -> String {
    let t = ((average - 1.0) / 4.0).clamp(0.0, 1.0);
    let hue = t * 130.0;
    format!("hsl({hue:.0}, 60%, {:.0}%)", 48.0 + 8.0 * (1.0 - (t - 0.5).abs() * 2.0))
}

/// An average with one decimal, as the reader's language writes it ("3,4").
pub fn average(v: f64) -> String {
    locale().fixed(v, 1)
}

fn describe(title: &str, week: usize, cell: &Visible, threshold: u32) -> String {
    let w = week + 1;
    let title = title.to_owned();
    match cell {
        Visible::Shown(a) => t!("heat-cell-shown", title = title, week = w, average = average(a.average), count = a.count),
        Visible::TooFewVotes => t!("heat-cell-hidden", title = title, week = w, min = threshold.max(MIN_VOTERS)),
        Visible::WeekOpen => t!("heat-cell-open", title = title, week = w),
        Visible::NotStarted => t!("heat-cell-not-started", title = title, week = w),
    }
}

#[component]
pub fn HeatMap(rows: Vec<ConfidenceRow>, weeks: u32, threshold: u32) -> impl IntoView {
    let width = f64::from(weeks) * (CELL + GAP);
    view! {
        <ul class="heat-map">
            {rows.into_iter().map(|row| {
                let trend = match row.trend {
                    Some(Trend::Up) => Some(("↑", t!("heat-rising"))),
                    Some(Trend::Down) => Some(("↓", t!("heat-dropping"))),
                    Some(Trend::Flat) => Some(("→", t!("heat-steady"))),
                    None => None,
                };
                let title = row.title.clone();
                view! {
                    <li>
                        <div class="row-head">
                            <a class="objective-title" href=format!("/objectives/{}", row.objective_id)>{row.title.clone()}</a>
                            <span class="meta">{row.team.as_ref().map(|t| t.name.clone()).unwrap_or_else(|| t!("vote-wave-objective"))}</span>
                            {trend.map(|(arrow, words)| view! { <span class="trend" title=words.clone() aria-label=words>{arrow}</span> })}
                            {row.falling.then(|| view! { <NeedsSupport/> <span class="visually-hidden">{t!("dash-confidence-falling")}</span> })}
                        </div>
                        <svg class="heat-strip" viewBox=format!("0 0 {width} {}", CELL + 14.0) width=width height=CELL + 14.0
                            role="group" aria-label=t!("heat-row", title = row.title.clone())>
                            {row.cells.iter().enumerate().map(|(i, cell)| {
                                let x = i as f64 * (CELL + GAP);
                                let text = describe(&title, i, cell, threshold);
                                let label_text = text.clone();
                                let (fill, label) = match cell {
                                    Visible::Shown(a) => (colour(a.average), average(a.average)),
                                    Visible::TooFewVotes => ("#e4e9e6".to_string(), format!("<{}", threshold.max(MIN_VOTERS))),
                                    Visible::WeekOpen => ("#f1f4f2".to_string(), "…".to_string()),
                                    Visible::NotStarted => ("#ffffff".to_string(), String::new()),
                                };
                                view! {
                                    <g role="img" aria-label=label_text>
                                        <title>{text}</title>
                                        <rect x=x y="0" width=CELL height=CELL rx="6" fill=fill stroke="#c9d3ce"/>
                                        <text x=x + CELL / 2.0 y=CELL / 2.0 + 5.0 text-anchor="middle" class="cell-value">{label}</text>
                                        <text x=x + CELL / 2.0 y=CELL + 12.0 text-anchor="middle" class="cell-week">{t!("heat-week-short", week = i + 1)}</text>
                                    </g>
                                }
                            }).collect_view()}
                        </svg>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// What the map's colours, marks and arrows mean, said once above it (the
/// cells also say it to screen readers one by one).
#[component]
pub fn HeatLegend(threshold: u32) -> impl IntoView {
    let hidden = format!("<{}", threshold.max(MIN_VOTERS));
    view! {
        <div class="heat-legend" aria-label=t!("heat-legend") role="group">
            <ul class="legend-scale">
                {SCALE.iter().map(|(n, _)| view! {
                    <li><span class="swatch" style=format!("background:{}", colour(f64::from(*n)))>{n.to_string()}</span>{words::score(*n)}</li>
                }).collect_view()}
            </ul>
            <ul class="legend-marks">
                <li><span class="swatch muted">{hidden.clone()}</span>{t!("heat-legend-hidden", min = threshold.max(MIN_VOTERS))}</li>
                <li><span class="swatch muted">"…"</span>{t!("heat-legend-open")}</li>
                <li><span class="swatch blank"></span>{t!("heat-legend-not-started")}</li>
                <li><span class="trend">"↑ ↓ →"</span>{t!("heat-legend-trend")}</li>
                <li><NeedsSupport/>{t!("heat-legend-falling")}</li>
            </ul>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_run_from_red_to_green() {
        assert!(colour(1.0).starts_with("hsl(0,"));
        assert!(colour(5.0).starts_with("hsl(130,"));
        assert_eq!(colour(9.0), colour(5.0), "clamped");
    }
}
