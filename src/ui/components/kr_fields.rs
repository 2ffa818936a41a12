//! The key-result rows of an objective form: up to five, the first required.
//! Inputs are named `krs[i][field]`, which the server reads as a list.
//!
//! Only the first row is open; each further one sits behind "Add key result
//! N", shown once the row before it is open (a `<details>` each, so rows are
//! added without JavaScript and nothing typed is lost). A restored draft
//! opens the rows it fills (`offline::device::fill_form`).

use crate::domain::key_result::MAX_KEY_RESULTS;
use crate::error::AppError;
use crate::t;
use crate::ui::components::form::Field;
use leptos::prelude::*;

#[component]
pub fn KrFields(form: &'static str, #[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    let list_error = move || error.get().filter(|e| e.field() == Some("krs")).map(|e| view! { <p class="field-error">{e.to_string()}</p> });
    view! {
        <div class="kr-rows" data-field="krs">
            <p class="hint">{t!("krs-hint", max = MAX_KEY_RESULTS)}</p>
            {list_error}
            <KrRow form i=0 error/>
            {(1..MAX_KEY_RESULTS).map(|i| view! {
                <details class="kr-more">
                    <summary class="button small secondary">{t!("krs-add", n = i + 1)}</summary>
                    <KrRow form i error/>
                </details>
            }).collect_view()}
        </div>
    }
}

#[component]
fn KrRow(form: &'static str, i: usize, error: Signal<Option<AppError>>) -> impl IntoView {
    let n = i + 1;
    let name = move |f: &str| format!("krs[{i}][{f}]");
    let key = move |f: &str| format!("kr{n}_{f}");
    let kind_id = format!("{form}-kr{n}-kind");
    let optional = i > 0;
    view! {
        <fieldset class="kr-row">
            <legend>{if optional { t!("krs-row-optional", n = n) } else { t!("krs-row", n = n) }}</legend>
            <Field form label=t!("krs-title") name=name("title") error_key=key("title") error optional/>
            <div class="field-row">
                <div class="field">
                    <label for=kind_id.clone()>{t!("krs-kind")}</label>
                    <select id=kind_id name=name("kind")>
                        <option value="numeric">{t!("krs-kind-number")}</option>
                        <option value="percentage">{t!("krs-kind-percentage")}</option>
                        <option value="milestone">{t!("krs-kind-milestone")}</option>
                    </select>
                </div>
                <Field form label=t!("krs-start") name=name("start") error_key=key("start") error inputmode="decimal" optional=true/>
                <Field form label=t!("krs-target") name=name("target") error_key=key("target") error inputmode="decimal" optional=true/>
            </div>
            <div class="field-row">
                <Field form label=t!("krs-unit") name=name("unit") error_key=key("unit") error optional=true hint=t!("krs-unit-hint")/>
                <Field form label=t!("krs-weight") name=name("weight") error_key=key("weight") error inputmode="decimal" optional=true hint=t!("krs-weight-hint")/>
            </div>
        </fieldset>
    }
}
