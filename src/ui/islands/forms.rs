//! Forms that post to a server function, made pleasant once JavaScript runs.
//!
//! Every form of the app is plain HTML rendered on the server (an
//! `ActionForm` outside an island is exactly that): without JavaScript it
//! posts, the server answers with a redirect back (errors travel in the
//! URL) and the page shows the outcome. This one island, in every page's
//! layout, takes over those posts when JavaScript runs:
//!
//! - the form says it is busy (`aria-busy`) and is not sent twice;
//! - a refusal shows next to its field, or above the form, and nothing typed
//!   is lost;
//! - a success loads the page the server names (or this page again, fresh
//!   from the server), puts the focus back on the pressed button and shows
//!   the form's "Saved." note.
//!
//! It is one small piece of WebAssembly for all forms, instead of each
//! form's view and server-function types compiled for the browser.
//!
//! The markup it relies on comes from `ui::components::form`: a field's box
//! carries `data-field` (the name the server uses in its errors), a form's
//! general errors go into its `data-form-error` slot, and a `data-saved-note`
//! waits hidden for a success. Forms that must stay plain page loads (log
//! out, switch organisation) carry `data-plain`; forms handled by another
//! island prevent the default themselves and are left alone.

use leptos::prelude::*;

#[island]
pub fn FormHelper() -> impl IntoView {
    super::live();
    #[cfg(feature = "hydrate")]
    browser::start();
}

#[cfg(feature = "hydrate")]
pub(crate) mod browser {
    use crate::error::AppError;
    use crate::ui::offline::device::{post_form, Posted};
    use leptos::prelude::{document, window, window_event_listener};
    use serde::{Deserialize, Serialize};
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{Element, FormData, HtmlElement, HtmlFormElement, SubmitEvent, UrlSearchParams};

    /// What the next page load does after a successful post (session storage:
    /// it survives the reload, and only in this tab).
    const AFTER: &str = "mistvine.after-post";

    #[derive(Serialize, Deserialize, Default)]
    struct After {
        /// The id of the button that was pressed.
        focus: Option<String>,
        /// The form whose "Saved." note to show (see `form_key`).
        saved: Option<String>,
    }

    pub fn start() {
        restore();
        // Lives as long as the page; submit events bubble up to the window.
        let _ = window_event_listener(leptos::ev::submit, on_submit);
    }

    fn on_submit(ev: SubmitEvent) {
        if ev.default_prevented() {
            return;
        }
        let Some(form) = ev.target().and_then(|t| t.dyn_into::<HtmlFormElement>().ok()) else { return };
        let Some(path) = server_fn_path(&form) else { return };
        let submitter = ev.submitter();
        // Anything unexpected, and the browser posts the form as without JavaScript.
        let Ok(body) = body(&form, submitter.as_ref()) else { return };
        ev.prevent_default();
        if form.has_attribute("aria-busy") {
            return;
        }
        busy(&form, submitter.as_ref(), true);
        clear_errors(&form);
        leptos::task::spawn_local(async move {
            match post(&path, body).await {
                Ok(to) => {
                    remember(&form, submitter.as_ref());
                    go(to.as_deref());
                }
                Err(error) => {
                    busy(&form, submitter.as_ref(), false);
                    show_error(&form, &error);
                }
            }
        });
    }

    /// The server function a form posts to, if this helper should send it.
    fn server_fn_path(form: &HtmlFormElement) -> Option<String> {
        if form.method() != "post" || form.has_attribute("data-plain") {
            return None;
        }
        let origin = window().location().origin().ok()?;
        let path = form.action().strip_prefix(&origin)?.to_owned();
        path.starts_with("/api/").then_some(path)
    }

    /// The form's fields, and the pressed button's value (a vote's score).
    fn body(form: &HtmlFormElement, submitter: Option<&HtmlElement>) -> Result<UrlSearchParams, JsValue> {
        let data = FormData::new_with_form(form)?;
        if let Some(button) = submitter {
            let value = js_sys::Reflect::get(button, &JsValue::from_str("value"))?.as_string().unwrap_or_default();
            if let Some(name) = button.get_attribute("name").filter(|n| !n.is_empty()) {
                data.append_with_str(&name, &value)?;
            }
        }
        UrlSearchParams::new_with_str_sequence_sequence(&data)
    }

    /// Posts like the form would (see `device::post_form`). `Ok` holds where
    /// the server sends the person next, if it names a place.
    async fn post(path: &str, body: UrlSearchParams) -> Result<Option<String>, AppError> {
        match post_form(path, body).await {
            Posted::Done(to) => Ok(to),
            Posted::Unreachable => Err(AppError::Network),
            Posted::Refused(Ok(error)) => Err(error),
            Posted::Refused(Err(status)) => {
                // Not an answer of the app (a proxy's, a body too large): the status goes to the console.
                leptos::logging::warn!("the server answered HTTP {status}");
                Err(AppError::BadRequest(crate::msg!("form-refused")))
            }
        }
    }

    fn busy(form: &HtmlFormElement, submitter: Option<&HtmlElement>, on: bool) {
        let mark = |el: &Element| {
            let _ = if on { el.set_attribute("aria-busy", "true") } else { el.remove_attribute("aria-busy") };
        };
        mark(form);
        if let Some(button) = submitter {
            mark(button);
        }
    }

    /// Loads the page the server named, or this page again, fresh.
    fn go(to: Option<&str>) {
        let location = window().location();
        let path = location.pathname().unwrap_or_default();
        let search = location.search().unwrap_or_default();
        match to {
            Some(to) => {
                let (target, hash) = to.split_once('#').map_or((to, None), |(t, h)| (t, Some(h)));
                if target.is_empty() || target == format!("{path}{search}") {
                    // Only the fragment differs: assigning would not load the page.
                    if let Some(hash) = hash {
                        let _ = location.set_hash(hash);
                    }
                    let _ = location.reload();
                } else {
                    let _ = location.assign(to);
                }
            }
            // An error an earlier plain post left in the address is answered now.
            None if search.contains("__err=") => {
                let query = UrlSearchParams::new_with_str(&search).ok();
                let rest = query
                    .map(|q| {
                        q.delete("__path");
                        q.delete("__err");
                        String::from(q.to_string())
                    })
                    .unwrap_or_default();
                let hash = location.hash().unwrap_or_default();
                let _ = location.replace(&format!("{path}{}{rest}{hash}", if rest.is_empty() { "" } else { "?" }));
            }
            None => {
                let _ = location.reload();
            }
        }
    }

    /// Names a form so the reloaded page finds it again: the address it
    /// posts to and its place among the forms posting there.
    fn form_key(form: &HtmlFormElement) -> String {
        let action = form.action();
        let forms = document().forms();
        let place = (0..forms.length())
            .filter_map(|i| forms.item(i))
            .filter_map(|f| f.dyn_into::<HtmlFormElement>().ok())
            .filter(|f| f.action() == action)
            .position(|f| f == *form)
            .unwrap_or_default();
        format!("{action}#{place}")
    }

    fn session() -> Option<web_sys::Storage> {
        window().session_storage().ok().flatten()
    }

    fn remember(form: &HtmlFormElement, submitter: Option<&HtmlElement>) {
        let after = After {
            focus: submitter.map(|b| b.id()).filter(|id| !id.is_empty()),
            saved: matches!(form.query_selector("[data-saved-note]"), Ok(Some(_))).then(|| form_key(form)),
        };
        if let (Some(storage), Ok(json)) = (session(), serde_json::to_string(&after)) {
            let _ = storage.set_item(AFTER, &json);
        }
    }

    /// After the page a successful post loaded: the "Saved." note and the focus.
    fn restore() {
        let Some(storage) = session() else { return };
        let Some(after) = storage.get_item(AFTER).ok().flatten().and_then(|j| serde_json::from_str::<After>(&j).ok()) else { return };
        let _ = storage.remove_item(AFTER);
        if let Some(key) = after.saved {
            let forms = document().forms();
            let form = (0..forms.length())
                .filter_map(|i| forms.item(i))
                .filter_map(|f| f.dyn_into::<HtmlFormElement>().ok())
                .find(|f| form_key(f) == key);
            if let Some(note) = form.and_then(|f| f.query_selector("[data-saved-note]").ok().flatten()) {
                note.set_text_content(Some(&crate::msg!("form-saved").to_string()));
            }
        }
        if let Some(button) = after.focus.and_then(|id| document().get_element_by_id(&id)).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let _ = button.focus();
        }
    }

    /// Takes away the errors of the last try, the server's included (and
    /// nothing else: an island's own messages stay its own).
    pub fn clear_errors(form: &HtmlFormElement) {
        if let Ok(old) =
            form.query_selector_all(".field .field-error, [data-field] > .field-error, [data-form-error] > *, [data-shown-error]")
        {
            for node in (0..old.length()).filter_map(|i| old.item(i)) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
        if let Ok(marked) = form.query_selector_all("[aria-invalid], .invalid") {
            for el in (0..marked.length()).filter_map(|i| marked.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()) {
                let _ = el.remove_attribute("aria-invalid");
                let _ = el.class_list().remove_1("invalid");
                if let Some(ids) = el.get_attribute("aria-describedby") {
                    let kept: Vec<&str> = ids.split_whitespace().filter(|id| !id.ends_with("-error")).collect();
                    let _ = if kept.is_empty() {
                        el.remove_attribute("aria-describedby")
                    } else {
                        el.set_attribute("aria-describedby", &kept.join(" "))
                    };
                }
            }
        }
    }

    fn paragraph(class: &str, text: &str) -> Option<Element> {
        let p = document().create_element("p").ok()?;
        p.set_class_name(class);
        let _ = p.set_attribute("data-shown-error", "");
        p.set_text_content(Some(text));
        Some(p)
    }

    /// Shows a refusal where the server-rendered page would have: under
    /// its field when the form has one by that name, else above the form.
    pub fn show_error(form: &HtmlFormElement, error: &AppError) {
        let message = error.to_string();
        let place = error
            .field()
            .filter(|f| f.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
            .and_then(|f| form.query_selector(&format!("[data-field=\"{f}\"]")).ok().flatten());
        if let Some(place) = place {
            let _ = place.class_list().add_1("invalid");
            // A key-result row behind "Add key result N" opens to show it.
            if let Ok(Some(row)) = place.closest("details") {
                let _ = row.set_attribute("open", "");
            }
            let Some(p) = paragraph("field-error", &message) else { return };
            let control =
                place.class_list().contains("field").then(|| place.query_selector("input, textarea, select").ok().flatten()).flatten();
            match control {
                Some(control) => {
                    let id = format!("{}-error", control.id());
                    p.set_id(&id);
                    let _ = control.set_attribute("aria-invalid", "true");
                    let described = control.get_attribute("aria-describedby").map_or(id.clone(), |d| format!("{d} {id}"));
                    let _ = control.set_attribute("aria-describedby", &described);
                    let _ = place.append_child(&p);
                }
                // A list's own error (the key results as a whole) leads it.
                None => {
                    let _ = place.prepend_with_node_1(&p);
                }
            }
            return;
        }
        let Some(p) = paragraph("form-error", &message) else { return };
        let _ = p.set_attribute("role", "alert");
        match form.query_selector("[data-form-error]").ok().flatten() {
            Some(slot) => {
                let _ = slot.append_child(&p);
            }
            None => {
                let _ = form.prepend_with_node_1(&p);
            }
        }
    }
}

#[cfg(feature = "hydrate")]
pub use browser::{clear_errors, show_error};
