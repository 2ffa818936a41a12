//! The scorecard as an anonymous organisation survey.

use crate::common;
use crate::common::{Client, TestApp};

pub(crate) fn answers(value: &str) -> Vec<(String, String)> {
    ["sc", "da", "cf", "ev"].iter().flat_map(|p| (1..=5).map(move |i| (format!("answers[{p}{i}]"), value.to_string()))).collect()
}

async fn answer(c: &Client, value: &str) -> u16 {
    let form = answers(value);
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    c.call("answer_survey", &pairs).await.status
}

#[tokio::test]
async fn members_answer_anonymously_and_results_need_three() {
    let app = TestApp::spawn_early().await;
    let owner = app.owner("o@example.com", "Acme").await;
    let m1 = app.member_of(&owner, "m1@example.com").await;
    let m2 = app.member_of(&owner, "m2@example.com").await;
    app.settle_in();
    let (start, end) = (common::day(-3), common::day(24));
    let wave = owner.call("create_wave", &[("name", "W1"), ("starts_on", &start), ("ends_on", &end)]).await.json().to_string();
    assert_eq!(owner.call("open_survey", &[]).await.status, 409, "no wave running yet");
    owner.call("advance_wave", &[("wave_id", &wave), ("to", "active")]).await;
    assert_eq!(m1.call("open_survey", &[]).await.status, 403);
    assert_eq!(owner.call("open_survey", &[]).await.status, 200);
    assert_eq!(owner.call("open_survey", &[]).await.status, 409);

    assert_eq!(m1.call("answer_survey", &[("answers[sc1]", "4")]).await.status, 422);
    assert_eq!(answer(&owner, "5").await, 200);
    assert_eq!(answer(&owner, "5").await, 409, "one answer per person");
    assert_eq!(answer(&m1, "1").await, 200);
    assert_eq!(answer(&m2, "3").await, 200);
    let page = owner.call("survey", &[]).await.json();
    assert_eq!(page["answered"], true);
    // Open: nothing shows, not even how many answered, so reading the page
    // before and after a colleague answers tells nothing.
    assert_eq!(page["results"][0]["result"], "Open");
    assert!(!page.to_string().contains("\"Shown\""));
    assert_eq!(page["can_close"], true);
    assert_eq!(m1.call("close_survey", &[]).await.status, 403);
    assert_eq!(owner.call("close_survey", &[]).await.status, 200);
    let page = m2.call("survey", &[]).await.json();
    assert_eq!(page["results"][0]["result"]["Shown"][0], 3);
    assert_eq!(page["results"][0]["result"]["Shown"][1]["position"], 50.0);
    assert_eq!(page["signals"].as_array().unwrap().len(), 4);
    assert!(page["open"].is_null());
    // Closed for good: no more answers, no reopening, so the result never moves.
    let late = app.member_of(&owner, "late@example.com").await;
    assert_eq!(answer(&late, "2").await, 409);
    assert_eq!(owner.call("open_survey", &[]).await.status, 409);
    assert_eq!(owner.call("close_survey", &[]).await.status, 409);

    // Answers live in the vault: no author, no time, a slot per respondent
    // made when the survey's box opened, filled in place.
    let vault = app.vault().await;
    assert_eq!(app.columns(true, "survey_responses").await, ["survey_id", "slot", "answers"]);
    let cols = app.columns(true, "survey_receipts").await;
    assert_eq!(cols, ["survey_id", "voter_tag", "answered"]);
    assert!(sqlx::query("SELECT rowid FROM survey_responses").fetch_all(&vault).await.is_err());
    assert_eq!(app.vault_count("survey_responses").await, 3, "one slot per member who could answer");

    let other = app.owner("z@example.com", "Zed").await;
    let page = other.call("survey", &[]).await.json();
    assert!(page["results"].as_array().unwrap().is_empty(), "another organisation sees nothing");
    assert_eq!(answer(&other, "4").await, 409);
}

#[tokio::test]
async fn survey_results_honour_the_threshold_and_late_joiners_wait() {
    let app = TestApp::spawn_early().await;
    let owner = app.owner("o@example.com", "Acme").await;
    let mut people = vec![];
    for i in 0..3 {
        people.push(app.member_of(&owner, &format!("m{i}@example.com")).await);
    }
    app.settle_in();
    for p in &people {
        p.me().await; // (so their sessions do not end for being idle)
    }
    owner.active_wave(-3, 24).await;
    assert_eq!(owner.call("update_vote_settings", &[("threshold", "4"), ("live", "")]).await.status, 200);
    // Someone who joined six days before the survey opens waits for the next one.
    app.advance(chrono::TimeDelta::days(1));
    let late = app.member_of(&owner, "late@example.com").await;
    app.advance(chrono::TimeDelta::days(6));
    assert_eq!(owner.call("open_survey", &[]).await.status, 200);
    for p in &people {
        assert_eq!(answer(p, "4").await, 200);
    }
    let r = late.call("answer_survey", &answers("4").iter().map(|(k, v)| (k.as_str(), v.as_str())).collect::<Vec<_>>()).await;
    assert_eq!(r.status, 409);
    assert!(r.error_text().contains("members a full week before it opened"), "{}", r.body);
    let page = late.call("survey", &[]).await.json();
    assert_eq!(page["joined_late"], true);
    // Those who answer see who else does.
    let page = people[0].call("survey", &[]).await.json();
    assert_eq!(page["with"]["count"], 3, "the owner and two colleagues, not the late joiner: {page}");
    assert_eq!(owner.call("close_survey", &[]).await.status, 200);
    // Three answers, but this organisation asks for four.
    assert_eq!(owner.call("survey", &[]).await.json()["results"][0]["result"], "TooFew");
}
