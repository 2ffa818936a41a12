//! The key-result rows of an objective form: up to five, the first required.
//! Inputs are named `krs[i][field]`, which the server reads as a list.
//!
//! Only the first row is open; each further one sits behind "Add key result
//! N", shown once the row before it is open (a `<details>` each, so rows are
//! added without JavaScript and nothing typed is lost). A restored draft
//! opens the rows it fills (`offline::device::fill_form`).

use crate::domain::key_result::MAX_KEY_RESULTS;
use crate::error::AppError;
use crate::ui::components::form::Field;
use leptos::prelude::*;

#[component]
pub fn KrFields(form: &'static str, #[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    let list_error = move || error.get().filter(|e| e.field() == Some("krs")).map(|e| view! { <p class="field-error">{e.to_string()}</p> });
    view! {
        <div class="kr-rows" data-field="krs">
            <p class="hint">
                "Key results say how you will know you got there: 1 to 5, each a number to move (from start to target; "
                "targets may go down), a percentage, or a milestone. Rows left empty are ignored."
            </p>
            {list_error}
            <KrRow form i=0 error/>
            {(1..MAX_KEY_RESULTS).map(|i| view! {
                <details class="kr-more">
                    <summary class="button small secondary">{format!("Add key result {}", i + 1)}</summary>
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
            <legend>{format!("Key result {n}{}", if optional { " (optional)" } else { "" })}</legend>
            <Field form label="Title" name=name("title") error_key=key("title") error optional/>
            <div class="field-row">
                <div class="field">
                    <label for=kind_id.clone()>"Kind"</label>
                    <select id=kind_id name=name("kind")>
                        <option value="numeric">"Number"</option>
                        <option value="percentage">"Percentage"</option>
                        <option value="milestone">"Milestone (done / not done)"</option>
                    </select>
                </div>
                <Field form label="Start" name=name("start") error_key=key("start") error inputmode="decimal" optional=true/>
                <Field form label="Target" name=name("target") error_key=key("target") error inputmode="decimal" optional=true/>
            </div>
            <div class="field-row">
                <Field form label="Unit (optional)" name=name("unit") error_key=key("unit") error optional=true hint="e.g. signups, ms, €"/>
                <Field form label="Weight (optional)" name=name("weight") error_key=key("weight") error inputmode="decimal" optional=true hint="Default 1"/>
            </div>
        </fieldset>
    }
}
