//! The wave page once a wave has ended: every team's reflection and grades.

use crate::domain::reflection::TeamWaveReview;
use crate::error::AppError;
use crate::i18n::locale;
use crate::t;
use crate::ui::components::notice::ErrorNotice;
use crate::ui::components::progress::pct;
use leptos::prelude::*;

#[component]
pub fn WaveReviews(reviews: Resource<Result<Vec<TeamWaveReview>, AppError>>) -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match reviews.await {
                    Ok(list) if list.is_empty() => ().into_any(),
                    Ok(list) => view! {
                        <section class="card">
                            <h2>{t!("reviews-title")}</h2>
                            <ul class="objective-list">
                                {list.into_iter().map(|r| view! {
                                    <li>
                                        <h3><a href=format!("/teams/{}", r.team.id)>{r.team.name.clone()}</a></h3>
                                        {match r.reflection {
                                            Some(x) => view! {
                                                <dl class="reflection">
                                                    <dt>{t!("label-worked")}</dt><dd>{x.worked}</dd>
                                                    <dt>{t!("label-didnt")}</dt><dd>{x.didnt}</dd>
                                                    <dt>{t!("label-change")}</dt><dd>{x.change}</dd>
                                                </dl>
                                            }.into_any(),
                                            None => view! { <p class="missing">{t!("reviews-none")}</p> }.into_any(),
                                        }}
                                        <ul class="kr-summary">
                                            {r.objectives.into_iter().flat_map(|o| o.krs.into_iter().map(move |k| (o.title.clone(), k))).map(|(o, k)| view! {
                                                <li>
                                                    <span>{t!("reflect-kr", objective = o, kr = k.title)}</span>
                                                    <span class="meta">{match k.grade {
                                                        Some(g) => t!("reviews-graded", grade = locale().fixed(g, 1), progress = pct(k.progress)),
                                                        None => t!("reviews-not-graded", progress = pct(k.progress)),
                                                    }}</span>
                                                </li>
                                            }).collect_view()}
                                        </ul>
                                    </li>
                                }).collect_view()}
                            </ul>
                        </section>
                    }.into_any(),
                    Err(error) => view! { <ErrorNotice error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
