//! E-mail, end to end: the app sends through its real SMTP client to a
//! loopback SMTP server the test starts (`common::smtp`), and the test reads
//! what arrived. Invites, password resets, the weekly reminder in the
//! organisation's time zone, the leaders' Friday digest, opt-outs, retries
//! with backoff, and an outbox that outlives its server.

use crate::common::smtp::{Mail, SmtpSink};
use crate::common::{self, TestApp};
use chrono::{DateTime, TimeDelta, Utc};

async fn app_with(sink: &SmtpSink) -> TestApp {
    let configured = sink.clone();
    let mut app = TestApp::spawn_with(move |s| configured.configure(s)).await;
    app.mail = Some(sink.clone());
    app
}

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// Rows of the outbox with `prefix` keys, as (key, attempts, sent, body).
async fn outbox(app: &TestApp, prefix: &str) -> Vec<(String, i64, Option<i64>, String)> {
    sqlx::query_as("SELECT dedupe_key, attempts, sent_at, body FROM outbox WHERE dedupe_key LIKE $1 ORDER BY dedupe_key")
        .bind(format!("{prefix}%"))
        .fetch_all(&app.db().await)
        .await
        .unwrap()
}

/// Waits until the app has recorded `attempts` tries of the message keyed
/// `prefix…`, the last one failed, with the next try scheduled at `retry_at`
/// (what the app wrote, not what the mail server saw: see `TestApp::outbox_settled`).
async fn wait_for_retry(app: &TestApp, prefix: &str, attempts: i64, retry_at: i64) {
    let db = app.db().await;
    let mut seen = None;
    for _ in 0..1000 {
        let row: Option<(i64, i64, String)> =
            sqlx::query_as("SELECT attempts, next_attempt_at, last_error FROM outbox WHERE dedupe_key LIKE $1")
                .bind(format!("{prefix}%"))
                .fetch_optional(&db)
                .await
                .unwrap();
        if row.as_ref().is_some_and(|row| row.0 == attempts && row.1 == retry_at && !row.2.is_empty()) {
            return;
        }
        seen = row;
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    panic!("expected try {attempts} recorded as failed with the next at {retry_at}; the outbox says {seen:?}");
}

/// Waits until the app has handled `n` reset requests (it answers before
/// doing the work: see `service::mail::request_reset`).
async fn requests_handled(app: &TestApp, n: i64) {
    let db = app.db().await;
    let handled = || async { sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM reset_requests").fetch_one(&db).await.unwrap() };
    for _ in 0..1000 {
        if handled().await >= n {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    panic!("expected {n} handled reset requests, got {}", handled().await);
}

/// Asks for a reset link for `email` and waits until it arrives and the app
/// has recorded it sent: a mail that proves the sender ran after whatever
/// the test did before.
async fn marker(app: &TestApp, sink: &SmtpSink, email: &str) -> Mail {
    let before = sink.to(email).iter().filter(|m| m.subject().contains("Reset")).count();
    assert_eq!(app.client().call("request_password_reset", &[("email", email)]).await.status, 200);
    loop {
        let resets: Vec<Mail> = sink.to(email).into_iter().filter(|m| m.subject().contains("Reset")).collect();
        if resets.len() > before {
            app.outbox_settled().await;
            return resets.last().unwrap().clone();
        }
        sink.wait_for(sink.mails().len() + 1).await;
    }
}

fn token_of(link: &str) -> String {
    link.rsplit('/').next().unwrap().to_owned()
}

#[tokio::test]
async fn without_an_smtp_server_nothing_offers_email() {
    let app = TestApp::spawn().await;
    let owner = app.owner("owner@example.com", "Acme").await;
    let r = app.client().call("request_password_reset", &[("email", "owner@example.com")]).await;
    assert_eq!(r.status, 403, "{}", r.body);
    assert!(r.body.contains("does not send e-mail"), "{}", r.body);
    assert_eq!(owner.call("email_invite", &[("email", "new@example.com")]).await.status, 403);
    assert_eq!(owner.call("email_choices", &[]).await.json()["enabled"], false);
    assert_eq!(owner.call("org_mail", &[]).await.json()["enabled"], false);
    assert_eq!(app.count("outbox").await, 0);
}

#[tokio::test]
async fn a_reset_link_arrives_once_works_once_and_signs_out_everywhere() {
    let sink = SmtpSink::start().await;
    let app = app_with(&sink).await;
    let owner = app.owner("owner@example.com", "Acme").await;
    let api_token = owner.api_token("password-1", "read", "30").await;
    // An address without an account gets the same answer and no mail.
    assert_eq!(app.client().call("request_password_reset", &[("email", "nobody@example.com")]).await.status, 200);
    let mail = marker(&app, &sink, "owner@example.com").await;
    assert!(sink.to("nobody@example.com").is_empty());
    assert_eq!(mail.from, "okr@example.com");
    let link = mail.link(&format!("{}/reset/", app.base));
    let token = token_of(&link);

    let stranger = app.client();
    let r = stranger.call("check_reset", &[("token", &token)]).await;
    assert_eq!((r.status, r.json()), (200, serde_json::json!("owner@example.com")));
    let r = stranger.call("reset_password", &[("token", &token), ("new_password", "short")]).await;
    assert_eq!(r.status, 422, "a bad new password is refused and the link stays usable");
    assert_eq!(stranger.call("check_reset", &[("token", &token)]).await.status, 200);
    // Opening the link leaves the token in a cookie and goes on to an
    // address without it; the page and its form take the cookie's token.
    let landed = stranger.get(&format!("/reset/{token}")).await;
    assert_eq!(landed.status, 303);
    assert_eq!(landed.headers["location"], "/reset");
    let cookie = landed.headers["set-cookie"].to_str().unwrap();
    assert!(cookie.contains(&token) && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    assert_eq!(
        (landed.headers["cache-control"].to_str().unwrap(), landed.headers["referrer-policy"].to_str().unwrap()),
        ("no-store", "no-referrer")
    );
    let page = stranger.get("/reset").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("For owner@example.com.") && !page.body.contains(&token), "{}", page.body);
    let r = stranger.call("reset_password", &[("token", ""), ("new_password", "a-new-password")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let forgotten = r.headers.get_all("set-cookie").iter().any(|c| c.to_str().unwrap().starts_with("mistvine_reset=; Max-Age=0"));
    assert!(forgotten, "the used token's cookie is cleared");
    assert_eq!(stranger.me().await["email"], "owner@example.com", "the reset signs the person in here");
    assert!(owner.me().await.is_null(), "and out everywhere else");
    let api = reqwest::Client::new().get(format!("{}/api/v1/waves", app.base)).bearer_auth(&api_token).send().await.unwrap();
    assert_eq!(api.status().as_u16(), 401, "and revokes the API tokens made with the old password");

    assert_eq!(stranger.call("reset_password", &[("token", &token), ("new_password", "another-password")]).await.status, 410);
    let c = app.client();
    assert_eq!(c.call("login", &[("email", "owner@example.com"), ("password", "password-1")]).await.status, 401);
    assert_eq!(c.call("login", &[("email", "owner@example.com"), ("password", "a-new-password")]).await.status, 200);
    let sent = outbox(&app, "reset:").await;
    assert_eq!(sent.len(), 1, "one message for one request");
    assert!(sent[0].2.is_some() && sent[0].3.is_empty(), "sent, and the link is no longer kept in the outbox");
}

/// The answer does not wait for anything that depends on whether the
/// address has an account: with the database's write lock held elsewhere,
/// a known and an unknown address are both answered at once, and the link
/// goes out once the lock is free.
#[tokio::test]
async fn a_reset_request_is_answered_before_the_account_is_looked_up() {
    let sink = SmtpSink::start().await;
    let app = app_with(&sink).await;
    app.owner("owner@example.com", "Acme").await;
    app.outbox_settled().await;
    let before = sink.mails().len();
    let blocker = app.block_writes("reset_requests").await;
    for email in ["owner@example.com", "nobody@example.com"] {
        let (client, form) = (app.client(), [("email", email)]);
        let ask = client.call("request_password_reset", &form);
        let r = tokio::time::timeout(std::time::Duration::from_secs(3), ask).await.expect("answered while the lookup cannot run");
        assert_eq!(r.status, 200, "{}", r.body);
    }
    assert_eq!(sink.mails().len(), before);
    blocker.rollback().await.unwrap();
    let mail = sink.wait_for(before + 1).await.remove(before);
    assert_eq!(mail.to, ["owner@example.com"]);
}

/// One address asks for at most ten links an hour, whatever accounts it
/// names: nobody can send every account its three e-mails an hour.
#[tokio::test]
async fn one_address_may_ask_for_ten_reset_links_an_hour() {
    let sink = SmtpSink::start().await;
    let app = app_with(&sink).await;
    app.owner("owner@example.com", "Acme").await;
    for i in 0..10 {
        let email = format!("nobody{i}@example.com");
        assert_eq!(app.client().call("request_password_reset", &[("email", email.as_str())]).await.status, 200);
    }
    requests_handled(&app, 10).await;
    assert_eq!(app.client().call("request_password_reset", &[("email", "owner@example.com")]).await.status, 200, "the same answer");
    requests_handled(&app, 11).await;
    assert_eq!(app.count("password_resets").await, 0, "the eleventh in the hour sends nothing");
    app.advance(TimeDelta::minutes(61));
    marker(&app, &sink, "owner@example.com").await;
}

#[tokio::test]
async fn a_reset_link_expires_after_an_hour_and_three_an_hour_are_sent() {
    let sink = SmtpSink::start().await;
    let app = app_with(&sink).await;
    app.owner("owner@example.com", "Acme").await;
    let first = token_of(&marker(&app, &sink, "owner@example.com").await.link(&format!("{}/reset/", app.base)));
    marker(&app, &sink, "owner@example.com").await;
    marker(&app, &sink, "owner@example.com").await;
    // The fourth in the hour answers the same and sends nothing.
    assert_eq!(app.client().call("request_password_reset", &[("email", "owner@example.com")]).await.status, 200);
    requests_handled(&app, 4).await;
    assert_eq!(app.count("password_resets").await, 3);
    app.advance(TimeDelta::minutes(61));
    let r = app.client().call("check_reset", &[("token", &first)]).await;
    assert_eq!(r.status, 410);
    assert!(r.body.contains("expired or was already used"), "{}", r.body);
    assert_eq!(app.client().call("reset_password", &[("token", &first), ("new_password", "a-new-password")]).await.status, 410);
    // An hour on, a new link may be sent again.
    marker(&app, &sink, "owner@example.com").await;
    assert_eq!(sink.to("owner@example.com").iter().filter(|m| m.subject().contains("Reset")).count(), 4);
}

#[tokio::test]
async fn an_invite_arrives_by_email_and_its_link_joins() {
    let sink = SmtpSink::start().await;
    let app = app_with(&sink).await;
    let owner = app.owner("owner@example.com", "Acme").await;
    let r = owner.call("email_invite", &[("email", "New.Person@Example.com")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let token = token_of(&sink.link_to("new.person@example.com", "/join/").await);
    let mail = sink.to("new.person@example.com").remove(0);
    assert_eq!(mail.subject(), "Owner Person invited you to Acme on Mistvine");
    let new = app.client();
    let r = new
        .call(
            "join_with_signup",
            &[("token", &token), ("name", "New Person"), ("email", "new.person@example.com"), ("password", "password-3")],
        )
        .await;
    assert_eq!((r.status, r.headers["location"].to_str().unwrap()), (200, "/check-inbox"), "{}", r.body);
    // The new account joins once it has confirmed its address.
    assert!(new.me().await.is_null());
    app.confirm_address(&new, "new.person@example.com").await;
    assert_eq!(new.me().await["org_name"], "Acme");

    let r = owner.call("email_invite", &[("email", "new.person@example.com")]).await;
    assert_eq!(r.status, 422, "already a member");
    assert!(r.body.contains("already a member"), "{}", r.body);
    assert_eq!(owner.call("email_invite", &[("email", "not an address")]).await.status, 422);
    assert_eq!(new.call("email_invite", &[("email", "x@example.com")]).await.status, 403, "members cannot invite");
    assert_eq!(outbox(&app, "invite:").await.len(), 1);

    // Nobody knows an invitee's language: the organisation's is used.
    assert_eq!(owner.call("set_org_language", &[("locale", "fr")]).await.status, 200);
    assert_eq!(owner.call("email_invite", &[("email", "francoise@example.com")]).await.status, 200);
    sink.link_to("francoise@example.com", "/join/").await;
    let mail = sink.to("francoise@example.com").remove(0);
    assert_eq!(mail.subject(), "Owner Person vous invite à rejoindre Acme sur Mistvine");
    assert!(mail.body().contains("le lien fonctionne une fois, pendant 7 jours"), "{}", mail.body());
}

/// An organisation in New York with a running wave: the owner and m1 in
/// Platform, m2 without a team. Returns (owner, m1, m2, team).
async fn new_york(app: &TestApp) -> (common::Client, common::Client, common::Client, String) {
    let owner = app.owner("owner@example.com", "Acme").await;
    owner.active_wave(0, 41).await;
    let team = owner.own_team("Platform").await;
    let m1 = app.member_of(&owner, "m1@example.com").await;
    let m2 = app.member_of(&owner, "m2@example.com").await;
    let id = m1.me().await["user_id"].to_string();
    assert_eq!(owner.call("add_team_member", &[("team_id", &team), ("user_id", &id)]).await.status, 200);
    let r = owner.call("update_org_mail", &[("time_zone", "america/new_york"), ("reminder_day", "1"), ("reminder_time", "09:00")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    (owner, m1, m2, team)
}

#[tokio::test]
async fn the_weekly_reminder_goes_once_per_person_at_the_organisations_time_in_its_zone() {
    let sink = SmtpSink::start().await;
    let app = app_with(&sink).await;
    let (owner, _m1, m2, team) = new_york(&app).await;
    assert_eq!(owner.call("org_mail", &[]).await.json()["time_zone"], "America/New_York", "stored as the time zone database spells it");
    // m2 turns the reminder off.
    assert_eq!(m2.call("update_email_choices", &[("digest", "on")]).await.status, 200);
    assert_eq!(m2.call("email_choices", &[]).await.json()["reminders"], false);
    // m1 reads Mistvine in German: so does their reminder.
    assert_eq!(_m1.call("set_language", &[("locale", "de")]).await.status, 200);

    // Monday 9 March, 08:59 in New York (daylight saving began on the 8th: UTC-4).
    app.clock.set(utc("2026-03-09T12:59:00Z"));
    marker(&app, &sink, "m2@example.com").await;
    assert!(sink.mails().iter().all(|m| !m.subject().contains("this week's vote")), "nothing before 09:00");
    app.clock.set(utc("2026-03-09T13:00:00Z"));
    let reminders = |sink: &SmtpSink| -> Vec<Mail> {
        sink.mails().into_iter().filter(|m| m.subject().contains("this week's vote") || m.subject().contains("Abstimmung")).collect()
    };
    while reminders(&sink).len() < 2 {
        sink.wait_for(sink.mails().len() + 1).await;
    }
    app.outbox_settled().await;
    let got = reminders(&sink);
    let mut to: Vec<_> = got.iter().map(|m| m.to[0].clone()).collect();
    to.sort();
    assert_eq!(to, ["m1@example.com", "owner@example.com"], "everyone with the reminder on, m2 not");
    let owners = &sink.to("owner@example.com").into_iter().find(|m| m.subject().contains("vote")).unwrap();
    assert_eq!(owners.subject(), "Acme: this week's vote and PPP");
    let body = owners.body();
    assert!(body.contains("week 1 of 6 of W in Acme") && body.contains(&format!("{}/vote", app.base)), "{body}");
    assert!(body.contains("Write Platform's PPP") && body.contains(&format!("/teams/{team}#ppp")), "{body}");
    let german = sink.to("m1@example.com").into_iter().find(|m| m.subject().contains("Abstimmung")).unwrap();
    assert_eq!(german.subject(), "Acme: die Abstimmung und das PPP dieser Woche");
    let body = german.body();
    assert!(body.starts_with("Hallo Member Person,") && body.contains("Es ist Woche 1 von 6 der Welle W in Acme."), "{body}");
    assert!(body.contains("Schreibe das PPP von Platform") && body.contains("auf deiner Kontoseite ab"), "{body}");
    // Queued at 09:00 New York time, not before.
    let queued: Vec<i64> =
        sqlx::query_scalar("SELECT created_at FROM outbox WHERE dedupe_key LIKE 'reminder:%'").fetch_all(&app.db().await).await.unwrap();
    assert!(queued.iter().all(|t| *t >= utc("2026-03-09T13:00:00Z").timestamp()), "{queued:?}");

    // Later the same day, the sender has run again: still one each.
    app.advance(TimeDelta::hours(2));
    marker(&app, &sink, "m2@example.com").await;
    assert_eq!(reminders(&sink).len(), 2);
    assert_eq!(outbox(&app, "reminder:").await.len(), 2);

    // Next Monday, one more each (sessions are kept alive meanwhile).
    app.advance(TimeDelta::days(7));
    owner.me().await;
    while reminders(&sink).len() < 4 {
        sink.wait_for(sink.mails().len() + 1).await;
    }
    assert_eq!(sink.to("owner@example.com").iter().filter(|m| m.subject().contains("vote")).count(), 2);
    let owners: Vec<Mail> = reminders(&sink).into_iter().filter(|m| m.to[0] == "owner@example.com").collect();
    assert!(owners[1].body().contains("week 2 of 6"));
}

#[tokio::test]
async fn the_friday_digest_goes_to_leaders_with_aggregates_only() {
    let sink = SmtpSink::start().await;
    let app = app_with(&sink).await;
    let (owner, m1, _m2, team) = new_york(&app).await;
    let id = m1.me().await["user_id"].to_string();
    assert_eq!(owner.call("change_role", &[("user_id", &id), ("role", "leader")]).await.status, 200);
    let r = owner.call("save_ppp", &[("team_id", &team), ("progress", "x"), ("plans", "y"), ("problems", "Our schema is a mess")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    // The owner keeps the digest but turns the reminder off.
    assert_eq!(owner.call("update_email_choices", &[("digest", "on")]).await.status, 200);

    // Friday 6 March, 09:00 in New York (still UTC-5).
    app.clock.set(utc("2026-03-06T14:00:00Z"));
    let digests = |sink: &SmtpSink| -> Vec<Mail> { sink.mails().into_iter().filter(|m| m.subject().contains("the week in")).collect() };
    while digests(&sink).len() < 2 {
        sink.wait_for(sink.mails().len() + 1).await;
    }
    app.outbox_settled().await;
    let mut to: Vec<_> = digests(&sink).iter().map(|m| m.to[0].clone()).collect();
    to.sort();
    assert_eq!(to, ["m1@example.com", "owner@example.com"], "owners, admins and leaders; not members");
    let body = digests(&sink)[0].body();
    assert!(body.contains("Problems from PPP updates not yet solved: 1") && body.contains("Platform: Our schema is a mess"), "{body}");
    assert!(body.contains("Boosts waiting for a team: 0"), "{body}");
    assert!(body.contains("no one's vote is in this e-mail"), "{body}");
    assert_eq!(digests(&sink)[0].subject(), "Acme: the week in W");

    // The leader turns it off: next Friday only the owner gets one.
    assert_eq!(m1.call("update_email_choices", &[]).await.status, 200);
    app.advance(TimeDelta::days(7));
    owner.me().await;
    while digests(&sink).len() < 3 {
        sink.wait_for(sink.mails().len() + 1).await;
    }
    marker(&app, &sink, "owner@example.com").await;
    assert_eq!(digests(&sink).len(), 3);
    assert_eq!(digests(&sink)[2].to, ["owner@example.com"]);
}

#[tokio::test]
async fn the_schedule_refuses_unknown_zones_and_times_and_non_admins() {
    let sink = SmtpSink::start().await;
    let app = app_with(&sink).await;
    let owner = app.owner("owner@example.com", "Acme").await;
    let member = app.member_of(&owner, "m@example.com").await;
    let set = |zone: &'static str, day: &'static str, time: &'static str| {
        let owner = owner.clone();
        async move { owner.call("update_org_mail", &[("time_zone", zone), ("reminder_day", day), ("reminder_time", time)]).await }
    };
    for (zone, day, time, field) in [
        ("Mars/Olympus", "1", "09:00", "time_zone"),
        ("", "1", "09:00", "time_zone"),
        ("UTC", "8", "09:00", "reminder_day"),
        ("UTC", "1", "25:00", "reminder_time"),
    ] {
        let r = set(zone, day, time).await;
        assert_eq!(r.status, 422, "{zone} {day} {time}: {}", r.body);
        assert_eq!(r.error_kind(), "Invalid");
        assert!(r.body.contains(field), "{}", r.body);
    }
    let r = owner.call("org_mail", &[]).await.json();
    assert_eq!(
        (r["time_zone"].as_str(), r["schedule"]["day"].as_i64(), r["schedule"]["minute"].as_i64()),
        (Some("UTC"), Some(1), Some(540)),
        "nothing saved"
    );
    assert_eq!(set("Europe/Berlin", "5", "16:30").await.status, 200);
    let r = member.call("update_org_mail", &[("time_zone", "UTC"), ("reminder_day", "1"), ("reminder_time", "09:00")]).await;
    assert_eq!(r.status, 403);
    assert_eq!(member.call("org_mail", &[]).await.status, 403);
    assert_eq!(owner.call("org_mail", &[]).await.json()["schedule"]["minute"], 990);
}

#[tokio::test]
async fn a_refusing_mail_server_is_retried_with_growing_waits() {
    let sink = SmtpSink::start().await;
    let app = app_with(&sink).await;
    app.owner("owner@example.com", "Acme").await;
    app.outbox_settled().await;
    let confirmation = sink.mails().len();
    sink.refuse_next(2);
    assert_eq!(app.client().call("request_password_reset", &[("email", "owner@example.com")]).await.status, 200);
    let attempts = || async { outbox(&app, "reset:").await[0].1 };
    // The first retry waits a minute, the next two.
    let t0 = common::start().timestamp();
    wait_for_retry(&app, "reset:", 1, t0 + 60).await;
    app.advance(TimeDelta::seconds(59));
    app.advance(TimeDelta::seconds(1));
    wait_for_retry(&app, "reset:", 2, t0 + 60 + 120).await;
    assert_eq!(sink.refused(), 2);
    app.advance(TimeDelta::seconds(119));
    assert_eq!(sink.mails().len(), confirmation);
    app.advance(TimeDelta::seconds(1));
    let mail = sink.wait_for(confirmation + 1).await.remove(confirmation);
    assert_eq!(mail.subject(), "Reset your Mistvine password");
    assert_eq!(attempts().await, 3);
    // The sink has it a moment before the app records it sent: wait for the record.
    let db = app.db().await;
    let mut row: (Option<i64>, String) = (None, String::new());
    for _ in 0..1000 {
        row = sqlx::query_as("SELECT sent_at, last_error FROM outbox WHERE dedupe_key LIKE 'reset:%'").fetch_one(&db).await.unwrap();
        if row.0.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    assert!(row.0.is_some() && row.1.is_empty(), "{row:?}");
}

#[tokio::test]
async fn the_outbox_outlives_its_server_and_a_second_server_sends_nothing_twice() {
    let down = SmtpSink::start().await;
    down.refuse_next(u32::MAX);
    let app = app_with(&down).await;
    // No mail gets through to confirm the owner's address; their workspace works all the same.
    let owner = app.unconfirmed_owner("owner@example.com", "Acme").await;
    assert_eq!(owner.call("email_invite", &[("email", "new@example.com")]).await.status, 200);
    wait_for_retry(&app, "invite", 1, common::start().timestamp() + 60).await;
    // The first server's clock stands still, so it never tries again. A
    // server started later (a restart, or a second app server) on the same
    // data sends it, once, to a mail server that works.
    let up = SmtpSink::start().await;
    let later = common::start() + TimeDelta::minutes(5);
    let (base, _clock) = app.another_server(later, |s| up.configure(s)).await;
    up.link_to("new@example.com", "/join/").await;
    let r = app.client_of(&base).call("request_password_reset", &[("email", "owner@example.com")]).await;
    assert_eq!(r.status, 200);
    up.link_to("owner@example.com", "/reset/").await;
    assert_eq!(up.to("new@example.com").len(), 1);
    assert_eq!(down.mails().len(), 0);
}

/// A new workspace is the cheapest relay for phishing: it e-mails at most
/// 10 invites an hour and 20 a day in its first day, then 50 and 200.
#[tokio::test]
async fn a_workspace_e_mails_a_limited_number_of_invites() {
    let sink = SmtpSink::start().await;
    let app = app_with(&sink).await;
    let owner = app.owner("owner@example.com", "Acme").await;
    let invite = |i: usize| {
        let owner = owner.clone();
        async move { owner.call("email_invite", &[("email", format!("p{i}@example.com").as_str())]).await }
    };
    for i in 0..10 {
        assert_eq!(invite(i).await.status, 200);
    }
    let r = invite(10).await;
    assert_eq!(r.status, 429, "{}", r.body);
    assert!(r.body.contains("first day may e-mail 10 invites an hour"), "{}", r.body);
    app.advance(TimeDelta::minutes(61));
    for i in 10..20 {
        assert_eq!(invite(i).await.status, 200);
    }
    app.advance(TimeDelta::minutes(61));
    let r = invite(20).await;
    assert_eq!(r.status, 429);
    assert!(r.body.contains("20 invites a day"), "{}", r.body);
    assert_eq!(
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM invites").fetch_one(&app.db().await).await.unwrap(),
        20,
        "refused ones leave nothing"
    );
    // A day after it was made, the workspace's own limits apply.
    app.advance(TimeDelta::hours(22));
    assert_eq!(invite(21).await.status, 200);
}

/// Senders take due messages in turns across organisations: a burst of one
/// organisation's invites does not hold back another person's reset link.
#[tokio::test]
async fn one_organisations_burst_does_not_delay_anothers_mail() {
    let sink = SmtpSink::start().await;
    let app = app_with(&sink).await;
    let busy = app.owner("busy@example.com", "Busy").await;
    app.owner("other@example.com", "Other").await;
    app.advance(TimeDelta::hours(25));
    busy.me().await;
    // The mail server is down while everything is queued, so that all of it
    // is due again at the same moment.
    sink.refuse_next(u32::MAX);
    for i in 0..21 {
        assert_eq!(busy.call("email_invite", &[("email", format!("p{i}@example.com").as_str())]).await.status, 200);
    }
    assert_eq!(app.client().call("request_password_reset", &[("email", "other@example.com")]).await.status, 200);
    let db = app.db().await;
    let failed_once = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM outbox WHERE attempts = 1 AND last_error <> ''").fetch_one(&db).await.unwrap()
    };
    for _ in 0..1000 {
        if failed_once().await == 22 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    assert_eq!(failed_once().await, 22, "every message tried once");
    sink.refuse_next(0);
    app.advance(TimeDelta::seconds(60));
    let mails = sink.wait_for(22).await;
    let reset = mails.iter().position(|m| m.to == ["other@example.com"]).expect("the reset went out");
    assert!(reset < 20, "the reset went out with the first batch, at {reset}");
}
