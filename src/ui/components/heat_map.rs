//! The confidence heat map: one SVG strip of weekly cells per objective,
//! coloured by average confidence, rendered on the server. Every cell also
//! carries its meaning as text (title and label) for screen readers.

use crate::domain::confidence::ConfidenceRow;
use crate::domain::vote::{Trend, Visible, MIN_VOTERS, SCALE};
use crate::ui::components::progress::NeedsSupport;
use leptos::prelude::*;

const CELL: f64 = 44.0;
const GAP: f64 = 4.0;

/// Red (1, Struggling) through amber to green (5, Exceeding).
pub fn colour(average: f64) -> String {
    let t = ((average - 1.0) / 4.0).clamp(0.0, 1.0);
    let hue = t * 130.0;
    format!("hsl({hue:.0}, 60%, {:.0}%)", 48.0 + 8.0 * (1.0 - (t - 0.5).abs() * 2.0))
}

fn describe(title: &str, week: usize, cell: &Visible, threshold: u32) -> String {
    let w = week + 1;
    match cell {
        Visible::Shown(a) => format!("{title}, week {w}: average {:.1} from {} votes", a.average, a.count),
        Visible::TooFewVotes => {
            format!("{title}, week {w}: fewer than {} votes (perhaps none), hidden to keep them anonymous", threshold.max(MIN_VOTERS))
        }
        Visible::WeekOpen => format!("{title}, week {w}: the week is still open"),
        Visible::NotStarted => format!("{title}, week {w}: not started yet"),
    }
}

#[component]
pub fn HeatMap(rows: Vec<ConfidenceRow>, weeks: u32, threshold: u32) -> impl IntoView {
    let width = f64::from(weeks) * (CELL + GAP);
    view! {
        <ul class="heat-map">
            {rows.into_iter().map(|row| {
                let trend = match row.trend {
                    Some(Trend::Up) => Some(("↑", "confidence rising")),
                    Some(Trend::Down) => Some(("↓", "confidence dropping")),
                    Some(Trend::Flat) => Some(("→", "confidence steady")),
                    None => None,
                };
                let title = row.title.clone();
                view! {
                    <li>
                        <div class="row-head">
                            <a class="objective-title" href=format!("/objectives/{}", row.objective_id)>{row.title.clone()}</a>
                            <span class="meta">{row.team.as_ref().map(|t| t.name.clone()).unwrap_or_else(|| "Wave objective".into())}</span>
                            {trend.map(|(arrow, words)| view! { <span class="trend" title=words aria-label=words>{arrow}</span> })}
                            {row.falling.then(|| view! { <NeedsSupport/> <span class="visually-hidden">"confidence dropped two weeks running"</span> })}
                        </div>
                        <svg class="heat-strip" viewBox=format!("0 0 {width} {}", CELL + 14.0) width=width height=CELL + 14.0
                            role="group" aria-label=format!("Weekly confidence in {}", row.title)>
                            {row.cells.iter().enumerate().map(|(i, cell)| {
                                let x = i as f64 * (CELL + GAP);
                                let text = describe(&title, i, cell, threshold);
                                let label_text = text.clone();
                                let (fill, label) = match cell {
                                    Visible::Shown(a) => (colour(a.average), format!("{:.1}", a.average)),
                                    Visible::TooFewVotes => ("#e4e9e6".to_string(), format!("<{}", threshold.max(MIN_VOTERS))),
                                    Visible::WeekOpen => ("#f1f4f2".to_string(), "…".to_string()),
                                    Visible::NotStarted => ("#ffffff".to_string(), String::new()),
                                };
                                view! {
                                    <g role="img" aria-label=label_text>
                                        <title>{text}</title>
                                        <rect x=x y="0" width=CELL height=CELL rx="6" fill=fill stroke="#c9d3ce"/>
                                        <text x=x + CELL / 2.0 y=CELL / 2.0 + 5.0 text-anchor="middle" class="cell-value">{label}</text>
                                        <text x=x + CELL / 2.0 y=CELL + 12.0 text-anchor="middle" class="cell-week">{format!("w{}", i + 1)}</text>
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
        <div class="heat-legend" aria-label="Legend of the heat map" role="group">
            <ul class="legend-scale">
                {SCALE.iter().map(|(n, name)| view! {
                    <li><span class="swatch" style=format!("background:{}", colour(f64::from(*n)))>{n.to_string()}</span>{*name}</li>
                }).collect_view()}
            </ul>
            <ul class="legend-marks">
                <li><span class="swatch muted">{hidden.clone()}</span>{format!("fewer than {} votes: hidden to keep them anonymous", threshold.max(MIN_VOTERS))}</li>
                <li><span class="swatch muted">"…"</span>"the week is still open"</li>
                <li><span class="swatch blank"></span>"the week has not started"</li>
                <li><span class="trend">"↑ ↓ →"</span>"confidence rising, dropping, steady against the week before"</li>
                <li><NeedsSupport/>"dropped two weeks running"</li>
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
