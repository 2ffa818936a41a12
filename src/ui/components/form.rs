//! Form building blocks: labelled fields with their own error line, a banner
//! for errors that belong to no field, and a submit button that shows progress.

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

/// Whether the last run of `action` succeeded (for "saved" notes).
pub fn succeeded<S>(action: ServerAction<S>) -> Signal<bool>
where
    S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    Signal::derive(move || matches!(action.value().get(), Some(Ok(_))))
}

/// Empties a form after its action succeeded, so the next entry starts clean.
pub fn reset_on_success<S>(action: ServerAction<S>, form: NodeRef<leptos::html::Form>)
where
    S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    Effect::new(move |_| {
        if matches!(action.value().get(), Some(Ok(_))) {
            if let Some(form) = form.get() {
                form.reset();
            }
        }
    });
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
    #[prop(optional)] hint: Option<&'static str>,
    /// Leave the field optional in the browser's own validation.
    #[prop(optional)]
    optional: bool,
) -> impl IntoView {
    let id = format!("{form}-{}", name.replace(['[', ']'], "-"));
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let message = field_message(error, error_key.unwrap_or_else(|| name.clone()));
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if message.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:invalid=move || message.get().is_some()>
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
    form: &'static str,
    #[prop(into)] label: String,
    name: &'static str,
    #[prop(into)] error: Signal<Option<AppError>>,
    /// The field name the server uses in errors, when it differs from `name`.
    #[prop(optional)]
    error_key: Option<&'static str>,
    #[prop(optional, into)] value: Option<String>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] optional: bool,
) -> impl IntoView {
    let id = format!("{form}-{name}");
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let message = field_message(error, error_key.unwrap_or(name).to_owned());
    let described = hint.map(|_| hint_id.clone());
    view! {
        <div class="field" class:invalid=move || message.get().is_some()>
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
pub fn FormError(#[prop(into)] error: Signal<Option<AppError>>, fields: &'static [&'static str]) -> impl IntoView {
    move || {
        error
            .get()
            .filter(|e| e.field().is_none_or(|f| !shown_at_field(fields, f)))
            .map(|e| view! { <p class="form-error" role="alert">{e.to_string()}</p> })
    }
}

#[component]
pub fn Submit(label: &'static str, #[prop(into)] pending: Signal<bool>, #[prop(optional)] class: &'static str) -> impl IntoView {
    view! {
        <button type="submit" class=class aria-busy=move || pending.get().then_some("true")>
            {label}
        </button>
    }
}
