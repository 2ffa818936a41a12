//! The browser side of drafts: local storage, the form in the page, the
//! network. Everything here runs only in the browser (from effects and event
//! handlers), never during server rendering.

use crate::domain::draft::{ClientKey, DraftAuthor, SendOutcome};
use crate::error::AppError;
use crate::msg;
use leptos::prelude::window;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{DomParser, FormData, HtmlFormElement, RequestCache, RequestInit, Response, SupportedType, UrlSearchParams};

/// Milliseconds since the epoch, by the device's clock.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// "14:05", in the device's own time zone: drafts live on the device.
pub fn local_time(ms: i64) -> String {
    let d = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
}

pub fn online() -> bool {
    window().navigator().on_line()
}

pub fn new_key() -> ClientKey {
    let mut bytes = [0u8; 16];
    // Without crypto (very old browsers) the clock and Math.random still make
    // a key unique to this device, which is all a key needs to be.
    if window().crypto().and_then(|c| c.get_random_values_with_u8_array(&mut bytes)).is_err() {
        let seed = now_ms().to_le_bytes();
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = seed[i % 8] ^ (js_sys::Math::random() * 256.0) as u8;
        }
    }
    ClientKey::from_random(bytes)
}

fn storage() -> Result<web_sys::Storage, String> {
    window().local_storage().ok().flatten().ok_or_else(|| msg!("offline-no-storage").to_string())
}

pub fn read(key: &str) -> Result<Option<String>, String> {
    storage()?.get_item(key).map_err(|_| msg!("offline-unreadable").to_string())
}

pub fn write(key: &str, value: &str) -> Result<(), String> {
    storage()?.set_item(key, value).map_err(|_| msg!("offline-storage-full").to_string())
}

/// Every named control of the form and its value, hidden ones included.
pub fn read_form(form: &HtmlFormElement) -> Vec<(String, String)> {
    let Ok(data) = FormData::new_with_form(form) else { return Vec::new() };
    let Ok(Some(entries)) = js_sys::try_iter(&data) else { return Vec::new() };
    entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let pair: js_sys::Array = entry.dyn_into().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// Whether someone typed into the form before the app started (a slow
/// phone): any text control whose value differs from the page's own.
pub fn typed_before_start(form: &HtmlFormElement) -> bool {
    let elements = form.elements();
    (0..elements.length()).filter_map(|i| elements.item(i)).any(|el| {
        let get = |p: &str| js_sys::Reflect::get(&el, &JsValue::from_str(p)).ok().and_then(|v| v.as_string());
        let hidden = el.get_attribute("type").is_some_and(|t| t == "hidden");
        matches!((get("value"), get("defaultValue")), (Some(v), Some(d)) if v != d && !hidden)
    })
}

/// Puts a draft's words back into the form. Hidden controls keep what the
/// page rendered (the team, this week), so a reopened draft goes to the form
/// it is reopened in.
pub fn fill_form(form: &HtmlFormElement, fields: &[(String, String)]) {
    let elements = form.elements();
    for i in 0..elements.length() {
        let Some(el) = elements.item(i) else { continue };
        let Some(name) = el.get_attribute("name") else { continue };
        if el.get_attribute("type").is_some_and(|t| t == "hidden" || t == "submit") {
            continue;
        }
        let value = fields.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str()).unwrap_or_default();
        let _ = js_sys::Reflect::set(&el, &JsValue::from_str("value"), &JsValue::from_str(value));
        // A key-result row added on demand is shown again when the draft has words in it.
        let typed = !value.is_empty() && el.tag_name() != "SELECT";
        if let (true, Ok(Some(row))) = (typed, el.closest("details.kr-more")) {
            let _ = row.set_attribute("open", "");
        }
    }
}

/// Reads this page again from the server and puts its parts marked
/// `data-refresh="{region}"` in place of those shown, in order. Nothing
/// changes when the page cannot be read or its parts no longer match (the
/// next page load shows them).
pub async fn refresh_regions(region: &'static str) {
    let _ = try_refresh(region).await;
}

async fn try_refresh(region: &str) -> Result<(), JsValue> {
    let init = RequestInit::new();
    init.set_cache(RequestCache::NoStore);
    let href = window().location().href()?;
    let response: Response = JsFuture::from(window().fetch_with_str_and_init(&href, &init)).await?.dyn_into()?;
    if !response.ok() {
        return Ok(());
    }
    let html = JsFuture::from(response.text()?).await?.as_string().unwrap_or_default();
    let fresh = DomParser::new()?.parse_from_string(&html, SupportedType::TextHtml)?;
    let selector = format!("[data-refresh=\"{region}\"]");
    let (shown, read) = (leptos::prelude::document().query_selector_all(&selector)?, fresh.query_selector_all(&selector)?);
    if shown.length() != read.length() {
        return Ok(());
    }
    for i in 0..shown.length() {
        let (Some(old), Some(new)) = (shown.item(i), read.item(i)) else { continue };
        let (old, new): (web_sys::Element, web_sys::Element) = (old.dyn_into()?, new.dyn_into()?);
        old.set_inner_html(&new.inner_html());
    }
    Ok(())
}

/// Sends a draft to the server function at `endpoint`, exactly as the form
/// would post it, plus its key.
pub async fn send(endpoint: &str, fields: &[(String, String)], key: &ClientKey, author: DraftAuthor) -> SendOutcome {
    match post(endpoint, fields, key, author).await {
        Ok(outcome) => outcome,
        Err(_) => SendOutcome::Unreachable,
    }
}

async fn post(endpoint: &str, fields: &[(String, String)], key: &ClientKey, author: DraftAuthor) -> Result<SendOutcome, JsValue> {
    let params = UrlSearchParams::new()?;
    for (name, value) in fields.iter().filter(|(n, _)| n != "client_key" && n != "author") {
        params.append(name, value);
    }
    params.append("client_key", key.as_str());
    params.append("author", &author.to_field());
    Ok(match post_form(endpoint, params).await {
        Posted::Done(_) => SendOutcome::Saved,
        Posted::Unreachable => SendOutcome::Unreachable,
        Posted::Refused(Ok(error)) => refusal(error),
        Posted::Refused(Err(status)) => {
            // Not an answer of the app (a proxy's): the status goes to the console.
            leptos::logging::warn!("the server answered HTTP {status}");
            SendOutcome::Refused { reason: msg!("offline-refused").to_string(), field: None }
        }
    })
}

/// What a post to a server function came back with.
pub enum Posted {
    /// Saved; where the server sends the person next, if it names a place.
    Done(Option<String>),
    /// No answer at all, or a gateway that could not reach the app.
    Unreachable,
    /// Refused: the server's error, or the HTTP status when the body was not one.
    Refused(Result<AppError, u16>),
}

/// Posts form fields to a server function the way a form would, asking for
/// JSON: the server function then answers its outcome instead of a redirect.
/// Forms (`FormHelper`) and drafts share it, so both read answers alike.
pub async fn post_form(path: &str, body: UrlSearchParams) -> Posted {
    try_post_form(path, body).await.unwrap_or(Posted::Unreachable)
}

/// The form's post, asking for JSON.
async fn send_form(path: &str, body: UrlSearchParams) -> Result<Response, JsValue> {
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_body(&body.into());
    let headers = web_sys::Headers::new()?;
    headers.set("accept", "application/json")?;
    init.set_headers(&headers.into());
    JsFuture::from(window().fetch_with_str_and_init(path, &init)).await?.dyn_into()
}

async fn try_post_form(path: &str, body: UrlSearchParams) -> Result<Posted, JsValue> {
    let response = send_form(path, body).await?;
    let status = response.status();
    if response.ok() {
        let to = if response.headers().has("serverfnredirect")? { response.headers().get("location")? } else { None };
        return Ok(Posted::Done(to));
    }
    // A gateway that cannot reach the app is the same as no connection.
    if matches!(status, 502..=504) {
        return Ok(Posted::Unreachable);
    }
    let text = JsFuture::from(response.text()?).await?.as_string().unwrap_or_default();
    Ok(Posted::Refused(serde_json::from_str::<AppError>(&text).map_err(|_| status)))
}

/// Posts like [`post_form`] to a server function that answers with data
/// (a passkey's challenge), and reads that answer.
pub async fn post_form_for<T: serde::de::DeserializeOwned>(path: &str, body: UrlSearchParams) -> Result<T, Posted> {
    let accepted = async {
        let response = send_form(path, body).await?;
        let text = JsFuture::from(response.text()?).await?.as_string().unwrap_or_default();
        Ok::<_, JsValue>((response.status(), response.ok(), text))
    };
    let Ok((status, ok, text)) = accepted.await else { return Err(Posted::Unreachable) };
    if ok {
        return serde_json::from_str(&text).map_err(|_| Posted::Refused(Err(status)));
    }
    if matches!(status, 502..=504) {
        return Err(Posted::Unreachable);
    }
    Err(Posted::Refused(serde_json::from_str::<AppError>(&text).map_err(|_| status)))
}

fn refusal(error: AppError) -> SendOutcome {
    if error == AppError::NotTheWriter {
        return SendOutcome::OtherPerson;
    }
    let reason = match &error {
        AppError::Unauthenticated => msg!("offline-session-ended").to_string(),
        other => other.to_string(),
    };
    SendOutcome::Refused { reason, field: error.field().map(str::to_owned) }
}
