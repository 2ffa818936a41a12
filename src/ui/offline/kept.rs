//! Lists of drafts outside their form: those whose form cannot be used now
//! (the wave closed, no week is running, or the writer left the team), whose
//! words stay readable to be copied elsewhere until the writer discards
//! them; and every draft of the device, on `/drafts`.

use super::{device, state_label, DiscardButton, Drafts, RefusalReason};
use crate::domain::draft::{Draft, DraftForm, DraftTarget};
use crate::domain::ids::TeamId;
use crate::domain::msg::Msg;
use crate::msg;
use leptos::prelude::*;

/// A person-readable name for a form control, or `None` for ids and other
/// values that mean nothing out of their form.
fn label_of(name: &str) -> Option<String> {
    if name.ends_with("_id") || name.ends_with("_objective") || name == "for_week" || name == "client_key" {
        return None;
    }
    if let Some(rest) = name.strip_prefix("krs[") {
        let (i, field) = rest.split_once("][")?;
        let n = i.parse::<usize>().ok()? + 1;
        return Some(msg!("draft-field-kr", n = n, field = field_name(field.trim_end_matches(']'))).to_string());
    }
    Some(field_name(name).to_string())
}

/// The forms' fields by name (a name no form has any more reads as written).
fn field_name(name: &str) -> Msg {
    match name {
        "title" => msg!("draft-field-title"),
        "rationale" => msg!("draft-field-rationale"),
        "progress" => msg!("label-ppp-progress"),
        "plans" => msg!("label-ppp-plans"),
        "problems" => msg!("label-ppp-problems"),
        "start" => msg!("draft-field-start"),
        "target" => msg!("draft-field-target"),
        "unit" => msg!("draft-field-unit"),
        "kind" => msg!("draft-field-kind"),
        "weight" => msg!("draft-field-weight"),
        other => Msg::Said(other.replace('_', " ")),
    }
}

fn words(d: &Draft) -> Vec<(String, String)> {
    d.fields
        .iter()
        .filter(|(_, v)| !v.trim().is_empty())
        // A key-result row with only its default kind typed is empty.
        .filter(|(n, v)| !(n.ends_with("[kind]") && v == "numeric"))
        .filter_map(|(n, v)| label_of(n).map(|l| (l, v.clone())))
        .collect()
}

#[island(lazy)]
pub fn KeptDrafts(target: DraftTarget, why: String) -> impl IntoView {
    crate::ui::islands::live();
    let drafts = Drafts::shared();
    move || {
        let list: Vec<Draft> = drafts.book.with(|b| b.for_target(target).cloned().collect());
        (!list.is_empty()).then(|| {
            let rows = list
                .into_iter()
                .map(|d| {
                    let title = d.describe();
                    let key = d.key.clone();
                    view! {
                        <li>
                            <span class="draft-title">{title.clone()}</span>
                            <span class="draft-state">{device::local_time(d.updated_at)}</span>
                            <RefusalReason status=d.status.clone()/>
                            <dl class="draft-words">
                                {words(&d).into_iter().map(|(l, v)| view! { <dt>{l}</dt><dd>{v}</dd> }).collect_view()}
                            </dl>
                            <span class="draft-actions">
                                <DiscardButton title discard=move || { drafts.change(|b| b.discard(&key)); }/>
                            </span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="card draft-list">
                    <h2>{msg!("drafts-on-device").to_string()}</h2>
                    <p class="hint">{why.clone()}</p>
                    <ul>{rows}</ul>
                </section>
            }
        })
    }
}

fn form_label(form: DraftForm) -> Msg {
    match form {
        DraftForm::TeamObjective => msg!("draft-form-objective"),
        DraftForm::Ppp => msg!("draft-form-ppp"),
    }
}

/// Every draft this browser keeps for the signed-in person in the current
/// organisation, across teams and forms. `teams` names them (a page kept for
/// offline use carries the names in its HTML).
#[island(lazy)]
pub fn DraftTable(teams: Vec<(TeamId, String)>) -> impl IntoView {
    crate::ui::islands::live();
    let drafts = Drafts::shared();
    let team_name =
        move |id| teams.iter().find(|(t, _)| *t == id).map(|(_, name)| name.clone()).unwrap_or_else(|| msg!("draft-some-team").to_string());
    move || {
        if !drafts.loaded() {
            return view! { <section class="card"><p class="loading">{msg!("drafts-looking").to_string()}</p></section> }.into_any();
        }
        let list: Vec<Draft> = drafts.book.with(|b| b.all().to_vec());
        if list.is_empty() {
            return view! {
                <section class="card"><p>{msg!("drafts-none").to_string()}</p></section>
            }
            .into_any();
        }
        let rows = list
            .into_iter()
            .map(|d| {
                let title = d.describe();
                let key = d.key.clone();
                let team = d.target.team;
                view! {
                    <li>
                        <span class="draft-title">{title.clone()}</span>
                        <span class="draft-state">
                            {format!("{} · {} · {}", msg!("draft-form-for", form = form_label(d.target.form), team = team_name(team)), state_label(&d.status), device::local_time(d.updated_at))}
                        </span>
                        <RefusalReason status=d.status.clone()/>
                        <span class="draft-actions">
                            <a class="button small secondary" href=format!("/teams/{team}") aria-label=msg!("draft-open-on-team", title = title.clone()).to_string()>{msg!("draft-open").to_string()}</a>
                            <DiscardButton title=title.clone() discard=move || { drafts.change(|b| b.discard(&key)); }/>
                        </span>
                    </li>
                }
            })
            .collect_view();
        view! { <section class="card draft-list"><ul>{rows}</ul></section> }.into_any()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_get_readable_names_and_ids_stay_hidden() {
        assert_eq!(label_of("title").as_deref(), Some("Title"));
        assert_eq!(label_of("new_field").as_deref(), Some("new field"));
        assert_eq!(label_of("krs[1][target]").as_deref(), Some("Key result 2, target"));
        assert_eq!(label_of("parent_id"), None);
        assert_eq!(label_of("problems_objective"), None);
        assert_eq!(label_of("for_week"), None);
    }
}
