//! Backups: the documented command writes both data files (never the key)
//! into a new folder, checks them, and a restored copy serves the same data.
//! On PostgreSQL the documented backup is `pg_dump`, restored with
//! `pg_restore` into a new database.

use crate::common;
use crate::common::{Client, TestApp};
use mistvine::infra::clock::ManualClock;
use mistvine::infra::db;
use mistvine::infra::router;
use mistvine::infra::settings::Settings;
use mistvine::server::tools::backup;
use mistvine::server::vote::vault;
use std::process::Command;

/// Six people vote, with live results on so they show this week (live
/// results need twice the threshold); returns the objective and the results.
/// The app must start at [`early`].
async fn votes_to_keep(app: &TestApp) -> (String, serde_json::Value) {
    let owner = app.owner("owner@example.com", "Acme").await;
    let mut people = vec![owner.clone()];
    for i in 0..5 {
        people.push(app.member_of(&owner, &format!("m{i}@example.com")).await);
    }
    app.settle_in();
    let (_, objective) = owner.active_wave(-8, 19).await;
    assert_eq!(owner.call("update_vote_settings", &[("threshold", "3"), ("live", "on")]).await.status, 200);
    for (p, score) in people.iter().zip(["2", "3", "5", "1", "4", "4"]) {
        assert_eq!(p.call("cast_vote", &[("objective_id", &objective), ("score", score)]).await.status, 200);
    }
    let before = owner.call("confidence", &[]).await.json();
    (objective, before)
}

/// When the apps of these tests start: ten days before `common::start`,
/// so their people vote from week 1 (see `TestApp::spawn_early`).
fn early() -> chrono::DateTime<chrono::Utc> {
    common::start() - chrono::TimeDelta::days(10)
}

/// Serves `database` with the app's key and checks it holds what was kept:
/// the owner logs in, the results read the same, and receipts came along.
async fn assert_restored(app: &TestApp, database: db::Location, objective: &str, before: &serde_json::Value) {
    let settings = Settings::for_database(database, app.key_path.clone());
    let addr = router::spawn_for_tests(settings, ManualClock::starting_at(common::start())).await.unwrap();
    let c = Client { http: reqwest::Client::builder().cookie_store(true).build().unwrap(), base: format!("http://{addr}") };
    assert_eq!(c.call("login", &[("email", "owner@example.com"), ("password", "password-1")]).await.status, 200);
    let after = c.call("confidence", &[]).await.json();
    assert_eq!(after["rows"], before["rows"], "the same results from the restored copy");
    assert!(after["rows"][0]["cells"][1]["Shown"]["count"] == 6, "{after}");
    let r = c.call("cast_vote", &[("objective_id", objective), ("score", "1")]).await;
    assert_eq!(r.status, 409, "{}", r.body);
}

#[tokio::test]
async fn a_backup_restores_into_a_working_server_with_the_same_results() {
    let app = TestApp::spawn_sqlite_at(early()).await;
    let (objective, before) = votes_to_keep(&app).await;

    let elsewhere = tempfile::tempdir().unwrap();
    let folder = elsewhere.path().join("backups").join("2026-03-04");
    backup::run(&app.database, &app.vault_path(), &folder).await.expect("backup into a folder that does not exist yet");
    let mut names: Vec<String> =
        std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["test.ballots.db", "test.db"], "both data files, and no key");
    let again = backup::run(&app.database, &app.vault_path(), &folder).await.unwrap_err();
    assert!(again.contains("already exists") && again.contains("2026-03-04"), "{again}");

    // Restore: the two files into an empty data folder, the key from where it is kept.
    let restored = elsewhere.path().join("restored").join("mistvine.db");
    std::fs::create_dir_all(restored.parent().unwrap()).unwrap();
    std::fs::copy(folder.join("test.db"), &restored).unwrap();
    std::fs::copy(folder.join("test.ballots.db"), vault::path_for(&restored)).unwrap();
    assert_restored(&app, db::Location::File(restored), &objective, &before).await;
}

/// The data, the vault, their logs and journals, the key and a backup are
/// the owner's alone: no other account on the machine can read them.
#[tokio::test]
async fn data_key_and_backup_files_are_readable_by_their_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let app = TestApp::spawn_sqlite_at(early()).await;
    votes_to_keep(&app).await;
    let elsewhere = tempfile::tempdir().unwrap();
    let folder = elsewhere.path().join("backup");
    backup::run(&app.database, &app.vault_path(), &folder).await.unwrap();
    let data = app.db_path.parent().unwrap();
    let mut files: Vec<_> = std::fs::read_dir(data).unwrap().map(|e| e.unwrap().path()).collect();
    assert!(files.iter().any(|f| f.to_string_lossy().ends_with("test.db-wal")), "{files:?}");
    files.extend([app.key_path.clone(), folder.join("test.db"), folder.join("test.ballots.db")]);
    for file in files {
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{} is {mode:o}", file.display());
    }
}

pub(crate) fn pg_tool(name: &str) -> std::path::PathBuf {
    std::fs::read_dir("/usr/lib/postgresql").unwrap().map(|e| e.unwrap().path().join("bin").join(name)).find(|p| p.exists()).unwrap()
}

#[tokio::test]
async fn on_postgresql_pg_dump_and_pg_restore_bring_back_a_working_server() {
    let server = common::require_postgres();
    let app = TestApp::spawn_postgres_at(early()).await;
    let (objective, before) = votes_to_keep(&app).await;
    let db::Location::Postgres(url) = &app.database else { unreachable!() };

    // The README's commands: a custom-format dump, restored into a new database.
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("mistvine.dump");
    let out = Command::new(pg_tool("pg_dump")).args(["--format=custom", "--no-owner", "--file"]).arg(&dump).arg(url).output().unwrap();
    assert!(out.status.success(), "pg_dump: {}", String::from_utf8_lossy(&out.stderr));
    let restored = common::fresh_postgres_database(&server).await;
    let out =
        Command::new(pg_tool("pg_restore")).args(["--no-owner", "--exit-on-error", "--dbname", &restored]).arg(&dump).output().unwrap();
    assert!(out.status.success(), "pg_restore: {}", String::from_utf8_lossy(&out.stderr));
    assert_restored(&app, db::Location::Postgres(restored), &objective, &before).await;
}
