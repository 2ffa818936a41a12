//! The JSON API (`/api/v1`), for other tools: personal access tokens as
//! bearer tokens, the same services and rules as the pages (organisation
//! scoping, who may check in, the anonymity threshold and release rules),
//! per-token rate limits, and an OpenAPI document generated from these
//! handlers and their types (`/api/v1/openapi.json`).

mod types;

use crate::domain::api_token::TokenScope;
use crate::domain::ids::{KeyResultId, ObjectiveId, WaveId};
use crate::domain::key_result::CheckInValue;
use crate::domain::objective::parse_note;
use crate::error::AppError;
use crate::infra::ctx::AppState;
use crate::msg;
use crate::server::service::access::Caller;
use crate::server::service::{api_tokens, api_tokens::Refusal, boosts, import as importing, objectives, vote, waves};
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(title = "Mistvine API", description = "Waves, objectives and key results, check-ins, boosts and confidence aggregates of one organisation. \
        Authenticate with a personal access token (account page) as `Authorization: Bearer mvt_…`; each token may make 120 requests a minute."),
    paths(list_waves, wave_objectives, import, objective, check_in, list_boosts, wave_confidence),
    modifiers(&BearerToken),
    security(("token" = []))
)]
pub struct ApiDoc;

struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme("token", SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()));
    }
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi))
        .route("/waves", get(list_waves))
        .route("/waves/{id}/objectives", get(wave_objectives))
        .route("/waves/{id}/confidence", get(wave_confidence))
        .route("/waves/{id}/import", post(import))
        .route("/objectives/{id}", get(objective))
        .route("/key-results/{id}/check-ins", post(check_in))
        .route("/boosts", get(list_boosts))
        .fallback(|| async { error(AppError::NotFound(msg!("not-found-api-endpoint"))) })
}

async fn openapi() -> Response {
    match ApiDoc::openapi().to_pretty_json() {
        Ok(json) => ([(header::CONTENT_TYPE, "application/json")], json).into_response(),
        Err(_) => error(AppError::Internal),
    }
}

fn code(e: &AppError) -> &'static str {
    match e {
        AppError::Invalid { .. } => "invalid",
        AppError::Unauthenticated | AppError::WrongCredentials => "unauthenticated",
        AppError::Forbidden(_) | AppError::NotTheWriter => "forbidden",
        AppError::NotFound(_) => "not_found",
        AppError::Vote(crate::domain::vote::VoteRefused::TooManyChanges) => "rate_limited",
        AppError::Conflict(_) | AppError::Vote(_) | AppError::Survey(_) => "conflict",
        AppError::Gone(_) => "gone",
        AppError::RateLimited(_) => "rate_limited",
        AppError::BadRequest(_) => "bad_request",
        AppError::Internal | AppError::Network => "internal",
    }
}

fn error(e: AppError) -> Response {
    let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = types::Error { error: code(&e).into(), message: e.to_string(), field: e.field().map(str::to_owned) };
    let mut res = (status, Json(body)).into_response();
    if status == StatusCode::UNAUTHORIZED {
        res.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    res
}

/// The caller behind the request's bearer token, or the refusal to send.
async fn caller(state: &AppState, headers: &HeaderMap) -> Result<(Caller, TokenScope), Response> {
    let bearer = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
    match api_tokens::authenticate(&state.ctx, bearer).await {
        Ok(found) => Ok(found),
        Err(Refusal::Unauthenticated) => Err(error(AppError::Unauthenticated)),
        Err(Refusal::RateLimited { person, wait }) => {
            let who = if person { "person" } else { "token" };
            let mut res = error(AppError::RateLimited(msg!("rate-api", who = who, wait = wait)));
            res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(wait));
            Err(res)
        }
        Err(Refusal::Failed(e)) => Err(error(e)),
    }
}

fn reply<T: serde::Serialize>(r: Result<T, AppError>) -> Response {
    match r {
        Ok(v) => Json(v).into_response(),
        Err(e) => error(e),
    }
}

/// The organisation's waves, newest first.
#[utoipa::path(get, path = "/api/v1/waves", tag = "waves",
    responses((status = 200, body = [types::Wave]), (status = 401, body = types::Error), (status = 429, description = "Too many requests: wait the seconds in Retry-After", body = types::Error, headers(("Retry-After" = i64, description = "Seconds to wait")))))]
async fn list_waves(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let (caller, _) = match caller(&state, &headers).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    reply(waves::list(&state.ctx, &caller).await.map(|w| w.into_iter().map(types::Wave::from).collect::<Vec<_>>()))
}

/// Every objective of a wave, wave and team objectives, with their key results.
#[utoipa::path(get, path = "/api/v1/waves/{id}/objectives", tag = "objectives", params(("id" = i64, Path, description = "The wave")),
    responses((status = 200, body = [types::Objective]), (status = 401, body = types::Error), (status = 429, description = "Too many requests: wait the seconds in Retry-After", body = types::Error, headers(("Retry-After" = i64, description = "Seconds to wait"))), (status = 404, body = types::Error)))]
async fn wave_objectives(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<i64>) -> Response {
    let (caller, _) = match caller(&state, &headers).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    reply(objectives::of_wave(&state.ctx, &caller, WaveId(id)).await.map(|o| o.into_iter().map(types::Objective::from).collect::<Vec<_>>()))
}

#[derive(serde::Deserialize)]
struct DryRun {
    #[serde(default)]
    dry_run: bool,
}

/// Imports a spreadsheet of objectives and key results into a planned or
/// active wave: the body is the file, CSV or Excel (.xlsx), one row per key
/// result (docs/import.md has the columns). All or nothing: a file with any
/// problem creates nothing; the file's objectives the wave has already are
/// left alone, so importing a file twice adds nothing the second time.
/// `?dry_run=true` says what it would do and every problem, writing nothing
/// (any token may); importing needs a token that may write.
#[utoipa::path(post, path = "/api/v1/waves/{id}/import", tag = "objectives",
    params(("id" = i64, Path, description = "The wave"), ("dry_run" = Option<bool>, Query, description = "Only say what the import would do")),
    request_body(content = String, content_type = "text/csv", description = "The file: CSV (UTF-8, UTF-16 or Windows-1252; comma, semicolon or tab) or an Excel workbook (.xlsx)"),
    responses((status = 200, description = "A dry run: what the import would do, and every problem", body = types::Import),
        (status = 201, description = "Imported", body = types::Import),
        (status = 401, body = types::Error), (status = 403, description = "A read-only token", body = types::Error), (status = 404, body = types::Error),
        (status = 429, description = "Too many requests: wait the seconds in Retry-After", body = types::Error, headers(("Retry-After" = i64, description = "Seconds to wait"))),
        (status = 409, description = "The wave is over, or has every objective of the file already", body = types::Error),
        (status = 413, description = "The file is larger than 10 MB", body = types::Error),
        (status = 422, description = "The file cannot be read, or has problems (a dry run lists them)", body = types::Error)))]
async fn import(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<i64>, Query(q): Query<DryRun>, body: Body) -> Response {
    let (caller, scope) = match caller(&state, &headers).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    if !q.dry_run && !scope.may_check_in() {
        return error(AppError::forbidden(msg!("forbidden-token-may-only-read")));
    }
    let limits = crate::infra::limits::Limits::from_settings(&state.ctx.settings);
    let bytes = match crate::infra::limits::read_within(body, crate::infra::limits::IMPORT_BODY, limits.body_timeout).await {
        Ok(bytes) => bytes,
        Err(refusal) => return refusal,
    };
    if q.dry_run {
        return reply(
            importing::preview(&state.ctx, &caller, WaveId(id), &bytes)
                .await
                .map(|p| types::Import::from_plan(&p.plan, false, Some(&p.encoding))),
        );
    }
    match importing::import(&state.ctx, &caller, WaveId(id), &bytes).await {
        Ok(done) => (StatusCode::CREATED, Json(types::Import::from_plan(&done.plan, true, Some(&done.encoding)))).into_response(),
        Err(e) => error(e),
    }
}

/// One objective with its key results.
#[utoipa::path(get, path = "/api/v1/objectives/{id}", tag = "objectives", params(("id" = i64, Path, description = "The objective")),
    responses((status = 200, body = types::Objective), (status = 401, body = types::Error), (status = 429, description = "Too many requests: wait the seconds in Retry-After", body = types::Error, headers(("Retry-After" = i64, description = "Seconds to wait"))), (status = 404, body = types::Error)))]
async fn objective(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<i64>) -> Response {
    let (caller, _) = match caller(&state, &headers).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    reply(objectives::detail(&state.ctx, &caller, ObjectiveId(id)).await.map(|d| types::Objective::from(d.summary)))
}

/// Checks in on a key result: its new current value, with an optional note.
/// Needs a token with the check-in scope, held by someone who may check in
/// on it (its team, or a leader for a wave objective).
#[utoipa::path(post, path = "/api/v1/key-results/{id}/check-ins", tag = "objectives", params(("id" = i64, Path, description = "The key result")),
    request_body = types::CheckIn,
    responses((status = 201, description = "Checked in: the objective as it is now", body = types::Objective),
        (status = 401, body = types::Error), (status = 429, description = "Too many requests: wait the seconds in Retry-After", body = types::Error, headers(("Retry-After" = i64, description = "Seconds to wait"))), (status = 403, description = "A read-only token, or not this person's to check in on", body = types::Error),
        (status = 404, body = types::Error), (status = 422, body = types::Error)))]
async fn check_in(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<i64>, body: Body) -> Response {
    // The token first: a caller without one gets its 401 before any of its
    // body is read.
    let (caller, scope) = match caller(&state, &headers).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    if !scope.may_check_in() {
        return error(AppError::forbidden(msg!("forbidden-token-may-only-read")));
    }
    let limits = crate::infra::limits::Limits::from_settings(&state.ctx.settings);
    let bytes = match crate::infra::limits::read_within(body, crate::infra::limits::JSON_BODY, limits.body_timeout).await {
        Ok(bytes) => bytes,
        Err(refusal) => return refusal,
    };
    let c: types::CheckIn = match serde_json::from_slice(&bytes) {
        Ok(c) => c,
        // Valid JSON, but a number no float holds (1e309): the value's fault.
        Err(e) if e.to_string().contains("number out of range") => {
            return error(crate::domain::ValidationError::new("value", msg!("invalid-value-must-finite-number")).into())
        }
        Err(e) => {
            return error(AppError::BadRequest(msg!(
                "bad-request-check-in-body",
                example = r#"{"value": 42, "note": "why"}"#,
                why = e.to_string()
            )))
        }
    };
    let done = async {
        let check_in = objectives::CheckIn {
            kr: KeyResultId(id),
            value: CheckInValue::new(c.value)?,
            note: parse_note(c.note.as_deref().unwrap_or(""))?,
        };
        let objective = objectives::check_in(&state.ctx, &caller, check_in).await?;
        objectives::summary(&state.ctx, &caller, objective).await
    };
    match done.await {
        Ok(summary) => (StatusCode::CREATED, Json(types::Objective::from(summary))).into_response(),
        Err(e) => error(e),
    }
}

/// The organisation's boosts, open ones first.
#[utoipa::path(get, path = "/api/v1/boosts", tag = "boosts",
    responses((status = 200, body = [types::Boost]), (status = 401, body = types::Error), (status = 429, description = "Too many requests: wait the seconds in Retry-After", body = types::Error, headers(("Retry-After" = i64, description = "Seconds to wait")))))]
async fn list_boosts(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let (caller, _) = match caller(&state, &headers).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    reply(boosts::board(&state.ctx, &caller, None, None).await.map(|b| b.boosts.into_iter().map(types::Boost::from).collect::<Vec<_>>()))
}

/// Each objective's weekly confidence in a wave: shown only where as many
/// people voted as the organisation's threshold, and only once the week
/// ends unless the organisation shows results live: what the pages show.
#[utoipa::path(get, path = "/api/v1/waves/{id}/confidence", tag = "confidence", params(("id" = i64, Path, description = "The wave")),
    responses((status = 200, body = types::WaveConfidence), (status = 401, body = types::Error), (status = 429, description = "Too many requests: wait the seconds in Retry-After", body = types::Error, headers(("Retry-After" = i64, description = "Seconds to wait"))), (status = 404, body = types::Error)))]
async fn wave_confidence(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<i64>) -> Response {
    let (caller, _) = match caller(&state, &headers).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    reply(vote::of_wave(&state.ctx, &caller, WaveId(id)).await.map(|(wave, rows)| types::WaveConfidence {
        wave: wave.into(),
        objectives: rows.into_iter().map(types::ObjectiveConfidence::from).collect(),
    }))
}
