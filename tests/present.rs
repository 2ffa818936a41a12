//! Present mode: the active wave for an all-hands screen, read-only, one
//! slide per page load, advancing by itself.

use crate::common::{Client, TestApp};
use chrono::TimeDelta;

async fn boost(c: &Client, objective: &str, to: &str, need: &str) -> String {
    let r = c.call("create_boost", &[("objective_id", objective), ("to_team_id", to), ("need", need)]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    r.json().to_string()
}

#[tokio::test]
async fn present_mode_shows_the_wave_its_heat_map_and_the_boosts_waiting_longest() {
    let app = TestApp::spawn().await;
    let owner = app.owner("owner@example.com", "Acme").await;
    assert_eq!(owner.call("present", &[]).await.json(), serde_json::Value::Null, "no wave is running");
    let (_, wave_objective) = owner.active_wave(-3, 24).await;
    let team = owner.own_team("Core").await;
    let other = owner.create_team("Data").await.to_string();
    let team_objective = owner.team_objective(&team, &wave_objective).await;
    // Eight boosts a day apart; the first is withdrawn, so seven are open.
    let mut boosts = Vec::new();
    for i in 1..=8 {
        boosts.push(boost(&owner, &team_objective, &other, &format!("Need number {i}")).await);
        app.advance(TimeDelta::days(1));
    }
    let r = owner.call("boost_action", &[("boost_id", &boosts[0]), ("action", "withdraw")]).await;
    assert_eq!(r.status, 200, "{}", r.body);

    let p = owner.call("present", &[]).await.json();
    assert_eq!(p["dashboard"]["wave"]["name"], "W");
    assert_eq!(p["week"], 2, "day 11 of the wave is in week 2");
    let heat: Vec<String> = p["heat"].as_array().unwrap().iter().map(|r| r["objective_id"].to_string()).collect();
    assert_eq!(heat, [wave_objective], "the heat map holds the wave objectives, not every team's");
    let needs: Vec<&str> = p["boosts"].as_array().unwrap().iter().map(|b| b["need"].as_str().unwrap()).collect();
    assert_eq!(
        needs,
        ["Need number 2", "Need number 3", "Need number 4", "Need number 5", "Need number 6", "Need number 7"],
        "open ones only, longest waiting first, six at most"
    );
    assert_eq!(p["dashboard"]["open_boosts"], 7);

    // The pages: no top bar, the slide asked for, and a refresh into the next one.
    let page = owner.get("/present?slide=4&every=30").await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("Skip to content") && !page.body.contains("class=\"topbar\""), "present mode has no top bar");
    assert!(
        page.body.contains(r#"<meta http-equiv="refresh" content="30;url=/present?slide=1&amp;every=30">"#),
        "slide 4 advances to slide 1 after 30 s"
    );
    assert!(
        page.body.contains("Open boosts: 7") && page.body.contains("Need number 2") && page.body.contains("waiting 7 days"),
        "the boosts slide: {}",
        page.body
    );
    assert!(!page.body.contains("Need number 8"), "six boosts at most");
    let page = owner.get("/present?slide=3").await;
    assert!(page.body.contains(r#"content="20;url=/present?slide=4&amp;every=20""#), "twenty seconds a slide by default");
    assert!(page.body.contains("Weekly confidence in Grow"), "the confidence slide draws the heat map");
    let page = owner.get("/present?slide=2&every=0").await;
    assert!(!page.body.contains("http-equiv=\"refresh\""), "paused: it stays on this slide");
    assert!(page.body.contains("Paused") && page.body.contains("Progress of Grow"), "the objectives slide, paused");
    let page = owner.get("/present").await;
    assert!(page.body.contains("days left") && page.body.contains("Week 2 of 4"), "the first slide is the wave's clock");
}

#[tokio::test]
async fn present_mode_needs_a_member_and_shows_only_their_organisation() {
    let app = TestApp::spawn().await;
    let a = app.owner("a@example.com", "Acme").await;
    a.active_wave(-3, 24).await;
    let b = app.owner("b@example.com", "Globex").await;
    assert_eq!(b.call("present", &[]).await.json(), serde_json::Value::Null, "Globex has no wave, whatever Acme runs");
    let anonymous = app.client();
    assert_eq!(anonymous.call("present", &[]).await.status, 401);
    let page = anonymous.get("/present").await;
    assert_eq!(page.status, 401);
    assert!(page.body.contains("Please log in"));
}
