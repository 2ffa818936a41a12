//! Where secret links land: `/reset/{token}` (a password reset),
//! `/join/{token}` (an invite) and `/confirm/{token}` (an e-mail address to
//! confirm: the page it leads to asks for a press of a button, so a mail
//! scanner that fetches links confirms nothing). The token moves into an `HttpOnly` cookie
//! (see `auth::SecretLink`) and the browser goes on to `/reset` or `/join`,
//! an address without it: the secret stays out of the browser's history
//! and bookmarks, out of the Referer of anything that page loads or links
//! to, and out of the logs of proxies that see addresses. Only this one
//! redirect carries it, answered with `no-store` and no Referer.

use crate::infra::auth::SecretLink;
use crate::infra::ctx::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use http::header::{CACHE_CONTROL, LOCATION, REFERRER_POLICY, SET_COOKIE};
use http::StatusCode;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/reset/{token}", get(|state: State<AppState>, token: Path<String>| land(state, token, SecretLink::Reset)))
        .route("/join/{token}", get(|state: State<AppState>, token: Path<String>| land(state, token, SecretLink::Invite)))
        .route("/confirm/{token}", get(|state: State<AppState>, token: Path<String>| land(state, token, SecretLink::Confirm)))
}

/// Tokens are URL-safe base64 or hex; anything else is no token of ours,
/// and is not copied into a cookie (the page then says the link is not
/// valid, as for any other unknown token, and forgets an earlier one).
fn plausible(token: &str) -> bool {
    !token.is_empty() && token.len() <= 128 && token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

async fn land(State(state): State<AppState>, Path(token): Path<String>, link: SecretLink) -> Response {
    let https = state.ctx.settings.https();
    let cookie = if plausible(&token) { link.set_cookie(&token, https) } else { link.forget_cookie(https) };
    (
        StatusCode::SEE_OTHER,
        [
            (LOCATION, link.page().to_string()),
            (SET_COOKIE, cookie),
            (CACHE_CONTROL, "no-store".into()),
            (REFERRER_POLICY, "no-referrer".into()),
        ],
    )
        .into_response()
}
