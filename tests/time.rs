//! Rules that depend on time passing, tested by moving the app's clock (never
//! by editing rows): weeks closing, PPP weeks rolling over, voting ending with
//! the wave, survey signals counting the weeks gone by, sessions, failed-login
//! windows and invites expiring, and boosts going stale.

use crate::common::{Client, TestApp};
use chrono::TimeDelta;
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
    let app = TestApp::spawn_early().await;
    let (owner, objective, _) = org(&app).await;
    let mut people = Vec::new();
    for who in ["a", "b", "c"] {
        people.push(app.member_of(&owner, &format!("{who}@example.com")).await);
    }
    app.settle_in();
    for (i, c) in people.iter().enumerate() {
        let r = c.call("cast_vote", &[("objective_id", &objective), ("score", &(i + 2).to_string())]).await;
        assert_eq!(r.status, 200, "{}", r.body);
    }
    assert_eq!(cell(&owner.call("confidence", &[]).await.json(), &objective, 1), "WeekOpen");

    // The last moment of week 1 is still week 1; week 2 has not begun.
    app.advance(days(7) - TimeDelta::seconds(12 * 3600 + 1));
    assert_eq!(cell(&owner.call("confidence", &[]).await.json(), &objective, 1), "WeekOpen");
    assert_eq!(cell(&owner.call("confidence", &[]).await.json(), &objective, 2), "NotStarted");
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
    assert!(r.error_text().contains("outside the wave"), "{}", r.body);
    assert!(owner.call("vote_sheet", &[]).await.json()["week"].is_null());
}

#[tokio::test]
async fn a_ppp_belongs_to_its_week_and_the_next_week_starts_empty() {
    let app = TestApp::spawn().await;
    let (owner, _, team) = org(&app).await;
    let save = |for_week: &'static str| {
        let (owner, team) = (owner.clone(), team.clone());
        async move {
            owner
                .call("save_ppp", &[("team_id", &team), ("progress", "Shipped"), ("plans", ""), ("problems", ""), ("for_week", for_week)])
                .await
        }
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
    let weeks_with_ppp = |page: Value| page["signals"][2]["reading"]["Context"]["weeks_with_ppp"].clone();
    assert_eq!(weeks_with_ppp(owner.call("survey", &[]).await.json()), 100);
    app.advance(days(7));
    assert_eq!(weeks_with_ppp(owner.call("survey", &[]).await.json()), 50);
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

/// The attack of hardening round three: an admin invites two made-up
/// accounts, puts them on a team with a colleague, starts a new wave (and
/// opens the survey) at once and votes 5 with them, to read the
/// colleague's score from the week's distribution. They count only after a
/// full week as members before a week begins, which no wave or survey
/// action shortens; and once they count, the colleague sees them marked.
#[tokio::test]
async fn made_up_accounts_cannot_vote_beside_a_colleague_at_once_and_show_when_they_can() {
    let app = TestApp::spawn_early().await;
    let owner = app.owner("owner@example.com", "Acme").await;
    let target = app.member_of(&owner, "target@example.com").await;
    let team = owner.own_team("Core").await;
    let target_id = target.me().await["user_id"].to_string();
    assert_eq!(owner.call("add_team_member", &[("team_id", &team), ("user_id", &target_id)]).await.status, 200);
    app.settle_in();
    // The admin's preparations, all on one day.
    let mut puppets = Vec::new();
    for name in ["p1", "p2"] {
        let p = app.member_of(&owner, &format!("{name}@example.com")).await;
        let id = p.me().await["user_id"].to_string();
        assert_eq!(owner.call("add_team_member", &[("team_id", &team), ("user_id", &id)]).await.status, 200);
        puppets.push(p);
    }
    let (_, objective) = owner.active_wave(0, 27).await;
    let team_objective = owner.team_objective(&team, &objective).await;
    assert_eq!(owner.call("update_vote_settings", &[("threshold", "3"), ("live", "on")]).await.status, 200);
    assert_eq!(owner.call("open_survey", &[]).await.status, 200);
    for p in &puppets {
        for target in [&objective, &team_objective] {
            let r = p.call("cast_vote", &[("objective_id", target), ("score", "5")]).await;
            assert_eq!(r.status, 409, "{}", r.body);
            assert!(r.error_text().contains("full week"), "{}", r.body);
        }
        let survey = crate::survey::answers("5");
        let r = p.call("answer_survey", &survey.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect::<Vec<_>>()).await;
        assert_eq!(r.status, 409, "{}", r.body);
        let sheet = p.call("vote_sheet", &[]).await.json();
        // Joined on the wave's first day: week 2 begins less than a week later.
        assert!(sheet["items"].as_array().unwrap().iter().all(|i| i["standing"]["FromWeek"] == 3), "{sheet}");
    }
    for target_objective in [&objective, &team_objective] {
        assert_eq!(target.call("cast_vote", &[("objective_id", target_objective), ("score", "2")]).await.status, 200);
    }
    let survey = crate::survey::answers("2");
    assert_eq!(target.call("answer_survey", &survey.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect::<Vec<_>>()).await.status, 200);
    let sheet = target.call("vote_sheet", &[]).await.json();
    let team_item =
        sheet["items"].as_array().unwrap().iter().find(|i| i["objective_id"].as_i64() == team_objective.parse().ok()).unwrap().clone();
    assert_eq!(team_item["with"]["count"], 1, "only the owner votes beside her this week: {team_item}");

    // The week closes: nothing readable, on the page or in the survey.
    app.advance(days(7));
    for c in puppets.iter().chain([&target]) {
        c.me().await; // (so sessions do not end for being idle)
    }
    let report = owner.call("confidence", &[("show", "all")]).await.json();
    assert_eq!(cell(&report, &objective, 1), "TooFewVotes");
    assert_eq!(cell(&report, &team_objective, 1), "TooFewVotes");
    assert_eq!(owner.call("close_survey", &[]).await.status, 200);
    assert_eq!(owner.call("survey", &[]).await.json()["results"][0]["result"], "TooFew");

    // Week 3: they count now, and whoever votes beside them sees them first.
    app.advance(days(7));
    let sheet = target.call("vote_sheet", &[]).await.json();
    assert_eq!(sheet["week"], 3);
    let team_item =
        sheet["items"].as_array().unwrap().iter().find(|i| i["objective_id"].as_i64() == team_objective.parse().ok()).unwrap().clone();
    let listed = team_item["with"]["listed"].as_array().unwrap();
    assert_eq!(team_item["with"]["count"], 3);
    let marked: Vec<_> = listed.iter().filter(|v| v["joined"] == "2026-03-04").collect();
    assert_eq!(marked.len(), 2, "both new accounts are marked with the day they joined: {team_item}");
    let page = target.get("/vote").await;
    // On both cards: the two new accounts and the owner, who joined ten days before the first.
    assert_eq!(page.body.matches("class=\"new-voter\"").count(), 6, "{}", page.body);
    assert!(page.body.contains("Member Person (new: joined 4 Mar 2026)"), "{}", page.body);
    for p in &puppets {
        assert_eq!(p.call("cast_vote", &[("objective_id", &team_objective), ("score", "5")]).await.status, 200);
    }
}
