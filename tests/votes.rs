//! Anonymous confidence votes: the database alone must never link a person
//! to a score, one vote per person per objective per week holds under
//! concurrency, and small groups stay hidden.

use crate::common::{day, Client, TestApp, ONE_KR};

struct Org {
    owner: Client,
    wave: String,
    wave_objective: String,
    team_objective: String,
    team: String,
}

/// An active wave (in its second week), a wave objective, and a team
/// (with the owner in it) that has an objective.
async fn org(app: &TestApp) -> Org {
    let owner = app.owner("owner@example.com", "Acme").await;
    let (wave, wave_objective) = owner.active_wave(-8, 19).await;
    let team = owner.own_team("Core").await;
    let team_objective = owner.team_objective(&team, &wave_objective).await;
    Org { owner, wave, wave_objective, team_objective, team }
}

async fn vote(c: &Client, objective: &str, score: &str) -> u16 {
    c.call("cast_vote", &[("objective_id", objective), ("score", score)]).await.status
}

/// Rows per table of the main database, or of the vault; on PostgreSQL,
/// where both are one database, each side's own tables.
async fn row_counts(app: &TestApp, vault: bool) -> Vec<(String, i64)> {
    let vault_tables = app.tables(true).await;
    let tables = if app.on_postgres() {
        let all = app.tables(false).await;
        all.into_iter().filter(|t| VAULT_TABLES.contains(&t.as_str()) == vault).collect()
    } else if vault {
        vault_tables
    } else {
        app.tables(false).await
    };
    let db = if vault { app.vault().await } else { app.db().await };
    let mut out = Vec::new();
    for t in tables {
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {t}")).fetch_one(&db).await.unwrap();
        out.push((t, n));
    }
    out
}

/// (On PostgreSQL `vote_receipt_tags` holds the receipts, and `ballots` and
/// `vote_receipts` are views of the boxes: see `store::held_box`.)
const VAULT_TABLES: [&str; 9] = [
    "ballots",
    "releases",
    "survey_boxes",
    "survey_receipts",
    "survey_responses",
    "vault_key",
    "vote_boxes",
    "vote_receipt_tags",
    "vote_receipts",
];

/// Ballots holding a vote (the others are empty slots).
async fn filled(app: &TestApp) -> Vec<String> {
    sqlx::query_scalar("SELECT score FROM ballots WHERE score <> '-'").fetch_all(&app.vault().await).await.unwrap()
}

#[tokio::test]
async fn votes_live_in_the_vault_in_boxes_opened_before_anyone_votes() {
    let app = TestApp::spawn_early().await;
    let o = org(&app).await;
    let mut voters = vec![o.owner];
    for i in 0..7 {
        voters.push(app.member_of(&voters[0], &format!("m{i}@example.com")).await);
    }
    app.settle_in();
    let main_before = row_counts(&app, false).await;
    assert_eq!(vote(&voters[0], &o.wave_objective, "1").await, 200);
    // The first vote opened the box: a receipt for each of the 8 members and 8 slots.
    let vault_after_first = row_counts(&app, true).await;
    for (i, v) in voters.iter().enumerate().skip(1) {
        let score = (i % 5 + 1).to_string();
        assert_eq!(vote(v, &o.wave_objective, &score).await, 200);
    }
    assert_eq!(vote(&voters[0], &o.team_objective, "2").await, 200);

    // Voting added no row to the main database (no audit row, nothing
    // with a time in it)...
    assert_eq!(row_counts(&app, false).await, main_before, "the main database changed by voting");
    // ...and in the vault, after the box was opened, no row was added.
    let vault_after = row_counts(&app, true).await;
    for ((table, n0), (_, n1)) in vault_after_first.iter().zip(&vault_after) {
        let opened_team_box = match table.as_str() {
            "vote_boxes" => 1,
            "vote_receipts" | "vote_receipt_tags" | "ballots" => 1, // the team has one member: the owner
            _ => 0,
        };
        assert_eq!(*n1, n0 + opened_team_box, "table {table} grew with votes");
    }
    let counts: Vec<(i64, i64)> =
        sqlx::query_as("SELECT COUNT(*), CAST(SUM(voted) AS BIGINT) FROM vote_receipts").fetch_all(&app.vault().await).await.unwrap();
    assert_eq!(counts, [(9, 9)]);
    let mut scores = filled(&app).await;
    scores.sort();
    assert_eq!(scores, ["1", "1", "2", "2", "2", "3", "3", "4", "5"]);

    let vault = app.vault().await;
    // Ballots: no user, no time. Receipts: no ballot, no time, no user id in clear.
    assert_eq!(app.columns(true, "ballots").await, ["objective_id", "week", "slot", "score"]);
    assert_eq!(app.columns(true, "vote_receipts").await, ["objective_id", "week", "voter_tag", "voted"]);
    assert!(sqlx::query("SELECT rowid FROM ballots").fetch_all(&vault).await.is_err(), "no rowid betrays insertion order");
    assert!(sqlx::query("SELECT rowid FROM vote_receipts").fetch_all(&vault).await.is_err());

    // A receipt names its voter only through a keyed hash: recomputing it
    // without the key (kept apart from the data) finds nobody.
    let tags: Vec<Vec<u8>> = sqlx::query_scalar("SELECT voter_tag FROM vote_receipts").fetch_all(&vault).await.unwrap();
    let user_ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM users").fetch_all(&app.db().await).await.unwrap();
    for tag in &tags {
        assert_eq!(tag.len(), 32);
        for u in &user_ids {
            use sha2::Digest;
            let guess = sha2::Sha256::digest(format!("{u}:{}:2", o.wave_objective).as_bytes()).to_vec();
            assert_ne!(tag, &guess);
            assert!(!tag.windows(8).any(|w| w == u.to_le_bytes() || w == u.to_be_bytes()));
        }
    }

    // The main database has no place a vote could hide.
    let mut all_columns = Vec::new();
    for table in row_counts(&app, false).await.into_iter().map(|(t, _)| t) {
        all_columns.extend(app.columns(false, &table).await.into_iter().map(|c| format!("{table}.{c}")));
    }
    assert!(all_columns.len() > 50, "{all_columns:?}");
    assert!(!all_columns.iter().any(|c| c.ends_with(".score") || c.contains("ballot") || c.contains("voter")), "{all_columns:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_vote_per_person_even_when_submitted_concurrently() {
    let app = TestApp::spawn_early().await;
    let o = org(&app).await;
    app.settle_in();
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
    assert_eq!(filled(&app).await, ["3"]);
    let used: i64 = sqlx::query_scalar("SELECT CAST(SUM(voted) AS BIGINT) FROM vote_receipts").fetch_one(&app.vault().await).await.unwrap();
    assert_eq!(used, 1);
}

#[tokio::test]
async fn a_vote_changes_only_from_the_browser_that_cast_it() {
    let app = TestApp::spawn_early().await;
    let o = org(&app).await;
    app.settle_in();
    assert_eq!(vote(&o.owner, &o.wave_objective, "2").await, 200);
    let sheet = o.owner.call("vote_sheet", &[]).await.json();
    let item =
        sheet["items"].as_array().unwrap().iter().find(|i| i["objective_id"].as_i64() == o.wave_objective.parse().ok()).unwrap().clone();
    assert_eq!((item["voted"].as_bool(), item["my_score"].as_u64()), (Some(true), Some(2)));

    assert_eq!(vote(&o.owner, &o.wave_objective, "4").await, 200, "the same browser changes its vote");
    assert_eq!(filled(&app).await, ["4"], "changed in its slot, not added");

    let other_browser = app.client();
    other_browser.call("login", &[("email", "owner@example.com"), ("password", "password-1")]).await;
    let sheet = other_browser.call("vote_sheet", &[]).await.json();
    let item =
        sheet["items"].as_array().unwrap().iter().find(|i| i["objective_id"].as_i64() == o.wave_objective.parse().ok()).unwrap().clone();
    assert_eq!(item["voted"], true, "the receipt shows everywhere");
    assert!(item["my_score"].is_null(), "the score shows only where it was cast");
    let r = other_browser.call("cast_vote", &[("objective_id", &o.wave_objective), ("score", "1")]).await;
    assert_eq!(r.status, 409);
    assert!(r.error_text().contains("browser it was cast in"), "{}", r.body);
    assert!(!r.body.contains('4'), "an error never carries the score");

    // Logging out forgets the secret: the next person on this browser cannot change it.
    o.owner.call("logout", &[]).await;
    o.owner.call("login", &[("email", "owner@example.com"), ("password", "password-1")]).await;
    assert_eq!(vote(&o.owner, &o.wave_objective, "5").await, 409);
}

/// Each change rewrites a box on PostgreSQL: a member changing a vote in a
/// loop would stall everyone's votes, so a vote changes at most three
/// times a week, and the vote page says how many changes are left.
#[tokio::test]
async fn a_vote_changes_at_most_three_times_a_week() {
    let app = TestApp::spawn_early().await;
    let o = org(&app).await;
    app.settle_in();
    let left = |sheet: serde_json::Value, objective: &str| {
        let items = sheet["items"].as_array().unwrap().clone();
        items.into_iter().find(|i| i["objective_id"].as_i64() == objective.parse().ok()).unwrap()["changes_left"].clone()
    };
    assert_eq!(vote(&o.owner, &o.wave_objective, "1").await, 200);
    assert_eq!(left(o.owner.call("vote_sheet", &[]).await.json(), &o.wave_objective), 3);
    for score in ["2", "3", "4"] {
        assert_eq!(vote(&o.owner, &o.wave_objective, score).await, 200);
    }
    let r = o.owner.call("cast_vote", &[("objective_id", &o.wave_objective), ("score", "5")]).await;
    assert_eq!(r.status, 429, "{}", r.body);
    assert!(r.error_text().contains("changed this vote 3 times this week"), "{}", r.body);
    assert!(!r.body.contains('4'), "an error never carries the score");
    assert_eq!(filled(&app).await, ["4"], "the last allowed change stands");
    assert_eq!(left(o.owner.call("vote_sheet", &[]).await.json(), &o.wave_objective), 0);
    let page = o.owner.get("/vote").await;
    assert!(page.body.contains("no more changes this week"), "{}", page.body);
    // Another objective has its own allowance, and next week starts afresh.
    assert_eq!(vote(&o.owner, &o.team_objective, "2").await, 200);
    assert_eq!(vote(&o.owner, &o.team_objective, "3").await, 200);
    app.advance(chrono::TimeDelta::days(7));
    assert_eq!(vote(&o.owner, &o.wave_objective, "1").await, 200);
    assert_eq!(vote(&o.owner, &o.wave_objective, "2").await, 200, "a change in the new week");
}

#[tokio::test]
async fn results_hide_small_groups_and_open_weeks() {
    let app = TestApp::spawn_early().await;
    let o = org(&app).await;
    let mut m = Vec::new();
    for i in 1..=6 {
        m.push(app.member_of(&o.owner, &format!("m{i}@example.com")).await);
    }
    app.settle_in();
    async fn week_two(c: &Client, objective: &str) -> serde_json::Value {
        let report = c.call("confidence", &[]).await.json();
        let row = report["rows"].as_array().unwrap().iter().find(|r| r["objective_id"].as_i64() == objective.parse().ok()).unwrap().clone();
        row["cells"][1].clone()
    }
    assert_eq!(vote(&o.owner, &o.wave_objective, "2").await, 200);
    assert_eq!(vote(&m[0], &o.wave_objective, "4").await, 200);
    // This week is still open and results are not live by default.
    assert_eq!(week_two(&o.owner, &o.wave_objective).await, "WeekOpen");
    assert_eq!(o.owner.call("update_vote_settings", &[("threshold", "1"), ("live", "on")]).await.status, 422);
    assert_eq!(m[0].call("update_vote_settings", &[("threshold", "3"), ("live", "on")]).await.status, 403);
    assert_eq!(o.owner.call("update_vote_settings", &[("threshold", "3"), ("live", "on")]).await.status, 200);
    assert_eq!(week_two(&o.owner, &o.wave_objective).await, "WeekOpen", "two voters are never shown");

    // Live results show from twice the threshold of ballots and then move
    // only in such steps: two colleagues who know when a third votes
    // cannot vote around her and subtract their own.
    assert_eq!(vote(&m[1], &o.wave_objective, "5").await, 200);
    assert_eq!(week_two(&o.owner, &o.wave_objective).await, "WeekOpen", "three live ballots are not a release");
    assert_eq!(vote(&m[2], &o.wave_objective, "1").await, 200);
    assert_eq!(vote(&m[3], &o.wave_objective, "1").await, 200);
    assert_eq!(vote(&o.owner, &o.wave_objective, "5").await, 200, "a change from the same browser");
    assert_eq!(week_two(&o.owner, &o.wave_objective).await, "WeekOpen");
    assert_eq!(vote(&m[4], &o.wave_objective, "1").await, 200);
    let shown = week_two(&o.owner, &o.wave_objective).await;
    assert_eq!(shown["Shown"]["count"], 6, "six ballots: the first release, the change folded in");
    assert_eq!(shown["Shown"]["distribution"], serde_json::json!([3, 0, 0, 1, 2]));
    // One more vote does not show on its own.
    assert_eq!(vote(&m[5], &o.wave_objective, "2").await, 200);
    assert_eq!(week_two(&o.owner, &o.wave_objective).await, shown, "one more vote does not show");
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
    assert!(filled(&app).await.is_empty());
}

#[tokio::test]
async fn only_the_active_waves_objectives_take_votes() {
    let app = TestApp::spawn_early().await;
    let o = org(&app).await;
    app.settle_in();
    // A planned wave's objective, while another wave is active: not votable.
    let r = o.owner.call("create_wave", &[("name", "Next"), ("starts_on", &day(30)), ("ends_on", &day(60))]).await;
    let next = r.json().to_string();
    let mut form = vec![("wave_id", next.as_str()), ("title", "Later"), ("why", "Because"), ("owner_id", "")];
    form.extend(ONE_KR);
    let planned = o.owner.call("create_wave_objective", &form).await.json().to_string();
    let r = o.owner.call("cast_vote", &[("objective_id", &planned), ("score", "3")]).await;
    assert_eq!(r.status, 404, "{}", r.body);
    // Once the active wave ends, its objectives take no more votes, and the
    // answer says why.
    assert_eq!(vote(&o.owner, &o.wave_objective, "3").await, 200);
    assert_eq!(o.owner.call("advance_wave", &[("wave_id", &o.wave), ("to", "reflecting")]).await.status, 200);
    let r = o.owner.call("cast_vote", &[("objective_id", &o.team_objective), ("score", "3")]).await;
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(r.body.contains("NoActiveWave"), "{}", r.body);
    assert_eq!(filled(&app).await.len(), 1, "only the vote cast while the wave was active");
}

#[tokio::test]
async fn a_database_with_votes_does_not_start_without_its_key() {
    let app = TestApp::spawn_early().await;
    let o = org(&app).await;
    app.settle_in();
    assert_eq!(vote(&o.owner, &o.wave_objective, "3").await, 200);
    // The key lives apart from the data, never inside the data folder.
    assert!(app.key_path.exists());
    assert!(!app.key_path.starts_with(app.db_path.parent().unwrap()));

    let elsewhere = tempfile::tempdir().unwrap();
    let start = |key: std::path::PathBuf| {
        let settings = mistvine::infra::settings::Settings::for_database(app.database.clone(), key);
        mistvine::infra::router::spawn_for_tests(settings, std::sync::Arc::new(mistvine::infra::clock::SystemClock))
    };
    let missing = elsewhere.path().join("vote.key");
    let e = start(missing.clone()).await.unwrap_err();
    assert!(e.contains("holds votes") && e.contains("missing"), "{e}");
    assert!(!missing.exists(), "no new key was made");

    std::fs::write(&missing, "ab".repeat(32)).unwrap();
    let e = start(missing).await.unwrap_err();
    assert!(e.contains("does not match"), "{e}");
    assert!(start(app.key_path.clone()).await.is_ok(), "its own key starts it");
}

/// Every box's (slot count, tally) next to a recount of its ballots.
async fn tallies_and_recounts(app: &TestApp) -> Vec<(i64, String, i64, String)> {
    sqlx::query_as(
        "SELECT b.slots, b.tally, (SELECT COUNT(*) FROM ballots s WHERE s.objective_id = b.objective_id AND s.week = b.week), \
         (SELECT CAST(COUNT(*) FILTER (WHERE score = '1') AS TEXT) || ',' || CAST(COUNT(*) FILTER (WHERE score = '2') AS TEXT) || ',' \
            || CAST(COUNT(*) FILTER (WHERE score = '3') AS TEXT) || ',' || CAST(COUNT(*) FILTER (WHERE score = '4') AS TEXT) || ',' \
            || CAST(COUNT(*) FILTER (WHERE score = '5') AS TEXT) \
          FROM ballots s WHERE s.objective_id = b.objective_id AND s.week = b.week) FROM vote_boxes b",
    )
    .fetch_all(&app.vault().await)
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn results_read_from_running_tallies_match_a_recount_of_the_ballots() {
    let app = TestApp::spawn_early().await;
    let o = org(&app).await;
    let mut voters = vec![o.owner];
    for i in 0..9 {
        voters.push(app.member_of(&voters[0], &format!("t{i}@example.com")).await);
    }
    app.settle_in();
    // Everyone votes at once on the wave objective (slots found by random
    // probes, or by counting when the probes miss), then some change their minds.
    let tasks: Vec<_> = voters
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let (v, objective) = (v.clone(), o.wave_objective.clone());
            tokio::spawn(async move { vote(&v, &objective, ["1", "2", "3", "4", "5"][i % 5]).await })
        })
        .collect();
    for t in tasks {
        assert_eq!(t.await.unwrap(), 200);
    }
    for v in voters.iter().take(4) {
        assert_eq!(vote(v, &o.wave_objective, "5").await, 200);
    }
    let boxes = tallies_and_recounts(&app).await;
    assert_eq!(boxes.len(), 1);
    let (slots, tally, recounted_slots, recount) = &boxes[0];
    let counts = |text: &str| text.split(',').map(|n| n.parse::<i64>().unwrap()).collect::<Vec<_>>();
    assert_eq!(tally.len(), 39, "the tally keeps its fixed width: {tally}");
    assert_eq!((*slots, counts(tally)), (*recounted_slots, counts(recount)));
    // 10 voters, scores 1..5 twice each, then four of them (scores 1, 2, 3, 4) chose 5.
    assert_eq!(tally, "0000001,0000001,0000001,0000001,0000006");
}
