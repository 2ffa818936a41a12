//! Choosing a person in a form: a list while the organisation is small, an
//! e-mail address field in a large one (the server takes either in the same
//! field; see `domain::account::PersonRef` and `service::access::member`).

use crate::domain::views::PersonChoices;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn PersonChooser(
    /// The control's id (its label points at it).
    id: &'static str,
    name: &'static str,
    #[prop(into)] label: String,
    choices: PersonChoices,
    /// The person chosen now, as an id (for the list).
    #[prop(optional)]
    selected: Option<String>,
) -> impl IntoView {
    match choices {
        PersonChoices::List(people) => view! {
            <div class="field">
                <label for=id>{label}</label>
                <select id=id name=name>
                    <option value="">{t!("person-no-one")}</option>
                    {people.into_iter().map(|m| {
                        let value = m.user_id.to_string();
                        let chosen = selected.as_deref() == Some(value.as_str());
                        view! { <option value=value selected=chosen>{m.name}</option> }
                    }).collect_view()}
                </select>
            </div>
        }
        .into_any(),
        PersonChoices::ByEmail(current) => view! {
            <div class="field">
                <label for=id>{t!("person-by-email", label = label)}</label>
                <input id=id name=name type="email" autocomplete="off" value=current.unwrap_or_default()/>
                <p class="hint">{t!("person-empty-hint")}</p>
            </div>
        }
        .into_any(),
    }
}
