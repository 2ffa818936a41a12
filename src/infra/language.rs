//! Which language a request gets, decided once before the app runs: the
//! signed-in person's choice or their organisation's default (one small
//! read with the session's token), else the switch of the signed-out pages
//! (a cookie), else the browser's `Accept-Language` (`Locale::choose`).
//! Pages and server functions read it as the `Locale` context (`provide`),
//! other handlers (the JSON API's errors) through `i18n::locale`.

use crate::domain::locale::Locale;
use crate::infra::auth::{cookie_in, session_cookie, LANGUAGE_COOKIE};
use crate::infra::ctx::ServerCtx;
use crate::infra::tokens::token_hash;
use crate::server::service::sessions;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::header::ACCEPT_LANGUAGE;

pub async fn resolve(State(ctx): State<ServerCtx>, mut req: Request, next: Next) -> Response {
    let path = req.uri().path();
    // Static files and health checks have no words to translate.
    let locale = if path.starts_with("/pkg/") || path == "/healthz" { Locale::En } else { of(&ctx, req.headers()).await };
    req.extensions_mut().insert(locale);
    crate::i18n::within(locale, next.run(req)).await
}

async fn of(ctx: &ServerCtx, headers: &http::HeaderMap) -> Locale {
    let switch = cookie_in(headers, LANGUAGE_COOKIE).and_then(|v| Locale::from_tag(&v));
    let browser = headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Locale::from_accept_language);
    let (account, org) = match cookie_in(headers, session_cookie(ctx.settings.https())) {
        // A failed read is not worth failing the request over: the page
        // comes in the browser's language, and the error is in the log.
        Some(token) => sessions::languages(ctx, &token_hash(&token)).await.unwrap_or_default(),
        None => (None, None),
    };
    Locale::choose(account, org, switch, browser)
}

/// Makes the request's language the `Locale` context of the page or server
/// function being run (leptos_axum provides the request's parts first).
pub fn provide() {
    let locale = leptos::prelude::use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<Locale>().copied());
    leptos::prelude::provide_context(locale.unwrap_or_default());
}
