//! Rules that depend on time passing, tested by moving the app's clock (never
//! by editing rows): weeks closing, PPP weeks rolling over, voting ending with
//! the wave, survey signals counting the weeks gone by, sessions, failed-login
//! windows and invites expiring, and boosts going stale.

use chrono::TimeDelta;
use crate::common::{Client, TestApp};
use serde_json::Value;

fn days(n: i64) -> TimeDelta {
    TimeDelta::days(n)
}

/// The owner's organisation with an active wave that began today (week 1)
/// and lasts three weeks, and a team with the owner in it.
async fn org(app: &TestApp) -> (Client, String, String) {
    let owner = app.owner("owner@example.com", "Acme").await;
    let (_, objective) = owner.active_wave(0, 20).await;
    let team = owner.own_team("Core").await;
    (owner, objective, team)
}

fn cell(report: &Value, objective: &str, week: usize) -> Value {
    let rows = report["rows"].as_array().unwrap();
    let row = rows.iter().find(|r| r["objective_id"].as_i64() == objective.parse().ok()).expect("row of the objective");
    row["cells"][week - 1].clone()
}

#[tokio::test]
async fn a_week_s_results_appear_once_the_week_has_closed() {
    let app = TestApp::spawn().await;
    let (owner, objective, _) = org(&app).await;
    let mut people = Vec::new();
    for who in ["a", "b", "c"] {
        people.push(app.member_of(&owner, &format!("{who}@example.com")).await);
    }
    for (i, c) in people.iter().enumerate() {
        let r = c.call("cast_vote", &[("objective_id", &objective), ("score", &(i + 2).to_string())]).await;
        assert_eq!(r.status, 200, "{}", r.body);
    }
    assert_eq!(cell(&owner.call("confidence", &[]).await.json(), &objective, 1), "WeekOpen");

    // The last moment of week 1 is still week 1.
    app.advance(days(7) - TimeDelta::seconds(12 * 3600 + 1));
    assert_eq!(cell(&owner.call("confidence", &[]).await.json(), &objective, 1), "WeekOpen");
    app.advance(TimeDelta::seconds(1));
    let report = owner.call("confidence", &[]).await.json();
    assert_eq!(report["current_week"], 2);
    let shown = cell(&report, &objective, 1);
    assert_eq!(shown["Shown"]["count"], 3);
    assert_eq!(shown["Shown"]["average"], 3.0);
    // Week 2 has no votes yet; a person votes again in the new week.
    assert_eq!(cell(&report, &objective, 2), "WeekOpen", "an open week reads the same with or without votes");
    let sheet = owner.call("vote_sheet", &[]).await.json();
    assert_eq!((sheet["week"].clone(), sheet["items"][0]["voted"].clone()), (Value::from(2), Value::from(false)));
}

#[tokio::test]
async fn voting_ends_with_the_wave_s_last_day() {
    let app = TestApp::spawn().await;
    let (owner, objective, _) = org(&app).await;
    // (Used at day 10, so the session does not end for being idle.)
    app.advance(days(10));
    owner.me().await;
    app.advance(days(10));
    assert_eq!(owner.call("cast_vote", &[("objective_id", &objective), ("score", "3")]).await.status, 200, "the last day still counts");
    app.advance(days(1));
    let r = owner.call("cast_vote", &[("objective_id", &objective), ("score", "3")]).await;
    assert_eq!(r.status, 409);
    assert!(r.body.contains("outside the wave"), "{}", r.body);
    assert!(owner.call("vote_sheet", &[]).await.json()["week"].is_null());
}

#[tokio::test]
async fn a_ppp_belongs_to_its_week_and_the_next_week_starts_empty() {
    let app = TestApp::spawn().await;
    let (owner, _, team) = org(&app).await;
    let save = |for_week: &'static str| {
        let (owner, team) = (owner.clone(), team.clone());
        async move { owner.call("save_ppp", &[("team_id", &team), ("progress", "Shipped"), ("plans", ""), ("problems", ""), ("for_week", for_week)]).await }
    };
    assert_eq!(save("1").await.status, 200);
    let page = owner.call("team_ppp", &[("team_id", &team)]).await.json();
    assert_eq!((page["week"].clone(), page["current"]["week"].clone()), (Value::from(1), Value::from(1)));

    app.advance(days(7));
    let page = owner.call("team_ppp", &[("team_id", &team)]).await.json();
    assert_eq!(page["week"], 2);
    assert!(page["current"].is_null(), "week 2 starts without an update");
    assert_eq!(page["earlier"][0]["week"], 1);
    let stale = save("1").await;
    assert_eq!(stale.status, 409, "a draft written for week 1 is not silently saved as week 2");
    assert!(stale.body.contains("week 2 has begun"), "{}", stale.body);
    let feed = owner.call("ppp_feed", &[]).await.json();
    assert_eq!(feed["week"], 2);
    assert!(feed["teams"][0][1].is_null(), "the feed shows week 2's missing update");
}

#[tokio::test]
async fn survey_signals_count_the_weeks_that_have_passed() {
    let app = TestApp::spawn().await;
    let (owner, _, team) = org(&app).await;
    let r = owner.call("save_ppp", &[("team_id", &team), ("progress", "Shipped"), ("plans", ""), ("problems", "")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let context_flow = |page: Value| page["signals"][2]["value"].as_str().unwrap().to_owned();
    assert!(context_flow(owner.call("survey", &[]).await.json()).starts_with("100 % of weeks with a PPP"));
    app.advance(days(7));
    assert!(context_flow(owner.call("survey", &[]).await.json()).starts_with("50 % of weeks with a PPP"));
}

#[tokio::test]
async fn a_session_ends_thirty_days_after_log_in_however_much_it_is_used() {
    let app = TestApp::spawn().await;
    let owner = app.owner("owner@example.com", "Acme").await;
    for _ in 0..2 {
        app.advance(days(10));
        assert_eq!(owner.me().await["name"], "Owner Person", "used every ten days");
    }
    app.advance(days(10) - TimeDelta::seconds(1));
    assert_eq!(owner.me().await["name"], "Owner Person");
    app.advance(TimeDelta::seconds(1));
    assert!(owner.me().await.is_null(), "the session has expired");
    assert_eq!(owner.call("teams", &[]).await.status, 401);
}

#[tokio::test]
async fn a_session_unused_for_fourteen_days_ends() {
    let app = TestApp::spawn().await;
    let owner = app.owner("owner@example.com", "Acme").await;
    app.advance(days(14) - TimeDelta::seconds(1));
    assert_eq!(owner.me().await["name"], "Owner Person", "used on its last idle second");
    // That use counts: another 14 days from now.
    app.advance(days(14) - TimeDelta::seconds(1));
    assert_eq!(owner.me().await["name"], "Owner Person");
    app.advance(days(14));
    assert!(owner.me().await.is_null(), "fourteen days without use");
}

#[tokio::test]
async fn failed_logins_count_for_fifteen_minutes() {
    let app = TestApp::spawn().await;
    app.owner("owner@example.com", "Acme").await;
    let c = app.client();
    let login = |password: &'static str| {
        let c = c.clone();
        async move { c.call("login", &[("email", "owner@example.com"), ("password", password)]).await.status }
    };
    for _ in 0..5 {
        assert_eq!(login("wrong-password").await, 401);
    }
    assert_eq!(login("password-1").await, 429, "locked even with the right password");
    app.advance(TimeDelta::minutes(15));
    assert_eq!(login("password-1").await, 429, "the window includes its first second");
    app.advance(TimeDelta::seconds(1));
    assert_eq!(login("password-1").await, 200, "the failures have left the window");
}

#[tokio::test]
async fn an_invite_link_works_for_seven_days() {
    let app = TestApp::spawn().await;
    let owner = app.owner("owner@example.com", "Acme").await;
    let (early, late) = (owner.invite_token().await, owner.invite_token().await);
    let join = |token: String, email: &'static str| {
        let c = app.client();
        async move { c.call("join_with_signup", &[("token", &token), ("name", "X"), ("email", email), ("password", "password-3")]).await }
    };
    app.advance(days(7) - TimeDelta::seconds(1));
    assert_eq!(join(early, "early@example.com").await.status, 200);
    app.advance(TimeDelta::seconds(1));
    let r = join(late, "late@example.com").await;
    assert_eq!(r.status, 410);
    assert!(r.body.contains("expired"));
    assert!(owner.call("invites", &[]).await.json().as_array().unwrap().is_empty(), "expired invites leave the admin's list");
}

#[tokio::test]
async fn an_open_boost_is_flagged_after_a_week() {
    let app = TestApp::spawn().await;
    let (owner, objective, team) = org(&app).await;
    let ours = owner.team_objective(&team, &objective).await;
    let r = owner.call("create_boost", &[("objective_id", &ours), ("to_team_id", ""), ("need", "A second pair of eyes")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let stale = |d: Value| d["stale_boosts"].as_array().unwrap().len();
    let dashboard = owner.call("dashboard", &[]).await.json();
    assert_eq!((dashboard["open_boosts"].clone(), stale(dashboard)), (Value::from(1), 0));
    app.advance(days(7));
    assert_eq!(stale(owner.call("dashboard", &[]).await.json()), 0, "exactly a week is not over a week");
    app.advance(TimeDelta::seconds(1));
    let dashboard = owner.call("dashboard", &[]).await.json();
    assert_eq!(stale(dashboard.clone()), 1);
    assert_eq!(dashboard["stale_boosts"][0]["need"], "A second pair of eyes");
}

#[tokio::test]
async fn a_person_who_joins_during_a_week_votes_from_the_next_week() {
    let app = TestApp::spawn().await;
    let (owner, objective, team) = org(&app).await;
    let colleague = app.member_of(&owner, "colleague@example.com").await;
    let team_objective = owner.team_objective(&team, &objective).await;
    app.advance(TimeDelta::hours(1));
    // An hour into week 1, two new accounts appear, one of them also put in the team.
    let puppet = app.member_of(&owner, "puppet@example.com").await;
    let puppet_id = puppet.me().await["user_id"].to_string();
    assert_eq!(owner.call("add_team_member", &[("team_id", &team), ("user_id", &puppet_id)]).await.status, 200);
    let colleague_id = colleague.me().await["user_id"].to_string();
    assert_eq!(owner.call("add_team_member", &[("team_id", &team), ("user_id", &colleague_id)]).await.status, 200);
    for (who, target) in [(&puppet, &objective), (&puppet, &team_objective), (&colleague, &team_objective)] {
        let r = who.call("cast_vote", &[("objective_id", target), ("score", "2")]).await;
        assert_eq!(r.status, 409, "{}", r.body);
        assert!(r.body.contains("from next week"), "{}", r.body);
    }
    // The colleague joined the organisation before the week: the wave objective is theirs to vote on.
    assert_eq!(colleague.call("cast_vote", &[("objective_id", &objective), ("score", "4")]).await.status, 200);
    let sheet = puppet.call("vote_sheet", &[]).await.json();
    assert!(sheet["items"].as_array().unwrap().iter().all(|i| i["from_next_week"] == true), "{sheet}");

    app.advance(days(7));
    for (who, target) in [(&puppet, &objective), (&puppet, &team_objective), (&colleague, &team_objective)] {
        let r = who.call("cast_vote", &[("objective_id", target), ("score", "2")]).await;
        assert_eq!(r.status, 200, "{}", r.body);
    }
}
