//! Waves, objectives, key results, check-ins and the dashboard over HTTP.

use crate::common;
use crate::common::{day, Client, TestApp};

/// Form fields for key results, as the objective forms post them.
fn krs(rows: &[(&str, &str, &str, &str)]) -> Vec<(String, String)> {
    rows.iter()
        .enumerate()
        .flat_map(|(i, (title, kind, start, target))| {
            [("title", *title), ("kind", *kind), ("start", *start), ("target", *target)]
                .into_iter()
                .map(move |(k, v)| (format!("krs[{i}][{k}]"), v.to_string()))
        })
        .collect()
}

async fn call(c: &Client, endpoint: &str, fixed: &[(&str, &str)], extra: &[(String, String)]) -> common::Reply {
    let mut form: Vec<(&str, &str)> = fixed.to_vec();
    form.extend(extra.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    c.call(endpoint, &form).await
}

/// An organisation with an active wave (started 7 days ago), one wave
/// objective with two key results, and a team the owner belongs to.
async fn setup(app: &TestApp) -> (Client, String, String, String) {
    let owner = app.owner("lead@example.com", "Acme").await;
    let r = owner.call("create_wave", &[("name", "Wave 1"), ("starts_on", &day(-7)), ("ends_on", &day(20))]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let wave = r.json().to_string();
    let r = call(
        &owner,
        "create_wave_objective",
        &[("wave_id", &wave), ("title", "Grow"), ("why", "Because"), ("owner_id", "")],
        &krs(&[("Signups", "numeric", "120", "200"), ("Launch", "milestone", "", "")]),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let parent = r.json().to_string();
    assert_eq!(owner.call("advance_wave", &[("wave_id", &wave), ("to", "active")]).await.status, 200);
    let team = owner.create_team("Growth").await.to_string();
    let me = owner.me().await["user_id"].to_string();
    assert_eq!(owner.call("add_team_member", &[("team_id", &team), ("user_id", &me)]).await.status, 200);
    (owner, wave, parent, team)
}

#[tokio::test]
async fn wave_rules_are_enforced() {
    let app = TestApp::spawn().await;
    let owner = app.owner("lead@example.com", "Acme").await;
    let eight_weeks = owner.call("create_wave", &[("name", "Long"), ("starts_on", &day(0)), ("ends_on", &day(55))]).await;
    assert_eq!(eight_weeks.status, 422);
    assert!(eight_weeks.body.contains("2 to 6 weeks"), "{}", eight_weeks.body);
    let backwards = owner.call("create_wave", &[("name", "Back"), ("starts_on", &day(10)), ("ends_on", &day(0))]).await;
    assert!(backwards.body.contains("end date must be after"), "{}", backwards.body);
    assert_eq!(app.count("waves").await, 0);

    let a = owner.call("create_wave", &[("name", "A"), ("starts_on", &day(0)), ("ends_on", &day(20))]).await.json().to_string();
    let b = owner.call("create_wave", &[("name", "B"), ("starts_on", &day(21)), ("ends_on", &day(41))]).await.json().to_string();
    assert_eq!(owner.call("advance_wave", &[("wave_id", &a), ("to", "active")]).await.status, 200);
    let second = owner.call("advance_wave", &[("wave_id", &b), ("to", "active")]).await;
    assert_eq!(second.status, 409, "one active wave per organisation: {}", second.body);
    let skip = owner.call("advance_wave", &[("wave_id", &b), ("to", "closed")]).await;
    assert_eq!(skip.status, 409);
    let m = app.member_of(&owner, "m@example.com").await;
    assert_eq!(m.call("create_wave", &[("name", "M"), ("starts_on", &day(0)), ("ends_on", &day(20))]).await.status, 403);
}

#[tokio::test]
async fn team_objectives_align_check_in_and_show_on_the_dashboard() {
    let app = TestApp::spawn().await;
    let (owner, _wave, parent, team) = setup(&app).await;

    // The rationale is required, and nothing is written without it.
    let fields = krs(&[("Activation", "percentage", "20", "40")]);
    let r = call(
        &owner,
        "create_team_objective",
        &[("team_id", &team), ("parent_id", &parent), ("title", "Onboard"), ("rationale", " ")],
        &fields,
    )
    .await;
    assert_eq!(r.status, 422);
    assert_eq!(r.json()["Invalid"]["field"], "rationale");
    assert_eq!(app.count("objectives").await, 1);

    let r = call(
        &owner,
        "create_team_objective",
        &[("team_id", &team), ("parent_id", &parent), ("title", "Onboard"), ("rationale", "More activated signups")],
        &fields,
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let objective = r.json().to_string();

    let detail = owner.call("objective", &[("objective_id", &objective)]).await.json();
    let kr = detail["krs"][0]["kr"]["id"].to_string();
    assert_eq!(owner.call("check_in", &[("key_result_id", &kr), ("value", "30"), ("note", "halfway")]).await.status, 200);
    assert_eq!(owner.call("check_in", &[("key_result_id", &kr), ("value", "lots"), ("note", "")]).await.status, 422);
    assert_eq!(owner.call("check_in", &[("key_result_id", &kr), ("value", "140"), ("note", "")]).await.status, 422);
    let huge = owner.call("check_in", &[("key_result_id", &kr), ("value", "1e308"), ("note", "")]).await;
    assert_eq!(huge.status, 422, "a 309-digit number would run off the page");
    assert!(huge.body.contains("1,000,000,000,000"), "{}", huge.body);

    let detail = owner.call("objective", &[("objective_id", &objective)]).await.json();
    assert_eq!(detail["summary"]["progress"], 50.0);
    assert_eq!(detail["krs"][0]["history"][0]["note"], "halfway");

    let dash = owner.call("dashboard", &[]).await.json();
    assert_eq!(dash["objectives"][0]["aligned_teams"], 1);
    assert_eq!(dash["teams"][0]["score"], 50.0);
    assert_eq!(dash["clock"]["elapsed_days"], 7);
}

#[tokio::test]
async fn bad_key_results_are_refused() {
    let app = TestApp::spawn().await;
    let (owner, wave, parent, team) = setup(&app).await;
    let base = [("team_id", team.as_str()), ("parent_id", parent.as_str()), ("title", "T"), ("rationale", "R")];
    let same = call(&owner, "create_team_objective", &base, &krs(&[("Flat", "numeric", "5", "5")])).await;
    assert_eq!(same.status, 422);
    assert!(same.body.contains("must differ"), "{}", same.body);
    let six = vec![("K", "numeric", "0", "1"); 6];
    let r = call(&owner, "create_team_objective", &base, &krs(&six)).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("at most 5 key results"), "{}", r.body);
    let none = call(&owner, "create_team_objective", &base, &[]).await;
    assert_eq!(none.status, 422);
    assert_eq!(app.count("objectives").await, 1);
    assert_eq!(app.count("key_results").await, 2);

    // Closed waves take no new objectives.
    for to in ["reflecting", "closed"] {
        assert_eq!(owner.call("advance_wave", &[("wave_id", &wave), ("to", to)]).await.status, 200);
    }
    let late = call(&owner, "create_team_objective", &base, &krs(&[("K", "numeric", "0", "1")])).await;
    assert_eq!(late.status, 409);
}

#[tokio::test]
async fn only_the_team_writes_its_objectives_and_other_orgs_see_nothing() {
    let app = TestApp::spawn().await;
    let (owner, wave, parent, team) = setup(&app).await;
    let fields = krs(&[("K", "numeric", "0", "10")]);
    let outsider = app.member_of(&owner, "out@example.com").await;
    let r = call(
        &outsider,
        "create_team_objective",
        &[("team_id", &team), ("parent_id", &parent), ("title", "T"), ("rationale", "R")],
        &fields,
    )
    .await;
    assert_eq!(r.status, 403);
    let obj =
        call(&owner, "create_team_objective", &[("team_id", &team), ("parent_id", &parent), ("title", "T"), ("rationale", "R")], &fields)
            .await
            .json()
            .to_string();
    let kr: i64 = sqlx::query_scalar("SELECT MAX(id) FROM key_results").fetch_one(&app.db().await).await.unwrap();
    let kr = kr.to_string();
    assert_eq!(outsider.call("check_in", &[("key_result_id", &kr), ("value", "3"), ("note", "")]).await.status, 403);
    // Everyone in the organisation can read a team objective; only its team changes it.
    assert_eq!(outsider.call("objective", &[("objective_id", &obj)]).await.status, 200);

    // Another organisation: every id is a 404, including aligning to Acme's wave objective.
    let other = app.owner("b@example.com", "Beta").await;
    let beta_team = other.create_team("Beta team").await.to_string();
    let me = other.me().await["user_id"].to_string();
    other.call("add_team_member", &[("team_id", &beta_team), ("user_id", &me)]).await;
    let r = call(
        &other,
        "create_team_objective",
        &[("team_id", &beta_team), ("parent_id", &parent), ("title", "T"), ("rationale", "R")],
        &fields,
    )
    .await;
    assert_eq!(r.status, 404, "aligning to another organisation's objective: {}", r.body);
    for (endpoint, args) in [
        ("objective", vec![("objective_id", obj.as_str())]),
        ("wave", vec![("wave_id", wave.as_str())]),
        ("advance_wave", vec![("wave_id", wave.as_str()), ("to", "reflecting")]),
        ("check_in", vec![("key_result_id", kr.as_str()), ("value", "9"), ("note", "")]),
        ("update_objective", vec![("objective_id", obj.as_str()), ("title", "X"), ("why", "Y"), ("owner_id", "")]),
        ("team_plan", vec![("team_id", team.as_str())]),
    ] {
        let r = other.call(endpoint, &args).await;
        assert_eq!(r.status, 404, "{endpoint}: {}", r.body);
    }
    let r = call(&other, "create_wave_objective", &[("wave_id", &wave), ("title", "X"), ("why", "Y"), ("owner_id", "")], &fields).await;
    assert_eq!(r.status, 404);
    assert_eq!(app.count("check_ins").await, 0);
}

#[tokio::test]
async fn waves_in_far_years_are_refused() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    for (start, end) in [("9999-01-01", "9999-01-20"), ("1900-03-01", "1900-03-20")] {
        let r = owner.call("create_wave", &[("name", "W"), ("starts_on", start), ("ends_on", end)]).await;
        assert_eq!(r.status, 422, "{start}: {}", r.body);
        assert!(r.body.contains("2000 to 2100"), "{}", r.body);
    }
    assert_eq!(app.count("waves").await, 0);
}

#[tokio::test]
async fn an_archived_team_s_work_stays_as_it_was() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    let (_, parent) = owner.active_wave(-1, 26).await;
    let team = owner.own_team("Core").await;
    let objective = owner.team_objective(&team, &parent).await;
    let kr = owner.call("objective", &[("objective_id", &objective)]).await.json()["krs"][0]["kr"]["id"].to_string();
    let newcomer = app.member_of(&owner, "n@example.com").await;
    let newcomer_id = newcomer.me().await["user_id"].to_string();
    assert_eq!(owner.call("set_team_archived", &[("team_id", &team), ("archived", "true")]).await.status, 200);

    let refused = [
        owner.call("check_in", &[("key_result_id", &kr), ("value", "5"), ("note", "")]).await,
        owner.call("update_objective", &[("objective_id", &objective), ("title", "New"), ("why", "Still"), ("owner_id", "")]).await,
        owner.call("save_ppp", &[("team_id", &team), ("progress", "x"), ("plans", "y"), ("problems", "")]).await,
        owner.call("create_boost", &[("objective_id", &objective), ("to_team_id", ""), ("need", "Help")]).await,
        owner.call("add_team_member", &[("team_id", &team), ("user_id", &newcomer_id)]).await,
    ];
    for r in &refused {
        assert_eq!(r.status, 409, "{}", r.body);
        assert!(r.body.contains("Core is archived"), "{}", r.body);
    }
    assert_eq!((app.count("check_ins").await, app.count("ppp_updates").await, app.count("boosts").await), (0, 0, 0));
    // Restored, it works again.
    assert_eq!(owner.call("set_team_archived", &[("team_id", &team), ("archived", "false")]).await.status, 200);
    assert_eq!(owner.call("check_in", &[("key_result_id", &kr), ("value", "5"), ("note", "")]).await.status, 200);
}

#[tokio::test]
async fn an_owner_can_be_named_by_e_mail_address() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    let _member = app.member_of(&owner, "m@example.com").await;
    let _elsewhere = app.owner("x@example.com", "Other").await;
    let (_, objective) = owner.active_wave(-1, 20).await;
    let edit = |who: &'static str| {
        let (owner, objective) = (owner.clone(), objective.clone());
        async move {
            owner.call("update_objective", &[("objective_id", &objective), ("title", "Grow"), ("why", "Because"), ("owner_id", who)]).await
        }
    };
    assert_eq!(edit("M@example.com").await.status, 200);
    let detail = owner.call("objective", &[("objective_id", &objective)]).await.json();
    let members = owner.call("members", &[]).await.json();
    let m = members.as_array().unwrap().iter().find(|p| p["email"] == "m@example.com").unwrap()["user_id"].clone();
    assert_eq!(detail["owner_id"], m);
    for bad in ["x@example.com", "nobody@example.com", "not@an@address"] {
        let r = edit(bad).await;
        assert_eq!((r.status, r.json()["Invalid"]["field"].as_str()), (422, Some("owner_id")), "{bad}: {}", r.body);
    }
    let detail = owner.call("objective", &[("objective_id", &objective)]).await.json();
    assert_eq!(detail["owner_id"], m, "a refused change leaves the owner");
    // A small organisation gets the list to pick from.
    assert!(detail["owners"]["List"].as_array().is_some_and(|l| l.len() == 2));
}

#[tokio::test]
async fn names_and_titles_with_any_characters_read_back_as_written() {
    // The dashboard and the heat map read thousands of rows packed into one
    // JSON value by the engine (`store::packed`): quotes, backslashes,
    // non-Latin letters and emoji must come back unchanged, and numbers exact.
    let app = TestApp::spawn().await;
    let (owner, _wave, parent, _growth) = setup(&app).await;
    let name = r#"Ops "Ωmega" \ 🚀"#;
    let team = owner.own_team(name).await;
    let title = r#"Ship <v2> "now" \ naïve — 'it' 🚀"#;
    let r = call(
        &owner,
        "create_team_objective",
        &[("team_id", &team), ("parent_id", &parent), ("title", title), ("rationale", "R")],
        &krs(&[("Thirds", "numeric", "0", "3")]),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let objective = r.json().to_string();
    let detail = owner.call("objective", &[("objective_id", &objective)]).await.json();
    let kr = detail["krs"][0]["kr"]["id"].to_string();
    assert_eq!(owner.call("check_in", &[("key_result_id", &kr), ("value", "1"), ("note", "")]).await.status, 200);
    let problem = r#"Blocked by "legal" \ Rechtsabteilung 🚧"#;
    let r = owner.call("save_ppp", &[("team_id", &team), ("progress", ""), ("plans", ""), ("problems", problem)]).await;
    assert_eq!(r.status, 200, "{}", r.body);

    let exact = owner.call("objective", &[("objective_id", &objective)]).await.json()["summary"]["progress"].clone();
    assert!((exact.as_f64().unwrap() - 100.0 / 3.0).abs() < 1e-9, "{exact}");

    let dash = owner.call("dashboard", &[]).await.json();
    let ops = dash["teams"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["team"]["id"].as_i64() == team.parse().ok())
        .expect("the team is listed")
        .clone();
    assert_eq!(ops["team"]["name"], name);
    assert_eq!(ops["score"], exact, "one of three, to the last digit");
    assert_eq!(dash["open_problems"][0]["text"], problem);
    assert_eq!(dash["open_problems"][0]["team"]["name"], name);

    let report = owner.call("confidence", &[("show", "all")]).await.json();
    let row =
        report["rows"].as_array().unwrap().iter().find(|r| r["objective_id"].as_i64() == objective.parse().ok()).expect("a row").clone();
    assert_eq!(row["title"], title);
    assert_eq!(row["team"]["name"], name);
    assert!(report["teams"].as_array().unwrap().iter().any(|t| t["name"] == name), "{}", report["teams"]);
}
