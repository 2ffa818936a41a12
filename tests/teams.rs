//! Microsoft Teams, end to end: an admin connects a channel by pasting its
//! workflow's URL; the weekly run posts the nudge on the organisation's day
//! and the leaders' digest on Friday through the same outbox as e-mail, to
//! a loopback workflow (`common::teams_hook`) that validates every card
//! against the Adaptive Card schema. Only links travel: no score, no vote.

use crate::common::teams_hook::{card_validator, check_message, TeamsHook};
use crate::common::{Client, TestApp};
use chrono::{DateTime, TimeDelta, Utc};
use serde_json::json;

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

async fn app_with(hook: &TeamsHook) -> TestApp {
    let prefix = format!("{}/", hook.base);
    TestApp::spawn_with(move |s| {
        s.teams_webhooks = vec![prefix];
        s.mail_poll_ms = 20;
    })
    .await
}

async fn connect(owner: &Client, hook: &TeamsHook) {
    let r = owner.call("set_teams_webhook", &[("url", &hook.url())]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.headers["location"], "/admin?channels=teams#channels");
}

/// Every text and URL of a card, joined.
fn words(card: &serde_json::Value) -> String {
    card.to_string()
}

#[test]
fn the_schema_check_refuses_a_broken_card() {
    // The validator is only worth its name if it says no.
    let v = card_validator();
    let good = json!({"type": "message", "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive",
        "content": {"type": "AdaptiveCard", "version": "1.4", "body": [{"type": "TextBlock", "text": "Hi", "wrap": true}]}}]});
    assert!(check_message(&v, &good).is_ok(), "{:?}", check_message(&v, &good));
    for broken in [
        json!({"type": "AdaptiveCard", "version": "1.4", "body": [{"type": "TextBlock", "text": "Hi", "wrap": "yes"}]}),
        json!({"type": "AdaptiveCard", "version": "1.4", "body": [{"type": "TextBlock", "text": "Hi", "weight": "Heavy"}]}),
        json!({"type": "AdaptiveCard", "version": "1.4", "actions": [{"type": "Action.OpenUrl", "title": "x"}]}),
    ] {
        let message =
            json!({"type": "message", "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive", "content": broken}]});
        assert!(check_message(&v, &message).is_err(), "accepted {broken}");
    }
}

#[tokio::test]
async fn a_connected_channel_gets_the_nudge_and_the_digest_as_valid_cards() {
    let hook = TeamsHook::start().await;
    let app = app_with(&hook).await;
    let owner = app.owner("owner@example.com", "Acme").await;
    owner.active_wave(0, 41).await;
    let team = owner.own_team("Platform").await;
    let r =
        owner.call("save_ppp", &[("team_id", &team), ("progress", "Shipped"), ("plans", "More"), ("problems", "The build is slow")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let member = app.member_of(&owner, "m1@example.com").await;
    connect(&owner, &hook).await;
    let channels = owner.call("org_channels", &[]).await.json();
    assert_eq!(channels["teams"]["host"], "127.0.0.1", "{channels}");
    assert_eq!(channels["teams_on"], true);
    // The URL is a secret: sealed in the database, never shown back.
    let sealed: String = sqlx::query_scalar("SELECT url_sealed FROM teams_webhooks").fetch_one(&app.db().await).await.unwrap();
    assert!(!sealed.contains("workflows"), "{sealed}");
    assert!(!owner.call("org_channels", &[]).await.body.contains("/workflows/"));

    // Monday 09:00 UTC (the default moment): the nudge, once.
    app.clock.set(utc("2026-03-09T09:00:00Z"));
    owner.me().await;
    let cards = hook.wait_for(1).await;
    assert!(hook.refused().is_empty(), "{:?}", hook.refused());
    let nudge = words(&cards[0]);
    assert!(nudge.contains("Acme: this week's vote is open") && nudge.contains("week 1 of 6 of W"), "{nudge}");
    assert_eq!(cards[0]["actions"][0]["url"], format!("{}/vote", app.base));
    assert_eq!(cards[0]["actions"][1]["url"], format!("{}/teams", app.base));
    app.advance(TimeDelta::hours(2));
    owner.me().await;
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(hook.cards().len(), 1, "still one nudge that week");

    // Friday 09:00 (the wave began on a Wednesday: its week 2): the digest, with the open problem and a link to the dashboard.
    app.clock.set(utc("2026-03-13T09:00:00Z"));
    owner.me().await;
    member.me().await;
    let cards = hook.wait_for(2).await;
    let digest = words(&cards[1]);
    assert!(digest.contains("Acme — W, week 2 of 6") && digest.contains("Platform: The build is slow"), "{digest}");
    assert_eq!(cards[1]["actions"][0]["url"], format!("{}/", app.base));
    for card in &cards {
        let text = words(card);
        assert!(!text.contains("Input.") && !text.contains("Action.Submit"), "nothing to answer in Teams: {text}");
    }
}

#[tokio::test]
async fn posts_are_retried_and_stop_when_teams_is_off_or_disconnected() {
    let hook = TeamsHook::start().await;
    let app = app_with(&hook).await;
    let owner = app.owner("owner@example.com", "Acme").await;
    owner.active_wave(0, 41).await;
    connect(&owner, &hook).await;
    hook.answer(Some(502));
    app.clock.set(utc("2026-03-09T09:00:00Z"));
    owner.me().await;
    let db = app.db().await;
    let mut tried = (0i64, String::new());
    for _ in 0..1000 {
        tried = sqlx::query_as("SELECT attempts, last_error FROM outbox WHERE dedupe_key LIKE 'teams-nudge:%'")
            .fetch_optional(&db)
            .await
            .unwrap()
            .unwrap_or_default();
        if tried.0 == 1 && !tried.1.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    assert!(tried.1.contains("502"), "{tried:?}");
    hook.answer(None);
    app.advance(TimeDelta::minutes(2));
    owner.me().await;
    hook.wait_for(1).await;

    // Teams turned off: no post the next week.
    assert_eq!(owner.call("update_org_channels", &[("push", "on")]).await.status, 200);
    assert_eq!(owner.call("org_channels", &[]).await.json()["teams_on"], false);
    app.advance(TimeDelta::days(7));
    owner.me().await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(hook.cards().len(), 1);
    // On again but disconnected: none either, and the channel is gone from the admin page.
    assert_eq!(owner.call("update_org_channels", &[("push", "on"), ("teams", "on")]).await.status, 200);
    assert_eq!(owner.call("remove_teams_webhook", &[]).await.status, 200);
    assert!(owner.call("org_channels", &[]).await.json()["teams"].is_null());
    assert_eq!(owner.call("remove_teams_webhook", &[]).await.status, 404);
    app.advance(TimeDelta::days(7));
    owner.me().await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(hook.cards().len(), 1);
}

#[tokio::test]
async fn only_admins_connect_and_only_to_a_teams_workflow() {
    let hook = TeamsHook::start().await;
    let app = app_with(&hook).await;
    let owner = app.owner("owner@example.com", "Acme").await;
    let member = app.member_of(&owner, "m1@example.com").await;
    assert_eq!(member.call("set_teams_webhook", &[("url", &hook.url())]).await.status, 403);
    for (url, words) in [
        ("", "Paste the webhook URL"),
        ("not a url", "not a URL"),
        ("http://169.254.169.254/latest/meta-data", "not a Teams workflow"),
        ("https://prod-1.westeurope.logic.azure.com.evil.example/workflows/x", "not a Teams workflow"),
    ] {
        let r = owner.call("set_teams_webhook", &[("url", url)]).await;
        assert_eq!(r.status, 422, "{url}: {}", r.body);
        assert!(r.body.contains(words) && r.body.contains("url"), "{url}: {}", r.body);
    }
    assert_eq!(app.count("teams_webhooks").await, 0);
    // Power Automate's own addresses are accepted as they are.
    let r = owner
        .call(
            "set_teams_webhook",
            &[("url", "https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?sig=x")],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(owner.call("org_channels", &[]).await.json()["teams"]["host"], "prod-12.westeurope.logic.azure.com");
}
