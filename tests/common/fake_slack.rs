//! A loopback Slack: the approval page of its OAuth (it approves at once,
//! or declines when told to), and the Web API methods Mistvine calls —
//! `oauth.v2.access` (checking the app's client id and secret and a code
//! it issued, once), `users.list` (two pages), `chat.postMessage` and
//! `views.open`, each checking the bearer token it handed out. It records
//! what was posted and opened. `sign` builds a request as Slack signs it.

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha2::Sha256;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub const CLIENT_ID: &str = "1111.2222";
pub const CLIENT_SECRET: &str = "slack-client-secret";
pub const SIGNING_SECRET: &str = "slack-signing-secret";
pub const TEAM_ID: &str = "T0ACME";
pub const TOKEN: &str = "xoxb-acme-bot-token";

#[derive(Default)]
struct Inner {
    /// Codes handed out and not yet exchanged.
    codes: Vec<String>,
    decline: bool,
    people: Vec<(String, String)>,
    posts: Vec<(String, Value)>,
    views: Vec<(String, Value)>,
    authorize_queries: Vec<HashMap<String, String>>,
}

#[derive(Clone)]
pub struct FakeSlack {
    pub base: String,
    inner: Arc<Mutex<Inner>>,
}

impl FakeSlack {
    pub async fn start() -> Self {
        let inner = Arc::new(Mutex::new(Inner::default()));
        let app = Router::new()
            .route("/oauth/v2/authorize", get(authorize))
            .route("/api/oauth.v2.access", post(access))
            .route("/api/users.list", post(users_list))
            .route("/api/chat.postMessage", post(post_message))
            .route("/api/views.open", post(views_open))
            .with_state(inner.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Self { base: format!("http://{addr}"), inner }
    }

    /// Points the app's settings at this Slack.
    pub fn configure(&self, s: &mut mistvine::infra::settings::Settings) {
        s.slack_client_id = Some(CLIENT_ID.into());
        s.slack_client_secret = Some(CLIENT_SECRET.into());
        s.slack_signing_secret = Some(SIGNING_SECRET.into());
        s.slack_api = format!("{}/api", self.base);
        s.slack_authorize_url = format!("{}/oauth/v2/authorize", self.base);
        s.mail_poll_ms = 20;
    }

    /// The workspace's people: (Slack user id, verified address).
    pub fn people(&self, people: &[(&str, &str)]) {
        self.inner.lock().unwrap().people = people.iter().map(|(id, email)| (id.to_string(), email.to_string())).collect();
    }

    pub fn decline(&self) {
        self.inner.lock().unwrap().decline = true;
    }

    pub fn approve(&self) {
        self.inner.lock().unwrap().decline = false;
    }

    pub fn posts(&self) -> Vec<(String, Value)> {
        self.inner.lock().unwrap().posts.clone()
    }

    pub fn views(&self) -> Vec<(String, Value)> {
        self.inner.lock().unwrap().views.clone()
    }

    pub fn authorize_queries(&self) -> Vec<HashMap<String, String>> {
        self.inner.lock().unwrap().authorize_queries.clone()
    }

    pub async fn wait_for_posts(&self, n: usize) -> Vec<(String, Value)> {
        for _ in 0..1000 {
            let got = self.posts();
            if got.len() >= n {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("expected {n} Slack posts within 10 s; got {:?}", self.posts());
    }
}

/// `X-Slack-Request-Timestamp` and `X-Slack-Signature` for `body` sent at `ts`.
pub fn sign(ts: i64, body: &str) -> (String, String) {
    let mut mac = Hmac::<Sha256>::new_from_slice(SIGNING_SECRET.as_bytes()).unwrap();
    mac.update(format!("v0:{ts}:{body}").as_bytes());
    let hex: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
    (ts.to_string(), format!("v0={hex}"))
}

fn bearer_ok(headers: &HeaderMap) -> bool {
    headers.get("authorization").and_then(|v| v.to_str().ok()) == Some(&format!("Bearer {TOKEN}"))
}

fn not_authed() -> Json<Value> {
    Json(json!({ "ok": false, "error": "invalid_auth" }))
}

async fn authorize(State(inner): State<Arc<Mutex<Inner>>>, Query(q): Query<HashMap<String, String>>) -> Response {
    let mut inner = inner.lock().unwrap();
    inner.authorize_queries.push(q.clone());
    let (Some(redirect), Some(state)) = (q.get("redirect_uri"), q.get("state")) else {
        return (StatusCode::BAD_REQUEST, "redirect_uri and state are required").into_response();
    };
    if q.get("client_id").map(String::as_str) != Some(CLIENT_ID) {
        return (StatusCode::BAD_REQUEST, "unknown client_id").into_response();
    }
    let state = url::form_urlencoded::byte_serialize(state.as_bytes()).collect::<String>();
    if inner.decline {
        return Redirect::to(&format!("{redirect}?error=access_denied&state={state}")).into_response();
    }
    let code = format!("code-{}", inner.codes.len() + 1);
    inner.codes.push(code.clone());
    Redirect::to(&format!("{redirect}?code={code}&state={state}")).into_response()
}

async fn access(State(inner): State<Arc<Mutex<Inner>>>, headers: HeaderMap, Form(form): Form<HashMap<String, String>>) -> Json<Value> {
    let expected = format!("Basic {}", B64.encode(format!("{CLIENT_ID}:{CLIENT_SECRET}")));
    if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some(expected.as_str()) {
        return Json(json!({ "ok": false, "error": "invalid_client_id" }));
    }
    let mut inner = inner.lock().unwrap();
    let code = form.get("code").cloned().unwrap_or_default();
    let Some(i) = inner.codes.iter().position(|c| *c == code) else { return Json(json!({ "ok": false, "error": "invalid_code" })) };
    inner.codes.remove(i);
    Json(json!({
        "ok": true, "access_token": TOKEN, "token_type": "bot", "scope": "chat:write,commands",
        "bot_user_id": "UBOT", "app_id": "A1", "team": { "id": TEAM_ID, "name": "Acme Slack" }
    }))
}

async fn users_list(State(inner): State<Arc<Mutex<Inner>>>, headers: HeaderMap, Json(body): Json<Value>) -> Json<Value> {
    if !bearer_ok(&headers) {
        return not_authed();
    }
    let inner = inner.lock().unwrap();
    let member = |(id, email): &(String, String)| json!({ "id": id, "deleted": false, "is_bot": false, "profile": { "email": email } });
    let mut all: Vec<Value> = inner.people.iter().map(member).collect();
    all.push(json!({ "id": "UBOT", "is_bot": true, "profile": {} }));
    let half = all.len() / 2;
    // Two pages: the app must follow the cursor.
    if body["cursor"] == "page-2" {
        Json(json!({ "ok": true, "members": all[half..], "response_metadata": { "next_cursor": "" } }))
    } else {
        Json(json!({ "ok": true, "members": all[..half], "response_metadata": { "next_cursor": "page-2" } }))
    }
}

async fn post_message(State(inner): State<Arc<Mutex<Inner>>>, headers: HeaderMap, Json(body): Json<Value>) -> Json<Value> {
    if !bearer_ok(&headers) {
        return not_authed();
    }
    let channel = body["channel"].as_str().unwrap_or_default().to_owned();
    if channel == "#missing" {
        return Json(json!({ "ok": false, "error": "channel_not_found" }));
    }
    if body["text"].as_str().is_none_or(str::is_empty) || !body["blocks"].is_array() {
        return Json(json!({ "ok": false, "error": "no_text" }));
    }
    inner.lock().unwrap().posts.push((channel.clone(), body));
    Json(json!({ "ok": true, "channel": channel, "ts": "1700000000.000100" }))
}

async fn views_open(State(inner): State<Arc<Mutex<Inner>>>, headers: HeaderMap, Json(body): Json<Value>) -> Json<Value> {
    if !bearer_ok(&headers) {
        return not_authed();
    }
    let trigger = body["trigger_id"].as_str().unwrap_or_default().to_owned();
    if trigger.is_empty() || body["view"]["type"] != "modal" {
        return Json(json!({ "ok": false, "error": "invalid_arguments" }));
    }
    inner.lock().unwrap().views.push((trigger, body["view"].clone()));
    Json(json!({ "ok": true }))
}
