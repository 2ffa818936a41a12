//! Form building blocks: labelled fields with their own error line, a banner
//! for errors that belong to no field, a submit button and a "Saved." note.
//!
//! They render on the server, with the error a plain post carried back in
//! the address. Once JavaScript runs, `ui::islands::forms` sends the forms
//! and puts the errors in the same places: it finds a field's box by its
//! `data-field`, the banner by `data-form-error`, the note by `data-saved-note`.

use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The error of the last run of `action`, if it failed.
pub fn failure<S>(action: ServerAction<S>) -> Signal<Option<AppError>>
where
    S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    Signal::derive(move || action.value().get().and_then(Result::err))
}

/// The message of `error` if it belongs to the field `key`.
fn field_message(error: Signal<Option<AppError>>, key: String) -> Memo<Option<String>> {
    Memo::new(move |_| error.get().filter(|e| e.field() == Some(key.as_str())).map(|e| e.to_string()))
}

/// A labelled input. `form` makes the element id unique when two forms on a
/// page share a field name; `error_key` is the field name the server uses in
/// its errors when it differs from the input's `name` (key-result rows).
#[component]
pub fn Field(
    #[prop(into)] form: String,
    #[prop(into)] label: String,
    #[prop(into)] name: String,
    #[prop(into)] error: Signal<Option<AppError>>,
    #[prop(optional, into)] error_key: Option<String>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional, into)] value: Option<String>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional, into)] hint: Option<String>,
    /// Leave the field optional in the browser's own validation.
    #[prop(optional)]
    optional: bool,
) -> impl IntoView {
    let id = format!("{form}-{}", name.replace(['[', ']'], "-"));
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let key = error_key.unwrap_or_else(|| name.clone());
    let message = field_message(error, key.clone());
    let has_hint = hint.is_some();
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if message.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:invalid=move || message.get().is_some() data-field=key>
            <label for=id.clone()>{label}</label>
            <input
                id=id
                name=name
                type=kind
                value=value
                autocomplete=autocomplete
                inputmode=inputmode
                required=!optional
                aria-invalid=move || message.get().is_some().then_some("true")
                aria-describedby=described_by
            />
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            {move || message.get().map(|m| view! { <p class="field-error" id=error_id.clone()>{m}</p> })}
        </div>
    }
}

/// A labelled multi-line text field with its own error line.
#[component]
pub fn TextArea(
    #[prop(into)] form: String,
    #[prop(into)] label: String,
    name: &'static str,
    #[prop(into)] error: Signal<Option<AppError>>,
    /// The field name the server uses in errors, when it differs from `name`.
    #[prop(optional)]
    error_key: Option<&'static str>,
    #[prop(optional, into)] value: Option<String>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] optional: bool,
) -> impl IntoView {
    let id = format!("{form}-{name}");
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let key = error_key.unwrap_or(name);
    let message = field_message(error, key.to_owned());
    let described = hint.as_ref().map(|_| hint_id.clone());
    view! {
        <div class="field" class:invalid=move || message.get().is_some() data-field=key>
            <label for=id.clone()>{label}</label>
            <textarea
                id=id
                name=name
                rows="3"
                required=!optional
                aria-invalid=move || message.get().is_some().then_some("true")
                aria-describedby=described
            >
                {value.unwrap_or_default()}
            </textarea>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            {move || message.get().map(|m| view! { <p class="field-error" id=error_id.clone()>{m}</p> })}
        </div>
    }
}

/// Whether a form shows errors of `field` next to a control. `"krs"` stands
/// for all key-result rows (`kr1_title`, `kr2_target`, …).
fn shown_at_field(fields: &[&str], field: &str) -> bool {
    fields.iter().any(|f| *f == field || (*f == "krs" && field.starts_with("kr")))
}

/// Shows an error that is not about one of `fields` (wrong password, no
/// permission, conflicts). Field errors appear under their field instead.
#[component]
/// It is also the place where the browser puts such errors (`data-form-error`).
pub fn FormError(#[prop(into)] error: Signal<Option<AppError>>, fields: &'static [&'static str]) -> impl IntoView {
    let shown = move || {
        error
            .get()
            .filter(|e| e.field().is_none_or(|f| !shown_at_field(fields, f)))
            .map(|e| view! { <p class="form-error" role="alert">{e.to_string()}</p> })
    };
    view! { <div class="form-errors" data-form-error>{shown}</div> }
}

/// The form's submit button; it says it is busy while the form is sent.
#[component]
pub fn Submit(#[prop(into)] label: String, #[prop(optional)] class: &'static str) -> impl IntoView {
    view! { <button type="submit" class=class>{label}</button> }
}

/// Says "Saved." after this form was sent and the page loaded again (the
/// browser fills it in; a live region, so screen readers hear it).
#[component]
pub fn SavedNote() -> impl IntoView {
    view! { <p class="saved" role="status" data-saved-note></p> }
}
