//! One span per request: method, route, and — once the session is read —
//! the user and organisation ids. Never a score, a vote or a secret: the
//! route is the path without its query, with invite tokens blanked.

use axum::extract::Request;
use axum::response::Response;
use std::time::Duration;
use tracing::{field, Span};

/// Routes whose log lines must not say who called: a vote or a survey
/// answer logged with its user id and time says who voted when, which,
/// beside a box's fill order or a results release, narrows who cast what.
const ANONYMOUS_ROUTES: &[&str] = &["/api/cast_vote", "/api/answer_survey"];

pub fn request_span(req: &Request) -> Span {
    if ANONYMOUS_ROUTES.contains(&req.uri().path()) {
        // No user or organisation fields: `record_caller` has nowhere to write.
        return tracing::info_span!("request", method = %req.method(), route = %route_label(req.uri().path()));
    }
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
    fn a_vote_is_logged_without_who_cast_it() {
        let request = |path: &str| Request::builder().method("POST").uri(path).body(axum::body::Body::empty()).unwrap();
        tracing::subscriber::with_default(tracing_subscriber::registry(), || {
            for path in ANONYMOUS_ROUTES {
                let span = request_span(&request(path));
                assert!(span.field("route").is_some(), "{path}: the span is recorded");
                assert!(span.field("user_id").is_none() && span.field("org_id").is_none(), "{path}");
            }
            assert!(request_span(&request("/api/check_in")).field("user_id").is_some(), "other writes say who");
        });
    }

    #[test]
    fn invite_secrets_stay_out_of_logs() {
        assert_eq!(route_label("/join/abc123secret"), "/join/{token}");
        assert_eq!(route_label("/reset/abc123secret"), "/reset/{token}");
        assert_eq!(route_label("/api/cast_vote"), "/api/cast_vote");
    }
}
