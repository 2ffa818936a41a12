//! The scorecard as an anonymous organisation survey.

mod common;
use common::{Client, TestApp};

fn answers(value: &str) -> Vec<(String, String)> {
    ["sc", "da", "cf", "ev"]
        .iter()
        .flat_map(|p| (1..=5).map(move |i| (format!("answers[{p}{i}]"), value.to_string())))
        .collect()
}

async fn answer(c: &Client, value: &str) -> u16 {
    let form = answers(value);
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    c.call("answer_survey", &pairs).await.status
}

#[tokio::test]
async fn members_answer_anonymously_and_results_need_three() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    let (start, end) = (common::day(-3), common::day(24));
    let wave = owner.call("create_wave", &[("name", "W1"), ("starts_on", &start), ("ends_on", &end)]).await.json().to_string();
    assert_eq!(owner.call("open_survey", &[]).await.status, 409, "no wave running yet");
    owner.call("advance_wave", &[("wave_id", &wave), ("to", "active")]).await;
    let m1 = app.member_of(&owner, "m1@example.com").await;
    let m2 = app.member_of(&owner, "m2@example.com").await;
    assert_eq!(m1.call("open_survey", &[]).await.status, 403);
    assert_eq!(owner.call("open_survey", &[]).await.status, 200);
    assert_eq!(owner.call("open_survey", &[]).await.status, 409);

    assert_eq!(m1.call("answer_survey", &[("answers[sc1]", "4")]).await.status, 422);
    assert_eq!(answer(&owner, "5").await, 200);
    assert_eq!(answer(&owner, "5").await, 409, "one answer per person");
    assert_eq!(answer(&m1, "1").await, 200);
    let page = owner.call("survey", &[]).await.json();
    assert!(page["results"][0]["result"].is_null(), "two answers are never shown");
    assert_eq!(page["answered"], true);
    assert_eq!(answer(&m2, "3").await, 200);
    let page = m2.call("survey", &[]).await.json();
    assert_eq!(page["results"][0]["result"][0], 3);
    assert_eq!(page["results"][0]["result"][1]["position"], 50.0);
    assert_eq!(page["signals"].as_array().unwrap().len(), 4);

    // Nothing next to a response names its author or when it came.
    let db = app.db().await;
    let cols: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info('survey_responses') ORDER BY cid").fetch_all(&db).await.unwrap();
    assert_eq!(cols, ["id", "survey_id", "answers"]);
    let cols: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info('survey_receipts') ORDER BY cid").fetch_all(&db).await.unwrap();
    assert_eq!(cols, ["survey_id", "voter_tag"]);
    assert!(sqlx::query("SELECT rowid FROM survey_responses").fetch_all(&db).await.is_err());

    let other = app.owner("z@example.com", "Zed").await;
    let page = other.call("survey", &[]).await.json();
    assert!(page["results"].as_array().unwrap().is_empty(), "another organisation sees nothing");
    assert_eq!(answer(&other, "4").await, 409);
    assert_eq!(app.count("survey_responses").await, 3);
}
