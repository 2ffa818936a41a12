//! Crash safety: the real server binary takes a write load (votes,
//! check-ins, PPP updates) and is killed with SIGKILL at a random moment,
//! over and over. After each kill both files must pass SQLite's integrity
//! check, every write that was answered with a 2xx must be there after a
//! restart, and the vault's receipts and ballots must still match one to one.
//!
//! `CRASH_SEED=n` replays a run; `CRASH_ROUNDS=n` runs more rounds.

use crate::common::{Client, TestApp, ONE_KR};
use chrono::{Duration as Days, Utc};
use mistvine::infra::clock::Clock;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection, SqliteConnection};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

const MEMBERS: usize = 12;
const TEAM_OBJECTIVES: usize = 24;
const CHECK_IN_WRITERS: usize = 3;

/// What the server acknowledged, across every round.
#[derive(Default)]
struct Acked {
    /// (voter, objective) pairs answered with 200.
    votes: BTreeSet<(usize, String)>,
    /// Check-in values per key result.
    check_ins: BTreeMap<String, Vec<f64>>,
    /// The last PPP version answered with 200.
    ppp: u64,
}

struct Org {
    owner: Client,
    voters: Vec<Client>,
    objectives: Vec<String>,
    key_results: Vec<String>,
    team: String,
}

/// Builds the organisation with the in-process app, its clock fifteen days
/// back, so that by the binary's "now" (week 3 of the wave) every member
/// joined a full week before the week began (`vote::TENURE_DAYS`).
async fn prepare(app: &TestApp) -> Org {
    let first = app.clock.now().date_naive();
    let day = |d: i64| (first + Days::days(d)).format("%Y-%m-%d").to_string();
    let owner = app.owner("owner@crash.test", "Crash Co").await;
    let r = owner.call("create_wave", &[("name", "W"), ("starts_on", &day(0)), ("ends_on", &day(27))]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let wave = r.json().to_string();
    let mut form = vec![("wave_id", wave.as_str()), ("title", "Grow"), ("why", "Because"), ("owner_id", "")];
    form.extend(ONE_KR);
    let wave_objective = owner.call("create_wave_objective", &form).await.json().to_string();
    assert_eq!(owner.call("advance_wave", &[("wave_id", &wave), ("to", "active")]).await.status, 200);
    let team = owner.own_team("Core").await;
    let mut voters = vec![owner.clone()];
    for i in 0..MEMBERS {
        let m = app.member_of(&owner, &format!("m{i}@crash.test")).await;
        let id = m.me().await["user_id"].to_string();
        assert_eq!(owner.call("add_team_member", &[("team_id", &team), ("user_id", &id)]).await.status, 200);
        voters.push(m);
    }
    let mut objectives = vec![wave_objective.clone()];
    for _ in 0..TEAM_OBJECTIVES {
        objectives.push(owner.team_objective(&team, &wave_objective).await);
    }
    let db = app.db().await;
    let mut key_results = Vec::new();
    for o in objectives.iter().skip(1).take(CHECK_IN_WRITERS) {
        let id: i64 = sqlx::query_scalar("SELECT id FROM key_results WHERE objective_id = $1")
            .bind(o.parse::<i64>().unwrap())
            .fetch_one(&db)
            .await
            .unwrap();
        key_results.push(id.to_string());
    }
    // Everyone uses the app two days before the binary's "now": a session
    // ends after 14 idle days.
    app.advance(chrono::TimeDelta::days(13));
    for c in voters.iter().chain([&owner]) {
        c.me().await;
    }
    Org { owner, voters, objectives, key_results, team }
}

/// The real binary on a fresh port, on the system clock.
fn at(c: &Client, base: &str) -> Client {
    Client { http: c.http.clone(), base: base.to_owned() }
}

/// One round of load until the server dies; records what was acknowledged.
async fn load(org: &Org, base: &str, acked: &Arc<Mutex<Acked>>, rng: &mut StdRng, round: usize) -> Vec<tokio::task::JoinHandle<()>> {
    let mut tasks = Vec::new();
    // Each voter votes, and changes votes, on objectives picked at random.
    for (v, voter) in org.voters.iter().enumerate() {
        let c = at(voter, base);
        let (objectives, acked) = (org.objectives.clone(), acked.clone());
        let mut rng = StdRng::seed_from_u64(rng.gen());
        tasks.push(tokio::spawn(async move {
            loop {
                let o = objectives[rng.gen_range(0..objectives.len())].clone();
                let score = rng.gen_range(1..=5).to_string();
                let form = [("objective_id", o.as_str()), ("score", score.as_str())];
                let Ok(r) = c.http.post(format!("{}/api/cast_vote", c.base)).form(&form).send().await else { return };
                match r.status().as_u16() {
                    200 => {
                        acked.lock().unwrap().votes.insert((v, o));
                    }
                    // A first vote whose answer the kill cut off was stored,
                    // but this client never got the claim that lets it change
                    // it: refused as already cast, which is the right answer.
                    409 => {
                        let Ok(body) = r.text().await else { return };
                        assert!(crate::common::error_text(&body).contains("already voted"), "vote refused: {body}");
                    }
                    // A vote changes three times a week: past that, nothing is written.
                    429 => {
                        let Ok(body) = r.text().await else { return };
                        assert!(crate::common::error_text(&body).contains("changed this vote 3 times"), "vote refused: {body}");
                    }
                    s => panic!("vote answered {s}: {}", r.text().await.unwrap_or_default()),
                }
            }
        }));
    }
    for (k, kr) in org.key_results.iter().enumerate() {
        let c = at(&org.owner, base);
        let (kr, acked) = (kr.clone(), acked.clone());
        tasks.push(tokio::spawn(async move {
            for n in 0.. {
                let value = format!("{}", round * 1000 + n + k * 100_000);
                let form = [("key_result_id", kr.as_str()), ("value", value.as_str()), ("note", "")];
                let Ok(r) = c.http.post(format!("{}/api/check_in", c.base)).form(&form).send().await else { return };
                assert_eq!(r.status(), 200, "check-in answered {}", r.status());
                acked.lock().unwrap().check_ins.entry(kr.clone()).or_default().push(value.parse().unwrap());
            }
        }));
    }
    let c = at(&org.owner, base);
    let (team, acked) = (org.team.clone(), acked.clone());
    tasks.push(tokio::spawn(async move {
        loop {
            let version = acked.lock().unwrap().ppp + 1;
            let progress = format!("version {version}");
            let form = [("team_id", team.as_str()), ("progress", progress.as_str()), ("plans", "more"), ("problems", "")];
            let Ok(r) = c.http.post(format!("{}/api/save_ppp", c.base)).form(&form).send().await else { return };
            assert_eq!(r.status(), 200, "PPP answered {}", r.status());
            acked.lock().unwrap().ppp = version;
        }
    }));
    tasks
}

async fn open(path: &Path) -> SqliteConnection {
    // Opening a file after a crash is what recovers it (WAL replay, hot journal rollback).
    SqliteConnectOptions::new().filename(path).connect().await.unwrap()
}

async fn integrity(conn: &mut SqliteConnection, what: &str) {
    let result: String = sqlx::query_scalar("PRAGMA integrity_check").fetch_one(&mut *conn).await.unwrap();
    assert_eq!(result, "ok", "{what} failed its integrity check");
}

/// What must hold after every kill, read from the files themselves.
async fn check_files(app: &TestApp, acked: &Acked, round: usize) {
    let mut db = open(&app.db_path).await;
    integrity(&mut db, "the database").await;
    for (kr, values) in &acked.check_ins {
        let stored: Vec<f64> = sqlx::query_scalar("SELECT value FROM check_ins WHERE key_result_id = $1")
            .bind(kr.parse::<i64>().unwrap())
            .fetch_all(&mut db)
            .await
            .unwrap();
        for v in values {
            assert!(stored.contains(v), "round {round}: acknowledged check-in {v} on key result {kr} is gone");
        }
    }
    let stored: String = sqlx::query_scalar(
        "SELECT i.text FROM ppp_items i JOIN ppp_updates u ON u.id = i.update_id WHERE u.team_id = $1 AND i.section = 'progress'",
    )
    .bind(acked_team(app, &mut db).await)
    .fetch_optional(&mut db)
    .await
    .unwrap()
    .unwrap_or_default();
    let version: u64 = stored.strip_prefix("version ").and_then(|n| n.parse().ok()).unwrap_or(0);
    assert!(version >= acked.ppp, "round {round}: the PPP reads version {version}, but version {} was acknowledged", acked.ppp);
    db.close().await.unwrap();

    let mut vault = open(&app.vault_path()).await;
    integrity(&mut vault, "the ballot vault").await;
    let mismatched: Vec<(i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT r.objective_id, r.week, r.used, COALESCE(b.filled, 0) FROM
           (SELECT objective_id, week, SUM(voted) AS used FROM vote_receipts GROUP BY objective_id, week) r
         LEFT JOIN (SELECT objective_id, week, SUM(score <> '-') AS filled FROM ballots GROUP BY objective_id, week) b
           USING (objective_id, week)
         WHERE r.used <> COALESCE(b.filled, 0)",
    )
    .fetch_all(&mut vault)
    .await
    .unwrap();
    assert!(
        mismatched.is_empty(),
        "round {round}: receipts used and ballots filled differ (objective, week, receipts, ballots): {mismatched:?}"
    );
    vault.close().await.unwrap();
}

async fn acked_team(_app: &TestApp, db: &mut SqliteConnection) -> i64 {
    sqlx::query_scalar("SELECT id FROM teams WHERE name = 'Core'").fetch_one(db).await.unwrap()
}

/// Every acknowledged vote shows as cast on its voter's vote page.
async fn check_votes(org: &Org, base: &str, acked: &Acked, round: usize) {
    for (v, voter) in org.voters.iter().enumerate() {
        let sheet = at(voter, base).call("vote_sheet", &[]).await.json();
        let voted: BTreeSet<String> = sheet["items"]
            .as_array()
            .expect("vote sheet items")
            .iter()
            .filter(|i| i["voted"] == true)
            .map(|i| i["objective_id"].to_string())
            .collect();
        for (_, o) in acked.votes.iter().filter(|(who, _)| *who == v) {
            assert!(voted.contains(o), "round {round}: voter {v}'s acknowledged vote on objective {o} is gone");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_sigkill_and_the_files_stay_whole() {
    let seed: u64 = std::env::var("CRASH_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| rand::thread_rng().gen());
    let rounds: usize = std::env::var("CRASH_ROUNDS").ok().and_then(|s| s.parse().ok()).unwrap_or(40);
    eprintln!("crash test: CRASH_SEED={seed} CRASH_ROUNDS={rounds}");
    let mut rng = StdRng::seed_from_u64(seed);
    let app = TestApp::spawn_sqlite_at(Utc::now() - Days::days(15)).await;
    let org = prepare(&app).await;
    let acked = Arc::new(Mutex::new(Acked::default()));
    let mut server = app.start_binary().await;
    for round in 0..rounds {
        let tasks = load(&org, &server.base, &acked, &mut rng, round).await;
        tokio::time::sleep(Duration::from_millis(rng.gen_range(30..600))).await;
        server.child.kill().expect("SIGKILL");
        server.child.wait().unwrap();
        for t in tasks {
            t.await.expect("a load task failed");
        }
        let snapshot = std::mem::take(&mut *acked.lock().unwrap());
        check_files(&app, &snapshot, round).await;
        server = app.start_binary().await;
        check_votes(&org, &server.base, &snapshot, round).await;
        *acked.lock().unwrap() = snapshot;
    }
    server.child.kill().unwrap();
    let total = acked.lock().unwrap();
    eprintln!(
        "crash test: {} votes, {} check-ins, PPP version {} acknowledged over {rounds} kills",
        total.votes.len(),
        total.check_ins.values().map(Vec::len).sum::<usize>(),
        total.ppp
    );
    // The load must have reached the server, or the test proves nothing.
    assert!(!total.votes.is_empty() && total.ppp > 0);
}
