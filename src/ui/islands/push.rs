//! "Turn on notifications on this device" on the account page. A push
//! subscription exists only in the browser (`pushManager.subscribe`), so
//! this form needs JavaScript: the island asks for permission, subscribes
//! with the server's public key, puts the subscription's JSON into the
//! form's hidden field and sends the form as any other (`forms::FormHelper`
//! shows errors next to their field and follows the server's redirect).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The server function the form sends the subscription to.
pub const ADD_PATH: &str = "/api/add_push_device";

/// The island's words in the reader's language, translated on the server
/// and sent with the island's props (see `ui::components::island_words`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushWords {
    pub label: String,
    pub hint: String,
    pub button: String,
    pub needs_script: String,
    pub unsupported: String,
    pub cannot_show: String,
    pub blocked: String,
    pub no_worker: String,
    pub worker_failed: String,
    pub cannot_receive: String,
    pub no_answer: String,
    pub no_subscription: String,
    pub bad_key: String,
}

#[island(lazy)]
/// `public_key`: the server's VAPID key, base64url.
pub fn PushForm(public_key: String, words: PushWords) -> impl IntoView {
    super::live();
    let ready = RwSignal::new(false);
    let note = RwSignal::new(String::new());
    let form = NodeRef::<leptos::html::Form>::new();
    #[cfg(feature = "hydrate")]
    super::ready_if(browser::supported, ready, note, words.unsupported.clone());
    let said = words.clone();
    let start = move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(form) = form.get() {
            browser::start(public_key.clone(), form, ready, note, said.clone());
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&public_key, &said);
    };
    view! {
        <form method="post" action=ADD_PATH node_ref=form class="push-form">
            <div class="form-errors" data-form-error></div>
            <div class="field" data-field="label">
                <label for="push-label">{words.label.clone()}</label>
                <input id="push-label" type="text" name="label" required maxlength="40" autocomplete="off" aria-describedby="push-label-hint"/>
                <p id="push-label-hint" class="hint">{words.hint.clone()}</p>
            </div>
            <input type="hidden" name="subscription" data-field="subscription"/>
            <button type="button" class="secondary" disabled=move || !ready.get() on:click=start>{words.button.clone()}</button>
            <p class="hint" aria-live="polite">{note}</p>
            <noscript><p class="hint">{words.needs_script.clone()}</p></noscript>
        </form>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use super::PushWords;
    use js_sys::{Function, Object, Promise, Reflect};
    use leptos::prelude::*;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{HtmlFormElement, HtmlInputElement};

    fn get(target: &JsValue, name: &str) -> Option<JsValue> {
        Reflect::get(target, &JsValue::from_str(name)).ok().filter(|v| !v.is_undefined() && !v.is_null())
    }

    /// Calls `target.name(args…)` and waits for the promise it returns.
    async fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
        let f: Function = get(target, name).and_then(|f| f.dyn_into().ok()).ok_or_else(|| JsValue::from_str(name))?;
        let promise: Promise = f.apply(target, &args.iter().collect::<js_sys::Array>())?.dyn_into()?;
        JsFuture::from(promise).await
    }

    pub fn supported() -> bool {
        let w: JsValue = window().into();
        get(&w, "PushManager").is_some()
            && get(&w, "Notification").is_some()
            && get(&window().navigator().into(), "serviceWorker").is_some()
    }

    pub fn start(public_key: String, form: HtmlFormElement, ready: RwSignal<bool>, note: RwSignal<String>, words: PushWords) {
        // A name first, so a subscription is never made and then refused for it.
        if !form.report_validity() {
            return;
        }
        ready.set(false);
        note.set(String::new());
        leptos::task::spawn_local(async move {
            match subscribe(&public_key, &words).await {
                Ok(json) => {
                    if let Some(input) = form
                        .query_selector("input[name=\"subscription\"]")
                        .ok()
                        .flatten()
                        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
                    {
                        input.set_value(&json);
                    }
                    let _ = form.request_submit();
                }
                Err(message) => note.set(message),
            }
            ready.set(true);
        });
    }

    /// Asks for permission and subscribes; the subscription as JSON, or what to tell the person.
    async fn subscribe(public_key: &str, words: &PushWords) -> Result<String, String> {
        let said = |w: &String| w.clone();
        let notification = get(&window().into(), "Notification").ok_or_else(|| said(&words.cannot_show))?;
        let permission = call(&notification, "requestPermission", &[]).await.ok().and_then(|p| p.as_string()).unwrap_or_default();
        if permission != "granted" {
            return Err(said(&words.blocked));
        }
        let container: JsValue = window().navigator().service_worker().into();
        let registration = get(&container, "ready").ok_or_else(|| said(&words.no_worker))?;
        let registration = JsFuture::from(registration.dyn_into::<Promise>().map_err(|_| said(&words.no_worker))?)
            .await
            .map_err(|_| said(&words.worker_failed))?;
        let manager = get(&registration, "pushManager").ok_or_else(|| said(&words.cannot_receive))?;
        let options = Object::new();
        let _ = Reflect::set(&options, &"userVisibleOnly".into(), &JsValue::TRUE);
        let _ = Reflect::set(&options, &"applicationServerKey".into(), &key_bytes(public_key, words)?.into());
        let subscription = call(&manager, "subscribe", &[options.into()]).await.map_err(|_| said(&words.no_answer))?;
        let json = call_sync(&subscription, "toJSON").ok_or_else(|| said(&words.no_subscription))?;
        js_sys::JSON::stringify(&json).ok().and_then(|s| s.as_string()).ok_or_else(|| said(&words.no_subscription))
    }

    /// The server's key as bytes: every browser takes a buffer (some take
    /// the base64url text too, Safari not everywhere).
    fn key_bytes(public_key: &str, words: &PushWords) -> Result<js_sys::Uint8Array, String> {
        let standard: String = public_key
            .chars()
            .map(|c| match c {
                '-' => '+',
                '_' => '/',
                c => c,
            })
            .collect();
        let padded = format!("{standard}{}", "=".repeat((4 - standard.len() % 4) % 4));
        let binary = window().atob(&padded).map_err(|_| words.bad_key.clone())?;
        let bytes: Vec<u8> = binary.chars().map(|c| c as u8).collect();
        Ok(js_sys::Uint8Array::from(bytes.as_slice()))
    }

    fn call_sync(target: &JsValue, name: &str) -> Option<JsValue> {
        let f: Function = get(target, name)?.dyn_into().ok()?;
        f.call0(target).ok()
    }
}
