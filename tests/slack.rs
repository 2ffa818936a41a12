//! Slack, end to end against a loopback Slack (`common::fake_slack`): an
//! admin adds the app through Slack's OAuth, people are linked by their
//! verified address, the weekly reminder arrives as a direct message with a
//! link per objective and the digest in the channel the admin picked, and
//! `/mistvine` checks in and writes the PPP as the linked person. Every
//! request is signed as Slack signs it; forged, stale and replayed ones are
//! refused.

use crate::common::fake_slack::{sign, FakeSlack, TEAM_ID};
use crate::common::{Client, Reply, TestApp};
use chrono::{DateTime, Utc};
use mistvine::infra::clock::Clock;
use serde_json::{json, Value};

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

async fn app_with(slack: &FakeSlack) -> TestApp {
    let s = slack.clone();
    TestApp::spawn_with(move |settings| s.configure(settings)).await
}

/// An admin's visit to "Add to Slack", Slack's approval and the way back;
/// the admin page's outcome.
async fn add_to_slack(admin: &Client) -> String {
    let r = admin.get("/slack/install").await;
    assert_eq!(r.status, 303, "{}", r.body);
    let authorize = r.headers["location"].to_str().unwrap().to_owned();
    let plain = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let approved = plain.get(&authorize).send().await.unwrap();
    assert_eq!(approved.status().as_u16(), 303, "{}", approved.text().await.unwrap());
    let back = approved.headers()["location"].to_str().unwrap().to_owned();
    let path = back.split_once("://").and_then(|(_, rest)| rest.split_once('/')).map(|(_, p)| format!("/{p}")).unwrap();
    let r = admin.get(&path).await;
    assert_eq!(r.status, 303);
    r.headers["location"].to_str().unwrap().to_owned()
}

/// Waits until the organisation has `n` people linked.
async fn linked(admin: &Client, n: i64) {
    for _ in 0..1000 {
        if admin.call("slack_status", &[]).await.json()["install"]["linked"] == n {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    panic!("expected {n} people linked: {}", admin.call("slack_status", &[]).await.body);
}

/// A request to `path` as Slack sends it, signed at `ts` (the app's time).
async fn from_slack(app: &TestApp, path: &str, body: &str, ts: i64) -> Reply {
    let (ts, signature) = sign(ts, body);
    signed(app, path, body, &ts, &signature).await
}

async fn signed(app: &TestApp, path: &str, body: &str, ts: &str, signature: &str) -> Reply {
    let res = reqwest::Client::new()
        .post(format!("{}{path}", app.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("x-slack-request-timestamp", ts)
        .header("x-slack-signature", signature)
        .body(body.to_owned())
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    Reply { status, headers, body: res.text().await.unwrap() }
}

fn form(pairs: &[(&str, &str)]) -> String {
    url::form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish()
}

fn command(user: &str, text: &str) -> String {
    form(&[
        ("token", "deprecated"),
        ("team_id", TEAM_ID),
        ("user_id", user),
        ("command", "/mistvine"),
        ("text", text),
        ("trigger_id", "trigger-1"),
        ("response_url", "https://hooks.slack.invalid/commands/1"),
    ])
}

/// Everything a message says, text and links.
fn words(message: &Value) -> String {
    message.to_string()
}

/// An organisation with a running wave: a wave objective, Platform's
/// objective (the owner and m1 in Platform), m2 in no team, all linked to Slack.
async fn acme(app: &TestApp, slack: &FakeSlack) -> (Client, Client, Client, String, String, String) {
    let owner = app.owner("owner@example.com", "Acme").await;
    let (_, wave_objective) = owner.active_wave(0, 41).await;
    let team = owner.own_team("Platform").await;
    let team_objective = owner.team_objective(&team, &wave_objective).await;
    let m1 = app.member_of(&owner, "m1@example.com").await;
    let m2 = app.member_of(&owner, "m2@example.com").await;
    let id = m1.me().await["user_id"].to_string();
    assert_eq!(owner.call("add_team_member", &[("team_id", &team), ("user_id", &id)]).await.status, 200);
    slack.people(&[
        ("UOWNER", "owner@example.com"),
        ("UM1", "M1@Example.com"),
        ("UM2", "m2@example.com"),
        ("USTRANGER", "x@elsewhere.com"),
    ]);
    assert_eq!(add_to_slack(&owner).await, "/admin?slack=connected#channels");
    linked(&owner, 3).await;
    (owner, m1, m2, team, wave_objective, team_objective)
}

#[tokio::test]
async fn an_admin_adds_slack_through_its_oauth_and_people_are_linked() {
    let slack = FakeSlack::start().await;
    let app = app_with(&slack).await;
    let owner = app.owner("owner@example.com", "Acme").await;
    let member = app.member_of(&owner, "m1@example.com").await;
    assert_eq!(owner.call("slack_status", &[]).await.json()["available"], true);
    // Members cannot begin it.
    assert_eq!(member.get("/slack/install").await.headers["location"], "/admin?slack=unavailable#channels");
    slack.people(&[("UOWNER", "owner@example.com"), ("UM1", "m1@example.com")]);
    assert_eq!(add_to_slack(&owner).await, "/admin?slack=connected#channels");
    let asked = &slack.authorize_queries()[0];
    assert_eq!(asked["redirect_uri"], format!("{}/slack/oauth", app.base));
    assert!(asked["scope"].contains("chat:write") && asked["scope"].contains("commands") && asked["scope"].contains("users:read.email"));
    linked(&owner, 2).await;
    let status = owner.call("slack_status", &[]).await.json();
    assert_eq!(status["install"]["workspace"], "Acme Slack", "{status}");
    // The token is sealed: the database holds no bot token in the clear.
    let sealed: String = sqlx::query_scalar("SELECT token_sealed FROM slack_installs").fetch_one(&app.db().await).await.unwrap();
    assert!(!sealed.contains("xoxb"), "{sealed}");
    assert_eq!(member.call("slack_choice", &[]).await.json()["linked"], true);

    // A state is used once: the same way back again is refused.
    let r = owner.get("/slack/install").await;
    let authorize = r.headers["location"].to_str().unwrap().to_owned();
    let state = url::Url::parse(&authorize).unwrap().query_pairs().find(|(k, _)| k == "state").unwrap().1.into_owned();
    let r = owner.get(&format!("/slack/oauth?code=made-up&state={state}")).await;
    assert_eq!(r.headers["location"], "/admin?slack=failed#channels", "Slack gives no token for a made-up code");
    let r = owner.get(&format!("/slack/oauth?code=made-up&state={state}")).await;
    assert_eq!(r.headers["location"], "/admin?slack=stale#channels");
    // Another browser cannot finish an admin's install.
    let r = owner.get("/slack/install").await;
    let authorize = r.headers["location"].to_str().unwrap().to_owned();
    let state = url::Url::parse(&authorize).unwrap().query_pairs().find(|(k, _)| k == "state").unwrap().1.into_owned();
    let r = member.get(&format!("/slack/oauth?code=x&state={state}")).await;
    assert_eq!(r.headers["location"], "/admin?slack=stale#channels");
    // Declined on Slack's page.
    slack.decline();
    assert_eq!(add_to_slack(&owner).await, "/admin?slack=denied#channels");

    // Another organisation cannot take the same workspace.
    slack.approve();
    let other = app.owner("beta@example.com", "Beta").await;
    assert_eq!(add_to_slack(&other).await, "/admin?slack=taken#channels");
    assert!(other.call("slack_status", &[]).await.json()["install"].is_null());
    // The admin page says so, with a 4xx.
    let page = other.get("/admin?slack=taken").await;
    assert_eq!(page.status, 409);
    assert!(page.body.contains("connected to another organisation"), "{}", page.body);

    // Disconnecting forgets the token and the links.
    assert_eq!(owner.call("disconnect_slack", &[]).await.status, 200);
    assert!(owner.call("slack_status", &[]).await.json()["install"].is_null());
    assert_eq!(app.count("slack_links").await, 0);
    assert_eq!(member.call("disconnect_slack", &[]).await.status, 403);
}

#[tokio::test]
async fn the_reminder_is_a_direct_message_with_a_link_per_objective_and_the_digest_goes_to_the_channel() {
    let slack = FakeSlack::start().await;
    let app = app_with(&slack).await;
    let (owner, m1, m2, team, wave_objective, team_objective) = acme(&app, &slack).await;
    // m2 turns Slack reminders off; the digest goes to #okr-leads.
    assert_eq!(m2.call("update_slack_choice", &[]).await.status, 200);
    let r = owner.call("update_slack", &[("channel", "OKR Leads"), ("on", "on")]).await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("channel"), "{}", r.body);
    assert_eq!(owner.call("update_slack", &[("channel", "#okr-leads"), ("on", "on")]).await.status, 200);

    app.clock.set(utc("2026-03-09T09:00:00Z"));
    owner.me().await;
    let posts = slack.wait_for_posts(2).await;
    let mut to: Vec<_> = posts.iter().map(|(c, _)| c.clone()).collect();
    to.sort();
    assert_eq!(to, ["UM1", "UOWNER"], "direct messages to the linked people who want them");
    let m1s = &posts.iter().find(|(c, _)| c == "UM1").unwrap().1;
    let text = words(m1s);
    assert!(text.contains("Acme: this week's vote") && text.contains("week 1 of 6 of W"), "{text}");
    assert!(text.contains(&format!("{}/vote#vote-{wave_objective}", app.base)), "the wave objective: {text}");
    assert!(text.contains(&format!("{}/vote#vote-{team_objective}", app.base)), "Platform's objective: {text}");
    assert!(text.contains(&format!("{}/teams/{team}#ppp", app.base)), "{text}");
    // A link per objective on the vote page, which has the anchor.
    let page = m1.get("/vote").await.body;
    assert!(page.contains(&format!("id=\"vote-{team_objective}\"")), "the vote page has no anchor for the link");

    app.clock.set(utc("2026-03-13T09:00:00Z"));
    owner.me().await;
    m1.me().await;
    let posts = slack.wait_for_posts(3).await;
    let (channel, digest) = &posts[2];
    assert_eq!(channel, "#okr-leads");
    assert!(words(digest).contains("Acme — W, week 2 of 6"), "{}", words(digest));
    assert_eq!(posts.len(), 3, "one digest, to the channel only");
}

#[tokio::test]
async fn slash_commands_act_as_the_linked_person_and_only_signed_fresh_requests_count() {
    let slack = FakeSlack::start().await;
    let app = app_with(&slack).await;
    let (_owner, m1, _m2, team, _, team_objective) = acme(&app, &slack).await;
    let now = app.clock.now().timestamp();

    // The key results m1's team owns, with their numbers.
    let r = from_slack(&app, "/slack/commands", &command("UM1", "checkin"), now).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["response_type"], "ephemeral");
    let kr = m1.call("objective", &[("objective_id", &team_objective)]).await.json()["krs"][0]["kr"]["id"].to_string();
    assert!(r.json()["text"].as_str().unwrap().contains(&format!("`{kr}`")), "{}", r.body);

    // A check-in, as m1, through the same rules as the page.
    let body = command("UM1", &format!("checkin {kr} 5 Halfway there"));
    let r = from_slack(&app, "/slack/commands", &body, now).await;
    assert!(r.json()["text"].as_str().unwrap().starts_with("Checked in."), "{}", r.body);
    let detail = m1.call("objective", &[("objective_id", &team_objective)]).await.json();
    assert_eq!(detail["krs"][0]["kr"]["current"], 5.0, "{detail}");
    // The same request again is a replay.
    let r = from_slack(&app, "/slack/commands", &body, now).await;
    assert_eq!(r.status, 403, "{}", r.body);
    // Forged, stale, from the future, unsigned.
    let other = command("UM1", &format!("checkin {kr} 9"));
    let (ts, _) = sign(now, &other);
    let (_, forged) = sign(now, &command("UM1", "checkin"));
    assert_eq!(signed(&app, "/slack/commands", &other, &ts, &forged).await.status, 403);
    assert_eq!(from_slack(&app, "/slack/commands", &other, now - 301).await.status, 403);
    assert_eq!(from_slack(&app, "/slack/commands", &other, now + 301).await.status, 403);
    assert_eq!(signed(&app, "/slack/commands", &other, &now.to_string(), "").await.status, 403);
    let detail = m1.call("objective", &[("objective_id", &team_objective)]).await.json();
    assert_eq!(detail["krs"][0]["kr"]["current"], 5.0, "nothing refused changed anything");

    // Refusals the rules make are said in Slack.
    let r = from_slack(&app, "/slack/commands", &command("UM1", &format!("checkin {kr} lots")), now).await;
    assert!(r.json()["text"].as_str().unwrap().contains("number"), "{}", r.body);
    let r = from_slack(&app, "/slack/commands", &command("USTRANGER", "checkin"), now).await;
    assert!(r.json()["text"].as_str().unwrap().contains("not linked"), "{}", r.body);
    let r = from_slack(&app, "/slack/commands", &command("UM2", &format!("checkin {kr} 7")), now).await;
    assert!(r.json()["text"].as_str().unwrap().contains("Only the team"), "m2 is not in Platform: {}", r.body);
    let r = from_slack(&app, "/slack/commands", &command("UM1", "vote"), now).await;
    assert!(r.json()["text"].as_str().unwrap().contains(&format!("{}/vote", app.base)), "{}", r.body);

    // Slack does not say its user's language: the answers come in the linked person's.
    assert_eq!(m1.call("set_language", &[("locale", "de")]).await.status, 200);
    // A second later: the same request at the same second would be a replay.
    let r = from_slack(&app, "/slack/commands", &command("UM1", "vote"), now + 1).await;
    let text = r.json()["text"].as_str().unwrap().to_owned();
    assert!(
        text.starts_with("Die Abstimmung dieser Woche ist auf Mistvines eigener Seite") && text.contains("|jetzt abstimmen>"),
        "{text}"
    );

    // /mistvine ppp opens the modal; its submission is saved as m1's team's PPP.
    let r = from_slack(&app, "/slack/commands", &command("UM1", "ppp"), now).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let views = slack.views();
    assert_eq!(views.len(), 1);
    let (trigger, view) = &views[0];
    assert_eq!(trigger, "trigger-1");
    assert_eq!(view["title"]["text"], "Das PPP deines Teams");
    assert_eq!(view["blocks"][0]["element"]["options"][0]["value"], team.as_str());
    let submit = |progress: &str| {
        let payload = json!({
            "type": "view_submission",
            "team": { "id": TEAM_ID },
            "user": { "id": "UM1", "team_id": TEAM_ID },
            "view": {
                "callback_id": view["callback_id"],
                "private_metadata": view["private_metadata"],
                "state": { "values": {
                    "team": { "team": { "type": "static_select", "selected_option": { "value": team } } },
                    "progress": { "progress": { "type": "plain_text_input", "value": progress } },
                    "plans": { "plans": { "type": "plain_text_input", "value": null } },
                    "problems": { "problems": { "type": "plain_text_input", "value": "Flaky tests" } }
                } }
            }
        });
        form(&[("payload", &payload.to_string())])
    };
    let r = from_slack(&app, "/slack/interactions", &submit("Shipped the cache"), now).await;
    assert_eq!((r.status, r.body.as_str()), (200, ""), "an empty answer closes the modal");
    let ppp = m1.call("team_ppp", &[("team_id", &team)]).await.body;
    assert!(ppp.contains("Shipped the cache") && ppp.contains("Flaky tests"), "{ppp}");
    // A refusal comes back into the modal, next to its field.
    let long = "x".repeat(2000);
    let r = from_slack(&app, "/slack/interactions", &submit(&long), now).await;
    assert_eq!(r.json()["response_action"], "errors", "{}", r.body);
    assert!(r.json()["errors"]["progress"].is_string(), "{}", r.body);
    let r = from_slack(&app, "/slack/interactions", &submit("Replayed"), now - 400).await;
    assert_eq!(r.status, 403);
}

#[tokio::test]
async fn without_the_apps_credentials_slack_is_not_offered() {
    let app = TestApp::spawn().await;
    let owner = app.owner("owner@example.com", "Acme").await;
    assert_eq!(owner.call("slack_status", &[]).await.json()["available"], false);
    assert_eq!(owner.get("/slack/install").await.headers["location"], "/admin?slack=unavailable#channels");
    let body = command("U1", "checkin");
    let r = from_slack(&app, "/slack/commands", &body, app.clock.now().timestamp()).await;
    assert_eq!(r.status, 403, "{}", r.body);
}
