//! The wave review's calibration: each objective's weekly crowd confidence
//! beside its final grade, the wave's calibration, and the organisation's
//! across finished waves (see `domain::calibration`).

use crate::domain::calibration::{expected_grade, CalibrationHistory, CalibrationReport, Direction, ObjectiveCalibration};
use crate::error::AppError;
use crate::i18n::locale;
use crate::t;
use crate::ui::components::heat_map::colour;
use crate::ui::components::notice::ErrorNotice;
use crate::ui::components::progress::pct;
use leptos::prelude::*;

#[component]
pub fn WaveCalibration(report: Resource<Result<Option<CalibrationReport>, AppError>>) -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match report.await {
                    Ok(Some(r)) => view! { <Report r/> }.into_any(),
                    Ok(None) => ().into_any(),
                    Err(error) => view! { <ErrorNotice error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Report(r: CalibrationReport) -> impl IntoView {
    let listed = r.objectives.len();
    view! {
        <section class="card" id="calibration">
            <h2>{t!("calibration-title")}</h2>
            <p class="meta">{t!("calibration-hint")}</p>
            {match r.wave {
                Some(c) => view! { <p class="calibration-figure"><strong>{t!("calibration-figure", score = pct(c.score * 100.0))}</strong>" " {c.sentence().to_string()}</p> }.into_any(),
                None => view! { <p class="meta">{t!("calibration-none")}</p> }.into_any(),
            }}
            {(r.objective_count > listed).then(|| view! {
                <p class="meta">{t!("calibration-cut", shown = listed, total = r.objective_count)}</p>
            })}
            <ul class="objective-list">{r.objectives.into_iter().map(|o| view! { <Row o/> }).collect_view()}</ul>
            <History h=r.history/>
        </section>
    }
}

#[component]
fn Row(o: ObjectiveCalibration) -> impl IntoView {
    let one = |n: f64| locale().fixed(n, 1);
    let summary = match (o.early, o.grade) {
        (Some(early), Some(grade)) => {
            t!("calibration-compared", early = one(early), expects = one(expected_grade(early)), grade = one(grade))
        }
        (None, Some(grade)) => t!("calibration-few-votes", grade = one(grade)),
        (_, None) => t!("calibration-no-grade"),
    };
    view! {
        <li>
            <div class="row-head">
                <a class="objective-title" href=format!("/objectives/{}", o.objective_id)>{o.title.clone()}</a>
                <span class="meta">{o.team.clone().unwrap_or_else(|| t!("calibration-wave-objective"))}</span>
            </div>
            <ol class="weekly-confidence" aria-label=t!("calibration-weekly", title = o.title.clone())>
                {o.weekly.iter().enumerate().map(|(i, w)| match w {
                    Some(a) => view! { <li style=format!("background: {}", colour(*a))>{t!("calibration-week", week = i + 1, average = one(*a))}</li> }.into_any(),
                    None => view! { <li class="hidden-week">{t!("calibration-week-hidden", week = i + 1)}</li> }.into_any(),
                }).collect_view()}
            </ol>
            <p class="meta">{summary}</p>
        </li>
    }
}

/// One bar per finished wave, oldest first, as server-rendered SVG.
#[component]
fn History(h: CalibrationHistory) -> impl IntoView {
    if h.points.is_empty() {
        return ().into_any();
    }
    let trend = match h.trend() {
        Some(Direction::Improving) => t!("calibration-improving"),
        Some(Direction::Worsening) => t!("calibration-worsening"),
        Some(Direction::Steady) => t!("calibration-steady"),
        None => String::new(),
    };
    let overall = h.overall().map(|o| t!("calibration-overall", count = h.points.len(), score = pct(o * 100.0)));
    let row = 30.0;
    let height = row * h.points.len() as f64;
    let summary = h
        .points
        .iter()
        .map(|p| t!("calibration-chart-wave", wave = p.wave.clone(), score = pct(p.calibration.score * 100.0)))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <h3>{t!("calibration-across")}</h3>
        <p>{overall}" "{trend}</p>
        <svg class="score-bars" viewBox=format!("0 0 320 {height}") role="img" aria-label=t!("calibration-chart", summary = summary)>
            {h.points.into_iter().enumerate().map(|(i, p)| {
                let y = i as f64 * row;
                let score = p.calibration.score * 100.0;
                view! {
                    <text x="0" y=y + 11.0 class="bar-label">{p.wave}</text>
                    <rect x="0" y=y + 15.0 width="260" height="10" rx="5" class="bar-track"/>
                    <rect x="0" y=y + 15.0 width=score.clamp(0.0, 100.0) * 2.6 height="10" rx="5" class="bar-fill"/>
                    <text x="268" y=y + 25.0 class="bar-value">{pct(score)}</text>
                }
            }).collect_view()}
        </svg>
    }
    .into_any()
}
