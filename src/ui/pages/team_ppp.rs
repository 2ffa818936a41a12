//! The team page's PPP: this week's update, the form to write or edit it,
//! and the earlier weeks of the wave.

use crate::domain::draft::{DraftForm, DraftTarget};
use crate::domain::ids::{ObjectiveId, TeamId};
use crate::domain::ppp::{Section, TeamPpp};
use crate::error::AppError;
use crate::server_fns::ppp::{get_team_ppp, ResolveProblem, SavePpp};
use crate::t;
use crate::ui::components::form::{failure, FormError, TextArea};
use crate::ui::components::notice::{for_id, Loaded};
use crate::ui::components::ppp_view::PppView;
use crate::ui::offline::{DraftingForm, KeptDrafts};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The section's actions and data, made by the team page before anything is
/// awaited (see `notice::for_id`).
#[derive(Clone, Copy)]
pub struct PppData {
    save: ServerAction<SavePpp>,
    resolve: ServerAction<ResolveProblem>,
    data: Resource<Result<TeamPpp, AppError>>,
}

impl PppData {
    pub fn new(team_id: impl Fn() -> Option<TeamId> + Send + Sync + 'static) -> Self {
        let save = ServerAction::<SavePpp>::new();
        let resolve = ServerAction::<ResolveProblem>::new();
        // `save` only runs for a form posted without JavaScript; with JavaScript
        // the PPP goes through the draft queue.
        let data = Resource::new(team_id, |id| for_id(id, crate::msg!("what-team"), get_team_ppp));
        Self { save, resolve, data }
    }
}

#[component]
pub fn TeamPppSection(team_id: TeamId, data: PppData) -> impl IntoView {
    let PppData { save, resolve, data } = data;
    view! {
        <Loaded resource=data view=move |p| view! { <Ppp p team_id save resolve/> }/>
    }
}

#[component]
fn Ppp(p: TeamPpp, team_id: TeamId, save: ServerAction<SavePpp>, resolve: ServerAction<ResolveProblem>) -> impl IntoView {
    let target = DraftTarget { form: DraftForm::Ppp, team: team_id };
    let why = t!("ppp-drafts-kept");
    let Some(week) = p.week else {
        return view! {
            <section class="card"><h2>{t!("ppp-weekly")}</h2><p>{t!("ppp-no-active-wave")}</p></section>
            <KeptDrafts target why=why.clone()/>
        }
        .into_any();
    };
    let is_member = p.is_member;
    let solve = Callback::new(move |(item, resolved): (crate::domain::ids::PppItemId, bool)| {
        if !is_member {
            return ().into_any();
        }
        view! {
            <ActionForm action=resolve>
                <input type="hidden" name="item_id" value=item.to_string()/>
                <input type="hidden" name="resolved" value=(!resolved).to_string()/>
                <button type="submit" class="small secondary">{if resolved { t!("ppp-reopen") } else { t!("ppp-mark-solved") }}</button>
            </ActionForm>
            {(!resolved).then(|| view! { <a class="button small secondary" href=format!("/boosts?problem={item}")>{t!("ppp-ask-boost")}</a> })}
        }
        .into_any()
    });
    let current_text =
        |s: Section| p.current.as_ref().map(|u| u.section(s).map(|i| i.text.clone()).collect::<Vec<_>>().join("\n")).unwrap_or_default();
    let texts = Section::ALL.map(current_text);
    view! {
        // This week's update and the form's heading are read again by the
        // drafting form's island once it stored the PPP.
        <section class="card" id="ppp" data-refresh=DraftForm::Ppp.region()>
            <h2>{t!("ppp-weekly-week", week = week)}</h2>
            {match p.current.clone() {
                Some(u) => view! { <PppView u solve/> }.into_any(),
                None => view! { <p class="missing">{t!("ppp-none-this-week")}</p> }.into_any(),
            }}
        </section>
        {if is_member {
            view! { <PppForm team_id week texts objectives=p.objectives.clone() save editing=p.current.is_some()/> }.into_any()
        } else {
            view! { <KeptDrafts target why=why.clone()/> }.into_any()
        }}
        {(!p.earlier.is_empty()).then(|| view! {
            <section class="card">
                <h2>{t!("ppp-earlier")}</h2>
                {p.earlier.into_iter().map(|u| view! { <div class="ppp-earlier"><PppView u solve/></div> }).collect_view()}
            </section>
        })}
    }
    .into_any()
}

#[component]
fn PppForm(
    team_id: TeamId,
    week: u32,
    texts: [String; 3],
    objectives: Vec<(ObjectiveId, String)>,
    save: ServerAction<SavePpp>,
    editing: bool,
) -> impl IntoView {
    let target = DraftTarget { form: DraftForm::Ppp, team: team_id };
    let error = failure(save);
    let [progress, plans, problems] = texts;
    let reference = move |section: Section| {
        let id = format!("ppp-{}-objective", section.as_str());
        let name = format!("{}_objective", section.as_str());
        view! {
            <div class="field">
                <label for=id.clone()>{t!("ppp-relates-to", section = section.msg().to_string())}</label>
                <select id=id name=name>
                    <option value="">{t!("ppp-no-objective")}</option>
                    {objectives.iter().map(|(oid, title)| view! { <option value=oid.to_string()>{title.clone()}</option> }).collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <section class="card">
            <h2 data-refresh=DraftForm::Ppp.region()>{if editing { t!("ppp-edit") } else { t!("ppp-write") }}</h2>
            <p class="hint">{t!("ppp-form-hint")}</p>
            <DraftingForm target endpoint=SavePpp::url().to_string() submit_label=t!("ppp-save")>
                <input type="hidden" name="team_id" value=team_id.to_string()/>
                <input type="hidden" name="for_week" value=week.to_string()/>
                <FormError error fields=&["progress", "plans", "problems"]/>
                <TextArea form="ppp" label=t!("label-ppp-progress") name="progress" value=progress error optional=true hint=t!("ppp-prompt-progress")/>
                {reference(Section::Progress)}
                <TextArea form="ppp" label=t!("label-ppp-plans") name="plans" value=plans error optional=true hint=t!("ppp-prompt-plans")/>
                {reference(Section::Plans)}
                <TextArea form="ppp" label=t!("label-ppp-problems") name="problems" value=problems error optional=true hint=t!("ppp-prompt-problems")/>
                {reference(Section::Problems)}
            </DraftingForm>
        </section>
    }
    .into_any()
}
