//! The demo organisation loads once, and shows the whole product.

use crate::common;
use mistvine::infra::db::Location;
use mistvine::infra::settings::Settings;

#[tokio::test]
async fn demo_loads_idempotently_and_fills_the_dashboard() {
    let dir = tempfile::tempdir().unwrap();
    let db = match common::postgres_server() {
        Some(server) => Location::Postgres(common::fresh_postgres_database(&server).await),
        None => Location::File(dir.path().join("demo.db")),
    };
    let mut settings = Settings::for_database(db.clone(), dir.path().join("keys").join("vote.key"));
    settings.demo = true;
    // Twice: the second start must find the demo and leave it alone.
    let clock = || std::sync::Arc::new(mistvine::infra::clock::SystemClock);
    mistvine::infra::router::spawn_for_tests(settings.clone(), clock()).await.unwrap();
    let addr = mistvine::infra::router::spawn_for_tests(settings, clock()).await.unwrap();
    let c = common::Client { http: reqwest::Client::builder().cookie_store(true).build().unwrap(), base: format!("http://{addr}") };
    let r = c.call("login", &[("email", "olivia@demo.mistvine.test"), ("password", "demo-password")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let dash = c.call("dashboard", &[]).await.json();
    assert_eq!(dash["wave"]["name"], "Autumn wave");
    assert_eq!(dash["objectives"].as_array().unwrap().len(), 2);
    assert_eq!(dash["objectives"][0]["aligned_teams"], 2);
    assert_eq!(dash["teams"].as_array().unwrap().len(), 3);
    // The next wave is planned from this one, the teams' objectives proposed to them.
    let growth =
        dash["teams"].as_array().unwrap().iter().find(|t| t["team"]["name"] == "Growth").expect("Growth")["team"]["id"].to_string();
    let proposals = c.call("team_plan", &[("team_id", &growth)]).await.json()["proposals"].clone();
    let proposed: Vec<(&str, &str)> =
        proposals.as_array().unwrap().iter().map(|p| (p["wave"].as_str().unwrap(), p["title"].as_str().unwrap())).collect();
    assert!(proposed.contains(&("Winter wave", "An onboarding checklist inside the app")), "{proposed:?}");
    let confidence = c.call("confidence", &[]).await.json();
    assert_eq!(confidence["rows"][0]["cells"][0]["Shown"]["count"], 6, "week 1 votes of the demo are shown");
    let flagged = &confidence["by_team"]["flagged"];
    assert_eq!(flagged.as_array().unwrap().len(), 1, "one demo team has an objective at Concerned: {flagged}");
    assert_eq!(flagged[0]["team"]["name"], "Growth");
    assert_eq!(confidence["by_team"]["calm"], 2);
    assert_eq!(dash["open_problems"].as_array().unwrap().len(), 2, "the demo's PPP problems reach the dashboard");
    assert_eq!(dash["open_boosts"], 1);
    assert_eq!(dash["stale_boosts"].as_array().unwrap().len(), 1, "the demo shows a boost waiting over a week");
    let disagreeing: Vec<(&str, &str)> = dash["disagreeing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["title"].as_str().unwrap(), o["divergence"]["kind"].as_str().unwrap()))
        .collect();
    assert_eq!(
        disagreeing,
        [("Ship safely every day", "BehindButConfident"), ("An onboarding checklist inside the app", "OnPaceButWorried")],
        "the demo shows both ways the numbers and the crowd disagree"
    );
    // Two finished waves: the summer review sets the crowd beside the grades,
    // and early confidence predicted summer better than spring.
    let waves = c.call("waves", &[]).await.json();
    let summer = waves.as_array().unwrap().iter().find(|w| w["name"] == "Summer wave").expect("the demo has a summer wave");
    assert_eq!(summer["state"], "Closed");
    let calibration = c.call("calibration", &[("wave_id", &summer["id"].to_string())]).await.json();
    let history: Vec<(&str, i64)> = calibration["history"]["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["wave"].as_str().unwrap(), (p["calibration"]["score"].as_f64().unwrap() * 100.0).round() as i64))
        .collect();
    assert_eq!(history, [("Spring wave", 86), ("Summer wave", 96)]);
    assert_eq!(calibration["objectives"][1]["weekly"].as_array().unwrap().len(), 4, "four weeks of crowd confidence beside the grade");
    // E-mail: Berlin, Monday 09:00; Sam has the reminder off, Adam the digest.
    let mail = c.call("org_mail", &[]).await.json();
    assert_eq!(
        (mail["time_zone"].as_str(), mail["schedule"]["day"].as_i64(), mail["schedule"]["minute"].as_i64()),
        (Some("Europe/Berlin"), Some(1), Some(540))
    );
    let pool = common::connect(&db).await;
    let off: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT email, email_reminders, email_digest FROM users WHERE email_reminders = 0 OR email_digest = 0 ORDER BY email",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(off, [("adam@demo.mistvine.test".to_string(), 1, 0), ("sam@demo.mistvine.test".to_string(), 0, 1)]);
    let tokens = c.call("api_tokens", &[]).await.json();
    assert_eq!((tokens[0]["name"].as_str(), tokens[0]["scope"].as_str()), (Some("Sprint board sync"), Some("CheckIn")), "{tokens}");
    let orgs: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM organisations").fetch_one(&pool).await.unwrap();
    assert_eq!(orgs, 1);
}

/// The demo's sample sheet: the template its active wave's page offers
/// names the owner's demo team and imports as it is.
#[tokio::test]
async fn the_demo_imports_its_own_template_as_it_is() {
    let (_dir, c) = common::demo().await;
    let wave = c.call("dashboard", &[]).await.json()["wave"]["id"].to_string();
    let template = c.http.get(format!("{}/import/template.csv", c.base)).send().await.unwrap().bytes().await.unwrap();
    let (status, preview) = c.upload_sheet(&wave, "sample.csv", &template).await;
    assert_eq!(status, 303);
    let id = preview.trim_start_matches("/imports/");
    let plan = c.call("upload", &[("import_id", id)]).await.json();
    assert_eq!(plan["problems"], serde_json::json!([]), "{plan}");
    // The demo's wave has the example's wave objective already: the team's
    // objective aligns to it, and nothing is doubled.
    assert_eq!(plan["already"][0][0], "New customers get value in their first week", "{plan}");
    assert_eq!(plan["objectives"].as_array().unwrap().len(), 1, "{plan}");
    assert_eq!(plan["objectives"][0]["team"], "Growth", "{plan}");
    assert_eq!(c.call("run_import", &[("import_id", id)]).await.status, 200);
}
