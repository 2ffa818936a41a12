//! Crowd versus numbers: an objective whose key results and this week's
//! confidence disagree is flagged on the dashboard and its own page, from
//! what the heat map shows and nothing more.

use crate::common::{Client, TestApp};
use chrono::TimeDelta;
use serde_json::Value;

async fn check_in(c: &Client, objective: &str, value: &str) {
    let o = c.call("objective", &[("objective_id", objective)]).await.json();
    let kr = o["summary"]["krs"][0]["id"].to_string();
    let r = c.call("check_in", &[("key_result_id", &kr), ("value", value), ("note", "")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
}

async fn vote(c: &Client, objective: &str, score: &str) {
    let r = c.call("cast_vote", &[("objective_id", objective), ("score", score)]).await;
    assert_eq!(r.status, 200, "{}", r.body);
}

/// The dashboard's list: (objective id, kind, team name).
async fn disagreeing(c: &Client) -> Vec<(String, String, Value)> {
    let dash = c.call("dashboard", &[]).await.json();
    dash["disagreeing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["id"].to_string(), o["divergence"]["kind"].as_str().unwrap().to_string(), o["team"]["name"].clone()))
        .collect()
}

async fn page_flag(c: &Client, objective: &str) -> Value {
    c.call("objective", &[("objective_id", objective)]).await.json()["divergence"].clone()
}

#[tokio::test]
async fn numbers_on_pace_with_a_worried_crowd_and_far_behind_with_a_confident_one_are_flagged() {
    let app = TestApp::spawn_early().await;
    let owner = app.owner("owner@example.com", "Acme").await;
    // A four-week wave in its first day; three people in one team, so their votes show.
    let (_, wave_objective) = owner.active_wave(0, 27).await;
    let team = owner.own_team("Core").await;
    let team_objective = owner.team_objective(&team, &wave_objective).await;
    let people = app.crowd_of_three(&owner, &team).await;

    // Week 1: the wave objective is at 40 %, the team objective untouched.
    // Everyone is worried about the first and sure of the second.
    check_in(&owner, &wave_objective, "4").await;
    for (p, (worried, sure)) in people.iter().zip([("2", "4"), ("2", "5"), ("3", "4")]) {
        vote(p, &wave_objective, worried).await;
        vote(p, &team_objective, sure).await;
    }
    assert_eq!(disagreeing(&owner).await, [], "an open week's votes are not shown, so they flag nothing");
    assert_eq!(page_flag(&owner, &wave_objective).await, Value::Null);

    // Week 2: week 1's confidence is shown; 8 of 28 days (29 %) are gone.
    app.advance(TimeDelta::days(8));
    let flagged = disagreeing(&owner).await;
    assert_eq!(
        flagged,
        [
            (wave_objective.clone(), "OnPaceButWorried".into(), Value::Null),
            (team_objective.clone(), "BehindButConfident".into(), Value::from("Core")),
        ],
        "the wave objective first, then the team's"
    );
    let flag = page_flag(&people[1], &wave_objective).await;
    assert_eq!(flag["kind"], "OnPaceButWorried", "a member reads the same flag on the objective's page");
    assert_eq!(flag["crowd"]["week"], 1);
    assert!((flag["crowd"]["average"].as_f64().unwrap() - 7.0 / 3.0).abs() < 1e-9);
    assert_eq!(page_flag(&owner, &team_objective).await["kind"], "BehindButConfident");

    // The numbers catch up with the crowd: the team objective reaches 30 %
    // (on pace, and the crowd is confident); the wave objective falls back
    // to 0 (far behind, and the crowd is worried). Both now agree.
    check_in(&owner, &team_objective, "3").await;
    check_in(&owner, &wave_objective, "0").await;
    assert_eq!(disagreeing(&owner).await, []);
    assert_eq!(page_flag(&owner, &team_objective).await, Value::Null);
}

#[tokio::test]
async fn a_crowd_too_small_to_show_flags_nothing() {
    let app = TestApp::spawn_early().await;
    let owner = app.owner("owner@example.com", "Acme").await;
    let (_, wave_objective) = owner.active_wave(0, 27).await;
    let member = app.member_of(&owner, "m1@example.com").await;
    app.settle_in();
    assert_eq!(owner.call("update_vote_settings", &[("threshold", "3"), ("live", "")]).await.status, 200);
    check_in(&owner, &wave_objective, "5").await;
    vote(&owner, &wave_objective, "1").await;
    vote(&member, &wave_objective, "1").await;
    app.advance(TimeDelta::days(8));
    let dash = owner.call("dashboard", &[]).await.json();
    assert_eq!(dash["objectives"][0]["divergence"], Value::Null, "two votes stay hidden, so they cannot flag the objective");
    assert_eq!(dash["disagreeing_count"], 0);
    assert_eq!(page_flag(&owner, &wave_objective).await, Value::Null);
}
