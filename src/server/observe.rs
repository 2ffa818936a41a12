//! One span per request: method, route, and — once the session is read —
//! the user and organisation ids. Never a score, a vote or a secret: the
//! route is the path without its query, with invite tokens blanked.

use axum::extract::Request;
use axum::response::Response;
use std::time::Duration;
use tracing::{field, Span};

pub fn request_span(req: &Request) -> Span {
    tracing::info_span!(
        "request",
        method = %req.method(),
        route = %route_label(req.uri().path()),
        user_id = field::Empty,
        org_id = field::Empty,
    )
}

pub fn on_response(res: &Response, latency: Duration, _span: &Span) {
    let status = res.status().as_u16();
    let ms = latency.as_secs_f64() * 1000.0;
    if status >= 500 {
        tracing::error!(status, ms, "request failed");
    } else {
        tracing::info!(status, ms, "request");
    }
}

/// Marks the request's span with who is calling (called once the session is known).
pub fn record_caller(user: crate::domain::ids::UserId, org: Option<crate::domain::ids::OrgId>) {
    let span = Span::current();
    span.record("user_id", user.0);
    if let Some(org) = org {
        span.record("org_id", org.0);
    }
}

/// The path as logged: invite and password reset links carry their secret in the path.
pub fn route_label(path: &str) -> String {
    for secret in ["/join/", "/reset/"] {
        if path.starts_with(secret) {
            return format!("{secret}{{token}}");
        }
    }
    path.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invite_secrets_stay_out_of_logs() {
        assert_eq!(route_label("/join/abc123secret"), "/join/{token}");
        assert_eq!(route_label("/reset/abc123secret"), "/reset/{token}");
        assert_eq!(route_label("/api/cast_vote"), "/api/cast_vote");
    }
}
