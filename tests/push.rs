//! Phone notifications, end to end: devices subscribe as a browser does
//! (the JSON of its `PushSubscription`), the weekly run queues a reminder
//! per device in the same claim as the e-mails, and the sender posts each
//! one to a loopback push service (`common::push_service`) that checks the
//! VAPID signature and decrypts the payload with the device's own keys.
//! Devices the service forgot (404, 410) are dropped; a service in trouble
//! is tried again later; opt-outs of the person and of the organisation hold.

use crate::common::push_service::{Push, PushService};
use crate::common::{self, Client, TestApp};
use chrono::{DateTime, TimeDelta, Utc};

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// Monday 9 March 2026, 09:00 UTC: the default weekly moment of an organisation in UTC.
const MONDAY_NINE: &str = "2026-03-09T09:00:00Z";

async fn app_with(service: &PushService) -> TestApp {
    let prefix = service.prefix();
    TestApp::spawn_with(move |s| {
        s.push_services = vec![prefix];
        s.mail_poll_ms = 20;
    })
    .await
}

async fn subscribe(c: &Client, service: &PushService, device: &common::push_service::Device, label: &str) -> common::Reply {
    c.call("add_push_device", &[("subscription", &device.subscription(service)), ("label", label)]).await
}

async fn outbox(app: &TestApp, prefix: &str) -> Vec<(String, i64, Option<i64>, Option<i64>, String)> {
    sqlx::query_as("SELECT dedupe_key, attempts, sent_at, failed_at, last_error FROM outbox WHERE dedupe_key LIKE $1 ORDER BY dedupe_key")
        .bind(format!("{prefix}%"))
        .fetch_all(&app.db().await)
        .await
        .unwrap()
}

/// Waits until the outbox holds `n` settled messages keyed `prefix…`.
async fn wait_settled(app: &TestApp, prefix: &str, n: usize) {
    for _ in 0..1000 {
        let rows = outbox(app, prefix).await;
        if rows.iter().filter(|r| r.2.is_some() || r.3.is_some() || !r.4.is_empty()).count() >= n {
            return app.outbox_settled().await;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    panic!("expected {n} settled {prefix} messages; the outbox says {:?}", outbox(app, prefix).await);
}

fn assert_no_score(push: &Push) {
    let text = push.note.to_string();
    for word in ["score", "confidence is", "voted", "tally", "/10"] {
        assert!(!text.contains(word) || word == "voted" && text.contains("no one sees how you voted"), "{word} in {text}");
    }
}

#[tokio::test]
async fn the_weekly_reminder_reaches_each_device_encrypted_to_it_once() {
    let service = PushService::start().await;
    let app = app_with(&service).await;
    let owner = app.owner("owner@example.com", "Acme").await;
    owner.active_wave(0, 41).await;
    let member = app.member_of(&owner, "m1@example.com").await;
    let (phone, laptop, tablet, owners) =
        (service.device("phone"), service.device("laptop"), service.device("tablet"), service.device("owners-phone"));
    for (c, d, label) in
        [(&member, &phone, "Phone"), (&member, &laptop, "Laptop"), (&member, &tablet, "Tablet"), (&owner, &owners, "Phone")]
    {
        let r = subscribe(c, &service, d, label).await;
        assert_eq!(r.status, 200, "{}", r.body);
        assert_eq!(r.headers["location"], "/account?notifications=on#notifications");
    }
    let choices = member.call("push_choices", &[]).await.json();
    let labels: Vec<_> = choices["devices"].as_array().unwrap().iter().map(|d| d["label"].as_str().unwrap().to_owned()).collect();
    assert_eq!(labels, ["Phone", "Laptop", "Tablet"]);
    let public_key = choices["public_key"].as_str().unwrap().to_owned();
    // The laptop's browser unsubscribed (its push service answers 410), the
    // tablet's subscription expired (404).
    service.answer(&laptop, 410);
    service.answer(&tablet, 404);

    // Nothing before the organisation's moment.
    app.clock.set(utc("2026-03-09T08:59:00Z"));
    owner.me().await;
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    assert!(service.received().is_empty());
    app.clock.set(utc(MONDAY_NINE));
    let got = service.wait_for(2).await;
    wait_settled(&app, "push-reminder:", 4).await;
    assert!(service.refused().is_empty(), "{:?}", service.refused());
    let mut devices: Vec<_> = got.iter().map(|p| p.device.clone()).collect();
    devices.sort();
    assert_eq!(devices, ["owners-phone", "phone"]);
    let push = got.iter().find(|p| p.device == "phone").unwrap();
    // Decrypted with the phone's own key: the reminder, opening the vote page.
    assert_eq!(push.note["title"], "Acme: this week's vote");
    assert_eq!(push.note["url"], "/vote");
    assert!(push.note["body"].as_str().unwrap().contains("week 1 of 6 of W"), "{}", push.note);
    assert_no_score(push);
    // Signed with the key the account page gives browsers, for this push service, within a day.
    assert_eq!(push.vapid_key, public_key);
    assert_eq!(push.claims["aud"], service.base);
    let exp = push.claims["exp"].as_i64().unwrap();
    assert!(exp > utc(MONDAY_NINE).timestamp() && exp <= utc(MONDAY_NINE).timestamp() + 86_400, "{exp}");
    assert_eq!(push.ttl, "86400");

    // The laptop and the tablet are forgotten; the phone shows when it was last notified.
    let devices = member.call("push_choices", &[]).await.json()["devices"].clone();
    assert_eq!(devices.as_array().unwrap().len(), 1, "{devices}");
    assert_eq!(devices[0]["label"], "Phone");
    assert_eq!(devices[0]["last_sent_at"], utc(MONDAY_NINE).timestamp());
    let gone: Vec<_> = outbox(&app, "push-reminder:").await.into_iter().filter(|r| r.3.is_some()).map(|r| r.4).collect();
    assert_eq!(gone.len(), 2, "the 404 and the 410 gave up at once: {gone:?}");
    assert!(gone.iter().any(|e| e.contains("410")) && gone.iter().any(|e| e.contains("404")), "{gone:?}");

    // Later that day and again: still one each.
    app.advance(TimeDelta::hours(3));
    owner.me().await;
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(service.received().len(), 2);
    // A week later, one more each.
    app.advance(TimeDelta::days(7));
    owner.me().await;
    member.me().await;
    let got = service.wait_for(4).await;
    assert!(got[2..].iter().all(|p| p.note["body"].as_str().unwrap().contains("week 2 of 6")), "{got:?}");
}

#[tokio::test]
async fn a_service_in_trouble_is_tried_again_and_opt_outs_hold() {
    let service = PushService::start().await;
    let app = app_with(&service).await;
    let owner = app.owner("owner@example.com", "Acme").await;
    owner.active_wave(0, 41).await;
    let keen = app.member_of(&owner, "keen@example.com").await;
    let quiet = app.member_of(&owner, "quiet@example.com").await;
    let (keen_phone, quiet_phone) = (service.device("keen"), service.device("quiet"));
    assert_eq!(subscribe(&keen, &service, &keen_phone, "Phone").await.status, 200);
    assert_eq!(subscribe(&quiet, &service, &quiet_phone, "Phone").await.status, 200);
    // Quiet keeps the device but wants no reminder there.
    assert_eq!(quiet.call("update_push_choice", &[]).await.status, 200);
    assert_eq!(quiet.call("push_choices", &[]).await.json()["wanted"], false);
    service.answer(&keen_phone, 503);

    app.clock.set(utc(MONDAY_NINE));
    owner.me().await;
    wait_settled(&app, "push-reminder:", 1).await;
    let rows = outbox(&app, "push-reminder:").await;
    assert_eq!(rows.len(), 1, "only keen's device: {rows:?}");
    assert_eq!((rows[0].1, rows[0].2, rows[0].3), (1, None, None), "tried once, to be tried again: {rows:?}");
    assert!(rows[0].4.contains("503"));
    // The service recovers; after the backoff the reminder arrives.
    service.answer(&keen_phone, 201);
    app.advance(TimeDelta::hours(1));
    owner.me().await;
    let got = service.wait_for(1).await;
    assert_eq!(got[0].device, "keen");

    // The admins turn notifications off: next week, nothing.
    let r = owner.call("update_org_channels", &[]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(owner.call("org_channels", &[]).await.json()["push"], false);
    assert_eq!(keen.call("push_choices", &[]).await.json()["org_allows"], false);
    app.advance(TimeDelta::days(7));
    owner.me().await;
    keen.me().await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(service.received().len(), 1);
    assert_eq!(outbox(&app, "push-reminder:").await.len(), 1, "none queued");
    // Members cannot change the organisation's channels.
    assert_eq!(keen.call("update_org_channels", &[("push", "on")]).await.status, 403);
}

#[tokio::test]
async fn subscriptions_are_checked_and_devices_belong_to_their_person() {
    let service = PushService::start().await;
    let app = app_with(&service).await;
    let owner = app.owner("owner@example.com", "Acme").await;
    let other = app.member_of(&owner, "other@example.com").await;
    let phone = service.device("phone");
    let refuse = |r: common::Reply, field: &str, words: &str| {
        assert_eq!(r.status, 422, "{}", r.body);
        assert!(r.body.contains(field) && r.body.contains(words), "{}", r.body);
    };
    // Only push services this server sends to: never an address of the caller's choosing.
    let elsewhere = phone.subscription(&service).replace(&service.base, "http://169.254.169.254");
    refuse(owner.call("add_push_device", &[("subscription", &elsewhere), ("label", "Phone")]).await, "subscription", "push service");
    refuse(
        owner.call("add_push_device", &[("subscription", "not json"), ("label", "Phone")]).await,
        "subscription",
        "no push subscription",
    );
    let bad_key = phone.subscription(&service).replace("\"p256dh\":\"", "\"p256dh\":\"AAAA");
    refuse(owner.call("add_push_device", &[("subscription", &bad_key), ("label", "Phone")]).await, "subscription", "P-256");
    refuse(subscribe(&owner, &service, &phone, " ").await, "label", "cannot be empty");
    assert_eq!(app.client().call("add_push_device", &[("subscription", &phone.subscription(&service)), ("label", "x")]).await.status, 401);
    assert_eq!(app.count("push_subscriptions").await, 0, "nothing kept from refused calls");

    assert_eq!(subscribe(&owner, &service, &phone, "Phone").await.status, 200);
    let id = owner.call("push_choices", &[]).await.json()["devices"][0]["id"].to_string();
    // Someone else cannot remove it.
    assert_eq!(other.call("remove_push_device", &[("device_id", &id)]).await.status, 404);
    // The same browser, signed in as someone else, opting in: the device is theirs now (one row).
    assert_eq!(subscribe(&other, &service, &phone, "Shared tablet").await.status, 200);
    assert_eq!(app.count("push_subscriptions").await, 1);
    assert!(owner.call("push_choices", &[]).await.json()["devices"].as_array().unwrap().is_empty());
    let id = other.call("push_choices", &[]).await.json()["devices"][0]["id"].to_string();

    // A test notification arrives; a second within the minute is not sent twice.
    assert_eq!(other.call("send_test_push", &[]).await.status, 200);
    assert_eq!(other.call("send_test_push", &[]).await.status, 200);
    let got = service.wait_for(1).await;
    assert_eq!(got[0].note["url"], "/account#notifications");
    wait_settled(&app, "push-test:", 1).await;
    assert_eq!(outbox(&app, "push-test:").await.len(), 1);
    refuse(owner.call("send_test_push", &[]).await, "devices", "Turn notifications on");

    assert_eq!(other.call("remove_push_device", &[("device_id", &id)]).await.status, 200);
    assert_eq!(app.count("push_subscriptions").await, 0);
}
