//! Confirming an e-mail address (`server::service::confirmation`), on a
//! server that sends e-mail (a loopback SMTP server, `common::smtp`): a new
//! account works at once in the workspace it started and nowhere else until
//! it opens the link; a sign-up or a join with an address that already has
//! an account is answered exactly like one with a new address, and the
//! mail lets that address's owner take what was started.

use crate::common::smtp::SmtpSink;
use crate::common::{Client, Reply, TestApp};
use chrono::TimeDelta;

async fn app() -> (TestApp, SmtpSink) {
    let sink = SmtpSink::start().await;
    let configured = sink.clone();
    let mut app = TestApp::spawn_with(move |s| configured.configure(s)).await;
    app.mail = Some(sink.clone());
    (app, sink)
}

async fn signup(app: &TestApp, email: &str, password: &str, org: &str) -> (Client, Reply) {
    let c = app.client();
    let r = c.call("signup", &[("name", "Sam Person"), ("email", email), ("password", password), ("org_name", org)]).await;
    (c, r)
}

async fn join(app: &TestApp, token: &str, email: &str, password: &str) -> (Client, Reply) {
    let c = app.client();
    let r = c.call("join_with_signup", &[("token", token), ("name", "Jo Person"), ("email", email), ("password", password)]).await;
    (c, r)
}

fn location(r: &Reply) -> &str {
    r.headers.get("location").map(|l| l.to_str().unwrap()).unwrap_or_default()
}

fn token(link: &str) -> &str {
    link.rsplit('/').next().unwrap()
}

async fn login(app: &TestApp, email: &str, password: &str) -> u16 {
    app.client().call("login", &[("email", email), ("password", password)]).await.status
}

/// The person's organisations, by name in alphabetical order.
fn org_names(me: &serde_json::Value) -> Vec<String> {
    let mut names: Vec<String> = me["orgs"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap().to_owned()).collect();
    names.sort();
    names
}

#[tokio::test]
async fn a_new_account_works_at_once_in_its_workspace_and_elsewhere_only_once_confirmed() {
    let (app, sink) = app().await;
    let (sam, r) = signup(&app, "sam@example.com", "password-1", "Sam's").await;
    assert_eq!((r.status, location(&r)), (200, "/"), "{}", r.body);
    let me = sam.me().await;
    assert_eq!((me["org_name"].as_str(), me["confirmed"].as_bool()), (Some("Sam's"), Some(false)));
    sam.create_team("Platform").await;
    let page = sam.get("/").await.body;
    assert!(page.contains("Confirm your e-mail address: open the link we sent to sam@example.com"), "{page}");
    let link = sink.link_to("sam@example.com", "/confirm/").await;
    assert_eq!(sink.to("sam@example.com")[0].subject(), "Confirm your e-mail address for Mistvine");

    // Not yet: a password log-in elsewhere, or joining another organisation.
    assert_eq!(login(&app, "sam@example.com", "password-1").await, 401);
    let other = app.owner("other@example.com", "Other").await;
    let invite = other.invite_token().await;
    let r = sam.call("join", &[("token", &invite)]).await;
    assert_eq!(r.status, 403, "{}", r.body);
    assert!(r.error_text().contains("Confirm your e-mail address first"), "{}", r.body);
    // The link again: not twice in five minutes.
    assert_eq!(sam.call("resend_confirmation", &[]).await.status, 429);
    app.advance(TimeDelta::minutes(6));
    assert_eq!(sam.call("resend_confirmation", &[]).await.status, 200);
    let again = sink.nth_to("sam@example.com", 2).await.link(&format!("{}/confirm/", app.base));
    assert_ne!(again, link);

    // The link signs in anywhere and confirms; the other links are spent with it.
    let laptop = app.client();
    let landed = laptop.get(&format!("/confirm/{}", token(&link))).await;
    assert_eq!((landed.status, landed.headers["location"].to_str().unwrap()), (303, "/confirm"));
    assert!(laptop.get("/confirm").await.body.contains("Confirm my address"));
    let r = laptop.call("confirm_email", &[("token", "")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let me = laptop.me().await;
    assert_eq!((me["email"].as_str(), me["confirmed"].as_bool()), (Some("sam@example.com"), Some(true)));
    assert_eq!(laptop.call("confirm_email", &[("token", token(&link))]).await.status, 410, "used once");
    assert_eq!(laptop.call("confirm_email", &[("token", token(&again))]).await.status, 410, "the other link went with it");
    assert_eq!(sam.call("resend_confirmation", &[]).await.status, 409);
    assert_eq!(login(&app, "sam@example.com", "password-1").await, 200);
    assert_eq!(sam.call("join", &[("token", &invite)]).await.status, 200);
    assert_eq!(org_names(&sam.me().await), ["Other", "Sam's"]);
}

/// The sign-up oracle, closed: a taken address with a wrong password gets
/// a workspace and a session, like a new address, and cannot use them to
/// learn anything or to get at the account that holds the address.
#[tokio::test]
async fn a_sign_up_with_a_taken_address_looks_like_any_other_and_its_owner_may_take_the_workspace() {
    let (app, sink) = app().await;
    let victim = app.owner("taken@example.com", "Victim Org").await;
    let victim_id = victim.me().await["user_id"].clone();
    let mails_before = sink.to("taken@example.com").len();

    let (fresh, new_answer) = signup(&app, "fresh@example.com", "guess-pass-1", "Fresh").await;
    let (attacker, taken_answer) = signup(&app, "taken@example.com", "guess-pass-1", "Trap").await;
    assert_eq!((taken_answer.status, location(&taken_answer)), (new_answer.status, location(&new_answer)));
    assert_eq!(taken_answer.body, new_answer.body);
    for (c, org) in [(&fresh, "Fresh"), (&attacker, "Trap")] {
        let me = c.me().await;
        assert_eq!((me["org_name"].as_str(), me["confirmed"].as_bool()), (Some(org), Some(false)));
    }
    assert_ne!(attacker.me().await["user_id"], victim_id, "a new account, not the victim's");
    // Its password opens nothing, and the victim's account is untouched.
    assert_eq!(login(&app, "taken@example.com", "guess-pass-1").await, 401);
    assert_eq!(login(&app, "taken@example.com", "password-1").await, 200);
    assert_eq!(org_names(&victim.me().await), ["Victim Org"]);

    // The squatter even invited the address's owner in, as a member.
    let invite = attacker.invite_token().await;
    assert_eq!(victim.call("join", &[("token", &invite)]).await.status, 200);

    // The owner of the address hears of it, and may take the workspace.
    let mail = sink.nth_to("taken@example.com", mails_before + 1).await;
    assert_eq!(mail.subject(), "Someone started Trap on Mistvine with your address");
    let link = mail.link(&format!("{}/confirm/", app.base));
    assert_eq!(victim.call("confirm_email", &[("token", token(&link))]).await.status, 200);
    let me = victim.me().await;
    assert_eq!(me["user_id"], victim_id);
    assert_eq!(org_names(&me), ["Trap", "Victim Org"]);
    assert!(attacker.me().await.is_null(), "the account that started it is signed out");
    // ... and has left it: the workspace is the address owner's alone.
    let trap = me["orgs"].as_array().unwrap().iter().find(|o| o["name"] == "Trap").unwrap()["org_id"].to_string();
    assert_eq!(victim.call("switch_org", &[("org_id", &trap)]).await.status, 200);
    let members = victim.call("members", &[]).await.json();
    assert_eq!(members.as_array().unwrap().len(), 1, "{members}");
    assert_eq!(members[0]["role"], "Owner");
    let log = victim.call("membership_log", &[]).await.json();
    assert_eq!((log[0]["kind"].as_str(), log[0]["person"].as_str()), (Some("Left"), Some("Sam Person")), "{log}");

    // Guessing the password through sign-up is counted like log-in
    // guesses; past the limit the password is not even checked, and the
    // answer is again that of a new address (no "too many attempts").
    for i in 0..5 {
        let (_, r) = signup(&app, "taken@example.com", &format!("guess-{i}-pass"), "Guess").await;
        assert_eq!((r.status, location(&r)), (200, "/"), "{}", r.body);
    }
    let (c, r) = signup(&app, "taken@example.com", "password-1", "Right").await;
    assert_eq!((r.status, location(&r)), (200, "/"), "{}", r.body);
    assert_ne!(c.me().await["user_id"], victim_id, "the right password, unchecked past the limit");
    // A quarter of an hour on, the right password adds the workspace to the account.
    app.advance(TimeDelta::minutes(16));
    let (c, r) = signup(&app, "taken@example.com", "password-1", "Right").await;
    assert_eq!((r.status, location(&r)), (200, "/"), "{}", r.body);
    assert_eq!(c.me().await["user_id"], victim_id);
    // And none of it slowed the person's own log-in.
    assert_eq!(login(&app, "taken@example.com", "password-1").await, 200);
}

#[tokio::test]
async fn joining_with_a_new_address_waits_for_the_link_and_a_taken_one_is_answered_the_same() {
    let (app, sink) = app().await;
    let owner = app.owner("owner@example.com", "Acme").await;
    let elsewhere = app.owner("x@example.com", "Elsewhere").await;

    let (new, new_answer) = join(&app, &owner.invite_token().await, "new@example.com", "password-2").await;
    let (stranger, taken_answer) = join(&app, &owner.invite_token().await, "x@example.com", "not-their-password").await;
    for r in [&new_answer, &taken_answer] {
        assert_eq!((r.status, location(r)), (200, "/check-inbox"), "{}", r.body);
    }
    assert_eq!(new_answer.body, taken_answer.body);
    assert!(new.me().await.is_null() && stranger.me().await.is_null(), "no one is signed in yet");
    assert_eq!(owner.call("members", &[]).await.json().as_array().unwrap().len(), 1, "no one joined yet");
    assert!(new.get("/check-inbox").await.body.contains("Check your inbox"));

    // Each link joins whoever holds its address.
    let link = sink.link_to("new@example.com", "/confirm/").await;
    assert_eq!(sink.to("new@example.com")[0].subject(), "Confirm your e-mail address to join Acme");
    assert_eq!(new.call("confirm_email", &[("token", token(&link))]).await.status, 200);
    assert_eq!(new.me().await["org_name"], "Acme");
    // (x@ had one mail before: the link that confirmed its own account.)
    let mail = sink.nth_to("x@example.com", 2).await;
    assert_eq!(mail.subject(), "Someone asked to join Acme on Mistvine with your address");
    let link = mail.link(&format!("{}/confirm/", app.base));
    assert_eq!(elsewhere.call("confirm_email", &[("token", token(&link))]).await.status, 200);
    assert_eq!(org_names(&elsewhere.me().await), ["Acme", "Elsewhere"]);
    assert!(stranger.me().await.is_null());

    // With the account's own password, one joins at once.
    let (c, r) = join(&app, &owner.invite_token().await, "new@example.com", "password-2").await;
    assert_eq!(r.status, 409, "already a member: {}", r.body);
    let third = app.owner("third@example.com", "Third").await;
    drop(third);
    let (c3, r) = join(&app, &owner.invite_token().await, "third@example.com", "password-1").await;
    assert_eq!((r.status, location(&r)), (200, "/"), "{}", r.body);
    assert_eq!(c3.me().await["org_name"], "Acme");
    drop(c);
}

#[tokio::test]
async fn a_password_reset_link_confirms_the_address_too() {
    let (app, sink) = app().await;
    let sam = app.unconfirmed_owner("sam@example.com", "Sam's").await;
    drop(sam);
    assert_eq!(app.client().call("request_password_reset", &[("email", "sam@example.com")]).await.status, 200);
    let link = sink.link_to("sam@example.com", "/reset/").await;
    let c = app.client();
    let r = c.call("reset_password", &[("token", token(&link)), ("new_password", "a-new-password")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(c.me().await["confirmed"], true);
    assert_eq!(login(&app, "sam@example.com", "a-new-password").await, 200);
}

#[tokio::test]
async fn without_e_mail_new_accounts_are_confirmed_from_the_start() {
    let app = TestApp::spawn().await;
    let c = app.owner("sam@example.com", "Sam's").await;
    assert_eq!(c.me().await["confirmed"], true);
    assert!(!c.get("/").await.body.contains("Confirm your e-mail address"));
    assert_eq!(login(&app, "sam@example.com", "password-1").await, 200);
}
