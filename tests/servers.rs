//! Several app servers on one database: two server processes (the real
//! binary) on two ports, against the suite's database — a PostgreSQL
//! database when `MISTVINE_TEST_POSTGRES` is set (as `make test` runs it),
//! else one SQLite file, which several servers on one machine may share.
//! Nothing a request needs may live in one process's memory: sessions,
//! vote receipts, draft keys and login limits must hold across both.

use crate::common;
use crate::common::{Client, ServerProcess as Server, TestApp, ONE_KR};
use chrono::{Duration as Days, Utc};
use mistvine::domain::account::MAX_FAILURES_PER_PAIR;
use mistvine::infra::clock::Clock;
use serde_json::Value;

/// The same browser (cookies and all), speaking to another server.
fn at(c: &Client, server: &Server) -> Client {
    Client { http: c.http.clone(), base: server.base.clone() }
}

/// A browser that logs in at `server`.
async fn log_in(server: &Server, email: &str, password: &str) -> (Client, u16) {
    let c = Client { http: reqwest::Client::builder().cookie_store(true).build().unwrap(), base: server.base.clone() };
    let status = c.call("login", &[("email", email), ("password", password)]).await.status;
    (c, status)
}

async fn vote(c: &Client, objective: &str, score: &str) -> common::Reply {
    c.call("cast_vote", &[("objective_id", objective), ("score", score)]).await
}

/// The confidence report's cells, as both servers must give them.
async fn report(c: &Client) -> Value {
    let r = c.call("confidence", &[]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()["rows"].clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_app_servers_share_sessions_receipts_drafts_limits_and_results() {
    // Set up through the in-process app, its clock fifteen days back, so
    // that by the binaries' "now" (week 3 of the wave) everyone had joined a
    // full week before the week began, and may vote.
    let app = TestApp::spawn_at(Utc::now() - Days::days(15), |_| {}).await;
    let first = app.clock.now().date_naive();
    let day = |d: u64| (first + chrono::Days::new(d)).format("%Y-%m-%d").to_string();
    let owner = app.owner("owner@two.test", "Two Co").await;
    let r = owner.call("create_wave", &[("name", "W"), ("starts_on", &day(0)), ("ends_on", &day(27))]).await;
    let wave = r.json().to_string();
    let mut form = vec![("wave_id", wave.as_str()), ("title", "Grow"), ("why", "Because"), ("owner_id", "")];
    form.extend(ONE_KR);
    let objective = owner.call("create_wave_objective", &form).await.json().to_string();
    assert_eq!(owner.call("advance_wave", &[("wave_id", &wave), ("to", "active")]).await.status, 200);
    assert_eq!(owner.call("update_vote_settings", &[("threshold", "3"), ("live", "on")]).await.status, 200);
    let team = owner.own_team("Core").await;
    const VOTERS: usize = 6;
    for i in 0..VOTERS {
        app.member_of(&owner, &format!("m{i}@two.test")).await;
    }

    let (a, b) = (app.start_binary().await, app.start_binary().await);

    // A session made on one server works on the other.
    let (boss, status) = log_in(&a, "owner@two.test", "password-1").await;
    assert_eq!(status, 200);
    let me = at(&boss, &b).me().await;
    assert_eq!(me["email"], "owner@two.test", "{me}");

    // Votes sent to both at once are each counted once.
    let mut voters = Vec::new();
    for i in 0..VOTERS {
        let server = if i % 2 == 0 { &a } else { &b };
        let (c, status) = log_in(server, &format!("m{i}@two.test"), "password-2").await;
        assert_eq!(status, 200);
        voters.push(c);
    }
    let tasks: Vec<_> = voters
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let (v, objective) = (v.clone(), objective.clone());
            tokio::spawn(async move { vote(&v, &objective, ["2", "3", "4"][i % 3]).await.status })
        })
        .collect();
    for t in tasks {
        assert_eq!(t.await.unwrap(), 200);
    }
    // The receipt holds on the other server: a second first vote, from
    // another browser of the same person, is refused there...
    for (i, server) in [(0, &b), (1, &a)] {
        let (other_browser, _) = log_in(server, &format!("m{i}@two.test"), "password-2").await;
        let again = vote(&other_browser, &objective, "5").await;
        assert_eq!(again.status, 409, "{}", again.body);
        assert!(again.error_text().contains("already voted"), "{}", again.body);
    }
    // ...while the browser that voted changes its vote on the other server.
    assert_eq!(vote(&at(&voters[0], &b), &objective, "5").await.status, 200);
    let filled: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM ballots WHERE score <> '-'").fetch_one(&app.vault().await).await.unwrap();
    assert_eq!(filled, VOTERS as i64, "one ballot per voter");

    // Results are the same from either server, and count every voter once.
    let (from_a, from_b) = (report(&boss).await, report(&at(&boss, &b)).await);
    assert_eq!(from_a, from_b);
    let week_three = &from_a[0]["cells"][2]["Shown"];
    assert_eq!(week_three["count"], VOTERS as u64, "live results show from twice the threshold: {from_a}");

    // A keyed draft sent to one server and retried on the other is stored once.
    let draft = |c: Client| {
        let (team, parent) = (team.clone(), objective.clone());
        async move {
            let mut form = vec![("team_id", team.as_str()), ("parent_id", parent.as_str()), ("title", "Retried"), ("rationale", "R")];
            form.push(("client_key", "two-servers-draft-key-000001"));
            form.extend(ONE_KR);
            c.call("create_team_objective", &form).await
        }
    };
    let before = app.count("objectives").await;
    let sent = draft(boss.clone()).await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    let retried = draft(at(&boss, &b)).await;
    assert_eq!(retried.status, 200, "{}", retried.body);
    assert_eq!(retried.json(), sent.json(), "the retry answers with the first objective");
    assert_eq!(app.count("objectives").await, before + 1);

    // Login limits count failures on both servers together.
    for i in 0..MAX_FAILURES_PER_PAIR {
        let server = if i % 2 == 0 { &a } else { &b };
        assert_eq!(log_in(server, "m5@two.test", "wrong-password").await.1, 401);
    }
    for server in [&a, &b] {
        assert_eq!(log_in(server, "m5@two.test", "password-2").await.1, 429, "the limit holds on {}", server.base);
    }
}
