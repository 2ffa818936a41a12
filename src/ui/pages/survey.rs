//! `/survey`: the scorecard as an anonymous survey of the organisation, once
//! per wave, with the trend across waves and live signals from real data.

use crate::domain::scorecard::info;
use crate::domain::signals::{SurveyPage, SurveyResult};
use crate::server_fns::survey::{get_survey, AnswerSurvey, CloseSurvey, OpenSurvey};
use crate::ui::components::co_voters::CoVotersLine;
use crate::ui::components::confirm::Confirm;
use crate::ui::components::form::{failure, FormError, Submit};
use crate::ui::components::notice::Loaded;
use crate::ui::components::scorecard_chart::{DimensionBars, Spectrum};
use crate::ui::pages::scorecard::{FocusAdvice, StatementFields};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn SurveyPageView() -> impl IntoView {
    let open = ServerAction::<OpenSurvey>::new();
    let answer = ServerAction::<AnswerSurvey>::new();
    let close = ServerAction::<CloseSurvey>::new();
    let page = Resource::new(|| (), |_| get_survey());
    view! {
        <Title text="Autonomy survey"/>
        <h1>"Aligned Autonomy survey"</h1>
        <Loaded resource=page view=move |p| view! { <Survey p open answer close/> }/>
    }
}

#[component]
fn Survey(
    p: SurveyPage,
    open: ServerAction<OpenSurvey>,
    answer: ServerAction<AnswerSurvey>,
    close: ServerAction<CloseSurvey>,
) -> impl IntoView {
    let open_error = failure(open);
    let answer_error = failure(answer);
    let close_error = failure(close);
    let k = p.threshold;
    view! {
        {p.can_open.clone().map(|wave| view! {
            <section class="card">
                <h2>{format!("No survey is open yet for {wave}")}</h2>
                <p>{format!("Run the scorecard as an anonymous survey of everyone. Results show once you close it (or the wave closes), from {k} answers.")}</p>
                <ActionForm action=open>
                    <FormError error=open_error fields=&[]/>
                    <Submit label="Open the survey"/>
                </ActionForm>
            </section>
        })}
        {match (p.open.clone(), p.answered) {
            (Some((_, wave)), false) if p.joined_late => view! {
                <p class="meta">{format!("The survey for {wave} counts people who were members a full week before it opened, so nobody can add accounts to answer beside a colleague and read their answers: you answer the next wave's survey.")}</p>
            }.into_any(),
            (Some((_, wave)), false) => view! {
                <p class="anonymity-note">{format!("The survey for {wave} is open. Your answers are anonymous: they are stored without your name, and results appear only once the survey closes, from {k} people.")}</p>
                <CoVotersLine with=p.with.clone() lead="Answering with you: " alone="Nobody else answers this survey, so its results stay hidden."/>
                <ActionForm action=answer attr:class="scorecard">
                    <FormError error=answer_error fields=&[]/>
                    <StatementFields in_map=true/>
                    <Submit label="Send my answers"/>
                </ActionForm>
            }.into_any(),
            (Some((_, wave)), true) => view! { <p class="saved" role="status">{format!("Thank you: you have answered the survey for {wave}.")}</p> }.into_any(),
            // An admin who can open one sees that in the card above instead.
            (None, _) if p.can_open.is_some() => ().into_any(),
            (None, _) => view! { <p class="meta">"No survey is open right now."</p> }.into_any(),
        }}
        {p.can_close.then(|| view! {
            <section class="card">
                <ActionForm action=close>
                    <FormError error=close_error fields=&[]/>
                    <Confirm ask="Close the survey…".to_string()
                        warning="Closing the survey shows its results to everyone. It cannot be reopened, and it takes no more answers.".to_string()>
                        <Submit label="Close the survey and show results"/>
                    </Confirm>
                </ActionForm>
            </section>
        })}
        {(!p.results.is_empty()).then(|| view! {
            <section class="card">
                <h2>"Results by wave"</h2>
                <ul class="objective-list">
                    {p.results.into_iter().map(|w| view! {
                        <li>
                            <h3>{w.wave.clone()}</h3>
                            {match w.result {
                                SurveyResult::Shown(n, r) => view! {
                                    <p>{format!("{n} answers · {} ({} / 100)", r.band.name(), r.position.round() as i64)}</p>
                                    <Spectrum position=r.position/>
                                    <DimensionBars scores=r.scores.clone()/>
                                    <FocusAdvice focus=r.focus.clone()/>
                                }.into_any(),
                                SurveyResult::Open => view! { <p class="meta">"Open: results show once the survey closes."</p> }.into_any(),
                                SurveyResult::TooFew => view! { <p class="meta">{format!("Fewer than {k} answers: results stay hidden to keep them anonymous.")}</p> }.into_any(),
                            }}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {p.signals_wave.map(|wave| view! {
            <section class="card">
                <h2>{format!("Live signals in {wave}")}</h2>
                <p class="hint">"What teams actually do, next to what people say."</p>
                <ul class="objective-list">
                    {p.signals.into_iter().map(|s| view! {
                        <li>
                            <span class="objective-title">{info(s.dimension).name}</span>
                            <p><strong>{s.value}</strong> " " {s.explanation}</p>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
    }
}
