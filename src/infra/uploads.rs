//! The import page's plain routes: the spreadsheet upload, posted by a
//! plain multipart form (a server function cannot take a file without
//! JavaScript), and the template file to fill in. The preview and the
//! import itself are the `/imports/:id` page's.

use crate::domain::ids::WaveId;
use crate::domain::import::Column;
use crate::domain::locale::Locale;
use crate::error::AppError;
use crate::infra::auth;
use crate::infra::ctx::AppState;
use crate::infra::limits::{self, Limits, UPLOAD_BODY};
use crate::server::service::access::Caller;
use crate::server::service::{import, teams};
use crate::server::sheet;
use crate::t;
use crate::ui::pages::admin_restore::{
    ACCOUNTS_EXIST, BROKEN_OBJECTIVE, BROKEN_TEAM, DONE, NOT_AN_EXPORT, NOT_EMPTY, OWNERS_ONLY, UNKNOWN_FORMAT,
};
use crate::ui::pages::import::{NO_FILE, TEMPLATE, TOO_BIG};
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Path, Request, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use http::{HeaderMap, StatusCode};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/waves/{id}/import", post(upload).layer(DefaultBodyLimit::max(UPLOAD_BODY)))
        .route(TEMPLATE, get(template))
        .route("/restore", post(restore).layer(DefaultBodyLimit::max(limits::RESTORE_BODY)))
}

/// What a page's upload form sent: its `file` field, or why there is none
/// to read (the page it goes back to says so).
enum Sent {
    File(String, axum::body::Bytes),
    TooBig,
    NoFile,
}

/// The signed-in member posting a page's upload form, and its file of at
/// most `limit` bytes; else the answer to send (a visitor goes to log in).
async fn sent(state: &AppState, req: Request, limit: usize) -> Result<(Caller, Sent), Response> {
    let ctx = &state.ctx;
    let caller = match auth::member_from_headers(ctx, req.headers()).await {
        Ok(caller) => caller,
        Err(AppError::Unauthenticated) => return Err(Redirect::to("/login").into_response()),
        Err(e) => return Err(refused(e)),
    };
    let (parts, body) = req.into_parts();
    let Some(bytes) = limits::read_upload(body, limit, Limits::from_settings(&ctx.settings).upload_timeout()).await? else {
        return Ok((caller, Sent::TooBig));
    };
    let Ok(mut form) = Multipart::from_request(Request::from_parts(parts, Body::from(bytes)), state).await else {
        return Ok((caller, Sent::NoFile));
    };
    let mut file = Sent::NoFile;
    loop {
        match form.next_field().await {
            Ok(Some(field)) if field.name() == Some("file") => {
                let name = field.file_name().unwrap_or_default().to_owned();
                file = match field.bytes().await {
                    Ok(bytes) if !bytes.is_empty() => Sent::File(name, bytes),
                    _ => Sent::NoFile,
                };
            }
            Ok(Some(_)) => {}
            Ok(None) => return Ok((caller, file)),
            Err(_) => return Ok((caller, Sent::NoFile)),
        }
    }
}

async fn upload(State(state): State<AppState>, Path(id): Path<i64>, req: Request) -> Response {
    let back = |why: &str| Redirect::to(&format!("/waves/{id}?import={why}#import")).into_response();
    let (caller, (name, bytes)) = match sent(&state, req, UPLOAD_BODY).await {
        Ok((caller, Sent::File(name, bytes))) => (caller, (name, bytes)),
        Ok((_, Sent::TooBig)) => return back(TOO_BIG),
        Ok((_, Sent::NoFile)) => return back(NO_FILE),
        Err(answer) => return answer,
    };
    match import::upload(&state.ctx, &caller, WaveId(id), &name, &bytes).await {
        Ok(upload) => Redirect::to(&format!("/imports/{upload}")).into_response(),
        Err(e) => refused(e),
    }
}

/// An organisation's export, brought into this (empty) organisation from
/// the admin page; back there, with what came in or why nothing did.
async fn restore(State(state): State<AppState>, req: Request) -> Response {
    let back = |outcome: &str| Redirect::to(&format!("/admin?restore={outcome}#restore")).into_response();
    let (caller, bytes) = match sent(&state, req, limits::RESTORE_BODY).await {
        Ok((caller, Sent::File(_, bytes))) => (caller, bytes),
        Ok((_, Sent::TooBig)) => return back(TOO_BIG),
        Ok((_, Sent::NoFile)) => return back(NO_FILE),
        Err(answer) => return answer,
    };
    let Ok(export) = serde_json::from_slice::<crate::domain::export::OrgExport>(&bytes) else { return back(NOT_AN_EXPORT) };
    match crate::server::service::restore::restore(&state.ctx, &caller, &export).await {
        Ok(done) => back(&format!("{DONE}{}", done.objectives)),
        Err(AppError::Conflict(m)) if m.id() == Some("restore-accounts-exist") => back(ACCOUNTS_EXIST),
        Err(AppError::Conflict(_)) => back(NOT_EMPTY),
        Err(AppError::Forbidden(_)) => back(OWNERS_ONLY),
        Err(AppError::Invalid { message, .. }) => back(match message.id() {
            Some("restore-format") => UNKNOWN_FORMAT,
            Some("restore-broken-team") => BROKEN_TEAM,
            Some("restore-broken-objective") => BROKEN_OBJECTIVE,
            _ => NOT_AN_EXPORT,
        }),
        Err(e) => refused(e),
    }
}

/// The template: the header row in the reader's language and three example
/// rows (a wave objective with two key results, and one of the reader's
/// teams' objectives aligned to it), with a byte-order mark so that Excel
/// reads it as UTF-8, and separated as the reader's spreadsheet expects
/// (a semicolon where a comma marks decimals). In the demo organisation
/// it imports as it is: the demo's sample sheet.
async fn template(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let ctx = &state.ctx;
    let caller = match auth::member_from_headers(ctx, &headers).await {
        Ok(caller) => caller,
        Err(AppError::Unauthenticated) => return Redirect::to("/login").into_response(),
        Err(e) => return refused(e),
    };
    let team = match teams::list(ctx, &caller).await {
        Ok(list) => list.iter().find(|t| t.is_mine && !t.archived).or(list.iter().find(|t| !t.archived)).map(|t| t.name.clone()),
        Err(e) => return refused(e),
    };
    let separator = if matches!(crate::i18n::locale(), Locale::En | Locale::Pseudo) { b',' } else { b';' };
    let wave_objective = t!("import-example-wave-objective");
    let percentage = t!("import-kind-percentage");
    let rows: Vec<[String; 13]> = [
        Some([
            String::new(),
            wave_objective.clone(),
            t!("import-example-why"),
            String::new(),
            String::new(),
            t!("import-example-kr-active"),
            percentage,
            "40".into(),
            "60".into(),
            String::new(),
            "2".into(),
            String::new(),
            String::new(),
        ]),
        Some([
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            t!("import-example-kr-guide"),
            t!("import-kind-milestone"),
            String::new(),
            String::new(),
            String::new(),
            "1".into(),
            String::new(),
            String::new(),
        ]),
        team.map(|team| {
            [
                team,
                t!("import-example-team-objective"),
                t!("import-example-rationale"),
                wave_objective,
                String::new(),
                t!("import-example-kr-setup"),
                t!("import-kind-numeric"),
                "90".into(),
                "30".into(),
                t!("import-example-unit-minutes"),
                String::new(),
                String::new(),
                String::new(),
            ]
        }),
    ]
    .into_iter()
    .flatten()
    .collect();
    let header = Column::ALL.map(|c| c.label().to_string());
    let bytes = match sheet::write_csv(std::iter::once(header).chain(rows), separator, true) {
        Ok(bytes) => bytes,
        Err(e) => return refused(e),
    };
    let name = format!("attachment; filename=\"{}.csv\"", t!("import-template-file"));
    ([(CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (CONTENT_DISPOSITION, name), (CACHE_CONTROL, "no-store".to_string())], bytes)
        .into_response()
}

fn refused(e: AppError) -> Response {
    (StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR), e.to_string()).into_response()
}
