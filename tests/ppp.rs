//! Weekly PPP updates over HTTP.

use crate::common::TestApp;

#[tokio::test]
async fn teams_post_edit_and_read_weekly_updates() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    let (_, parent) = owner.active_wave(-2, 25).await;
    let team = owner.own_team("Core").await;
    let quiet = owner.create_team("Quiet").await.to_string();
    let objective = owner.team_objective(&team, &parent).await;

    let save = |progress: &str, problems: &str, reference: &str| {
        let (progress, problems, reference, team) = (progress.to_owned(), problems.to_owned(), reference.to_owned(), team.clone());
        let owner = owner.clone();
        async move {
            owner
                .call(
                    "save_ppp",
                    &[
                        ("team_id", &team),
                        ("progress", &progress),
                        ("plans", "- next thing"),
                        ("problems", &problems),
                        ("problems_objective", &reference),
                    ],
                )
                .await
        }
    };
    assert_eq!(save(" ", "", "").await.status, 200, "plans alone is enough");
    let r = owner.call("save_ppp", &[("team_id", &team), ("progress", ""), ("plans", ""), ("problems", "")]).await;
    assert_eq!(r.status, 422);
    let eleven = (0..11).map(|i| format!("p{i}")).collect::<Vec<_>>().join("\n");
    assert_eq!(save(&eleven, "", "").await.status, 422);
    assert_eq!(save("shipped", "waiting on legal", &parent).await.status, 422, "only the team's own objectives");
    let r = save("shipped A\nshipped B", "waiting on legal", &objective).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(app.count("ppp_updates").await, 1, "editing the same week updates, never duplicates");

    let feed = owner.call("ppp_feed", &[]).await.json();
    assert_eq!(feed["week"], 1);
    let teams = feed["teams"].as_array().unwrap();
    let core = teams.iter().find(|t| t[0]["name"] == "Core").unwrap();
    assert_eq!(core[1]["items"].as_array().unwrap().len(), 4);
    assert_eq!(core[1]["author"], "Owner Person");
    let quiet_row = teams.iter().find(|t| t[0]["id"].as_i64() == quiet.parse().ok()).unwrap();
    assert!(quiet_row[1].is_null(), "a team without an update shows as missing");

    // Open problems reach the dashboard until the team marks them solved.
    let dash = owner.call("dashboard", &[]).await.json();
    assert_eq!(dash["open_problems"][0]["text"], "waiting on legal");
    let item = dash["open_problems"][0]["item_id"].to_string();
    let outsider = app.member_of(&owner, "x@example.com").await;
    assert_eq!(outsider.call("resolve_problem", &[("item_id", &item), ("resolved", "true")]).await.status, 403);
    assert_eq!(outsider.call("save_ppp", &[("team_id", &team), ("progress", "x"), ("plans", ""), ("problems", "")]).await.status, 403);
    assert_eq!(owner.call("resolve_problem", &[("item_id", &item), ("resolved", "true")]).await.status, 200);
    assert!(owner.call("dashboard", &[]).await.json()["open_problems"].as_array().unwrap().is_empty());
    // Re-saving the same problem text keeps it solved.
    assert_eq!(save("shipped A", "waiting on legal", "").await.status, 200);
    assert!(owner.call("dashboard", &[]).await.json()["open_problems"].as_array().unwrap().is_empty());

    let other = app.owner("b@example.com", "Beta").await;
    assert_eq!(other.call("team_ppp", &[("team_id", &team)]).await.status, 404);
    assert_eq!(other.call("resolve_problem", &[("item_id", &item), ("resolved", "false")]).await.status, 404);
    assert_eq!(other.call("save_ppp", &[("team_id", &team), ("progress", "x"), ("plans", ""), ("problems", "")]).await.status, 404);
}
