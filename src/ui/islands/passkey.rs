//! Passkeys in the browser: "Add a passkey" on the account page and "Sign
//! in with a passkey" on the log-in page. A passkey needs the browser's
//! `navigator.credentials`, so this is the one form that needs JavaScript:
//! the island asks the server for a challenge, lets the browser's
//! authenticator answer it, puts the answer into the form's hidden fields
//! and sends the form as any other (`forms::FormHelper` then shows errors
//! next to their field and follows the server's redirect).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PasskeyMode {
    /// Add a passkey to the signed-in person's account.
    Add,
    /// Sign in with any passkey this browser holds for the site.
    SignIn,
}

impl PasskeyMode {
    /// The server function that hands out the challenge.
    pub fn options_path(self) -> &'static str {
        match self {
            Self::Add => "/api/passkey_add_options",
            Self::SignIn => "/api/passkey_sign_in_options",
        }
    }

    /// The server function the form sends the answer to.
    pub fn answer_path(self) -> &'static str {
        match self {
            Self::Add => "/api/add_passkey",
            Self::SignIn => "/api/passkey_sign_in",
        }
    }
}

/// The island's words in the reader's language. Pages are translated on
/// the server, so they arrive with the island's props: the browser
/// downloads no translations (`ui::components::island_words` makes them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyWords {
    pub button: String,
    pub name_label: String,
    pub name_hint: String,
    pub needs_script: String,
    pub unsupported: String,
    pub unreachable: String,
    pub unreadable: String,
    pub cancelled: String,
    pub already_kept: String,
    pub not_allowed_here: String,
    pub failed: String,
}

#[island(lazy)]
/// `next`: where a sign-in goes afterwards (empty on the account page).
pub fn PasskeyForm(mode: PasskeyMode, next: String, words: PasskeyWords) -> impl IntoView {
    super::live();
    // Usable once the island runs in a browser that has passkeys.
    let ready = RwSignal::new(false);
    let note = RwSignal::new(String::new());
    let form = NodeRef::<leptos::html::Form>::new();
    #[cfg(feature = "hydrate")]
    super::ready_if(browser::supported, ready, note, words.unsupported.clone());
    let said = words.clone();
    let start = move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(form) = form.get() {
            browser::start(mode, form, ready, note, said.clone());
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = &said;
    };
    view! {
        <form method="post" action=mode.answer_path() node_ref=form class="passkey-form">
            <div class="form-errors" data-form-error></div>
            {(mode == PasskeyMode::Add).then(|| view! {
                <div class="field" data-field="name">
                    <label for="passkey-name">{words.name_label.clone()}</label>
                    <input id="passkey-name" type="text" name="name" required maxlength="60" autocomplete="off" aria-describedby="passkey-name-hint"/>
                    <p id="passkey-name-hint" class="hint">{words.name_hint.clone()}</p>
                </div>
            })}
            <input type="hidden" name="ceremony"/>
            <input type="hidden" name="credential"/>
            {(mode == PasskeyMode::SignIn).then(|| view! { <input type="hidden" name="next" value=next/> })}
            <button type="button" class="secondary" disabled=move || !ready.get() on:click=start>{words.button.clone()}</button>
            <p class="hint" aria-live="polite">{note}</p>
            <noscript><p class="hint">{words.needs_script.clone()}</p></noscript>
        </form>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use super::{PasskeyMode, PasskeyWords};
    use crate::domain::passkey::Challenge;
    use crate::ui::islands::forms::browser::show_error;
    use crate::ui::offline::device::{post_form_for, Posted};
    use leptos::prelude::*;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{HtmlFormElement, HtmlInputElement, UrlSearchParams};
    use webauthn_rs_proto::{CreationChallengeResponse, PublicKeyCredential, RegisterPublicKeyCredential, RequestChallengeResponse};

    pub fn supported() -> bool {
        js_sys::Reflect::has(&window(), &JsValue::from_str("PublicKeyCredential")).unwrap_or(false)
    }

    pub fn start(mode: PasskeyMode, form: HtmlFormElement, ready: RwSignal<bool>, note: RwSignal<String>, words: PasskeyWords) {
        // A name first: a passkey made and then refused for its name would
        // stay on the device, unknown here.
        if !form.report_validity() {
            return;
        }
        ready.set(false);
        note.set(String::new());
        leptos::task::spawn_local(async move {
            match ceremony(mode, &form, &words).await {
                Ok(()) => {
                    note.set(String::new());
                    let _ = form.request_submit();
                }
                Err(Some(message)) => note.set(message),
                Err(None) => {}
            }
            ready.set(true);
        });
    }

    /// Fetches the challenge, has the browser answer it and fills the
    /// form's hidden fields. An error is the note to show (`None`: the
    /// server's refusal, already shown in the form).
    async fn ceremony(mode: PasskeyMode, form: &HtmlFormElement, words: &PasskeyWords) -> Result<(), Option<String>> {
        let challenge: Challenge = match post_form_for(mode.options_path(), UrlSearchParams::new().map_err(|_| None)?).await {
            Ok(c) => c,
            Err(Posted::Refused(Ok(error))) => {
                show_error(form, &error);
                return Err(None);
            }
            Err(_) => return Err(Some(words.unreachable.clone())),
        };
        let answer = match mode {
            PasskeyMode::Add => create(&challenge.options, words).await?,
            PasskeyMode::SignIn => get(&challenge.options, words).await?,
        };
        set(form, "ceremony", &challenge.ceremony);
        set(form, "credential", &answer);
        Ok(())
    }

    fn set(form: &HtmlFormElement, name: &str, value: &str) {
        if let Some(input) =
            form.query_selector(&format!("input[name=\"{name}\"]")).ok().flatten().and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        {
            input.set_value(value);
        }
    }

    async fn create(options: &str, words: &PasskeyWords) -> Result<String, Option<String>> {
        let unreadable = || Some(words.unreadable.clone());
        let options: CreationChallengeResponse = serde_json::from_str(options).map_err(|_| unreadable())?;
        let promise = window().navigator().credentials().create_with_options(&options.into()).map_err(|e| Some(refusal(e, words)))?;
        let made = JsFuture::from(promise).await.map_err(|e| Some(refusal(e, words)))?;
        let made: web_sys::PublicKeyCredential = made.dyn_into().map_err(|_| unreadable())?;
        serde_json::to_string(&RegisterPublicKeyCredential::from(made)).map_err(|_| unreadable())
    }

    async fn get(options: &str, words: &PasskeyWords) -> Result<String, Option<String>> {
        let unreadable = || Some(words.unreadable.clone());
        let options: RequestChallengeResponse = serde_json::from_str(options).map_err(|_| unreadable())?;
        let promise = window().navigator().credentials().get_with_options(&options.into()).map_err(|e| Some(refusal(e, words)))?;
        let used = JsFuture::from(promise).await.map_err(|e| Some(refusal(e, words)))?;
        let used: web_sys::PublicKeyCredential = used.dyn_into().map_err(|_| unreadable())?;
        serde_json::to_string(&PublicKeyCredential::from(used)).map_err(|_| unreadable())
    }

    /// What the browser's refusal means for the person.
    fn refusal(e: JsValue, words: &PasskeyWords) -> String {
        let name = js_sys::Reflect::get(&e, &JsValue::from_str("name")).ok().and_then(|n| n.as_string()).unwrap_or_default();
        match name.as_str() {
            "NotAllowedError" | "AbortError" => words.cancelled.clone(),
            "InvalidStateError" => words.already_kept.clone(),
            "SecurityError" => words.not_allowed_here.clone(),
            _ => words.failed.clone(),
        }
    }
}
