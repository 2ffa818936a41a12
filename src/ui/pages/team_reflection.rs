//! The team page at the end of a wave: the reflection and key-result grades
//! (suggested from progress), and carrying unfinished objectives over.

use crate::domain::ids::TeamId;
use crate::domain::reflection::{suggest_grade, CarryOver, TeamReflectionPage, TeamWaveReview};
use crate::domain::wave::WaveSummary;
use crate::error::AppError;
use crate::i18n::locale;
use crate::server_fns::reflections::{get_team_reflection, CarryOverObjective, SaveReflection};
use crate::t;
use crate::ui::components::form::{failure, FormError, SavedNote, Submit, TextArea};
use crate::ui::components::notice::{for_id, Loaded};
use crate::ui::components::progress::pct;
use leptos::prelude::*;

/// The section's actions and data, made by the team page before anything is
/// awaited (see `notice::for_id`).
#[derive(Clone, Copy)]
pub struct ReflectionData {
    save: ServerAction<SaveReflection>,
    carry: ServerAction<CarryOverObjective>,
    data: Resource<Result<TeamReflectionPage, AppError>>,
}

impl ReflectionData {
    pub fn new(team_id: impl Fn() -> Option<TeamId> + Send + Sync + 'static) -> Self {
        let save = ServerAction::<SaveReflection>::new();
        let carry = ServerAction::<CarryOverObjective>::new();
        let data = Resource::new(team_id, |id| for_id(id, crate::msg!("what-team"), get_team_reflection));
        Self { save, carry, data }
    }
}

#[component]
pub fn TeamReflectionSection(team_id: TeamId, data: ReflectionData) -> impl IntoView {
    let ReflectionData { save, carry, data } = data;
    view! {
        <Loaded resource=data view=move |p| view! { <Page p team_id save carry/> }/>
    }
}

#[component]
fn Page(
    p: TeamReflectionPage,
    team_id: TeamId,
    save: ServerAction<SaveReflection>,
    carry: ServerAction<CarryOverObjective>,
) -> impl IntoView {
    view! {
        {p.reflecting.map(|(wave, review)| view! { <ReflectForm wave review team_id editable=p.is_member save/> })}
        {p.carry.filter(|c| !c.candidates.is_empty()).map(|c| view! { <Carry c carry/> })}
    }
}

#[component]
fn ReflectForm(
    wave: WaveSummary,
    review: TeamWaveReview,
    team_id: TeamId,
    editable: bool,
    save: ServerAction<SaveReflection>,
) -> impl IntoView {
    let error = failure(save);
    let r = review.reflection.clone();
    let text = move |f: fn(&crate::domain::reflection::Reflection) -> &String| r.as_ref().map(|r| f(r).clone()).unwrap_or_default();
    let (worked, didnt, change) = (text(|r| &r.worked), text(|r| &r.didnt), text(|r| &r.change));
    let krs: Vec<_> = review.objectives.iter().flat_map(|o| o.krs.iter().map(move |k| (o.title.clone(), k.clone()))).collect();
    if !editable {
        return view! {
            <section class="card">
                <h2>{t!("reflection-on", wave = wave.name)}</h2>
                {match review.reflection {
                    Some(r) => view! { <p>{r.worked}</p> }.into_any(),
                    None => view! { <p class="missing">{t!("reflection-not-yet")}</p> }.into_any(),
                }}
            </section>
        }
        .into_any();
    }
    view! {
        <section class="card">
            <h2>{t!("reflect-on", wave = wave.name)}</h2>
            <p class="hint">{t!("reflect-hint")}</p>
            <ActionForm action=save>
                <input type="hidden" name="team_id" value=team_id.to_string()/>
                <input type="hidden" name="wave_id" value=wave.id.to_string()/>
                <FormError error fields=&["worked", "didnt", "change"]/>
                <TextArea form="reflect" label=t!("label-worked") name="worked" value=worked error/>
                <TextArea form="reflect" label=t!("label-didnt") name="didnt" value=didnt error/>
                <TextArea form="reflect" label=t!("label-change") name="change" value=change error/>
                {(!krs.is_empty()).then(|| view! { <h3>{t!("reflect-grades")}</h3> })}
                {krs.into_iter().enumerate().map(|(i, (objective, k))| {
                    let id = format!("grade-{}", k.id);
                    let value = locale().fixed(k.grade.unwrap_or_else(|| suggest_grade(k.progress)), 1);
                    view! {
                        <div class="field">
                            <input type="hidden" name=format!("grades[{i}][kr_id]") value=k.id.to_string()/>
                            <label for=id.clone()>{t!("reflect-kr", objective = objective, kr = k.title)}</label>
                            <input id=id type="text" inputmode="decimal" name=format!("grades[{i}][grade]") value=value/>
                            <p class="hint">{if k.grade.is_none() { t!("reflect-progress-suggested", progress = pct(k.progress)) } else { t!("reflect-progress", progress = pct(k.progress)) }}</p>
                        </div>
                    }
                }).collect_view()}
                <Submit label=t!("reflect-save")/>
                <SavedNote/>
            </ActionForm>
        </section>
    }
    .into_any()
}

#[component]
fn Carry(c: CarryOver, carry: ServerAction<CarryOverObjective>) -> impl IntoView {
    let error = failure(carry);
    view! {
        <section class="card">
            <h2>{t!("carry-into", wave = c.into_wave.name)}</h2>
            <p class="hint">{t!("carry-hint", wave = c.from_wave.name)}</p>
            <FormError error fields=&[]/>
            {if c.parents.is_empty() {
                view! { <p>{t!("carry-no-parents")}</p> }.into_any()
            } else {
                let parents = c.parents.clone();
                c.candidates.into_iter().map(move |o| {
                    let select_id = format!("carry-{}", o.id);
                    let options = parents.iter().map(|(id, t)| view! { <option value=id.to_string()>{t.clone()}</option> }).collect_view();
                    view! {
                        <ActionForm action=carry>
                            <input type="hidden" name="objective_id" value=o.id.to_string()/>
                            <div class="inline-form">
                                <div class="field">
                                    <label for=select_id.clone()>{t!("carry-contributes", title = o.title, progress = pct(o.progress))}</label>
                                    <select id=select_id name="parent_id">
                                        {options}
                                    </select>
                                </div>
                                <Submit label=t!("carry-submit") class="secondary"/>
                            </div>
                        </ActionForm>
                    }
                }).collect_view().into_any()
            }}
        </section>
    }
}
