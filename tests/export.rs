//! The organisation export: what admins download, and what it must never hold.

use crate::common::{Client, TestApp};
use chrono::TimeDelta;
use serde_json::Value;

/// Every key anywhere in a JSON document.
fn keys(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                out.push(k.clone());
                keys(v, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|v| keys(v, out)),
        _ => {}
    }
}

async fn vote(c: &Client, objective: &str, score: &str) {
    let r = c.call("cast_vote", &[("objective_id", objective), ("score", score)]).await;
    assert_eq!(r.status, 200, "{}", r.body);
}

#[tokio::test]
async fn admins_download_everything_with_results_only_as_the_pages_show_them() {
    let app = TestApp::spawn_early().await;
    let owner = app.owner("owner@example.com", "Acme").await;
    let m1 = app.member_of(&owner, "m1@example.com").await;
    let m2 = app.member_of(&owner, "m2@example.com").await;
    // The wave is in its second week; they vote in week 3.
    let (wave, wave_objective) = owner.active_wave(-8, 19).await;
    let team = owner.own_team("Core").await;
    app.settle_in();
    for c in [&m1, &m2] {
        c.me().await; // (a session ends after 14 idle days)
    }
    let team_objective = owner.team_objective(&team, &wave_objective).await;
    let kr = owner.call("objective", &[("objective_id", &team_objective)]).await.json()["krs"][0]["kr"]["id"].to_string();
    assert_eq!(owner.call("check_in", &[("key_result_id", &kr), ("value", "7"), ("note", "Seven signups")]).await.status, 200);
    let r = owner
        .call("save_ppp", &[("team_id", &team), ("progress", "Shipped the form"), ("plans", "Launch"), ("problems", "Need a designer")])
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let r = owner.call("create_boost", &[("objective_id", &team_objective), ("to_team_id", ""), ("need", "Two days of design")]).await;
    assert_eq!(r.status, 200, "{}", r.body);

    app.advance(TimeDelta::days(7));
    // Three voters on the wave objective; one (the only team member) on the team's.
    for (c, s) in [(&owner, "4"), (&m1, "5"), (&m2, "3")] {
        vote(c, &wave_objective, s).await;
    }
    vote(&owner, &team_objective, "2").await;
    app.advance(TimeDelta::days(7));
    assert_eq!(owner.call("advance_wave", &[("wave_id", &wave), ("to", "reflecting")]).await.status, 200);
    let r = owner
        .call(
            "save_reflection",
            &[("team_id", &team), ("wave_id", &wave), ("worked", "Pairing"), ("didnt", "Estimates"), ("change", "Smaller slices")],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);

    // A link cannot export (each export writes an audit row): only a POST does.
    let audit_rows = app.count("audit_log").await;
    assert_eq!(owner.get("/export").await.status, 405);
    assert_eq!(owner.call_get("export", &[]).await.status, 404, "no server function serves it any more");
    assert_eq!(app.count("audit_log").await, audit_rows);
    let r = owner.export().await;
    assert_eq!(r.status, 200, "{}", r.body);
    let disposition = r.headers.get("content-disposition").expect("a download").to_str().unwrap();
    assert!(disposition.starts_with("attachment; filename=\"mistvine-export-"), "{disposition}");
    let e = r.json();
    assert_eq!(e["format"], "mistvine-export/1");
    assert_eq!(e["organisation"], "Acme");
    assert_eq!(e["members"].as_array().unwrap().len(), 3);
    assert_eq!(e["teams"][0]["name"], "Core");
    let w = &e["waves"][0];
    assert_eq!(w["wave"]["id"].to_string(), wave);
    let objectives = w["objectives"].as_array().unwrap();
    let team_o = objectives.iter().find(|o| o["id"].as_i64() == team_objective.parse().ok()).expect("the team objective");
    assert_eq!(team_o["team"], "Core");
    assert_eq!(team_o["why"], "R");
    assert_eq!(team_o["key_results"][0]["check_ins"][0]["value"], 7.0);
    assert_eq!(team_o["key_results"][0]["check_ins"][0]["note"], "Seven signups");
    assert!(w["ppp_updates"].to_string().contains("Need a designer"));
    assert_eq!(w["reflections"][0]["team"], "Core");
    assert_eq!(w["reflections"][0]["worked"], "Pairing");
    assert_eq!(e["boosts"][0]["need"], "Two days of design");
    assert_eq!(e["boosts"][0]["history"][0]["state"], "Open");

    // Week 3 of the wave objective shows (3 voters); the team objective's
    // single vote and every other week leave nothing, not even a count.
    let confidence = w["confidence"].as_array().unwrap();
    assert_eq!(confidence.len(), 1, "{confidence:?}");
    assert_eq!(confidence[0]["objective_id"].to_string(), wave_objective);
    assert_eq!(confidence[0]["week"], 3);
    assert_eq!(confidence[0]["result"]["count"], 3);
    assert_eq!(confidence[0]["result"]["distribution"], serde_json::json!([0, 0, 1, 1, 1]));
    let mut all = Vec::new();
    keys(&e, &mut all);
    for word in ["voted", "slot", "tag", "voter_tag", "receipt", "claim", "my_score", "voters", "password_hash"] {
        assert!(!all.iter().any(|k| k == word), "the export has a key {word}: {all:?}");
    }

    // The download is recorded, and it is for admins only.
    let log = owner.call("audit_log", &[]).await.body;
    assert!(log.contains("exported the organisation's data"), "{log}");
    assert_eq!(m1.export().await.status, 403);
    assert_eq!(app.client().export().await.status, 401);
}
