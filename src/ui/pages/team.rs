//! `/teams/:id`: a team and its people; admins rename, archive and staff it.

use crate::domain::ids::TeamId;
use crate::domain::views::TeamDetail;
use crate::server_fns::teams::{get_team, AddTeamMember, RemoveTeamMember, RenameTeam, SetTeamArchived};
use crate::t;
use crate::ui::components::confirm::Confirm;
use crate::ui::components::form::{failure, Field, FormError, Submit};
use crate::ui::components::notice::{for_id, ErrorNotice, Loading};
use crate::ui::components::words;
use crate::ui::layout::use_session;
use crate::ui::pages::team_objectives::{ObjectivesData, TeamObjectives};
use crate::ui::pages::team_ppp::{PppData, TeamPppSection};
use crate::ui::pages::team_reflection::{ReflectionData, TeamReflectionSection};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[derive(Clone, Copy)]
struct TeamActions {
    rename: ServerAction<RenameTeam>,
    archive: ServerAction<SetTeamArchived>,
    add: ServerAction<AddTeamMember>,
    remove: ServerAction<RemoveTeamMember>,
}

/// The sections below the members, each with its own data.
#[derive(Clone, Copy)]
struct Sections {
    reflection: ReflectionData,
    objectives: ObjectivesData,
    ppp: PppData,
}

#[component]
pub fn TeamPage() -> impl IntoView {
    let session = use_session();
    let params = use_params_map();
    let team_id = move || params.read().get("id").and_then(|s| s.parse().ok()).map(TeamId);
    let actions =
        TeamActions { rename: ServerAction::new(), archive: ServerAction::new(), add: ServerAction::new(), remove: ServerAction::new() };
    // Made here, before anything is awaited (see `notice::for_id`); they load
    // alongside the team.
    let sections =
        Sections { reflection: ReflectionData::new(team_id), objectives: ObjectivesData::new(team_id), ppp: PppData::new(team_id) };
    let team = Resource::new(team_id, |id| for_id(id, crate::msg!("what-team"), get_team));
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let is_admin = matches!(session.me.await, Ok(Some(me)) if me.role.is_admin());
                match team.await {
                    Ok(t) => view! { <Team t is_admin actions sections/> }.into_any(),
                    Err(error) => view! { <ErrorNotice error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Team(t: TeamDetail, is_admin: bool, actions: TeamActions, sections: Sections) -> impl IntoView {
    let remove_error = failure(actions.remove);
    let id = t.id.to_string();
    view! {
        <Title text=t.name.clone()/>
        <p class="crumbs"><a href="/teams">{t!("dash-teams")}</a> " / "</p>
        <h1>{t.name.clone()} {t.archived.then(|| view! { <span class="badge">{t!("team-archived")}</span> })}</h1>
        <section class="card">
            <h2>{t!("team-members")}</h2>
            <FormError error=remove_error fields=&[]/>
            {if t.members.is_empty() {
                view! { <p>{t!("team-nobody")}</p> }.into_any()
            } else {
                view! {
                    <ul class="member-list">
                        {t.members
                            .into_iter()
                            .map(|m| {
                                let id = id.clone();
                                view! {
                                    <li>
                                        <span class="name">{m.name.clone()}</span>
                                        <span class="meta">{words::role(m.role)}</span>
                                        {is_admin.then(|| view! {
                                            <ActionForm action=actions.remove>
                                                <input type="hidden" name="team_id" value=id/>
                                                <input type="hidden" name="user_id" value=m.user_id.to_string()/>
                                                <Confirm ask=t!("team-remove-ask") name=t!("team-remove-named-ask", name = m.name.clone()) small=true
                                                    warning=t!("team-remove-warning", name = m.name.clone())>
                                                    <button type="submit" class="small danger">{t!("team-remove-named", name = m.name.clone())}</button>
                                                </Confirm>
                                            </ActionForm>
                                        })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <TeamReflectionSection team_id=t.id data=sections.reflection/>
        <TeamObjectives team_id=t.id data=sections.objectives/>
        <TeamPppSection team_id=t.id data=sections.ppp/>
        {is_admin.then(|| view! {
            <TeamAdmin id=t.id name=t.name archived=t.archived candidates=t.candidates outside=t.outside actions/>
        })}
    }
}

#[component]
fn TeamAdmin(
    id: TeamId,
    name: String,
    archived: bool,
    candidates: Vec<crate::domain::views::MemberView>,
    outside: usize,
    actions: TeamActions,
) -> impl IntoView {
    let add_error = failure(actions.add);
    let rename_error = failure(actions.rename);
    let archive_error = failure(actions.archive);
    let id = id.to_string();
    let (add_id, rename_id) = (id.clone(), id.clone());
    view! {
        <section class="card">
            <h2>{t!("team-add-member")}</h2>
            {if outside == 0 {
                view! { <p>{t!("team-everyone-in")} " " <a href="/admin">{t!("team-invite-more")}</a></p> }.into_any()
            } else if candidates.is_empty() {
                let add_id = add_id.clone();
                view! {
                    <ActionForm action=actions.add>
                        <input type="hidden" name="team_id" value=add_id/>
                        <FormError error=add_error fields=&["email"]/>
                        <div class="inline-form">
                            <Field form="add-member" label=t!("team-person-email") name="email" kind="email" error=add_error/>
                            <Submit label=t!("team-add")/>
                        </div>
                        <p class="hint">{t!("team-outside", count = outside)}</p>
                    </ActionForm>
                }.into_any()
            } else {
                view! {
                    <ActionForm action=actions.add>
                        <input type="hidden" name="team_id" value=add_id/>
                        <FormError error=add_error fields=&[]/>
                        <div class="inline-form">
                            <div class="field">
                                <label for="add-member">{t!("team-person")}</label>
                                <select id="add-member" name="user_id">
                                    {candidates.into_iter().map(|m| view! {
                                        <option value=m.user_id.to_string()>{format!("{} ({})", m.name, m.email)}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                            <Submit label=t!("team-add")/>
                        </div>
                    </ActionForm>
                }.into_any()
            }}
        </section>
        <section class="card">
            <h2>{t!("team-settings")}</h2>
            <ActionForm action=actions.rename>
                <input type="hidden" name="team_id" value=rename_id/>
                <FormError error=rename_error fields=&["name"]/>
                <div class="inline-form">
                    <Field form="rename-team" label=t!("team-name") name="name" value=name error=rename_error/>
                    <Submit label=t!("team-rename") class="secondary"/>
                </div>
            </ActionForm>
            <ActionForm action=actions.archive>
                <input type="hidden" name="team_id" value=id/>
                <input type="hidden" name="archived" value=(!archived).to_string()/>
                <FormError error=archive_error fields=&[]/>
                {if archived {
                    view! {
                        <p class="hint">{t!("team-restore-hint")}</p>
                        <Submit label=t!("team-restore") class="secondary"/>
                    }.into_any()
                } else {
                    view! {
                        <Confirm ask=t!("team-archive-ask")
                            warning=t!("team-archive-warning")>
                            <Submit label=t!("team-archive")/>
                        </Confirm>
                    }.into_any()
                }}
            </ActionForm>
        </section>
    }
}
