//! Drafts sent from a device's queue carry a client key: the server stores
//! each key at most once, however often the device retries.

use crate::common;
use crate::common::{Client, TestApp, ONE_KR};

const KEY: &str = "3f2a9c0d5e6b7a8190fedcba98765432";

async fn send_objective(c: &Client, team: &str, parent: &str, title: &str, key: &str) -> common::Reply {
    let mut form = vec![("team_id", team), ("parent_id", parent), ("title", title), ("rationale", "R"), ("client_key", key)];
    form.extend(ONE_KR);
    c.call("create_team_objective", &form).await
}

#[tokio::test]
async fn the_same_key_twice_creates_one_objective() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    let (wave, parent) = owner.active_wave(-2, 25).await;
    let team = owner.own_team("Core").await;
    let before = app.count("objectives").await;

    let first = send_objective(&owner, &team, &parent, "Faster onboarding", KEY).await;
    assert_eq!(first.status, 200, "{}", first.body);
    let again = send_objective(&owner, &team, &parent, "Faster onboarding", KEY).await;
    assert_eq!(again.status, 200, "{}", again.body);
    assert_eq!(again.json(), first.json(), "the retry answers with the objective the first send made");
    assert_eq!(app.count("objectives").await, before + 1);
    assert_eq!(app.count("key_results").await, 2, "the wave objective's and this one's, once");

    // Changed after it was saved: refused with a reason, nothing new stored.
    let changed = send_objective(&owner, &team, &parent, "Faster onboarding v2", KEY).await;
    assert_eq!(changed.status, 409, "{}", changed.body);
    assert!(changed.body.contains("already been saved"), "{}", changed.body);
    assert_eq!(app.count("objectives").await, before + 1);

    // Even once the wave has closed, a late retry learns its draft was saved.
    for to in ["reflecting", "closed"] {
        assert_eq!(owner.call("advance_wave", &[("wave_id", &wave), ("to", to)]).await.status, 200);
    }
    assert_eq!(send_objective(&owner, &team, &parent, "Faster onboarding", KEY).await.status, 200);
    let other_key = "0000000000000000aaaaaaaaaaaaaaaa";
    let late = send_objective(&owner, &team, &parent, "Faster onboarding", other_key).await;
    assert_eq!(late.status, 409, "a new draft for a closed wave is refused");
    assert_eq!(app.count("objectives").await, before + 1);
}

#[tokio::test]
async fn keys_belong_to_one_person_and_must_be_well_formed() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    let (_, parent) = owner.active_wave(-2, 25).await;
    let team = owner.own_team("Core").await;
    let member = app.member_of(&owner, "m@example.com").await;
    let me = member.me().await["user_id"].to_string();
    assert_eq!(owner.call("add_team_member", &[("team_id", &team), ("user_id", &me)]).await.status, 200);
    let before = app.count("objectives").await;

    assert_eq!(send_objective(&owner, &team, &parent, "Mine", KEY).await.status, 200);
    // Another person's device happening to make the same key gets its own objective.
    let theirs = send_objective(&member, &team, &parent, "Theirs", KEY).await;
    assert_eq!(theirs.status, 200, "{}", theirs.body);
    assert_eq!(app.count("objectives").await, before + 2);

    let bad = send_objective(&owner, &team, &parent, "Odd", "not a key!").await;
    assert_eq!(bad.status, 422);
    assert_eq!(bad.json()["Invalid"]["field"], "client_key");
    // A plain form post without JavaScript has no key and works as before.
    assert_eq!(send_objective(&owner, &team, &parent, "Plain", "").await.status, 200);
    assert_eq!(app.count("objectives").await, before + 3);
}

#[tokio::test]
async fn concurrent_retries_store_one_copy() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    let (_, parent) = owner.active_wave(-2, 25).await;
    let team = owner.own_team("Core").await;
    let before = app.count("objectives").await;
    // Six sends of one draft at once, as a flaky connection might fire them.
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..6 {
        let (owner, team, parent) = (owner.clone(), team.clone(), parent.clone());
        set.spawn(async move { send_objective(&owner, &team, &parent, "Raced", KEY).await });
    }
    let mut ids = std::collections::HashSet::new();
    while let Some(r) = set.join_next().await {
        let r = r.expect("task");
        assert_eq!(r.status, 200, "{}", r.body);
        ids.insert(r.body);
    }
    assert_eq!(ids.len(), 1, "every retry answers with the same objective");
    assert_eq!(app.count("objectives").await, before + 1);
}

#[tokio::test]
async fn ppp_drafts_are_stored_once_and_never_land_in_the_wrong_week() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    owner.active_wave(-9, 25).await;
    let team = owner.own_team("Core").await;
    let week = owner.call("team_ppp", &[("team_id", &team)]).await.json()["week"].to_string();
    assert_eq!(week, "2");
    let send = |progress: &'static str, for_week: &'static str, key: &'static str| {
        let (owner, team) = (owner.clone(), team.clone());
        async move {
            let form = [
                ("team_id", team.as_str()),
                ("progress", progress),
                ("plans", ""),
                ("problems", ""),
                ("for_week", for_week),
                ("client_key", key),
            ];
            owner.call("save_ppp", &form).await
        }
    };

    let stale = send("Written last week", "1", KEY).await;
    assert_eq!(stale.status, 409, "{}", stale.body);
    assert!(stale.body.contains("written for week 1"), "{}", stale.body);
    assert_eq!(app.count("ppp_updates").await, 0);

    assert_eq!(send("Shipped the importer", "2", KEY).await.status, 200);
    // A teammate edits the update; a late retry of the first send must not undo that.
    let edit = [("team_id", team.as_str()), ("progress", "Shipped the importer and docs"), ("plans", ""), ("problems", "")];
    assert_eq!(owner.call("save_ppp", &edit).await.status, 200);
    assert_eq!(send("Shipped the importer", "2", KEY).await.status, 200);
    let current = owner.call("team_ppp", &[("team_id", &team)]).await.json();
    assert_eq!(current["current"]["items"][0]["text"], "Shipped the importer and docs");
    assert_eq!(app.count("ppp_updates").await, 1);
}

#[tokio::test]
async fn a_queued_draft_is_stored_only_under_its_writers_session() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    let (_, parent) = owner.active_wave(-2, 25).await;
    let team = owner.own_team("Core").await;
    let colleague = app.member_of(&owner, "c@example.com").await;
    let colleague_id = colleague.me().await["user_id"].to_string();
    assert_eq!(owner.call("add_team_member", &[("team_id", &team), ("user_id", &colleague_id)]).await.status, 200);
    let me = owner.me().await;
    let owners = format!("{}.{}", me["org_id"], me["user_id"]);
    let (objectives, ppps) = (app.count("objectives").await, app.count("ppp_updates").await);

    // The owner queued these on a shared device; the colleague is signed in now.
    let mut form = vec![
        ("team_id", team.as_str()),
        ("parent_id", parent.as_str()),
        ("title", "Owner's words"),
        ("rationale", "R"),
        ("client_key", KEY),
        ("author", owners.as_str()),
    ];
    form.extend(ONE_KR);
    let r = colleague.call("create_team_objective", &form).await;
    assert_eq!(r.status, 409, "{}", r.body);
    assert_eq!(r.error_kind(), "NotTheWriter", "{}", r.body);
    let ppp = [
        ("team_id", team.as_str()),
        ("progress", "Owner's progress"),
        ("plans", ""),
        ("problems", ""),
        ("client_key", "ppp-draft-key-0000000001"),
        ("author", owners.as_str()),
    ];
    let r = colleague.call("save_ppp", &ppp).await;
    assert_eq!(r.status, 409, "{}", r.body);
    assert_eq!((app.count("objectives").await, app.count("ppp_updates").await), (objectives, ppps), "nothing stored under the colleague");

    // Back with its writer, the same drafts are stored, under the writer's name.
    assert_eq!(owner.call("create_team_objective", &form).await.status, 200);
    assert_eq!(owner.call("save_ppp", &ppp).await.status, 200);
    let author: String = sqlx::query_scalar("SELECT u.email FROM ppp_updates p JOIN users u ON u.id = p.author_id")
        .fetch_one(&app.db().await)
        .await
        .unwrap();
    assert_eq!(author, "o@example.com");

    // A field the server cannot read is refused with its name.
    let mut bad = form.clone();
    bad.retain(|(k, _)| *k != "author");
    bad.push(("author", "someone"));
    let r = owner.call("create_team_objective", &bad).await;
    assert_eq!((r.status, r.json()["Invalid"]["field"].as_str()), (422, Some("author")), "{}", r.body);
}
