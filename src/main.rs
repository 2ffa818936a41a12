//! The Mistvine server binary: settings, database, router, serve.

use clap::Parser;
use leptos::prelude::get_configuration;
use mistvine::infra::clock::Time;
use mistvine::infra::db;
use mistvine::infra::router;
use mistvine::infra::settings::{Command, Settings};
use mistvine::server::tools::{backup, generate};
use std::process::ExitCode;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    let settings = Settings::parse();
    let mut filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,tower_http=warn"));
    if matches!(settings.command, Some(Command::Generate { .. } | Command::MoveToPostgres { .. })) {
        // These write thousands of rows per statement, and sqlx prints every
        // statement slower than a second whole (30,000 placeholders): they
        // log their own steps' timings instead.
        if let Ok(quiet) = "sqlx::query=error".parse() {
            filter = filter.add_directive(quiet);
        }
    }
    tracing_subscriber::fmt().with_env_filter(filter).init();
    match run(settings).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(settings: Settings) -> Result<(), String> {
    if let Some(Command::Backup { folder }) = &settings.command {
        let vault = match settings.vault() {
            mistvine::server::vote::vault::VaultLocation::File(path) => path,
            mistvine::server::vote::vault::VaultLocation::SameDatabase => Default::default(),
        };
        backup::run(&settings.database, &vault, folder).await?;
        tracing::info!("backup written to {} (the vote key is not in it: keep yours apart)", folder.display());
        return Ok(());
    }
    if let Some(Command::MoveToPostgres { to }) = &settings.command {
        let db::Location::File(from) = &settings.database else {
            return Err("--database must name the SQLite file to move (the target is --to)".into());
        };
        let report = mistvine::server::tools::moving::run(from, to).await?;
        for (table, rows) in &report.tables {
            tracing::info!("{table}: {rows} rows copied and verified");
        }
        tracing::info!(
            "moved to {}: every table matches the SQLite original row for row, and the results of {} waves read the same. \
             Start the servers with --database set to it and the same vote key file.",
            db::Location::Postgres(to.clone()),
            report.waves_checked
        );
        return Ok(());
    }
    if let Some(Command::Generate { seed, members, teams, objectives_per_team, wave_objectives, past_waves }) = settings.command.clone() {
        let spec = generate::Spec { seed, members, teams, objectives_per_team, wave_objectives, past_waves };
        let started = std::time::Instant::now();
        let w = generate::run(&settings, &spec, &Time::system()).await?;
        tracing::info!(
            "generated in {:.0} s: {members} people, {teams} teams, {} waves, {} objectives, {} KRs, {} check-ins, {} PPP updates, {} boosts, \
             {} ballot slots holding {} votes, {} survey answers; log in as {} / {}",
            started.elapsed().as_secs_f64(), past_waves + 1, w.objectives, w.key_results, w.check_ins, w.ppp_updates, w.boosts, w.ballots,
            w.votes, w.survey_answers, generate::email(1), generate::PASSWORD
        );
        return Ok(());
    }
    // cargo-leptos passes the site settings in LEPTOS_* variables.
    let mut options = get_configuration(None).map_err(|e| format!("bad LEPTOS_* settings: {e}"))?.leptos_options;
    if options.output_name.is_empty() {
        options.output_name = "mistvine".into();
    }
    mistvine::infra::assets::detect_hashing(&mut options);
    if let Some(listen) = settings.listen {
        options.site_addr = listen;
    }
    let addr = options.site_addr;
    let mut settings = settings;
    settings.listen = Some(addr);
    tracing::info!(database = %settings.database, "opening database");
    let (app, _pool, limits) = router::build(settings, options, Time::system()).await?;
    let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    tracing::info!("Mistvine is listening on http://{addr}");
    router::serve(listener, app, limits).await.map_err(|e| format!("server error: {e}"))
}
