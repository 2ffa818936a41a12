//! The wave review's calibration: each objective's weekly crowd confidence
//! beside its final grade, the wave's calibration, and the organisation's
//! across finished waves (see `domain::calibration`).

use crate::domain::calibration::{expected_grade, CalibrationHistory, CalibrationReport, Direction, ObjectiveCalibration};
use crate::error::AppError;
use crate::ui::components::heat_map::colour;
use crate::ui::components::notice::ErrorNotice;
use crate::ui::count;
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
            <h2>"Crowd confidence beside the final grades"</h2>
            <p class="meta">
                "Each week's average confidence (1 Struggling to 5 Exceeding, shown only from enough voters) and the grade the objective ended on "
                "(the team's grades, or what its progress suggests where it left a key result ungraded). Confidence "
                "maps onto grades as 1 → 0.0, 3 → 0.5 and 5 → 1.0."
            </p>
            {match r.wave {
                Some(c) => view! { <p class="calibration-figure"><strong>{format!("Calibration {:.0} %", c.score * 100.0)}</strong>" " {c.sentence()}</p> }.into_any(),
                None => view! { <p class="meta">"No objective has both a shown early confidence and a grade, so this wave has no calibration figure."</p> }.into_any(),
            }}
            {(r.objective_count > listed).then(|| view! {
                <p class="meta">{format!("The wave objectives, then the team objectives the crowd misjudged most: {listed} of {}.", r.objective_count)}</p>
            })}
            <ul class="objective-list">{r.objectives.into_iter().map(|o| view! { <Row o/> }).collect_view()}</ul>
            <History h=r.history/>
        </section>
    }
}

#[component]
fn Row(o: ObjectiveCalibration) -> impl IntoView {
    let summary = match (o.early, o.grade) {
        (Some(early), Some(grade)) => {
            format!("early confidence {early:.1} (expects {:.1}) · final grade {grade:.1}", expected_grade(early))
        }
        (None, Some(grade)) => format!("too few early votes to compare · final grade {grade:.1}"),
        (_, None) => "no grade".to_string(),
    };
    view! {
        <li>
            <div class="row-head">
                <a class="objective-title" href=format!("/objectives/{}", o.objective_id)>{o.title.clone()}</a>
                <span class="meta">{o.team.clone().unwrap_or_else(|| "Wave objective".into())}</span>
            </div>
            <ol class="weekly-confidence" aria-label=format!("Weekly confidence in {}", o.title)>
                {o.weekly.iter().enumerate().map(|(i, w)| match w {
                    Some(a) => view! { <li style=format!("background: {}", colour(*a))>{format!("w{} {a:.1}", i + 1)}</li> }.into_any(),
                    None => view! { <li class="hidden-week">{format!("w{} hidden", i + 1)}</li> }.into_any(),
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
        Some(Direction::Improving) => " Early confidence is getting better at predicting how waves end.",
        Some(Direction::Worsening) => " Early confidence predicted this wave's end less well than the last one's.",
        Some(Direction::Steady) => " About as well as the wave before.",
        None => "",
    };
    let overall = h.overall().map(|o| format!("Across {}: {:.0} %.", count(h.points.len() as u32, "finished wave"), o * 100.0));
    let row = 30.0;
    let height = row * h.points.len() as f64;
    let summary = h.points.iter().map(|p| format!("{} {:.0} %", p.wave, p.calibration.score * 100.0)).collect::<Vec<_>>().join(", ");
    view! {
        <h3>"Across waves"</h3>
        <p>{overall}{trend}</p>
        <svg class="score-bars" viewBox=format!("0 0 320 {height}") role="img" aria-label=format!("Calibration by wave, oldest first: {summary}")>
            {h.points.into_iter().enumerate().map(|(i, p)| {
                let y = i as f64 * row;
                let score = p.calibration.score * 100.0;
                view! {
                    <text x="0" y=y + 11.0 class="bar-label">{p.wave}</text>
                    <rect x="0" y=y + 15.0 width="260" height="10" rx="5" class="bar-track"/>
                    <rect x="0" y=y + 15.0 width=score.clamp(0.0, 100.0) * 2.6 height="10" rx="5" class="bar-fill"/>
                    <text x="268" y=y + 25.0 class="bar-value">{format!("{score:.0} %")}</text>
                }
            }).collect_view()}
        </svg>
    }
    .into_any()
}
