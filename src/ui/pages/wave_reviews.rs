//! The wave page once a wave has ended: every team's reflection and grades.

use crate::domain::reflection::TeamWaveReview;
use crate::error::AppError;
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
                            <h2>"Reflections and grades"</h2>
                            <ul class="objective-list">
                                {list.into_iter().map(|r| view! {
                                    <li>
                                        <h3><a href=format!("/teams/{}", r.team.id)>{r.team.name.clone()}</a></h3>
                                        {match r.reflection {
                                            Some(x) => view! {
                                                <dl class="reflection">
                                                    <dt>"What worked"</dt><dd>{x.worked}</dd>
                                                    <dt>"What didn't"</dt><dd>{x.didnt}</dd>
                                                    <dt>"What we change"</dt><dd>{x.change}</dd>
                                                </dl>
                                            }.into_any(),
                                            None => view! { <p class="missing">"No reflection yet."</p> }.into_any(),
                                        }}
                                        <ul class="kr-summary">
                                            {r.objectives.into_iter().flat_map(|o| o.krs.into_iter().map(move |k| (o.title.clone(), k))).map(|(o, k)| view! {
                                                <li>
                                                    <span>{format!("{o} — {}", k.title)}</span>
                                                    <span class="meta">{match k.grade {
                                                        Some(g) => format!("grade {g:.1} · {}", pct(k.progress)),
                                                        None => format!("not graded · {}", pct(k.progress)),
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
