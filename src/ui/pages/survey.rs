//! `/survey`: the scorecard as an anonymous survey of the organisation, once
//! per wave, with the trend across waves and live signals from real data.

use crate::domain::signals::Reading;
use crate::domain::signals::{SurveyPage, SurveyResult};
use crate::i18n::locale;
use crate::server_fns::survey::{get_survey, AnswerSurvey, CloseSurvey, OpenSurvey};
use crate::t;
use crate::ui::components::co_voters::CoVotersLine;
use crate::ui::components::confirm::Confirm;
use crate::ui::components::form::{failure, FormError, Submit};
use crate::ui::components::notice::Loaded;
use crate::ui::components::scorecard_chart::{DimensionBars, Spectrum};
use crate::ui::components::scorecard_words::{band, dimension};
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
        <Title text=t!("survey-title")/>
        <h1>{t!("survey-heading")}</h1>
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
                <h2>{t!("survey-none-open", wave = wave)}</h2>
                <p>{t!("survey-open-text", k = k)}</p>
                <ActionForm action=open>
                    <FormError error=open_error fields=&[]/>
                    <Submit label=t!("survey-open")/>
                </ActionForm>
            </section>
        })}
        {match (p.open.clone(), p.answered) {
            (Some((_, wave)), false) if p.joined_late => view! {
                <p class="meta">{t!("survey-joined-late", wave = wave)}</p>
            }.into_any(),
            (Some((_, wave)), false) => view! {
                <p class="anonymity-note">{t!("survey-is-open", wave = wave, k = k)}</p>
                <CoVotersLine with=p.with.clone() lead=t!("survey-with-you") alone=t!("survey-alone")/>
                <ActionForm action=answer attr:class="scorecard">
                    <FormError error=answer_error fields=&[]/>
                    <StatementFields in_map=true/>
                    <Submit label=t!("survey-send")/>
                </ActionForm>
            }.into_any(),
            (Some((_, wave)), true) => view! { <p class="saved" role="status">{t!("survey-thanks", wave = wave)}</p> }.into_any(),
            // An admin who can open one sees that in the card above instead.
            (None, _) if p.can_open.is_some() => ().into_any(),
            (None, _) => view! { <p class="meta">{t!("survey-none")}</p> }.into_any(),
        }}
        {p.can_close.then(|| view! {
            <section class="card">
                <ActionForm action=close>
                    <FormError error=close_error fields=&[]/>
                    <Confirm ask=t!("survey-close-ask") warning=t!("survey-close-warning")>
                        <Submit label=t!("survey-close")/>
                    </Confirm>
                </ActionForm>
            </section>
        })}
        {(!p.results.is_empty()).then(|| view! {
            <section class="card">
                <h2>{t!("survey-results")}</h2>
                <ul class="objective-list">
                    {p.results.into_iter().map(|w| view! {
                        <li>
                            <h3>{w.wave.clone()}</h3>
                            {match w.result {
                                SurveyResult::Shown(n, r) => view! {
                                    <p>{t!("survey-result-line", answers = n, band = band(r.band), score = r.position.round())}</p>
                                    <Spectrum position=r.position/>
                                    <DimensionBars scores=r.scores.clone()/>
                                    <FocusAdvice focus=r.focus.clone()/>
                                }.into_any(),
                                SurveyResult::Open => view! { <p class="meta">{t!("survey-result-open")}</p> }.into_any(),
                                SurveyResult::TooFew => view! { <p class="meta">{t!("survey-too-few", k = k)}</p> }.into_any(),
                            }}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {p.signals_wave.map(|wave| view! {
            <section class="card">
                <h2>{t!("survey-signals", wave = wave)}</h2>
                <p class="hint">{t!("survey-signals-hint")}</p>
                <ul class="objective-list">
                    {p.signals.into_iter().map(|s| view! {
                        <li>
                            <span class="objective-title">{dimension(s.dimension)}</span>
                            <SignalReading reading=s.reading/>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
    }
}

/// A dimension's live numbers in words: the number first, in bold, then
/// what it counts (or, with nothing to count yet, what it will show).
#[component]
fn SignalReading(reading: Reading) -> impl IntoView {
    let l = locale();
    let (value, explanation) = match reading {
        Reading::AlignedTeams(Some(p)) => (l.percent(p as f64), t!("signal-aligned")),
        Reading::AlignedTeams(None) => (t!("signal-no-data"), t!("signal-aligned-none")),
        Reading::OwnObjectives(Some(p)) => (l.percent(p as f64), t!("signal-own")),
        Reading::OwnObjectives(None) => (t!("signal-no-data"), t!("signal-own-none")),
        Reading::Context { weeks_with_ppp, boost_hours } => {
            let ppp = match weeks_with_ppp {
                Some(p) => t!("signal-ppp-weeks", share = l.percent(p as f64)),
                None => t!("signal-no-team-week"),
            };
            let value = match boost_hours {
                Some(hours) => t!("signal-with-boosts", ppp = ppp, hours = hours),
                None => ppp,
            };
            (value, t!("signal-context"))
        }
        Reading::Velocity { check_ins_per_week, moved } => {
            let value = match moved {
                Some(p) => t!("signal-velocity", per_week = check_ins_per_week, share = l.percent(p as f64)),
                None => t!("signal-velocity-no-krs", per_week = check_ins_per_week),
            };
            (value, t!("signal-execution"))
        }
    };
    view! { <p><strong>{value}</strong> " " {explanation}</p> }
}
