//! Anonymous confidence votes: the database alone must never link a person
//! to a score, one vote per person per objective per week holds under
//! concurrency, and small groups stay hidden.

mod common;
use common::{Client, TestApp};
use sqlx::Row;

struct Org {
    owner: Client,
    wave_objective: String,
    team_objective: String,
    team: String,
}

/// An active wave (in its second week), a wave objective, and a team
/// (with the owner in it) that has an objective.
async fn org(app: &TestApp) -> Org {
    let owner = app.owner("owner@example.com", "Acme").await;
    let (_, wave_objective) = owner.active_wave(-8, 19).await;
    let team = owner.own_team("Core").await;
    let team_objective = owner.team_objective(&team, &wave_objective).await;
    Org { owner, wave_objective, team_objective, team }
}

async fn vote(c: &Client, objective: &str, score: &str) -> u16 {
    c.call("cast_vote", &[("objective_id", objective), ("score", score)]).await.status
}

async fn row_counts(app: &TestApp) -> Vec<(String, i64)> {
    let db = app.db().await;
    let tables: Vec<String> = sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .fetch_all(&db)
        .await
        .unwrap();
    let mut out = Vec::new();
    for t in tables {
        out.push((t.clone(), app.count(&t).await));
    }
    out
}

#[tokio::test]
async fn the_database_cannot_link_a_ballot_to_its_voter() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let mut voters = vec![o.owner];
    for i in 0..7 {
        voters.push(app.member_of(&voters[0], &format!("m{i}@example.com")).await);
    }
    let before = row_counts(&app).await;
    for (i, v) in voters.iter().enumerate() {
        let score = (i % 5 + 1).to_string();
        assert_eq!(vote(v, &o.wave_objective, &score).await, 200);
    }
    assert_eq!(vote(&voters[0], &o.team_objective, "2").await, 200);

    // Voting wrote to the ballots and receipts tables and nowhere else (no
    // audit row, no session touch, nothing with a time in it).
    let after = row_counts(&app).await;
    for ((table, n0), (_, n1)) in before.iter().zip(&after) {
        let expected = match table.as_str() {
            "ballots" | "vote_receipts" => n0 + 9,
            _ => *n0,
        };
        assert_eq!(*n1, expected, "table {table} changed by voting");
    }

    let db = app.db().await;
    let columns = |table: &'static str| {
        let db = db.clone();
        async move {
            sqlx::query(&format!("SELECT name FROM pragma_table_info('{table}') ORDER BY cid"))
                .fetch_all(&db)
                .await
                .unwrap()
                .iter()
                .map(|r| r.get::<String, _>(0))
                .collect::<Vec<_>>()
        }
    };
    // Ballots: no user, no time. Receipts: no ballot, no time, no user id in clear.
    assert_eq!(columns("ballots").await, ["id", "objective_id", "week", "score", "change_hash"]);
    assert_eq!(columns("vote_receipts").await, ["objective_id", "week", "voter_tag"]);

    // No rowid to betray insertion order: both are WITHOUT ROWID tables, and
    // ballots are stored in the order of their random 16-byte key.
    assert!(sqlx::query("SELECT rowid FROM ballots").fetch_all(&db).await.is_err());
    assert!(sqlx::query("SELECT rowid FROM vote_receipts").fetch_all(&db).await.is_err());
    // (Selecting `score` too makes SQLite read the table itself rather than
    // a covering index.)
    let natural: Vec<Vec<u8>> = sqlx::query_scalar("SELECT id, score FROM ballots").fetch_all(&db).await.unwrap();
    let by_key: Vec<Vec<u8>> = sqlx::query_scalar("SELECT id FROM ballots ORDER BY id").fetch_all(&db).await.unwrap();
    assert_eq!(natural, by_key, "storage order is key order");
    assert!(natural.iter().all(|id| id.len() == 16));
    let mut distinct = natural.clone();
    distinct.dedup();
    assert_eq!(distinct.len(), natural.len());

    // A receipt names its voter only through a keyed hash: recomputing it
    // without the key (kept outside the database) finds nobody.
    let tags: Vec<Vec<u8>> = sqlx::query_scalar("SELECT voter_tag FROM vote_receipts").fetch_all(&db).await.unwrap();
    let user_ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM users").fetch_all(&db).await.unwrap();
    for tag in &tags {
        assert_eq!(tag.len(), 32);
        for u in &user_ids {
            use sha2::Digest;
            let guess = sha2::Sha256::digest(format!("{u}:{}:2", o.wave_objective).as_bytes()).to_vec();
            assert_ne!(tag, &guess);
            assert!(!tag.windows(8).any(|w| w == u.to_le_bytes() || w == u.to_be_bytes()));
        }
    }

    // The schema has no other place a vote could hide.
    let all_columns: Vec<String> = sqlx::query_scalar(
        "SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'",
    )
    .fetch_all(&db)
    .await
    .unwrap();
    assert!(all_columns.iter().filter(|c| c.ends_with(".score")).eq(["ballots.score"].iter()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_vote_per_person_even_when_submitted_concurrently() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    // Eight browsers of the same person, all voting at once.
    let mut browsers = Vec::new();
    for _ in 0..8 {
        let c = app.client();
        let r = c.call("login", &[("email", "owner@example.com"), ("password", "password-1")]).await;
        assert_eq!(r.status, 200);
        browsers.push(c);
    }
    let tasks: Vec<_> = browsers
        .into_iter()
        .map(|c| {
            let objective = o.wave_objective.clone();
            tokio::spawn(async move { vote(&c, &objective, "3").await })
        })
        .collect();
    let mut results = Vec::new();
    for t in tasks {
        results.push(t.await.unwrap());
    }
    assert_eq!(results.iter().filter(|s| **s == 200).count(), 1, "{results:?}");
    assert!(results.iter().all(|s| *s == 200 || *s == 409), "{results:?}");
    assert_eq!(app.count("ballots").await, 1);
    assert_eq!(app.count("vote_receipts").await, 1);
}

#[tokio::test]
async fn a_vote_changes_only_from_the_browser_that_cast_it() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    assert_eq!(vote(&o.owner, &o.wave_objective, "2").await, 200);
    let sheet = o.owner.call("vote_sheet", &[]).await.json();
    let item = sheet["items"].as_array().unwrap().iter().find(|i| i["objective_id"].as_i64() == o.wave_objective.parse().ok()).unwrap().clone();
    assert_eq!((item["voted"].as_bool(), item["my_score"].as_u64()), (Some(true), Some(2)));

    assert_eq!(vote(&o.owner, &o.wave_objective, "4").await, 200, "the same browser changes its vote");
    let score: i64 = sqlx::query_scalar("SELECT score FROM ballots").fetch_one(&app.db().await).await.unwrap();
    assert_eq!((score, app.count("ballots").await), (4, 1));

    let other_browser = app.client();
    other_browser.call("login", &[("email", "owner@example.com"), ("password", "password-1")]).await;
    let sheet = other_browser.call("vote_sheet", &[]).await.json();
    let item = sheet["items"].as_array().unwrap().iter().find(|i| i["objective_id"].as_i64() == o.wave_objective.parse().ok()).unwrap().clone();
    assert_eq!(item["voted"], true, "the receipt shows everywhere");
    assert!(item["my_score"].is_null(), "the score shows only where it was cast");
    let r = other_browser.call("cast_vote", &[("objective_id", &o.wave_objective), ("score", "1")]).await;
    assert_eq!(r.status, 409);
    assert!(r.body.contains("browser it was cast in"));
    assert!(!r.body.contains('4'), "an error never carries the score");

    // Logging out forgets the secret: the next person on this browser cannot change it.
    o.owner.call("logout", &[]).await;
    o.owner.call("login", &[("email", "owner@example.com"), ("password", "password-1")]).await;
    assert_eq!(vote(&o.owner, &o.wave_objective, "5").await, 409);
}

#[tokio::test]
async fn results_hide_small_groups_and_open_weeks() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let m1 = app.member_of(&o.owner, "m1@example.com").await;
    let m2 = app.member_of(&o.owner, "m2@example.com").await;
    async fn week_two(c: &Client, objective: &str) -> serde_json::Value {
        let report = c.call("confidence", &[]).await.json();
        let row = report["rows"].as_array().unwrap().iter().find(|r| r["objective_id"].as_i64() == objective.parse().ok()).unwrap().clone();
        row["cells"][1].clone()
    }
    assert_eq!(vote(&o.owner, &o.wave_objective, "2").await, 200);
    assert_eq!(vote(&m1, &o.wave_objective, "4").await, 200);
    // This week is still open and results are not live by default.
    assert_eq!(week_two(&o.owner, &o.wave_objective).await, "WeekOpen");
    assert_eq!(o.owner.call("update_vote_settings", &[("threshold", "1"), ("live", "on")]).await.status, 422);
    assert_eq!(m1.call("update_vote_settings", &[("threshold", "3"), ("live", "on")]).await.status, 403);
    assert_eq!(o.owner.call("update_vote_settings", &[("threshold", "3"), ("live", "on")]).await.status, 200);
    assert_eq!(week_two(&o.owner, &o.wave_objective).await, "TooFewVotes", "two voters are never shown");
    assert_eq!(vote(&m2, &o.wave_objective, "5").await, 200);
    let shown = week_two(&o.owner, &o.wave_objective).await;
    assert_eq!(shown["Shown"]["count"], 3);
    assert!((shown["Shown"]["average"].as_f64().unwrap() - 11.0 / 3.0).abs() < 1e-9);
}

#[tokio::test]
async fn people_vote_only_on_their_own_objectives() {
    let app = TestApp::spawn().await;
    let o = org(&app).await;
    let outsider = app.member_of(&o.owner, "out@example.com").await;
    // Not in the team: its objective is not theirs to vote on, nor listed.
    let r = outsider.call("cast_vote", &[("objective_id", &o.team_objective), ("score", "3")]).await;
    assert_eq!(r.status, 404, "{}", r.body);
    let sheet = outsider.call("vote_sheet", &[]).await.json();
    assert_eq!(sheet["items"].as_array().unwrap().len(), 1);
    assert_eq!(sheet["week"], 2);
    assert_eq!(vote(&outsider, &o.wave_objective, "9").await, 422);
    // Another organisation: 404.
    let other = app.owner("b@example.com", "Beta").await;
    assert_eq!(vote(&other, &o.wave_objective, "3").await, 404);
    assert_eq!(other.call("confidence", &[("team_id", &o.team)]).await.status, 404);
    assert_eq!(app.count("ballots").await, 0);
}
