//! `POST /export`: the organisation's data as a JSON file, for admins. A
//! plain route rather than a server function: the admin page posts a plain
//! form to it, which downloads the file with or without JavaScript (a
//! server function answers a form posted without JavaScript with a
//! redirect back to the page). A POST, because each export writes an audit
//! row: a link another site could make a browser follow must not, and the
//! origin check covers every POST.

use crate::infra::auth;
use crate::infra::ctx::AppState;
use crate::server::service::export;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use http::header::{CACHE_CONTROL, CONTENT_DISPOSITION};
use http::{HeaderMap, StatusCode};

pub const PATH: &str = "/export";

pub fn routes() -> Router<AppState> {
    Router::new().route(PATH, post(download))
}

async fn download(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let ctx = &state.ctx;
    let data = match auth::member_from_headers(ctx, &headers).await {
        Ok(caller) => export::export(ctx, &caller).await,
        Err(e) => Err(e),
    };
    match data {
        Ok(data) => {
            let name = format!("attachment; filename=\"mistvine-export-{}.json\"", ctx.today().format("%Y-%m-%d"));
            ([(CONTENT_DISPOSITION, name), (CACHE_CONTROL, "no-store".to_string())], Json(data)).into_response()
        }
        Err(e) => (StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR), e.to_string()).into_response(),
    }
}
