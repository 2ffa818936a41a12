//! Slack's addresses on this server: `/slack/install` sends an admin to
//! Slack's approval page and `/slack/oauth` is where Slack sends them back
//! (plain top-level visits, like single sign-on's); `/slack/commands` and
//! `/slack/interactions` take the slash command and the modal's submission
//! from Slack's servers, each checked against the signing secret first
//! (`service::slack::verify`). The rules are `server::service::slack`.

use crate::infra::auth;
use crate::infra::ctx::AppState;
use crate::server::service::slack::{self, SlashCommand, OAUTH_PATH};
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use http::header::{CACHE_CONTROL, LOCATION, REFERRER_POLICY};
use http::{HeaderMap, StatusCode};
use serde::Deserialize;
use std::collections::HashMap;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/slack/install", get(install))
        .route(OAUTH_PATH, get(oauth))
        .route("/slack/commands", post(commands))
        .route("/slack/interactions", post(interactions))
}

fn see_other(location: &str) -> Response {
    let mut response = (StatusCode::SEE_OTHER, [(LOCATION, location.to_owned())]).into_response();
    response.headers_mut().insert(CACHE_CONTROL, "no-store".parse().expect("static header"));
    // The callback's address holds a one-time code.
    response.headers_mut().insert(REFERRER_POLICY, "no-referrer".parse().expect("static header"));
    response
}

/// The admin page, saying how adding Slack went.
fn back(outcome: &str) -> Response {
    see_other(&format!("/admin?slack={outcome}#channels"))
}

async fn install(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let ctx = &state.ctx;
    let caller = match auth::member_from_headers(ctx, &headers).await {
        Ok(c) => c,
        Err(_) => return see_other("/login?next=/admin"),
    };
    match slack::begin_install(ctx, &caller).await {
        Ok(url) => see_other(&url),
        Err(e) => {
            tracing::info!(error = %e, "Slack install not begun");
            back("unavailable")
        }
    }
}

#[derive(Deserialize)]
struct OauthQuery {
    state: Option<String>,
    code: Option<String>,
    error: Option<String>,
}

async fn oauth(State(state): State<AppState>, headers: HeaderMap, Query(q): Query<OauthQuery>) -> Response {
    let ctx = &state.ctx;
    let admin = auth::person_from_headers(ctx, &headers).await.ok().flatten().map(|p| p.user_id);
    let done = slack::finish_install(ctx, admin, q.state.as_deref().unwrap_or_default(), q.code.as_deref(), q.error.as_deref()).await;
    match done {
        Ok(()) => back("connected"),
        Err(why) => back(why.code()),
    }
}

/// A refusal as Slack shows it: the status and the reason as text.
fn refused(e: &crate::error::AppError) -> Response {
    let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, e.to_string()).into_response()
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> &'a str {
    headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default()
}

/// Checks the signature of a request from Slack; the refusal otherwise.
async fn verified(state: &AppState, headers: &HeaderMap, body: &[u8]) -> Result<HashMap<String, String>, Response> {
    let checked = slack::verify(&state.ctx, header(headers, "x-slack-request-timestamp"), header(headers, "x-slack-signature"), body).await;
    if let Err(e) = checked {
        tracing::warn!(error = %e, "refused a request claiming to come from Slack");
        return Err(refused(&e));
    }
    Ok(url::form_urlencoded::parse(body).into_owned().collect())
}

async fn commands(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let form = match verified(&state, &headers, &body).await {
        Ok(form) => form,
        Err(refused) => return refused,
    };
    let field = |name: &str| form.get(name).map(String::as_str).unwrap_or_default();
    let c = SlashCommand { team_id: field("team_id"), user_id: field("user_id"), text: field("text"), trigger_id: field("trigger_id") };
    match slack::command(&state.ctx, &c).await {
        Ok(answer) => Json(answer).into_response(),
        Err(e) => refused(&e),
    }
}

async fn interactions(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let form = match verified(&state, &headers, &body).await {
        Ok(form) => form,
        Err(refused) => return refused,
    };
    let Some(payload) = form.get("payload").and_then(|p| serde_json::from_str(p).ok()) else {
        return (StatusCode::BAD_REQUEST, "No interaction payload.").into_response();
    };
    match slack::interaction(&state.ctx, &payload).await {
        Ok(Some(answer)) => Json(answer).into_response(),
        Ok(None) => StatusCode::OK.into_response(),
        Err(e) => refused(&e),
    }
}
