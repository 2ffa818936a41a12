//! `/scorecard`: the public self-assessment. No account, nothing stored: the
//! answers travel in the result page's address and are scored on the server.

use crate::domain::scorecard::{score, Answers, Dimension, Focus, ScorecardResult, AGREEMENT, INSTRUMENT};
use crate::error::AppError;
use crate::t;
use crate::ui::components::notice::{set_status, ErrorNotice};
use crate::ui::components::scorecard_chart::{DimensionBars, Spectrum};
use crate::ui::components::scorecard_words::{advice, agreement, band, band_meaning, band_next, dimension, question, statement};
use crate::ui::layout::use_session;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ScorecardPage() -> impl IntoView {
    view! {
        <Title text=t!("scorecard-title")/>
        <h1>{t!("scorecard-title")}</h1>
        <p class="lead">{t!("scorecard-lead")}</p>
        <form method="get" action="/scorecard/result" class="scorecard">
            <StatementFields in_map=false/>
            <button type="submit">{t!("scorecard-submit")}</button>
        </form>
    }
}

/// The twenty statements as radio groups. `in_map` names the inputs
/// `answers[id]` (the organisation survey's server function reads a map);
/// otherwise plain `id` (the public result page reads its address).
#[component]
pub fn StatementFields(in_map: bool) -> impl IntoView {
    INSTRUMENT
        .iter()
        .map(|d| {
            view! {
                <section class="card">
                    <h2>{dimension(d.dimension)}</h2>
                    <p class="meta">{question(d.dimension)}</p>
                    {d.statements.iter().map(|id| {
                        let name = if in_map { format!("answers[{id}]") } else { (*id).to_string() };
                        view! {
                            <fieldset class="statement">
                                <legend>{statement(id)}</legend>
                                <div class="agreement">
                                    {AGREEMENT.iter().map(|v| view! {
                                        <label class="agree-option">
                                            <input type="radio" name=name.clone() value=v.to_string() required=true/>
                                            <span>{agreement(*v)}</span>
                                        </label>
                                    }).collect_view()}
                                </div>
                            </fieldset>
                        }
                    }).collect_view()}
                </section>
            }
        })
        .collect_view()
}

#[component]
pub fn ScorecardResultPage() -> impl IntoView {
    let query = use_query_map();
    let parsed = move || {
        let q = query.read();
        Answers::parse(|id| q.get(id)).map(|a| score(&a))
    };
    let session = use_session();
    view! {
        <Title text=t!("scorecard-result-title")/>
        <Suspense>
            {move || Suspend::new(async move {
                let member = matches!(session.me.await, Ok(Some(_)));
                match parsed() {
                    Ok(r) => view! { <ResultView r member/> }.into_any(),
                    Err(e) => {
                        set_status(422);
                        view! { <ErrorNotice error=AppError::from(e)/> <p><a href="/scorecard">{t!("scorecard-back")}</a></p> }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
/// `member`: the reader is signed in, so the page points to their own
/// workspace's survey instead of offering to start one.
pub fn ResultView(r: ScorecardResult, member: bool) -> impl IntoView {
    view! {
        <h1>{t!("scorecard-you-are", band = band(r.band))}</h1>
        <section class="card">
            <Spectrum position=r.position/>
            <p>{t!("scorecard-overall", score = r.position.round(), meaning = band_meaning(r.band))}</p>
            <p>{t!("scorecard-next", next = band_next(r.band))}</p>
        </section>
        <section class="card">
            <h2>{t!("scorecard-by-dimension")}</h2>
            <DimensionBars scores=r.scores.clone()/>
            <ul class="kr-summary">
                {r.scores.iter().map(|(d, s)| view! { <li><span>{dimension(*d)}</span><span class="meta">{t!("scorecard-out-of-100", score = s.round())}</span></li> }).collect_view()}
            </ul>
        </section>
        <section class="card">
            <FocusAdvice focus=r.focus.clone() heading=true/>
        </section>
        <NextStep member/>
    }
}

/// Where to go from a result: a member asks the whole organisation, a
/// visitor is invited to start a workspace; both may take it again.
#[component]
fn NextStep(member: bool) -> impl IntoView {
    let (title, text, href, action) = if member {
        (t!("scorecard-ask-org"), t!("scorecard-ask-org-text"), "/survey", t!("scorecard-go-survey"))
    } else {
        (t!("scorecard-habit"), t!("scorecard-habit-text"), "/signup", t!("nav-start-workspace"))
    };
    view! {
        <section class="card invite">
            <h2>{title}</h2>
            <p>{text}</p>
            <p class="actions"><a class="button" href=href>{action}</a> <a class="button secondary" href="/scorecard">{t!("scorecard-again")}</a></p>
        </section>
    }
}

/// What to work on first: the lowest dimension with its advice, every one of
/// several tied for lowest, or, when all score the same, that none stands out.
#[component]
pub fn FocusAdvice(focus: Focus, #[prop(optional)] heading: bool) -> impl IntoView {
    let names = |ds: &[Dimension]| {
        let names: Vec<String> = ds.iter().map(|d| dimension(*d)).collect();
        locale_list(&names)
    };
    let title = match &focus {
        Focus::Even(s) => t!("scorecard-even", score = s.round()),
        f => t!("scorecard-work-on", dimensions = names(&f.dimensions())),
    };
    let lowest = focus.dimensions();
    let several = lowest.len() > 1;
    let advice = lowest
        .into_iter()
        .map(|d| {
            view! { <p>{several.then(|| view! { <strong>{t!("scorecard-advice-for", dimension = dimension(d))}</strong> " " })}{advice(d)}</p> }
        })
        .collect_view();
    view! {
        {if heading { view! { <h2>{title}</h2> }.into_any() } else { view! { <p><strong>{title}</strong></p> }.into_any() }}
        {advice}
    }
}

/// "A, B and C" in the reader's language.
fn locale_list(items: &[String]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => t!("list-and", init = rest.join(", "), last = last.clone()),
        _ => items.concat(),
    }
}
