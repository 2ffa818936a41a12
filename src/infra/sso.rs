//! Single sign-on's two addresses: `/sso/start` sends the browser to the
//! organisation's provider (found by the e-mail typed, `?email=`, or by the
//! organisation's sign-in address, `?org=`), and `/sso/callback` is where
//! the provider sends it back. Both are plain top-level visits (links,
//! GET forms, the provider's redirect), so they work without JavaScript.
//! A refusal goes back to the log-in page, which says why
//! (`/login?sso_error=<code>`); the rules are `server::service::sso`.

use crate::domain::sso::SsoRefused;
use crate::infra::auth;
use crate::infra::ctx::AppState;
use crate::server::service::sessions::SignedInBy;
use crate::server::service::sso::{self, Callback, Start};
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use http::header::{CACHE_CONTROL, LOCATION, REFERRER_POLICY, SET_COOKIE};
use http::{HeaderMap, StatusCode};
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new().route("/sso/start", get(start)).route(sso::CALLBACK_PATH, get(callback))
}

#[derive(Deserialize)]
struct StartQuery {
    email: Option<String>,
    org: Option<String>,
    next: Option<String>,
}

/// A redirect that is never cached and names no page in a Referer (the
/// callback's address holds a one-time code).
fn see_other(location: &str, cookies: Vec<String>) -> Response {
    let mut response = (StatusCode::SEE_OTHER, [(LOCATION, location.to_owned())]).into_response();
    let headers = response.headers_mut();
    for cookie in cookies {
        if let Ok(v) = cookie.parse() {
            headers.append(SET_COOKIE, v);
        }
    }
    headers.insert(CACHE_CONTROL, "no-store".parse().expect("static header"));
    headers.insert(REFERRER_POLICY, "no-referrer".parse().expect("static header"));
    response
}

fn refused(why: SsoRefused, cookies: Vec<String>) -> Response {
    see_other(&format!("/login?sso_error={}", why.code()), cookies)
}

async fn start(State(state): State<AppState>, Query(q): Query<StartQuery>) -> Response {
    let ctx = &state.ctx;
    let how = match (&q.org, &q.email) {
        (Some(slug), _) if !slug.is_empty() => Start::Slug(slug),
        (_, Some(email)) => Start::Email(email),
        _ => return refused(SsoRefused::NoProvider, vec![]),
    };
    match sso::start(ctx, how, q.next.as_deref()).await {
        Ok(started) => see_other(&started.url, vec![auth::sso_state_set_cookie(&started.state, ctx.settings.https())]),
        Err(why) => refused(why, vec![]),
    }
}

#[derive(Deserialize)]
struct CallbackQuery {
    state: Option<String>,
    code: Option<String>,
    error: Option<String>,
}

async fn callback(State(state): State<AppState>, headers: HeaderMap, Query(q): Query<CallbackQuery>) -> Response {
    let ctx = &state.ctx;
    let https = ctx.settings.https();
    let forget = auth::sso_state_forget_cookie(https);
    let cookie_state = auth::sso_state_in(&headers, https);
    let signed_in = match auth::person_from_headers(ctx, &headers).await {
        Ok(p) => p,
        Err(_) => return refused(SsoRefused::ProviderUnavailable, vec![forget]),
    };
    let back =
        Callback { state: q.state.as_deref(), cookie_state: cookie_state.as_deref(), code: q.code.as_deref(), error: q.error.as_deref() };
    let done = match sso::finish(ctx, back, signed_in.as_ref()).await {
        Ok(done) => done,
        Err(why) => return refused(why, vec![forget]),
    };
    match auth::start_session_from(ctx, &headers, done.user, done.org, SignedInBy::Provider(done.org)).await {
        Ok(session) => see_other(&done.next, vec![forget, session]),
        Err(_) => refused(SsoRefused::ProviderUnavailable, vec![forget]),
    }
}
