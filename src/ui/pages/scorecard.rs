//! `/scorecard`: the public self-assessment. No account, nothing stored: the
//! answers travel in the result page's address and are scored on the server.

use crate::domain::scorecard::{info, score, Answers, Dimension, Focus, ScorecardResult, AGREEMENT, INSTRUMENT};
use crate::error::AppError;
use crate::ui::components::notice::{set_status, ErrorNotice};
use crate::ui::components::scorecard_chart::{DimensionBars, Spectrum};
use crate::ui::layout::use_session;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ScorecardPage() -> impl IntoView {
    view! {
        <Title text="Aligned Autonomy Scorecard"/>
        <h1>"Aligned Autonomy Scorecard"</h1>
        <p class="lead">"Twenty statements, about two minutes. Answer for the team or organisation you know best. Nothing is stored."</p>
        <form method="get" action="/scorecard/result" class="scorecard">
            <StatementFields in_map=false/>
            <button type="submit">"See my result"</button>
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
                    <h2>{d.name}</h2>
                    <p class="meta">{d.question}</p>
                    {d.statements.iter().map(|(id, text)| {
                        let name = if in_map { format!("answers[{id}]") } else { (*id).to_string() };
                        view! {
                            <fieldset class="statement">
                                <legend>{*text}</legend>
                                <div class="agreement">
                                    {AGREEMENT.iter().map(|(v, label)| view! {
                                        <label class="agree-option">
                                            <input type="radio" name=name.clone() value=v.to_string() required=true/>
                                            <span>{*label}</span>
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
        <Title text="Your scorecard"/>
        <Suspense>
            {move || Suspend::new(async move {
                let member = matches!(session.me.await, Ok(Some(_)));
                match parsed() {
                    Ok(r) => view! { <ResultView r member/> }.into_any(),
                    Err(e) => {
                        set_status(422);
                        view! { <ErrorNotice error=AppError::from(e)/> <p><a href="/scorecard">"Back to the statements"</a></p> }.into_any()
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
        <h1>{format!("You are {}", r.band.name())}</h1>
        <section class="card">
            <Spectrum position=r.position/>
            <p>{format!("Overall {} out of 100. ", r.position.round() as i64)}{r.band.interpretation()}</p>
            <p><strong>"Next: "</strong>{r.band.next_steps()}</p>
        </section>
        <section class="card">
            <h2>"By dimension"</h2>
            <DimensionBars scores=r.scores.clone()/>
            <ul class="kr-summary">
                {r.scores.iter().map(|(d, s)| view! { <li><span>{info(*d).name}</span><span class="meta">{format!("{s:.0} / 100")}</span></li> }).collect_view()}
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
        (
            "Ask your whole organisation",
            "These are your own answers. The Aligned Autonomy survey asks everyone in your workspace the same statements, anonymously, once a wave.",
            "/survey",
            "Go to the survey",
        )
    } else {
        (
            "Make it a habit",
            "Mistvine runs short waves with clear objectives, lets teams own the how, and measures confidence anonymously every week, so you can see alignment and autonomy grow wave by wave.",
            "/signup",
            "Start a workspace",
        )
    };
    view! {
        <section class="card invite">
            <h2>{title}</h2>
            <p>{text}</p>
            <p class="actions"><a class="button" href=href>{action}</a> <a class="button secondary" href="/scorecard">"Take it again"</a></p>
        </section>
    }
}

/// What to work on first: the lowest dimension with its advice, every one of
/// several tied for lowest, or, when all score the same, that none stands out.
#[component]
pub fn FocusAdvice(focus: Focus, #[prop(optional)] heading: bool) -> impl IntoView {
    let names = |ds: &[Dimension]| {
        let names: Vec<&str> = ds.iter().map(|d| info(*d).name).collect();
        match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => names.concat(),
        }
    };
    let title = match &focus {
        Focus::Even(s) => format!("Every dimension scores {s:.0} / 100: none holds the others back"),
        f => format!("Work on {} first", names(&f.dimensions())),
    };
    let lowest = focus.dimensions();
    let several = lowest.len() > 1;
    let advice = lowest
        .into_iter()
        .map(|d| {
            let i = info(d);
            view! { <p>{several.then(|| view! { <strong>{format!("{}: ", i.name)}</strong> })}{i.advice}</p> }
        })
        .collect_view();
    view! {
        {if heading { view! { <h2>{title}</h2> }.into_any() } else { view! { <p><strong>{title}</strong></p> }.into_any() }}
        {advice}
    }
}
