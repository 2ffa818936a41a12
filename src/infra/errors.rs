//! The one place where an `AppError` becomes an HTTP status.
//!
//! Server functions return their error as JSON with status 500 (server_fn's
//! default). This middleware reads that body back into `AppError` and sets
//! `AppError::status()`, so a bad input answers 4xx without every server
//! function having to remember to. Plain HTML form posts are redirects
//! (with the error in the URL) and pass through untouched.

use crate::error::AppError;
use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;

/// Error bodies are small; anything bigger is not ours to reinterpret.
const MAX_ERROR_BODY: usize = 64 * 1024;

pub async fn map_status(req: Request, next: Next) -> Response {
    let res = next.run(req).await;
    let is_server_fn_error = res.status() == StatusCode::INTERNAL_SERVER_ERROR && res.headers().contains_key("serverfnerror");
    if !is_server_fn_error {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_ERROR_BODY).await else {
        return Response::from_parts(parts, Body::from("Something went wrong on our side."));
    };
    if let Ok(err) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status = StatusCode::from_u16(err.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    }
    Response::from_parts(parts, Body::from(bytes))
}
