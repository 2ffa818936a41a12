//! Boost requests over HTTP: who may do what, and isolation.

use crate::common;
use crate::common::{Client, TestApp};

struct Setup {
    a: Client,
    b: Client,
    c: Client,
    team_b: String,
    team_c: String,
    objective: String,
}

async fn setup(app: &TestApp) -> Setup {
    let a = app.owner("a@example.com", "Acme").await;
    let (_, parent) = a.active_wave(-1, 26).await;
    let b = app.member_of(&a, "b@example.com").await;
    let c = app.member_of(&a, "c@example.com").await;
    let mut teams = Vec::new();
    for (name, who) in [("A", &a), ("B", &b), ("C", &c)] {
        let t = a.create_team(name).await.to_string();
        let id = who.me().await["user_id"].to_string();
        assert_eq!(a.call("add_team_member", &[("team_id", &t), ("user_id", &id)]).await.status, 200);
        teams.push(t);
    }
    let objective = a.team_objective(&teams[0], &parent).await;
    Setup { a, b, c, team_b: teams[1].clone(), team_c: teams[2].clone(), objective }
}

async fn ask(s: &Setup, to: &str) -> String {
    let r = s.a.call("create_boost", &[("objective_id", &s.objective), ("to_team_id", to), ("need", "A review of our schema")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    r.json().to_string()
}

async fn act(c: &Client, boost: &str, action: &str, extra: &[(&str, &str)]) -> u16 {
    let mut form = vec![("boost_id", boost), ("action", action)];
    form.extend_from_slice(extra);
    c.call("boost_action", &form).await.status
}

#[tokio::test]
async fn the_asked_team_accepts_names_a_helper_and_completes() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let boost = ask(&s, &s.team_b).await;
    let b_id = s.b.me().await["user_id"].to_string();
    let c_id = s.c.me().await["user_id"].to_string();
    assert_eq!(act(&s.c, &boost, "accept", &[("team_id", &s.team_c), ("helper_id", &c_id)]).await, 403, "not the asked team");
    assert_eq!(act(&s.b, &boost, "accept", &[("team_id", &s.team_b), ("helper_id", &c_id)]).await, 422, "helper must be in the team");
    assert_eq!(act(&s.b, &boost, "complete", &[]).await, 409, "an open boost cannot be done");
    assert_eq!(act(&s.b, &boost, "accept", &[("team_id", &s.team_b), ("helper_id", &b_id)]).await, 200);
    assert_eq!(act(&s.c, &boost, "complete", &[]).await, 403);
    assert_eq!(act(&s.b, &boost, "withdraw", &[]).await, 403, "only the asking team withdraws");
    assert_eq!(act(&s.b, &boost, "complete", &[]).await, 200);
    let detail = s.a.call("boost", &[("boost_id", &boost)]).await.json();
    assert_eq!(detail["boost"]["state"], "Done");
    assert_eq!(detail["boost"]["helper"], "Member Person");
    let states: Vec<_> = detail["history"].as_array().unwrap().iter().map(|e| e["state"].clone()).collect();
    assert_eq!(states, ["Open", "Accepted", "Done"]);
    assert_eq!(act(&s.a, &boost, "withdraw", &[]).await, 409, "a done boost cannot be withdrawn");
}

#[tokio::test]
async fn decline_withdraw_and_open_to_anyone() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let boost = ask(&s, &s.team_b).await;
    assert_eq!(act(&s.b, &boost, "decline", &[("reason", " ")]).await, 422, "a reason is required");
    assert_eq!(act(&s.b, &boost, "decline", &[("reason", "No capacity this wave")]).await, 200);
    let detail = s.a.call("boost", &[("boost_id", &boost)]).await.json();
    assert_eq!(detail["boost"]["decline_reason"], "No capacity this wave");

    let boost = ask(&s, &s.team_b).await;
    assert_eq!(act(&s.a, &boost, "withdraw", &[]).await, 200);

    let anyone = ask(&s, "").await;
    assert_eq!(act(&s.c, &anyone, "decline", &[("reason", "no")]).await, 409, "nobody declines an open-to-all boost");
    let c_id = s.c.me().await["user_id"].to_string();
    assert_eq!(act(&s.c, &anyone, "accept", &[("team_id", &s.team_c), ("helper_id", &c_id)]).await, 200);

    let board = s.a.call("boosts", &[("team_id", &s.team_c)]).await.json();
    assert_eq!(board["boosts"].as_array().unwrap().len(), 1, "filter by team");
    let dash = s.a.call("dashboard", &[]).await.json();
    assert_eq!(dash["open_boosts"], 0);
}

#[tokio::test]
async fn bad_requests_and_other_organisations() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let r = s.b.call("create_boost", &[("objective_id", &s.objective), ("to_team_id", ""), ("need", "x")]).await;
    assert_eq!(r.status, 403, "only the objective's team asks");
    let r = s.a.call("create_boost", &[("objective_id", &s.objective), ("to_team_id", &s.team_b), ("need", "  ")]).await;
    assert_eq!(r.status, 422);
    let yesterday = common::day(-1);
    let r =
        s.a.call("create_boost", &[("objective_id", &s.objective), ("to_team_id", &s.team_b), ("need", "x"), ("needed_by", &yesterday)])
            .await;
    assert_eq!(r.status, 422);
    assert_eq!(app.count("boosts").await, 0);

    let boost = ask(&s, &s.team_b).await;
    let other = app.owner("z@example.com", "Zed").await;
    assert_eq!(other.call("boost", &[("boost_id", &boost)]).await.status, 404);
    assert_eq!(act(&other, &boost, "withdraw", &[]).await, 404);
    assert_eq!(other.call("create_boost", &[("objective_id", &s.objective), ("to_team_id", ""), ("need", "x")]).await.status, 404);
    assert!(other.call("boosts", &[]).await.json()["boosts"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn accepting_with_someone_else_s_team_tells_nothing_about_who_is_in_it() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let boost = ask(&s, "").await;
    // B is not in team C. Whether C's own member or a stranger is named as
    // helper, the answer is the same refusal: the team is not B's.
    let c_id = s.c.me().await["user_id"].to_string();
    let b_id = s.b.me().await["user_id"].to_string();
    let in_team = act(&s.b, &boost, "accept", &[("team_id", &s.team_c), ("helper_id", &c_id)]).await;
    let not_in_team = act(&s.b, &boost, "accept", &[("team_id", &s.team_c), ("helper_id", &b_id)]).await;
    assert_eq!((in_team, not_in_team), (403, 403));
}

#[tokio::test]
async fn a_done_boost_offers_its_team_to_mark_the_problem_solved() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let team_a = s.a.call("boost", &[("boost_id", &ask(&s, &s.team_b).await)]).await.json()["boost"]["from_team"]["id"].to_string();
    let r = s.a.call("save_ppp", &[("team_id", &team_a), ("progress", "x"), ("plans", "y"), ("problems", "Our schema is a mess")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let item = s.a.call("dashboard", &[]).await.json()["open_problems"][0]["item_id"].to_string();
    let r =
        s.a.call(
            "create_boost",
            &[("objective_id", &s.objective), ("to_team_id", &s.team_b), ("need", "Schema help"), ("problem_item_id", &item)],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let boost = r.json().to_string();
    let problem = |who: &Client| {
        let (who, boost) = (who.clone(), boost.clone());
        async move { who.call("boost", &[("boost_id", &boost)]).await.json()["problem"].clone() }
    };
    assert_eq!(problem(&s.a).await["text"], "Our schema is a mess");
    assert_eq!(problem(&s.a).await["theirs"], true);
    assert_eq!(problem(&s.b).await["theirs"], false, "the helping team sees the problem but it is not theirs to close");
    let dash = s.a.call("dashboard", &[]).await.json();
    assert!(dash["open_problems"][0]["done_boost"].is_null(), "not done yet: nothing to offer");

    let b_id = s.b.me().await["user_id"].to_string();
    assert_eq!(act(&s.b, &boost, "accept", &[("team_id", &s.team_b), ("helper_id", &b_id)]).await, 200);
    assert_eq!(act(&s.b, &boost, "complete", &[]).await, 200);
    let dash = s.a.call("dashboard", &[]).await.json();
    assert_eq!(dash["open_problems"][0]["done_boost"].to_string(), boost, "the dashboard points at the done boost");
    assert_eq!(
        s.b.call("resolve_problem", &[("item_id", &item), ("resolved", "true")]).await.status,
        403,
        "only the asking team closes it"
    );
    assert_eq!(s.a.call("resolve_problem", &[("item_id", &item), ("resolved", "true")]).await.status, 200);
    assert_eq!(problem(&s.a).await["resolved"], true);
    assert!(s.a.call("dashboard", &[]).await.json()["open_problems"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn the_board_keeps_boosts_in_flight_and_finished_ones_for_two_weeks_after_their_end() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let b_id = s.b.me().await["user_id"].to_string();
    let open = ask(&s, &s.team_b).await;
    let declined = ask(&s, &s.team_b).await;
    assert_eq!(act(&s.b, &declined, "decline", &[("reason", "No capacity")]).await, 200);
    let done = ask(&s, &s.team_b).await;
    assert_eq!(act(&s.b, &done, "accept", &[("team_id", &s.team_b), ("helper_id", &b_id)]).await, 200);
    assert_eq!(act(&s.b, &done, "complete", &[]).await, 200);
    let board = |filter: Vec<(&'static str, String)>| {
        let a = s.a.clone();
        async move {
            let form: Vec<(&str, &str)> = filter.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let r = a.call("boosts", &form).await;
            assert_eq!(r.status, 200, "{}", r.body);
            r.json()["boosts"].as_array().unwrap().iter().map(|b| b["id"].to_string()).collect::<Vec<_>>()
        }
    };
    let all = [done.clone(), declined.clone(), open.clone()];
    assert_eq!(board(vec![]).await, all, "newest change first, the id breaking ties");
    assert_eq!(board(vec![("team_id", s.team_b.clone())]).await, all);
    assert!(board(vec![("team_id", s.team_c.clone())]).await.is_empty(), "none of them asked of, by or helped by C");

    // A week at a time: a session left idle for two weeks ends.
    app.advance(chrono::TimeDelta::days(7));
    assert_eq!(board(vec![]).await, all);
    app.advance(chrono::TimeDelta::days(7));
    assert_eq!(board(vec![]).await, all, "finished two weeks ago today: still there");
    app.advance(chrono::TimeDelta::hours(1));
    assert_eq!(board(vec![]).await, [open.as_str()], "finished longer ago: only in flight, however old");
    assert_eq!(board(vec![("team_id", s.team_b.clone())]).await, [open.as_str()]);
    for (boost, state) in [(&done, "Done"), (&declined, "Declined")] {
        let page = s.a.call("boost", &[("boost_id", boost)]).await.json();
        assert_eq!(page["boost"]["state"], state, "off the board, still on its own page");
    }
}

#[tokio::test]
async fn the_board_offers_only_the_objectives_of_the_caller_s_teams() {
    let app = TestApp::spawn().await;
    let s = setup(&app).await;
    let offered = |c: &Client| {
        let c = c.clone();
        async move {
            let board = c.call("boosts", &[]).await.json();
            board["objectives"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| (o[0].to_string(), o[1].as_str().unwrap().to_owned()))
                .collect::<Vec<_>>()
        }
    };
    let mine = offered(&s.a).await;
    assert_eq!(mine.len(), 1, "{mine:?}");
    assert_eq!(mine[0].0, s.objective);
    assert!(mine[0].1.starts_with("A — "), "{mine:?}");
    assert!(offered(&s.b).await.is_empty(), "B's team has no objective; A's and the wave's are not B's to ask for");
}
