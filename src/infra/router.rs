//! The axum router and the server's life cycle: build, serve, and the
//! in-process start used by black-box tests.

use super::clock::{Clock, Time};
use super::ctx::{AppState, ServerCtx};
use super::settings::Settings;
use super::{assets, db, errors, limits, observe, security};
use crate::app::{shell, App};
use crate::infra::{delivery, mail, push, sender};
use crate::server::service::upkeep;
use crate::server::tools::{demo, legacy};
use crate::server::vote::claims;
use crate::server::vote::vault;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{middleware, Router};
use leptos::prelude::*;
use leptos_axum::{generate_route_list, AxumRouteListing, LeptosRoutes};
use sqlx::AnyPool;
use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};
use tokio::net::TcpListener;
use tower_http::trace::TraceLayer;

/// The app's routes, listed once per process.
///
/// Listing renders the whole app with resource loading switched off by a
/// process-wide flag (leptos_router's `RouteList::generate`); a resource
/// first polled on any thread while that flag is up waits forever, and the
/// page that awaits it never answers (leptos-rs/leptos#4773). Building a
/// second router in a running process (tests, a restarted server in the
/// same process) did exactly that to pages being rendered at the time. The
/// first listing happens before any router exists, so no page can be
/// rendering then; later routers reuse it.
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

pub fn router(state: AppState) -> Router {
    let routes = route_list();
    let limits = limits::Limits::from_settings(&state.ctx.settings);
    let ctx = state.ctx.clone();
    let provide = move || {
        provide_context(ctx.clone());
        super::language::provide();
    };
    let options = state.leptos_options.clone();
    let pkg_dir = std::path::Path::new(&*options.site_root).join(&*options.site_pkg_dir);
    Router::new()
        .route("/healthz", get(healthz))
        .nest("/api/v1", crate::infra::rest::router())
        .nest("/scim/v2", crate::infra::scim::routes())
        .merge(crate::infra::links::routes())
        .merge(crate::infra::download::routes())
        .merge(crate::infra::uploads::routes())
        .merge(crate::infra::sso::routes())
        .merge(crate::infra::slack_http::routes())
        .nest_service(&format!("/{}", options.site_pkg_dir), assets::pkg(&pkg_dir, state.ctx.assets.clone()))
        .leptos_routes_with_context(&state, routes, provide.clone(), move || shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(provide, shell))
        .layer(middleware::from_fn(errors::map_status))
        .layer(middleware::from_fn_with_state(state.ctx.clone(), super::language::resolve))
        .layer(middleware::from_fn_with_state(limits, limits::bound_request))
        .layer(middleware::from_fn_with_state(state.ctx.settings.clone(), security::check_origin))
        .layer(assets::compression())
        .layer(TraceLayer::new_for_http().make_span_with(observe::request_span).on_response(observe::on_response))
        .with_state(state)
}

async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    match upkeep::ping(&state.ctx.pool).await {
        Ok(()) => (StatusCode::OK, "ok"),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unavailable"),
    }
}

/// Opens the database, loads the demo if asked, and builds the app.
pub async fn build(settings: Settings, leptos_options: LeptosOptions, time: Time) -> Result<(Router, AnyPool, limits::Limits), String> {
    let limits = limits::Limits::from_settings(&settings);
    crate::i18n::check()?;
    let assets = Arc::new(assets::Names::of(&leptos_options)?);
    let pool = db::connect(&settings.database).await?;
    let vote_key = Arc::new(vote_key(&settings, &pool).await?);
    let vault = vault::open(&settings.vault(), &pool, &vote_key).await?;
    legacy::adopt(&pool, &vault, &vote_key).await?;
    upkeep::on_start(&pool, time.now()).await?;
    if settings.demo {
        demo::load(&pool, &vault, &vote_key, &time).await.map_err(|e| format!("cannot load the demo organisation: {e}"))?;
    }
    let mail = mail::Mailer::from_settings(&settings)?;
    let rates = Arc::new(crate::server::service::rate::Buckets::for_pool(&pool));
    let changes = Arc::new(crate::server::service::rate::VoteChanges::default());
    let delivery = Arc::new(delivery::Delivery::new(&settings, push::Vapid::from_vote_key(&vote_key))?);
    let settings = Arc::new(settings);
    let ctx = ServerCtx { pool: pool.clone(), vault, settings, vote_key, time, assets, rates, changes, mail, delivery };
    sender::spawn(ctx.clone());
    let state = AppState { leptos_options, ctx };
    Ok((router(state), pool, limits))
}

/// The vote key: read from its file, or made for a database that has never
/// held a vote. A database with votes whose key is missing does not start:
/// a new key would let everyone vote again.
pub(crate) async fn vote_key(settings: &Settings, pool: &AnyPool) -> Result<claims::VoteKey, String> {
    let path = settings.vote_key_path()?;
    if let Some(key) = claims::load_key(&path)? {
        return Ok(key);
    }
    if vault::needs_existing_key(&settings.vault(), pool).await? || legacy::has_votes(pool).await? {
        // Versions before the vault kept the key beside an SQLite file.
        let old = match &settings.database {
            db::Location::File(path) => {
                let mut old = path.clone().into_os_string();
                old.push(".vote-key");
                Some(old)
            }
            db::Location::Postgres(_) => None,
        };
        let hint = if let Some(old) = old.filter(|old| std::path::Path::new(old).exists()) {
            format!(
                " The key is in {} (next to the data, where earlier versions kept it): move it to {}.",
                old.to_string_lossy(),
                path.display()
            )
        } else {
            " Restore it from where you keep it apart from your backups, or point --vote-key-file (MISTVINE_VOTE_KEY_FILE) at it."
                .to_string()
        };
        return Err(format!(
            "this database holds votes but its vote key {} is missing, and a new key would let everyone vote again.{hint}",
            path.display()
        ));
    }
    claims::create_key(&path)
}

/// Serves until Ctrl-C (or SIGINT), letting requests in flight finish.
pub async fn serve(listener: TcpListener, app: Router, limits: limits::Limits) -> std::io::Result<()> {
    limits::serve(listener, app, limits, async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
}

/// Starts the whole app on an ephemeral port of 127.0.0.1, for black-box
/// tests, reading time from `clock` (which the test can move).
pub async fn spawn_for_tests(settings: Settings, clock: Arc<dyn Clock>) -> Result<SocketAddr, String> {
    let options = LeptosOptions::builder().output_name("mistvine").site_root("target/site").build();
    spawn_for_tests_with(settings, clock, options).await
}

/// The same, with the site settings of the test's choosing.
pub async fn spawn_for_tests_with(mut settings: Settings, clock: Arc<dyn Clock>, options: LeptosOptions) -> Result<SocketAddr, String> {
    let listener = TcpListener::bind("127.0.0.1:0").await.map_err(|e| e.to_string())?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    // Links in e-mails point here unless the test names a public URL.
    settings.listen = Some(addr);
    let (app, _pool, limits) = build(settings, options, Time::new(clock)).await?;
    tokio::spawn(async move { serve(listener, app, limits).await });
    Ok(addr)
}
