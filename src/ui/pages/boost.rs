//! `/boosts/:id`: one boost, its history, and what the caller may do with it.

use crate::domain::boost::{BoostDetail, BoostProblem, BoostState};
use crate::domain::ids::BoostId;
use crate::server_fns::boosts::{get_boost, BoostAction};
use crate::server_fns::ppp::ResolveProblem;
use crate::t;
use crate::ui::components::form::{failure, FormError, Submit, TextArea};
use crate::ui::components::notice::Loaded;
use crate::ui::components::words;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn BoostPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|s| s.parse::<BoostId>().ok()).unwrap_or(BoostId(0));
    let act = ServerAction::<BoostAction>::new();
    let solve = ServerAction::<ResolveProblem>::new();
    let detail = Resource::new(id, get_boost);
    view! {
        <Loaded resource=detail view=move |d| view! { <Boost d act solve/> }/>
    }
}

#[component]
fn Boost(d: BoostDetail, act: ServerAction<BoostAction>, solve: ServerAction<ResolveProblem>) -> impl IntoView {
    let b = d.boost.clone();
    let error = failure(act);
    let id = b.id.to_string();
    let simple = move |action: &'static str, label: String| {
        let id = id.clone();
        view! {
            <ActionForm action=act>
                <input type="hidden" name="boost_id" value=id/>
                <input type="hidden" name="action" value=action/>
                <Submit label class="secondary"/>
            </ActionForm>
        }
    };
    view! {
        <Title text=t!("boost-title")/>
        <p class="crumbs"><a href="/boosts">{t!("boosts-title")}</a> " / "</p>
        <h1>{b.need.clone()}</h1>
        <p class="lead">
            {words::asks(&b.from_team.name, b.to_team.as_ref().map(|t| t.name.as_str()))}
            {format!(" · {}", b.state.name())}
        </p>
        <section class="card">
            {b.objective.clone().map(|(oid, title)| {
                let (before, after) = crate::i18n::around(&t!("boost-for", objective = crate::i18n::SLOT));
                view! { <p>{before} <a href=format!("/objectives/{oid}")>{title}</a> {after}</p> }
            })}
            {b.needed_by.map(|d| view! { <p>{t!("boost-needed-by", day = crate::i18n::locale().date(d))}</p> })}
            {b.helper.clone().zip(b.helper_team.clone()).map(|(h, team)| view! { <p>{t!("boost-helper", name = h, team = team.name)}</p> })}
            {b.decline_reason.clone().map(|r| view! { <p>{t!("boost-declined", reason = r)}</p> })}
            <FormError error fields=&["reason"]/>
            {d.accept_as.into_iter().map(|(team, people)| {
                let select_id = format!("helper-{}", team.id);
                view! {
                    <ActionForm action=act>
                        <input type="hidden" name="boost_id" value=b.id.to_string()/>
                        <input type="hidden" name="action" value="accept"/>
                        <input type="hidden" name="team_id" value=team.id.to_string()/>
                        <div class="inline-form">
                            <div class="field">
                                <label for=select_id.clone()>{t!("boost-who-helps", team = team.name.clone())}</label>
                                <select id=select_id name="helper_id">
                                    {people.into_iter().map(|(uid, name)| view! { <option value=uid.to_string()>{name}</option> }).collect_view()}
                                </select>
                            </div>
                            <Submit label=t!("boost-accept")/>
                        </div>
                    </ActionForm>
                }
            }).collect_view()}
            {d.can_complete.then(|| simple("complete", t!("boost-complete")))}
            {d.can_withdraw.then(|| simple("withdraw", t!("boost-withdraw")))}
            {d.can_decline.then(|| view! {
                <ActionForm action=act>
                    <input type="hidden" name="boost_id" value=b.id.to_string()/>
                    <input type="hidden" name="action" value="decline"/>
                    <TextArea form="decline" label=t!("boost-decline-why") name="reason" error/>
                    <Submit label=t!("boost-decline") class="secondary"/>
                </ActionForm>
            })}
        </section>
        {d.problem.map(|p| view! { <Problem p state=b.state solve/> })}
        <section class="card">
            <h2>{t!("boost-history")}</h2>
            <ol class="history">
                {d.history.into_iter().map(|e| view! {
                    <li>
                        <strong>{e.state.name().to_string()}</strong>
                        <span class="meta">{format!(" · {} · {}", e.actor, crate::ui::components::dates::day_and_time(e.at))}</span>
                        {e.note.map(|n| view! { <p>{n}</p> })}
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

/// The PPP problem the boost came from; once the boost is done, its team
/// can say the help solved it (which takes it off "Open problems").
#[component]
fn Problem(p: BoostProblem, state: BoostState, solve: ServerAction<ResolveProblem>) -> impl IntoView {
    let error = failure(solve);
    let offer = p.offer_to_solve(state);
    view! {
        <section class="card">
            <h2>{t!("boost-problem")}</h2>
            <p>{p.text.clone()}</p>
            {if p.resolved {
                view! { <p class="saved" role="status">{t!("boost-problem-solved")}</p> }.into_any()
            } else if offer {
                view! {
                    <p>{t!("boost-problem-hint")}</p>
                    <ActionForm action=solve>
                        <FormError error fields=&[]/>
                        <input type="hidden" name="item_id" value=p.item_id.to_string()/>
                        <input type="hidden" name="resolved" value="true"/>
                        <Submit label=t!("boost-problem-mark")/>
                    </ActionForm>
                }.into_any()
            } else {
                view! { <p class="meta">{t!("boost-problem-open")}</p> }.into_any()
            }}
        </section>
    }
}
