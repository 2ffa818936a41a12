//! Calibration at reflection: the crowd's weekly confidence beside each
//! objective's final grade, and how well early confidence predicted the end
//! across waves.

use crate::common::{Client, TestApp};
use chrono::TimeDelta;
use serde_json::Value;

async fn vote(c: &Client, objective: &str, score: &str) {
    let r = c.call("cast_vote", &[("objective_id", objective), ("score", score)]).await;
    assert_eq!(r.status, 200, "{}", r.body);
}

async fn kr_of(c: &Client, objective: &str) -> String {
    c.call("objective", &[("objective_id", objective)]).await.json()["summary"]["krs"][0]["id"].to_string()
}

/// Runs a two-week wave from `first` days after the tests' start (today on
/// the app's clock): three people vote `scores` on its team objective in
/// week 1, nothing in week 2; the team grades it `grade`; the wave closes.
/// Returns (wave, team objective).
async fn wave(app: &TestApp, people: &[Client], team: &str, first: i64, scores: [&str; 3], grade: &str) -> (String, String) {
    let owner = &people[0];
    let (wave, wave_objective) = owner.active_wave(first, first + 13).await;
    let objective = owner.team_objective(team, &wave_objective).await;
    for (p, s) in people.iter().zip(scores) {
        vote(p, &objective, s).await;
    }
    // A week at a time, each person active in between, so no session idles out.
    for _ in 0..2 {
        app.advance(TimeDelta::days(7));
        for p in people {
            p.me().await;
        }
    }
    assert_eq!(owner.call("calibration", &[("wave_id", &wave)]).await.json(), Value::Null, "nothing until the wave has ended");
    assert_eq!(owner.call("advance_wave", &[("wave_id", &wave), ("to", "reflecting")]).await.status, 200);
    let kr = kr_of(owner, &objective).await;
    let r = owner
        .call(
            "save_reflection",
            &[
                ("team_id", team),
                ("wave_id", &wave),
                ("worked", "a"),
                ("didnt", "b"),
                ("change", "c"),
                ("grades[0][kr_id]", &kr),
                ("grades[0][grade]", grade),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(owner.call("advance_wave", &[("wave_id", &wave), ("to", "closed")]).await.status, 200);
    (wave, objective)
}

#[tokio::test]
async fn the_review_sets_weekly_confidence_beside_grades_and_follows_calibration_across_waves() {
    let app = TestApp::spawn_early().await;
    let owner = app.owner("owner@example.com", "Acme").await;
    let team = owner.own_team("Core").await;
    let people = app.crowd_of_three(&owner, &team).await;
    // Sessions end 30 days after log-in, and this test spans six weeks from
    // ten days before: everyone logs in afresh.
    for (p, email) in people.iter().zip(["owner@example.com", "m1@example.com", "m2@example.com"]) {
        let password = if email.starts_with("owner") { "password-1" } else { "password-2" };
        assert_eq!(p.call("login", &[("email", email), ("password", password)]).await.status, 200);
    }

    // First wave: the crowd said 5, 5, 4 (expects 0.83) and the team ended at 0.3.
    let (first, objective) = wave(&app, &people, &team, 0, ["5", "5", "4"], "0.3").await;
    let r = owner.call("calibration", &[("wave_id", &first)]).await.json();
    let row = r["objectives"].as_array().unwrap().iter().find(|o| o["objective_id"].as_i64() == objective.parse().ok()).unwrap().clone();
    assert_eq!(row["weekly"], serde_json::json!([14.0 / 3.0, null]), "week 1's average; week 2 had no votes");
    assert_eq!(row["grade"], 0.3);
    assert_eq!(r["objective_count"], 2, "the wave objective and the team's");
    // The wave objective had no votes, so only the team objective counts.
    assert_eq!(r["wave"]["objectives"], 1);
    let score = r["wave"]["score"].as_f64().unwrap();
    assert!((score - (1.0 - (11.0 / 12.0 - 0.3))).abs() < 1e-9, "{score}");
    assert!(r["wave"]["bias"].as_f64().unwrap() > 0.5, "over-confident");

    // Second wave: 3, 3, 3 (expects 0.5) and graded 0.5, a perfect call.
    let (second, _) = wave(&app, &people, &team, 14, ["3", "3", "3"], "0.5").await;
    let r = owner.call("calibration", &[("wave_id", &second)]).await.json();
    assert_eq!(r["wave"]["score"], 1.0);
    let history: Vec<(String, f64)> = r["history"]["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["wave_id"].to_string(), p["calibration"]["score"].as_f64().unwrap()))
        .collect();
    assert_eq!(history.len(), 2);
    assert_eq!((history[0].0.as_str(), history[1].0.as_str()), (first.as_str(), second.as_str()), "oldest first");
    // Reviewing the first wave shows no later wave.
    let r = owner.call("calibration", &[("wave_id", &first)]).await.json();
    assert_eq!(r["history"]["points"].as_array().unwrap().len(), 1);

    // The wave page shows it, server-rendered.
    let page = owner.get(&format!("/waves/{second}")).await;
    assert!(
        page.body.contains("Crowd confidence beside the final grades") && page.body.contains("Calibration 100 %"),
        "the review section"
    );
    assert!(page.body.contains("Early confidence is getting better at predicting how waves end."), "the trend");
    let data = ["owner@example.com", "Acme", "Owner", "Member", "Person", "Core", "Grow", "Because"];
    for wave in [&first, &second] {
        let left = crate::languages::untranslated(&crate::languages::page(&owner, &format!("/waves/{wave}"), "en-XA").await, &data);
        assert!(left.is_empty(), "a closed wave's review shows untranslated words: {left:?}");
    }
}

#[tokio::test]
async fn a_crowd_too_small_to_show_gives_no_calibration_and_other_organisations_see_nothing() {
    let app = TestApp::spawn_early().await;
    let owner = app.owner("owner@example.com", "Acme").await;
    let team = owner.own_team("Core").await;
    app.settle_in();
    // Alone in the team: one vote never shows, so there is nothing to calibrate.
    let (wave, _) = wave(&app, &[owner.clone(), owner.clone(), owner.clone()], &team, 0, ["5", "5", "5"], "0.2").await;
    let r = owner.call("calibration", &[("wave_id", &wave)]).await.json();
    assert_eq!(r["wave"], Value::Null);
    assert_eq!(r["objectives"][1]["weekly"], serde_json::json!([null, null]));
    let other = app.owner("other@example.com", "Globex").await;
    assert_eq!(other.call("calibration", &[("wave_id", &wave)]).await.status, 404);
}
