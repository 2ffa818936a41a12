//! What server functions need, provided to them as Leptos context, and
//! what the router's own handlers get.

use super::clock::Time;
use super::settings::Settings;
use crate::error::AppError;
use crate::server::vote::claims::VoteKey;
use leptos::prelude::use_context;
use sqlx::AnyPool;
use std::sync::Arc;

/// What the router's own handlers get (the JSON API, the export, secret
/// links, health): the Leptos options and the same context server functions get.
#[derive(Clone, axum::extract::FromRef)]
pub struct AppState {
    pub leptos_options: leptos::config::LeptosOptions,
    pub ctx: ServerCtx,
}

#[derive(Clone)]
pub struct ServerCtx {
    pub pool: AnyPool,
    /// Votes and survey answers (a file of its own: see `vault`).
    pub vault: crate::server::vote::vault::Vault,
    pub settings: Arc<Settings>,
    /// Keys voter receipts; kept outside the database (see `server::vote::claims`).
    pub vote_key: Arc<VoteKey>,
    /// The one clock: tests move it, production reads the system's.
    pub time: Time,
    /// The app's file names under `/pkg` (hashed in release builds).
    pub assets: Arc<super::assets::Names>,
    /// How fast API tokens and people may call (see `rate`).
    pub rates: Arc<crate::server::service::rate::Buckets>,
    /// How often each vote was changed this week (see `rate::VoteChanges`).
    pub changes: Arc<crate::server::service::rate::VoteChanges>,
    /// How e-mail goes out; `None` when no SMTP server is configured.
    pub mail: Option<Arc<crate::infra::mail::Mailer>>,
    /// The outbox's sender: its bell, HTTP client and push identity.
    pub delivery: Arc<crate::infra::delivery::Delivery>,
}

impl ServerCtx {
    /// Seconds since the Unix epoch.
    pub fn now(&self) -> i64 {
        self.time.now()
    }

    pub fn today(&self) -> chrono::NaiveDate {
        self.time.today()
    }
}

/// The server context of the current request.
pub fn ctx() -> Result<ServerCtx, AppError> {
    use_context::<ServerCtx>().ok_or_else(|| {
        tracing::error!("server context missing: a server function ran outside the router");
        AppError::Internal
    })
}
