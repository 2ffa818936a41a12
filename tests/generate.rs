//! The large-organisation generator (`mistvine generate`), at a small size:
//! what it writes is what the app itself would have written (the app serves
//! it, ballot boxes hold as many slots as receipts and their tallies match a
//! recount, progress matches the key results), and a seed gives the same
//! organisation every time.

use crate::common;
use crate::common::Client;
use mistvine::infra::clock::{ManualClock, Time};
use mistvine::infra::db::Location;
use mistvine::infra::router;
use mistvine::infra::settings::Settings;
use mistvine::server::tools::generate::{self, Spec};
use sqlx::AnyPool;

fn spec(seed: u64) -> Spec {
    Spec { seed, members: 120, teams: 6, objectives_per_team: 2, wave_objectives: 3, past_waves: 1 }
}

/// Generates into a fresh folder (or PostgreSQL database); returns it with the settings to serve it.
async fn generated(seed: u64) -> (tempfile::TempDir, Settings) {
    let dir = tempfile::tempdir().unwrap();
    let database = match common::postgres_server() {
        Some(server) => Location::Postgres(common::fresh_postgres_database(&server).await),
        None => Location::File(dir.path().join("big.db")),
    };
    let settings = Settings::for_database(database, dir.path().join("vote.key"));
    let time = Time::new(ManualClock::starting_at(common::start()));
    let written = generate::run(&settings, &spec(seed), &time).await.expect("generates");
    assert_eq!(written.objectives, 2 * (3 + 6 * 2), "two waves of 3 wave and 12 team objectives");
    assert!(written.votes > 0 && written.votes < written.ballots);
    (dir, settings)
}

/// The main database and the vault of the generated organisation.
async fn pools(settings: &Settings) -> (AnyPool, AnyPool) {
    let db = common::connect(&settings.database).await;
    let vault = match settings.vault() {
        mistvine::server::vote::vault::VaultLocation::File(path) => common::connect(&Location::File(path)).await,
        mistvine::server::vote::vault::VaultLocation::SameDatabase => db.clone(),
    };
    (db, vault)
}

/// Counts that describe the organisation, from both files.
async fn fingerprint(settings: &Settings) -> Vec<i64> {
    let (db, vault) = pools(settings).await;
    let mut out = Vec::new();
    for table in ["users", "teams", "objectives", "key_results", "check_ins", "ppp_updates", "ppp_items", "boosts", "reflections"] {
        out.push(sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&db).await.unwrap());
    }
    out.push(sqlx::query_scalar("SELECT CAST(SUM(progress) * 1000 AS INTEGER) FROM objectives").fetch_one(&db).await.unwrap());
    for sql in [
        "SELECT COUNT(*) FROM ballots",
        "SELECT COUNT(*) FROM ballots WHERE score <> '-'",
        "SELECT CAST(SUM(voted) AS BIGINT) FROM vote_receipts",
        "SELECT CAST(SUM(answered) AS BIGINT) FROM survey_receipts",
    ] {
        out.push(sqlx::query_scalar(sql).fetch_one(&vault).await.unwrap());
    }
    out
}

#[tokio::test]
async fn a_generated_organisation_is_consistent_served_and_the_same_for_a_seed() {
    let (_dir, settings) = generated(7).await;
    let (_, vault) = pools(&settings).await;
    // Every box: slots = receipts, filled slots = used receipts, tally = recount.
    let bad: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM vote_boxes b WHERE b.slots <> (SELECT COUNT(*) FROM vote_receipts r WHERE r.objective_id = b.objective_id AND r.week = b.week) \
         OR b.slots <> (SELECT COUNT(*) FROM ballots s WHERE s.objective_id = b.objective_id AND s.week = b.week) \
         OR (SELECT SUM(voted) FROM vote_receipts r WHERE r.objective_id = b.objective_id AND r.week = b.week) \
            <> (SELECT COUNT(*) FROM ballots s WHERE s.objective_id = b.objective_id AND s.week = b.week AND s.score <> '-')",
    )
    .fetch_one(&vault)
    .await
    .unwrap();
    assert_eq!(bad, 0, "every box has a slot per receipt and a filled slot per used receipt");
    let boxes: Vec<(String, i64, i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT b.tally, COUNT(*) FILTER (WHERE score = '1'), COUNT(*) FILTER (WHERE score = '2'), COUNT(*) FILTER (WHERE score = '3'), \
                COUNT(*) FILTER (WHERE score = '4'), COUNT(*) FILTER (WHERE score = '5') \
         FROM vote_boxes b JOIN ballots s ON s.objective_id = b.objective_id AND s.week = b.week GROUP BY b.objective_id, b.week, b.tally",
    )
    .fetch_all(&vault)
    .await
    .unwrap();
    assert!(!boxes.is_empty());
    for (tally, c1, c2, c3, c4, c5) in boxes {
        assert_eq!(tally, format!("{c1:07},{c2:07},{c3:07},{c4:07},{c5:07}"), "a box's tally is the recount of its ballots");
    }

    // The app serves it: the owner logs in, the dashboard, confidence and vote pages answer.
    let addr = router::spawn_for_tests(settings.clone(), ManualClock::starting_at(common::start())).await.unwrap();
    let c = Client { http: reqwest::Client::builder().cookie_store(true).build().unwrap(), base: format!("http://{addr}") };
    let r = c.call("login", &[("email", &generate::email(1)), ("password", generate::PASSWORD)]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let dash = c.call("dashboard", &[]).await.json();
    assert_eq!(dash["objectives"].as_array().unwrap().len(), 3);
    assert_eq!(dash["team_count"], 6);
    let confidence = c.call("confidence", &[]).await.json();
    assert!(confidence["rows"][0]["cells"][0]["Shown"]["count"].as_u64().unwrap() >= 60, "week 1 of a wave objective shows its votes");
    // Someone who has not voted this week votes.
    let fresh = Client { http: reqwest::Client::builder().cookie_store(true).build().unwrap(), base: c.base.clone() };
    let last = *generate::fresh_voters(120).end();
    assert_eq!(fresh.call("login", &[("email", &generate::email(last)), ("password", generate::PASSWORD)]).await.status, 200);
    let sheet = fresh.call("vote_sheet", &[]).await.json();
    let item = sheet["items"].as_array().unwrap().iter().find(|i| i["voted"] == false && i["standing"] == "Votes").unwrap().clone();
    assert_eq!(fresh.call("cast_vote", &[("objective_id", &item["objective_id"].to_string()), ("score", "4")]).await.status, 200);

    // The same seed, the same organisation; another seed, another one.
    let (_a, first) = generated(3).await;
    let (_b, again) = generated(3).await;
    let (_c, other) = generated(4).await;
    assert_eq!(fingerprint(&first).await, fingerprint(&again).await);
    assert_ne!(fingerprint(&first).await, fingerprint(&other).await);
}
