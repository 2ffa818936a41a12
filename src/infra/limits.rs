//! Bounds on every connection and request, so that no client, however slow
//! or numerous its connections, can hold the server.
//!
//! - A connection must deliver a request's headers within `header_timeout`
//!   of opening or of its previous answer, else it is closed. The same timer
//!   is the idle timeout of a kept-alive connection (hyper starts it whenever
//!   the connection waits for a request head).
//! - At most `max_connections` connections are served at once; one more is
//!   answered `503` and closed, so a flood of idle sockets costs a bounded
//!   amount of memory and file descriptors.
//! - A request's body must fit its route's limit (`413` otherwise, decided
//!   on `Content-Length` when it is declared, before anything is kept) and
//!   arrive within `body_timeout` (`408`). The JSON API reads its own
//!   bodies, after the token, with the same limits.
//! - Handling a request (rendering a page, running a server function) may
//!   take at most `request_timeout`; then it is dropped, answered `503` and
//!   the route logged, so nothing can hang forever.
//! - A page's upload (a spreadsheet, an organisation's export) is read by
//!   its handler once the person's session is known, with more time to
//!   arrive and to be carried out (`UPLOAD_TIME`, `RESTORE_TIME`).
//!
//! Only HTTP/1.1 is served: browsers speak HTTP/2 only over TLS, which a
//! proxy in front terminates, and HTTP/1.1 has the header timer above.

use super::observe::route_label;
use super::settings::Settings;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Router;
use futures_util::StreamExt;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;

/// Bodies of forms and server functions that carry one short entry (log-in,
/// a vote, a team's name, a setting): a few fields of at most a few hundred
/// characters, with room for percent-encoding.
pub const SMALL_BODY: usize = 8 * 1024;

/// Bodies of the forms that carry prose: an objective with five key results
/// (2,000-character rationale), a PPP update (30 items of 280 characters), a
/// reflection, a boost's message, a check-in's note, a survey answer. Their
/// longest allowed text, percent-encoded (up to 12 bytes for one character
/// outside ASCII), stays under this.
pub const TEXT_BODY: usize = 128 * 1024;

/// The JSON API's bodies: a check-in (a value and a note of at most 1,000
/// characters, each at most 12 bytes JSON-escaped).
pub const JSON_BODY: usize = 16 * 1024;

/// A spreadsheet to import (`/api/v1/waves/{id}/import`): 10,000 rows of
/// objectives and key results are about 2 MB as CSV; an Excel workbook
/// with formatting a few times that.
pub const IMPORT_BODY: usize = crate::domain::import::MAX_MB * 1024 * 1024;

/// The import page's upload (`/waves/{id}/import`): one file of at most
/// `IMPORT_BODY`, with room for the form's multipart framing.
pub const UPLOAD_BODY: usize = IMPORT_BODY + 64 * 1024;

/// How much of an upload over `UPLOAD_BODY` is still read (and dropped),
/// so that the browser gets the page saying the file is too large rather
/// than a reset connection (see `DRAIN`). Larger ones are cut off.
pub const UPLOAD_DRAIN: usize = 64 * 1024 * 1024;

/// An organisation's export brought in on the admin page (`/restore`):
/// the JSON file an export gives, a large organisation's with years of
/// check-ins and updates.
pub const RESTORE_BODY: usize = crate::domain::export::RESTORE_MAX_MB * 1024 * 1024;

/// Is `path` a page's upload (a spreadsheet to import, an export to
/// restore), which reads its own body?
pub fn is_upload(path: &str) -> bool {
    path == "/restore" || is_sheet_upload(path)
}

fn is_sheet_upload(path: &str) -> bool {
    path.strip_prefix("/waves/")
        .and_then(|rest| rest.strip_suffix("/import"))
        .is_some_and(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
}

/// Server functions (`/api/<endpoint>`) whose bodies are prose.
const TEXT_ENDPOINTS: &[&str] = &[
    "save_ppp",
    "save_reflection",
    "create_boost",
    "boost_action",
    "resolve_problem",
    "create_wave_objective",
    "create_team_objective",
    "update_objective",
    "carry_over",
    "check_in",
    "answer_survey",
    "open_survey",
    "create_wave",
];

/// The largest body `path` accepts.
pub fn body_limit(path: &str) -> usize {
    if path == "/restore" {
        return RESTORE_BODY;
    }
    if is_sheet_upload(path) {
        return UPLOAD_BODY;
    }
    let Some(endpoint) = path.strip_prefix("/api/") else { return SMALL_BODY };
    if let Some(v1) = endpoint.strip_prefix("v1/") {
        let import = v1.strip_prefix("waves/").and_then(|w| w.split_once('/')).is_some_and(|(_, rest)| rest == "import");
        return if import { IMPORT_BODY } else { JSON_BODY };
    }
    if TEXT_ENDPOINTS.contains(&endpoint) {
        TEXT_BODY
    } else {
        SMALL_BODY
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub header_timeout: Duration,
    pub body_timeout: Duration,
    pub request_timeout: Duration,
    pub max_connections: usize,
}

/// How long an upload's body may take to arrive, at least: a person's file
/// over a slow connection (10 MB on a phone, an export of 100 MB), read
/// only after their session is known.
pub const UPLOAD_TIME: Duration = Duration::from_secs(300);

/// How long bringing an organisation in may take, at least: every row of
/// a large organisation's years, in one transaction.
pub const RESTORE_TIME: Duration = Duration::from_secs(600);

impl Limits {
    /// The time `path` may take to answer.
    pub fn request_timeout_for(&self, path: &str) -> Duration {
        match path {
            "/restore" => self.request_timeout.max(RESTORE_TIME),
            p if is_upload(p) => self.request_timeout.max(UPLOAD_TIME),
            _ => self.request_timeout,
        }
    }

    /// The time an upload's body may take to arrive.
    pub fn upload_timeout(&self) -> Duration {
        self.body_timeout.max(UPLOAD_TIME)
    }

    pub fn from_settings(s: &Settings) -> Self {
        Self {
            header_timeout: Duration::from_secs(s.header_timeout_secs.max(1)),
            body_timeout: Duration::from_secs(s.body_timeout_secs.max(1)),
            request_timeout: Duration::from_secs(s.request_timeout_secs.max(1)),
            max_connections: s.max_connections.max(1),
        }
    }
}

fn refusal(status: StatusCode, reason: String) -> Response {
    (status, [(header::CONNECTION, "close")], reason).into_response()
}

/// Reads the body within its route's size and time limits, then runs the
/// request within the request time limit.
pub async fn bound_request(State(limits): State<Limits>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    let limit = body_limit(&path);
    let declared = req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    let (parts, body) = req.into_parts();
    // The upload answers a file too large with a page of its own (`read_upload`).
    let own_body = path.starts_with("/api/v1/") || is_upload(&path);
    if declared.is_some_and(|n| n > limit as u64) && !is_upload(&path) {
        // Refused on its declared length, unread; a modest one is read away
        // first (see `DRAIN`), a huge one is not worth the reading.
        if declared.is_some_and(|n| n <= DRAIN as u64) {
            let _ = tokio::time::timeout(limits.body_timeout, read_body(body, 0, DRAIN)).await;
        }
        return too_large(limit);
    }
    // The JSON API reads its bodies itself, after the token (`rest`), so
    // that a caller without one is refused before anything more is read;
    // so does the upload, after the session.
    let req = if own_body {
        Request::from_parts(parts, body)
    } else {
        match read_within(body, limit, limits.body_timeout).await {
            Ok(bytes) => Request::from_parts(parts, Body::from(bytes)),
            Err(refusal) => return refusal,
        }
    };
    let within = limits.request_timeout_for(&path);
    match tokio::time::timeout(within, next.run(req)).await {
        Ok(res) => res,
        Err(_) => {
            tracing::error!(route = %route_label(&path), secs = within.as_secs(), "request took too long: stopped and answered 503");
            refusal(
                StatusCode::SERVICE_UNAVAILABLE,
                format!("The server could not answer within {} seconds. Please try again.", within.as_secs()),
            )
        }
    }
}

/// Reads a body of at most `limit` bytes arriving within `timeout`, else
/// the answer to send (`413` or `408`).
pub async fn read_within(body: Body, limit: usize, timeout: Duration) -> Result<Vec<u8>, Response> {
    match tokio::time::timeout(timeout, read_body(body, limit, DRAIN)).await {
        Err(_) => {
            Err(refusal(StatusCode::REQUEST_TIMEOUT, format!("The request body did not arrive within {} seconds.", timeout.as_secs())))
        }
        Ok(Err(BodyError::TooLarge)) => Err(too_large(limit)),
        Ok(Err(BodyError::Broken)) => Err(refusal(StatusCode::BAD_REQUEST, "The request body could not be read.".into())),
        Ok(Ok(bytes)) => Ok(bytes),
    }
}

/// Reads an upload of at most `limit` bytes arriving within `timeout`:
/// `Ok(None)` when it is larger (read away up to `UPLOAD_DRAIN`, so the
/// handler can answer with a page that says so), else the answer to send.
pub async fn read_upload(body: Body, limit: usize, timeout: Duration) -> Result<Option<Vec<u8>>, Response> {
    match tokio::time::timeout(timeout, read_body(body, limit, UPLOAD_DRAIN)).await {
        Ok(Err(BodyError::TooLarge)) => Ok(None),
        Ok(Ok(bytes)) => Ok(Some(bytes)),
        Err(_) => {
            Err(refusal(StatusCode::REQUEST_TIMEOUT, format!("The request body did not arrive within {} seconds.", timeout.as_secs())))
        }
        Ok(Err(BodyError::Broken)) => Err(refusal(StatusCode::BAD_REQUEST, "The request body could not be read.".into())),
    }
}

fn too_large(limit: usize) -> Response {
    refusal(StatusCode::PAYLOAD_TOO_LARGE, format!("The request body is larger than this address accepts ({} KB).", limit / 1024))
}

enum BodyError {
    TooLarge,
    Broken,
}

/// How much of a body over its limit is still read (and dropped) before
/// the `413`: a server that closes a connection with unread data makes the
/// kernel reset it, and the client may lose the answer and see only "reset".
const DRAIN: usize = 1024 * 1024;

/// Reads at most `limit` bytes; past that, reads away at most `drain` more.
async fn read_body(body: Body, limit: usize, drain: usize) -> Result<Vec<u8>, BodyError> {
    let mut stream = body.into_data_stream();
    let mut bytes = Vec::new();
    let mut over = 0;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|_| BodyError::Broken)?;
        if over > 0 || bytes.len() + chunk.len() > limit {
            over += chunk.len();
            if over > drain {
                break;
            }
            continue;
        }
        bytes.extend_from_slice(&chunk);
    }
    if over > 0 {
        return Err(BodyError::TooLarge);
    }
    Ok(bytes)
}

/// Serves `app` on `listener` until `shutdown` completes, within `limits`.
pub async fn serve(listener: TcpListener, app: Router, limits: Limits, shutdown: impl Future<Output = ()>) -> std::io::Result<()> {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(limits.header_timeout);
    tokio::pin!(shutdown);
    loop {
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                // Out of file descriptors and the like: wait a moment rather than spin.
                Err(e) => {
                    tracing::warn!("accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Ok(slot) = slots.clone().try_acquire_owned() else {
            tokio::spawn(turn_away(stream));
            continue;
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut req: hyper::Request<hyper::body::Incoming>| {
            req.extensions_mut().insert(ConnectInfo(remote));
            app.clone().oneshot(req.map(Body::new))
        });
        let conn = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            // Closed by the client, timed out or cut: nothing to answer.
            let _ = conn.await;
            drop(slot);
        });
    }
    graceful.shutdown().await;
    Ok(())
}

/// Answers a connection over the cap with a short 503 and closes it,
/// without waiting for its request.
async fn turn_away(mut stream: tokio::net::TcpStream) {
    const BODY: &str = "The server has too many open connections. Please try again in a moment.";
    let answer = format!(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: {}\r\nretry-after: 5\r\nconnection: close\r\n\r\n{BODY}",
        BODY.len()
    );
    let _ = tokio::time::timeout(Duration::from_secs(2), async {
        let _ = stream.write_all(answer.as_bytes()).await;
        let _ = stream.shutdown().await;
    })
    .await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_routes_take_more_than_short_forms() {
        assert_eq!(body_limit("/api/login"), SMALL_BODY);
        assert_eq!(body_limit("/api/cast_vote"), SMALL_BODY);
        assert_eq!(body_limit("/api/save_ppp"), TEXT_BODY);
        assert_eq!(body_limit("/api/v1/key-results/3/check-ins"), JSON_BODY);
        assert_eq!(body_limit("/api/v1/waves/3/import"), IMPORT_BODY);
        assert_eq!(body_limit("/waves/3/import"), UPLOAD_BODY);
        assert_eq!(body_limit("/waves/x/import"), SMALL_BODY);
        assert_eq!(body_limit("/waves//import"), SMALL_BODY);
        assert_eq!(body_limit("/restore"), RESTORE_BODY);
        let limits = Limits::from_settings(&Settings::for_database(std::path::PathBuf::from("x.db"), "k".into()));
        assert_eq!(limits.request_timeout_for("/restore"), RESTORE_TIME);
        assert_eq!(limits.request_timeout_for("/waves/3/import"), UPLOAD_TIME);
        assert_eq!(limits.request_timeout_for("/api/save_ppp"), limits.request_timeout);
        assert_eq!(limits.upload_timeout(), UPLOAD_TIME);
        assert_eq!(body_limit("/api/v1/waves/3/objectives"), JSON_BODY);
        assert_eq!(body_limit("/login"), SMALL_BODY);
    }

    #[test]
    fn the_longest_ppp_update_fits() {
        use crate::domain::ppp::{MAX_ITEMS, MAX_ITEM_CHARS};
        // Three sections of MAX_ITEMS items, each character a four-byte one, percent-encoded.
        let worst = 3 * MAX_ITEMS * MAX_ITEM_CHARS * 12;
        assert!(worst < TEXT_BODY, "{worst}");
    }
}
