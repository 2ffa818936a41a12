//! Moving up: `mistvine move-to-postgres` copies an SQLite installation into
//! an empty PostgreSQL database, and the app started on the copy serves the
//! same organisation — same people, passwords, votes, results — and goes on
//! from there.

use crate::common;
use crate::common::{Client, TestApp};
use mistvine::infra::clock::{Clock, ManualClock};
use mistvine::infra::db::Location;
use mistvine::infra::router;
use mistvine::infra::settings::Settings;
use mistvine::server::tools::moving;

async fn demo_owner(base: String) -> Client {
    let c = Client { http: reqwest::Client::builder().cookie_store(true).build().unwrap(), base };
    let r = c.call("login", &[("email", "olivia@demo.mistvine.test"), ("password", "demo-password")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    c
}

const VIEWS: [&str; 10] =
    ["me", "dashboard", "confidence", "boosts", "vote_sheet", "survey", "teams", "waves", "membership_log", "members"];

/// What the demo owner sees on the pages that read every kind of data, and
/// the export (which adds a line to the audit log, compared on its own).
async fn views(c: &Client) -> Vec<serde_json::Value> {
    let mut out = Vec::new();
    for endpoint in VIEWS {
        let r = c.call(endpoint, &[]).await;
        assert_eq!(r.status, 200, "{endpoint}: {}", r.body);
        out.push(r.json());
    }
    let export = c.export().await;
    assert_eq!(export.status, 200, "export: {}", export.body);
    out.push(export.json());
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_sqlite_installation_moves_to_postgresql_whole() {
    let server = common::require_postgres();
    let app = TestApp::spawn_sqlite_with(|s| s.demo = true).await;
    let owner = demo_owner(app.base.clone()).await;
    // Something live on top of the demo: a vote cast and a session open.
    let sheet = owner.call("vote_sheet", &[]).await.json();
    let open = sheet["items"].as_array().unwrap().iter().find(|i| i["voted"] == false && i["standing"] == "Votes").unwrap().clone();
    assert_eq!(owner.call("cast_vote", &[("objective_id", &open["objective_id"].to_string()), ("score", "4")]).await.status, 200);
    let before = views(&owner).await;
    let audit = owner.call("audit_log", &[]).await.json();

    let url = common::fresh_postgres_database(&server).await;
    let report = moving::run(&app.db_path, &url).await.expect("the move succeeds");
    let rows = |t: &str| report.tables.iter().find(|(n, _)| n == t).map(|(_, n)| *n).unwrap();
    assert_eq!(rows("organisations"), 1);
    assert!(rows("ballots") > 0 && rows("survey_responses") >= 0 && rows("sessions") >= 1);
    for (table, n) in &report.tables {
        let sqlite: i64 =
            if ["vote_boxes", "vote_receipts", "ballots", "releases", "survey_boxes", "survey_receipts", "survey_responses", "vault_key"]
                .contains(&table.as_str())
            {
                sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&app.vault().await).await.unwrap()
            } else {
                app.count(table).await
            };
        assert_eq!(*n, sqlite, "{table}");
    }
    assert!(report.waves_checked >= 1);

    // The app on the copy, with the same vote key, at the same moment.
    let mut settings = Settings::for_database(Location::Postgres(url.clone()), app.key_path.clone());
    settings.signups_per_hour = 10_000;
    let addr = router::spawn_for_tests(settings, ManualClock::starting_at(app.clock.now())).await.expect("the app starts on the copy");
    // The same browser: its session (and its claim on the vote) moved too.
    let moved = Client { http: owner.http.clone(), base: format!("http://{addr}") };
    assert_eq!(moved.call("audit_log", &[]).await.json(), audit, "the audit log moved");
    let after = views(&moved).await;
    for (i, (a, b)) in after.iter().zip(&before).enumerate() {
        assert_eq!(a, b, "{} reads differently from the copy", VIEWS.get(i).unwrap_or(&"export"));
    }
    let other_browser = demo_owner(moved.base.clone()).await;
    assert_eq!(other_browser.me().await["email"], "olivia@demo.mistvine.test", "passwords moved");
    // The vote cast before the move still counts: from another browser the
    // same person cannot vote again, and the browser that voted can still change it.
    let objective = open["objective_id"].to_string();
    let again = other_browser.call("cast_vote", &[("objective_id", &objective), ("score", "2")]).await;
    assert_eq!(again.status, 409, "{}", again.body);
    assert_eq!(
        moved.call("cast_vote", &[("objective_id", &objective), ("score", "2")]).await.status,
        200,
        "the claim moved with the vault"
    );
    // New rows get new ids after the copied ones.
    let team = moved.create_team("Moved team").await;
    let highest: i64 = sqlx::query_scalar("SELECT MAX(id) FROM teams").fetch_one(&app.db().await).await.unwrap();
    assert!(team > highest, "new team {team} after the copied ones (up to {highest})");

    // A second move into a database that is no longer empty is refused, and changes nothing.
    let e = moving::run(&app.db_path, &url).await.err().expect("refused");
    assert!(e.contains("not empty"), "{e}");
}
