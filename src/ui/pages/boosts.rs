//! `/boosts`: the boost board (open, in flight, recently finished; filter by
//! team) and the form to ask for one, prefilled from a PPP problem.

use crate::domain::boost::{is_stale, BoostBoard, BoostState, BoostView};
use crate::domain::ids::TeamId;
use crate::server_fns::boosts::{get_boosts, CreateBoost};
use crate::t;
use crate::ui::components::form::{failure, Field, FormError, Submit, TextArea};
use crate::ui::components::notice::Loaded;
use crate::ui::components::words;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn BoostsPage() -> impl IntoView {
    let query = use_query_map();
    let params = move || {
        let q = query.read();
        (q.get("team").and_then(|t| t.parse().ok()).map(TeamId), q.get("problem").and_then(|p| p.parse().ok()))
    };
    let create = ServerAction::<CreateBoost>::new();
    let board = Resource::new(params, |(team, problem)| get_boosts(team, problem));
    view! {
        <Title text=t!("boosts-title")/>
        <h1>{t!("boosts-title")}</h1>
        <p class="lead">{t!("boosts-lead")}</p>
        <Loaded resource=board view=move |b| view! { <Board b create/> }/>
    }
}

#[component]
fn Board(b: BoostBoard, create: ServerAction<CreateBoost>) -> impl IntoView {
    // The server sends only what is on the board (`domain::boost::on_board`).
    let open: Vec<BoostView> = b.boosts.iter().filter(|x| x.state == BoostState::Open).cloned().collect();
    let flight: Vec<BoostView> = b.boosts.iter().filter(|x| x.state == BoostState::Accepted).cloned().collect();
    let finished: Vec<BoostView> = b.boosts.iter().filter(|x| x.state.is_finished()).cloned().collect();
    let now = b.now;
    let list = move |title: String, items: Vec<BoostView>| {
        view! {
            <section class="card">
                <h2>{format!("{title} ({})", items.len())}</h2>
                {if items.is_empty() {
                    view! { <p class="meta">{t!("boosts-none")}</p> }.into_any()
                } else {
                    view! { <ul class="objective-list">{items.into_iter().map(|x| view! { <BoostRow b=x now/> }).collect_view()}</ul> }.into_any()
                }}
            </section>
        }
    };
    view! {
        <form method="get" action="/boosts" class="inline-form filter">
            <div class="field">
                <label for="boosts-team">{t!("conf-team")}</label>
                <select id="boosts-team" name="team">
                    <option value="">{t!("conf-all-teams")}</option>
                    {b.teams.iter().map(|t| view! { <option value=t.id.to_string() selected=b.team_filter == Some(t.id)>{t.name.clone()}</option> }).collect_view()}
                </select>
            </div>
            <button type="submit" class="secondary">{t!("conf-show")}</button>
        </form>
        {(!b.objectives.is_empty()).then(|| view! { <AskForm b=b.clone() create/> })}
        {list(t!("boost-state-open"), open)}
        {list(t!("boost-state-accepted"), flight)}
        {list(t!("boosts-finished"), finished)}
    }
}

#[component]
fn BoostRow(b: BoostView, now: i64) -> impl IntoView {
    let asks = words::asks(&b.from_team.name, b.to_team.as_ref().map(|t| t.name.as_str()));
    view! {
        <li>
            <div class="row-head">
                <a class="objective-title" href=format!("/boosts/{}", b.id)>{b.need.clone()}</a>
                <span class="badge">{b.state.name().to_string()}</span>
                {is_stale(&b, now).then(|| view! { <span class="flag">{t!("dash-open-over-week")}</span> })}
            </div>
            <p class="meta">
                {asks}
                {b.needed_by.map(|d| format!(" · {}", t!("boosts-needed-by", day = crate::i18n::locale().day_month(d))))}
                {b.helper.clone().map(|h| format!(" · {}", t!("boosts-helps", name = h)))}
            </p>
        </li>
    }
}

#[component]
fn AskForm(b: BoostBoard, create: ServerAction<CreateBoost>) -> impl IntoView {
    let error = failure(create);
    let (problem_id, problem_text) = b.problem.clone().unzip();
    view! {
        <section class="card">
            <h2>{t!("ppp-ask-boost")}</h2>
            <ActionForm action=create>
                <input type="hidden" name="problem_item_id" value=problem_id.map(|p| p.to_string()).unwrap_or_default()/>
                <FormError error fields=&["objective_id", "to_team_id", "need", "needed_by"]/>
                <div class="field">
                    <label for="boost-objective">{t!("boosts-for-objective")}</label>
                    <select id="boost-objective" name="objective_id">
                        {b.objectives.iter().map(|(id, label)| view! { <option value=id.to_string()>{label.clone()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="boost-to">{t!("boosts-ask")}</label>
                    <select id="boost-to" name="to_team_id">
                        <option value="">{t!("boosts-anyone")}</option>
                        {b.teams.iter().map(|t| view! { <option value=t.id.to_string()>{t.name.clone()}</option> }).collect_view()}
                    </select>
                </div>
                <TextArea form="boost" label=t!("boosts-need") name="need" value=problem_text.unwrap_or_default() error/>
                <Field form="boost" label=t!("boosts-needed-by-label") name="needed_by" kind="date" error optional=true/>
                <Submit label=t!("ppp-ask-boost")/>
            </ActionForm>
        </section>
    }
}
