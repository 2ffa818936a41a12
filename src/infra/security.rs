//! Request hardening: a same-origin check on every state-changing request,
//! a Content-Security-Policy for pages, and protective response headers.

use super::settings::Settings;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

/// Is this request allowed to change state? Browsers send `Origin` on every
/// cross-origin POST (and on same-origin ones too); when present it must name
/// this site. When absent, `Sec-Fetch-Site` must not say "cross-site".
/// Requests with neither header are not from a browser, so CSRF does not apply.
pub fn same_origin(headers: &HeaderMap, public_url: Option<&str>) -> bool {
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        if origin == "null" {
            return false;
        }
        if let Some(public) = public_url {
            return origin.trim_end_matches('/') == public.trim_end_matches('/');
        }
        let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or_default();
        let authority = origin.split_once("://").map(|(_, rest)| rest).unwrap_or(origin);
        return !host.is_empty() && authority.eq_ignore_ascii_case(host);
    }
    !matches!(headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()), Some("cross-site"))
}

/// The policy of an HTML page: scripts only from this site or inline with
/// this response's nonce (Leptos puts it on its hydration scripts), WebAssembly
/// allowed, no plugins, no framing, forms and fetches to this site only.
/// The page's inlined stylesheet carries the nonce too; inline `style`
/// attributes (progress bar widths) are the one inline thing allowed without one.
pub fn page_csp(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self' 'nonce-{nonce}'; style-src-attr 'unsafe-inline'; \
         img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

/// Sets the page's policy on the response being rendered (called by the
/// shell, which knows this response's nonce).
pub fn page_policy(nonce: Option<leptos::nonce::Nonce>) {
    let (Some(nonce), Some(res)) = (nonce, leptos::prelude::use_context::<leptos_axum::ResponseOptions>()) else { return };
    if let Ok(v) = HeaderValue::from_str(&page_csp(&nonce.to_string())) {
        res.insert_header(header::CONTENT_SECURITY_POLICY, v);
    }
}

/// The header by which a page tells the service worker never to keep an
/// offline copy of it (public/sw.js): pages with a secret (a reset link's
/// page, a new API token) or one's own scores.
pub const OFFLINE_HEADER: &str = "x-offline-copy";

/// Marks the page being rendered as one the service worker must not keep.
pub fn never_offline() {
    if let Some(res) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
        res.insert_header(header::HeaderName::from_static(OFFLINE_HEADER), HeaderValue::from_static("never"));
    }
}

pub async fn check_origin(State(settings): State<Arc<Settings>>, req: Request, next: Next) -> Response {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if !safe && !same_origin(req.headers(), settings.public_url.as_deref()) {
        tracing::warn!(path = %req.uri().path(), "refused a cross-origin state-changing request");
        return (StatusCode::FORBIDDEN, "Cross-origin requests cannot change data here.").into_response();
    }
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert("x-content-type-options", HeaderValue::from_static("nosniff"));
    h.insert("x-frame-options", HeaderValue::from_static("DENY"));
    // A stricter policy a route set stays (a secret link's redirect sends none).
    if !h.contains_key(header::REFERRER_POLICY) {
        h.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    }
    // Anything without a page policy (server-function answers, files, the
    // service worker, whose policy would bind its own fetches) still may
    // not be framed.
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("frame-ancestors 'none'"));
    }
    // Pages and answers can hold what only a signed-in person may see: no
    // shared or browser HTTP cache keeps them (the service worker keeps its
    // own copies for offline use, and drops them at log-out).
    let dynamic = h
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html") || t.starts_with("application/json"));
    if dynamic && !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    // With HTTPS, browsers must never fall back to plain HTTP for this site.
    if settings.https() {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn origin_must_match_host() {
        assert!(same_origin(&headers(&[("origin", "http://localhost:3000"), ("host", "localhost:3000")]), None));
        assert!(!same_origin(&headers(&[("origin", "http://evil.example"), ("host", "localhost:3000")]), None));
        assert!(!same_origin(&headers(&[("origin", "null"), ("host", "localhost:3000")]), None));
    }

    #[test]
    fn public_url_wins_over_host() {
        let h = headers(&[("origin", "https://okr.example.com"), ("host", "10.0.0.5:3000")]);
        assert!(same_origin(&h, Some("https://okr.example.com/")));
        assert!(!same_origin(&h, Some("https://other.example.com")));
    }

    #[test]
    fn no_origin_falls_back_to_fetch_metadata() {
        assert!(same_origin(&headers(&[]), None));
        assert!(!same_origin(&headers(&[("sec-fetch-site", "cross-site")]), None));
        assert!(same_origin(&headers(&[("sec-fetch-site", "same-origin")]), None));
    }
}
