//! The team page's objectives: what the team committed to in the current
//! wave, and the form its members use to add one, aligned to a wave objective.

use crate::domain::draft::{DraftForm, DraftTarget};
use crate::domain::ids::{ObjectiveId, TeamId};
use crate::domain::objective::{Proposal, TeamPlan};
use crate::error::AppError;
use crate::server_fns::objectives::{get_team_plan, AdoptProposal, CreateTeamObjective, DiscardProposal};
use crate::t;
use crate::ui::components::form::{failure, Field, FormError, Submit, TextArea};
use crate::ui::components::kr_fields::KrFields;
use crate::ui::components::notice::{for_id, Loaded};
use crate::ui::components::progress::ProgressBar;
use crate::ui::offline::{DraftingForm, KeptDrafts};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The section's action and data, made by the team page before anything is
/// awaited (see `notice::for_id`).
#[derive(Clone, Copy)]
pub struct ObjectivesData {
    create: ServerAction<CreateTeamObjective>,
    discard: ServerAction<DiscardProposal>,
    plan: Resource<Result<TeamPlan, AppError>>,
}

impl ObjectivesData {
    pub fn new(team_id: impl Fn() -> Option<TeamId> + Send + Sync + 'static) -> Self {
        // Only a form posted without JavaScript runs this action (and gets its
        // error back); with JavaScript the form goes through the draft queue.
        let create = ServerAction::<CreateTeamObjective>::new();
        // A discarded proposal leaves the list at once (adopting one opens
        // the new objective instead).
        let discard = ServerAction::<DiscardProposal>::new();
        let plan =
            Resource::new(move || (team_id(), discard.version().get()), |(id, _)| for_id(id, crate::msg!("what-team"), get_team_plan));
        Self { create, discard, plan }
    }
}

#[component]
pub fn TeamObjectives(team_id: TeamId, data: ObjectivesData) -> impl IntoView {
    let ObjectivesData { create, discard, plan } = data;
    view! {
        <Loaded resource=plan view=move |p| view! { <Plan p team_id create discard/> }/>
    }
}

#[component]
fn Plan(p: TeamPlan, team_id: TeamId, create: ServerAction<CreateTeamObjective>, discard: ServerAction<DiscardProposal>) -> impl IntoView {
    let target = DraftTarget { form: DraftForm::TeamObjective, team: team_id };
    let why = t!("team-objective-drafts-kept");
    let Some(wave) = p.wave else {
        return view! {
            <section class="card"><h2>{t!("team-objectives")}</h2><p>{t!("team-no-wave")} " " <a href="/waves">{t!("team-see-waves")}</a></p></section>
            <KeptDrafts target why=why.clone()/>
        }
        .into_any();
    };
    let can_add = p.is_member && wave.state.open_for_objectives();
    let proposals = (!p.proposals.is_empty()).then(|| view! { <Proposals proposals=p.proposals.clone() is_member=p.is_member discard/> });
    view! {
        {proposals}
        // Read again by the drafting form's island once it stored an objective.
        <section class="card" data-refresh=DraftForm::TeamObjective.region()>
            <h2>{t!("team-objectives-in", wave = wave.name.clone())}</h2>
            {if p.objectives.is_empty() {
                view! { <p>{t!("team-no-objectives")}</p> }.into_any()
            } else {
                view! {
                    <ul class="objective-list">
                        {p.objectives.into_iter().map(|o| view! {
                            <li>
                                <a class="objective-title" href=format!("/objectives/{}", o.id)>{o.title.clone()}</a>
                                <ProgressBar value=o.progress label=t!("dash-progress-of", title = o.title.clone())/>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        {match (can_add, p.parents.is_empty()) {
            (false, _) => view! { <KeptDrafts target why=why.clone()/> }.into_any(),
            (true, true) => view! {
                <section class="card"><p>{t!("team-no-parents")}</p></section>
                <KeptDrafts target why=why.clone()/>
            }.into_any(),
            (true, false) => view! { <NewTeamObjective team_id parents=p.parents create/> }.into_any(),
        }}
    }
    .into_any()
}

#[component]
fn NewTeamObjective(team_id: TeamId, parents: Vec<(ObjectiveId, String)>, create: ServerAction<CreateTeamObjective>) -> impl IntoView {
    let target = DraftTarget { form: DraftForm::TeamObjective, team: team_id };
    let error = failure(create);
    let parent_error =
        move || error.get().filter(|e| e.field() == Some("parent_id")).map(|e| view! { <p class="field-error">{e.to_string()}</p> });
    view! {
        <section class="card">
            <h2>{t!("team-new-objective")}</h2>
            <p class="hint">{t!("team-draft-hint")}</p>
            <DraftingForm target endpoint=CreateTeamObjective::url().to_string() submit_label=t!("team-add-objective")>
                <input type="hidden" name="team_id" value=team_id.to_string()/>
                <FormError error fields=&["title", "rationale", "parent_id", "krs"]/>
                <div class="field" data-field="parent_id">
                    <label for="team-objective-parent">{t!("team-contributes-to")}</label>
                    <select id="team-objective-parent" name="parent_id">
                        {parents.into_iter().map(|(id, title)| view! { <option value=id.to_string()>{title}</option> }).collect_view()}
                    </select>
                    {parent_error}
                </div>
                <Field form="team-objective" label=t!("objective-title-label") name="title" error/>
                <TextArea form="team-objective" label=t!("objective-rationale-label") name="rationale" error
                    hint=t!("team-rationale-hint")/>
                <KrFields form="team-objective" error/>
            </DraftingForm>
        </section>
    }
    .into_any()
}

/// Objectives a leader proposed to the team when starting a wave from the
/// last one: the team's members put each in their own words and adopt it,
/// or discard it.
#[component]
fn Proposals(proposals: Vec<Proposal>, is_member: bool, discard: ServerAction<DiscardProposal>) -> impl IntoView {
    let discard_error = failure(discard);
    view! {
        <section class="card" aria-labelledby="proposals-heading">
            <h2 id="proposals-heading">{t!("proposals-title")}</h2>
            <p class="hint">{if is_member { t!("proposals-hint") } else { t!("proposals-hint-others") }}</p>
            <FormError error=discard_error fields=&[]/>
            {proposals.into_iter().map(|p| view! { <ProposalCard p is_member discard/> }).collect_view()}
        </section>
    }
}

#[component]
fn ProposalCard(p: Proposal, is_member: bool, discard: ServerAction<DiscardProposal>) -> impl IntoView {
    let adopt = ServerAction::<AdoptProposal>::new();
    let error = failure(adopt);
    let form = format!("proposal-{}", p.id);
    let meta = match &p.proposed_by {
        Some(by) => t!("proposal-meta-by", wave = p.wave.clone(), parent = p.parent.clone(), name = by.clone()),
        None => t!("proposal-meta", wave = p.wave.clone(), parent = p.parent.clone()),
    };
    let krs = view! {
        <ul class="proposal-krs" aria-label=t!("proposal-krs", title = p.title.clone())>
            {p.krs.into_iter().map(|(title, range)| view! { <li>{title} " · " {range.to_string()}</li> }).collect_view()}
        </ul>
    };
    let (id, discard_id) = (p.id.to_string(), p.id.to_string());
    let (heading, named) = (p.title.clone(), p.title.clone());
    let forms = is_member.then(move || {
        view! {
            <ActionForm action=adopt>
                <input type="hidden" name="proposal_id" value=id/>
                <FormError error fields=&["title", "rationale"]/>
                <Field form=form.clone() label=t!("objective-title-label") name="title" error value=p.title.clone()/>
                <TextArea form=form.clone() label=t!("objective-rationale-label") name="rationale" error value=p.rationale.clone()
                    hint=t!("team-rationale-hint")/>
                <Submit label=t!("proposal-adopt")/>
            </ActionForm>
            <ActionForm action=discard>
                <input type="hidden" name="proposal_id" value=discard_id/>
                <Submit label=t!("proposal-discard", title = named) class="secondary"/>
            </ActionForm>
        }
    });
    view! {
        <article class="proposal">
            <h3>{heading}</h3>
            <p class="meta">{meta}</p>
            {krs}
            {forms}
        </article>
    }
}
