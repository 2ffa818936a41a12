//! `/objectives/:id`: one objective with its key results, their check-in
//! history and charts; for wave objectives, the team objectives aligned to it.

use crate::domain::ids::ObjectiveId;
use crate::domain::key_result::KrDetail;
use crate::domain::key_result::KrKind;
use crate::domain::objective::{ObjectiveDetail, ObjectiveSummary};
use crate::domain::wave::WaveDates;
use crate::error::AppError;
use crate::msg;
use crate::server_fns::objectives::{get_objective, CheckIn, UpdateObjective};
use crate::t;
use crate::ui::components::dates::day;
use crate::ui::components::divergence::{DivergenceFlag, DivergenceNote};
use crate::ui::components::form::{failure, Field, FormError, Submit, TextArea};
use crate::ui::components::kr_chart::KrChart;
use crate::ui::components::notice::Loaded;
use crate::ui::components::person::PersonChooser;
use crate::ui::components::progress::ProgressBar;
use crate::ui::components::words::ObjectiveOwner;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ObjectivePage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|s| s.parse().ok()).map(ObjectiveId);
    let update = ServerAction::<UpdateObjective>::new();
    let objective = Resource::new(id, |id| async move {
        match id {
            Some(id) => get_objective(id).await,
            None => Err(AppError::not_found(msg!("what-objective"))),
        }
    });
    view! {
        <Loaded resource=objective view=move |o| view! { <Objective o update/> }/>
    }
}

#[component]
fn Objective(o: ObjectiveDetail, update: ServerAction<UpdateObjective>) -> impl IntoView {
    let s = o.summary.clone();
    let is_team = s.team.is_some();
    view! {
        <Title text=s.title.clone()/>
        <p class="crumbs">
            <a href=format!("/waves/{}", o.wave.id)>{o.wave.name.clone()}</a>
            " / "
            {o.parent.clone().map(|(id, title)| view! { <a href=format!("/objectives/{id}")>{title}</a> " / " })}
        </p>
        <h1>{s.title.clone()}</h1>
        <p class="lead">
            <ObjectiveOwner team=s.team.clone()/>
            {s.owner.clone().map(|n| format!(" · {}", t!("objective-owner", name = n)))}
        </p>
        <section class="card">
            <h2>{if is_team { t!("objective-contributes") } else { t!("objective-why") }}</h2>
            <p class="prose">{o.why.clone()}</p>
            <ProgressBar value=s.progress label=t!("dash-progress-of", title = s.title.clone())/>
        </section>
        {o.divergence.map(|d| view! {
            <section class="card crowd-disagrees">
                <h2>{t!("objective-disagree")} " " <DivergenceFlag d/></h2>
                <DivergenceNote d/>
                <p class="meta"><a href="/confidence">{t!("objective-heat-map")}</a></p>
            </section>
        })}
        {o.krs.into_iter().map(|kr| view! { <KeyResult kr dates=o.wave.dates can_check_in=o.can_check_in/> }).collect_view()}
        {(!is_team).then(|| view! { <Aligned list=o.aligned.clone()/> })}
        {o.can_edit.then(|| view! { <EditObjective o=o.summary.clone() why=o.why.clone() owner=o.owner_id.map(|u| u.to_string()) owners=o.owners.clone() update/> })}
    }
}

#[component]
fn KeyResult(kr: KrDetail, dates: WaveDates, can_check_in: bool) -> impl IntoView {
    let k = kr.kr;
    // Each key result has its own check-in action, so an error shows under the right one.
    let check_in = ServerAction::<CheckIn>::new();
    let error = failure(check_in);
    let form_id = format!("check-in-{}", k.id);
    let history = kr.history;
    view! {
        <section class="card kr">
            <h2>{k.title.clone()}</h2>
            <p class="meta">
                {k.kind.describe(k.current).to_string()}
                {(k.weight != 1.0).then(|| format!(" · {}", t!("objective-weight", weight = k.weight)))}
            </p>
            <ProgressBar value=k.progress label=t!("dash-progress-of", title = k.title.clone())/>
            <KrChart kind=k.kind.clone() history=history.clone() dates=dates title=k.title.clone()/>
            {(!history.is_empty()).then(|| view! {
                <details>
                    <summary>{t!("objective-history", count = history.len())}</summary>
                    <ol class="history">
                        {history.iter().rev().map(|c| view! {
                            <li>
                                <strong>{k.kind.says(c.value).to_string()}</strong>
                                <span class="meta">{format!(" · {} · {}", c.author, day(c.at))}</span>
                                {c.note.clone().map(|n| view! { <p>{n}</p> })}
                            </li>
                        }).collect_view()}
                    </ol>
                </details>
            })}
            {can_check_in.then(|| view! {
                <ActionForm action=check_in>
                    <input type="hidden" name="key_result_id" value=k.id.to_string()/>
                    <FormError error fields=&["value", "note"]/>
                    <div class="inline-form">
                        {if matches!(k.kind, KrKind::Milestone) {
                            let select_id = format!("{form_id}-value");
                            view! {
                                <div class="field">
                                    <label for=select_id.clone()>{t!("objective-new-state")}</label>
                                    <select id=select_id name="value">
                                        <option value="1" selected=k.current < 1.0>{t!("objective-done")}</option>
                                        <option value="0" selected=k.current >= 1.0>{t!("objective-not-done")}</option>
                                    </select>
                                </div>
                            }.into_any()
                        } else {
                            view! { <Field form=form_id.clone() label=t!("objective-new-value") name="value" inputmode="decimal" error/> }.into_any()
                        }}
                        <Field form=form_id.clone() label=t!("objective-note") name="note" error optional=true/>
                        <Submit label=t!("objective-check-in")/>
                    </div>
                </ActionForm>
            })}
        </section>
    }
}

#[component]
fn Aligned(list: Vec<ObjectiveSummary>) -> impl IntoView {
    view! {
        <section class="card">
            <h2>{t!("objective-aligned", count = list.len())}</h2>
            {if list.is_empty() {
                view! { <p>{t!("objective-none-aligned")}</p> }.into_any()
            } else {
                view! {
                    <ul class="objective-list">
                        {list.into_iter().map(|o| view! {
                            <li>
                                <span class="meta team-label">{o.team.as_ref().map(|t| t.name.clone())}</span>
                                <a class="objective-title" href=format!("/objectives/{}", o.id)>{o.title.clone()}</a>
                                <ProgressBar value=o.progress label=t!("dash-progress-of", title = o.title.clone())/>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn EditObjective(
    o: ObjectiveSummary,
    why: String,
    owner: Option<String>,
    owners: crate::domain::views::PersonChoices,
    update: ServerAction<UpdateObjective>,
) -> impl IntoView {
    let error = failure(update);
    let is_team = o.team.is_some();
    view! {
        <section class="card">
            <details>
                <summary>{t!("objective-edit")}</summary>
                <ActionForm action=update>
                    <input type="hidden" name="objective_id" value=o.id.to_string()/>
                    <FormError error fields=&["title", "why", "rationale", "owner_id"]/>
                    <Field form="edit-objective" label=t!("objective-title-label") name="title" value=o.title error/>
                    <TextArea
                        form="edit-objective"
                        label=if is_team { t!("objective-rationale-label") } else { t!("objective-why") }
                        name="why"
                        error_key=if is_team { "rationale" } else { "why" }
                        value=why
                        error
                    />
                    {if is_team {
                        view! { <input type="hidden" name="owner_id" value=""/> }.into_any()
                    } else {
                        view! { <PersonChooser id="edit-objective-owner" name="owner_id" label=t!("objective-owner-label") choices=owners selected=owner.unwrap_or_default()/> }.into_any()
                    }}
                    <Submit label=t!("objective-save") class="secondary"/>
                </ActionForm>
            </details>
        </section>
    }
}
