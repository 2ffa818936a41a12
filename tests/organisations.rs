//! Invites, roles, teams, and isolation between organisations.

use crate::common;
use crate::common::{Client, TestApp};

async fn member_id(c: &Client) -> String {
    c.me().await["user_id"].to_string()
}

#[tokio::test]
async fn an_invite_link_lets_a_new_person_join_as_member() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    let token = owner.invite_token().await;
    let visitor = app.client();
    let preview = visitor.call("preview_invite", &[("token", &token)]).await;
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert_eq!(preview.json()["org_name"], "Acme");

    let m = app.member_of(&owner, "m@example.com").await;
    let me = m.me().await;
    assert_eq!((me["org_name"].as_str(), me["role"].as_str()), (Some("Acme"), Some("Member")));
    let members = owner.call("members", &[]).await.json();
    assert_eq!(members.as_array().unwrap().len(), 2);
    // Members cannot make invites.
    assert_eq!(m.call("create_invite", &[]).await.status, 403);
}

/// Opening an invite link leaves its token in a cookie and goes on to
/// `/join`: the secret is not in the address the page is shown at (history,
/// Referer, proxy logs); the page and its forms take the cookie's token.
#[tokio::test]
async fn an_invite_link_leaves_the_address_for_a_cookie() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    let token = owner.invite_token().await;
    let visitor = app.client();
    let landed = visitor.get(&format!("/join/{token}")).await;
    assert_eq!((landed.status, landed.headers["location"].to_str().unwrap()), (303, "/join"));
    assert!(landed.headers["set-cookie"].to_str().unwrap().contains(&token));
    let page = visitor.get("/join").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Join Acme on Mistvine") && !page.body.contains(&token), "{}", page.body);
    assert_eq!(page.headers["x-offline-copy"], "never", "the service worker never keeps it");
    let form = [("token", ""), ("name", "Vic Visitor"), ("email", "vic@example.com"), ("password", "password-3")];
    assert_eq!(visitor.call("join_with_signup", &form).await.status, 200);
    assert_eq!(visitor.me().await["org_name"], "Acme");
    // A link that is no token of ours leaves no cookie, and the page says so.
    let stranger = app.client();
    let landed = stranger.get("/join/not%20a%20token").await;
    assert!(landed.headers["set-cookie"].to_str().unwrap().contains("Max-Age=0"));
    let page = stranger.get("/join").await;
    assert_eq!(page.status, 404);
    assert!(page.body.contains("This invite link is not valid"), "{}", page.body);
}

/// An invite link points where the operator said, never where the request's
/// Host header (the client's choice) says; without a public address, the
/// admin page says which address links carry.
#[tokio::test]
async fn invite_links_never_follow_the_host_header() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    let token = owner.invite_token().await;
    let forged = owner
        .http
        .post(format!("{}/api/invite_link", app.base))
        .header("accept", "application/json")
        .header("host", "evil.example")
        .form(&[("token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status().as_u16(), 200);
    assert_eq!(forged.json::<serde_json::Value>().await.unwrap(), serde_json::json!(format!("{}/join/{token}", app.base)));
    assert_eq!(owner.call("unset_link_base", &[]).await.json(), serde_json::json!(app.base), "the page names the address");
    let m = app.member_of(&owner, "m@example.com").await;
    assert_eq!(m.call("unset_link_base", &[]).await.status, 403);

    // (http, so that this plain-HTTP test client keeps its session cookie)
    let public = TestApp::spawn_with(|s| s.public_url = Some("http://okr.example.com/".into())).await;
    let owner = public.owner("o@example.com", "Acme").await;
    let token = owner.invite_token().await;
    let link = owner.call("invite_link", &[("token", &token)]).await.json();
    assert_eq!(link, serde_json::json!(format!("http://okr.example.com/join/{token}")));
    assert!(owner.call("unset_link_base", &[]).await.json().is_null(), "nothing to say once it is set");
}

#[tokio::test]
async fn an_existing_account_joins_a_second_organisation() {
    let app = TestApp::spawn().await;
    let a = app.owner("a@example.com", "Alpha").await;
    let b = app.owner("b@example.com", "Beta").await;
    let token = a.invite_token().await;
    let r = b.call("join", &[("token", &token)]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let me = b.me().await;
    assert_eq!(me["org_name"], "Alpha");
    assert_eq!(me["orgs"].as_array().unwrap().len(), 2);
    // Joining twice is refused clearly.
    let again = b.call("join", &[("token", &token)]).await;
    assert_eq!(again.status, 409);
    assert!(again.body.contains("already a member"));
}

#[tokio::test]
async fn forged_expired_and_revoked_invites_are_refused_and_change_nothing() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    let join = |token: String| {
        let c = app.client();
        async move {
            c.call("join_with_signup", &[("token", &token), ("name", "X"), ("email", "x@example.com"), ("password", "password-3")]).await
        }
    };
    let forged = join("made-up-token".into()).await;
    assert_eq!(forged.status, 404);
    assert!(forged.body.contains("not valid"));

    let expired = owner.invite_token().await;
    app.advance(chrono::TimeDelta::days(7));
    let r = join(expired).await;
    assert_eq!(r.status, 410);
    assert!(r.body.contains("expired"));

    let revoked = owner.invite_token().await;
    let id: i64 = sqlx::query_scalar("SELECT MAX(id) FROM invites").fetch_one(&app.db().await).await.unwrap();
    assert_eq!(owner.call("revoke_invite", &[("invite_id", &id.to_string())]).await.status, 200);
    let r = join(revoked).await;
    assert_eq!(r.status, 410);
    assert!(r.body.contains("withdrawn"));

    assert_eq!(app.count("users").await, 1, "no account was created by a refused invite");
    assert_eq!(app.count("memberships").await, 1);
}

#[tokio::test]
async fn role_rules_are_enforced_on_the_server() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    let owner_id = member_id(&owner).await;
    let m = app.member_of(&owner, "m@example.com").await;
    let m_id = member_id(&m).await;

    // A member cannot promote themselves.
    let r = m.call("change_role", &[("user_id", &m_id), ("role", "admin")]).await;
    assert_eq!(r.status, 403);
    // The only owner cannot step down.
    let r = owner.call("change_role", &[("user_id", &owner_id), ("role", "member")]).await;
    assert_eq!(r.status, 403);
    assert!(r.body.contains("at least one owner"));
    // A bogus role is a validation error.
    let r = owner.call("change_role", &[("user_id", &m_id), ("role", "emperor")]).await;
    assert_eq!(r.status, 422);
    // An admin cannot make owners.
    assert_eq!(owner.call("change_role", &[("user_id", &m_id), ("role", "admin")]).await.status, 200);
    let a2 = app.member_of(&owner, "a2@example.com").await;
    let a2_id = member_id(&a2).await;
    let r = m.call("change_role", &[("user_id", &a2_id), ("role", "owner")]).await;
    assert_eq!(r.status, 403);
    // Removing a member takes them out of teams and out of the organisation.
    let team = owner.create_team("Core").await.to_string();
    assert_eq!(owner.call("add_team_member", &[("team_id", &team), ("user_id", &a2_id)]).await.status, 200);
    assert_eq!(m.call("remove_member", &[("user_id", &a2_id)]).await.status, 200);
    assert_eq!(app.count("team_members").await, 0);
    let r = a2.call("teams", &[]).await;
    assert_eq!(r.status, 403, "a removed person no longer sees the organisation: {}", r.body);
}

#[tokio::test]
async fn teams_are_created_renamed_archived_and_staffed_by_admins_only() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    let m = app.member_of(&owner, "m@example.com").await;
    let m_id = member_id(&m).await;

    assert_eq!(owner.call("create_team", &[("name", "  ")]).await.status, 422);
    let team = owner.create_team("Platform").await.to_string();
    assert_eq!(owner.call("create_team", &[("name", "PLATFORM")]).await.status, 409);
    assert_eq!(m.call("create_team", &[("name", "Rogue")]).await.status, 403);

    assert_eq!(owner.call("rename_team", &[("team_id", &team), ("name", "Infra")]).await.status, 200);
    assert_eq!(owner.call("add_team_member", &[("team_id", &team), ("user_id", &m_id)]).await.status, 200);
    // A person can be in several teams.
    let other = owner.create_team("Mobile").await.to_string();
    assert_eq!(owner.call("add_team_member", &[("team_id", &other), ("user_id", &m_id)]).await.status, 200);

    let mine = m.call("teams", &[]).await.json();
    let names: Vec<_> = mine.as_array().unwrap().iter().filter(|t| t["is_mine"] == true).map(|t| t["name"].clone()).collect();
    assert_eq!(names, vec!["Infra", "Mobile"]);

    assert_eq!(owner.call("set_team_archived", &[("team_id", &team), ("archived", "true")]).await.status, 200);
    let detail = m.call("team", &[("team_id", &team)]).await.json();
    assert_eq!(detail["archived"], true);
    assert_eq!(detail["members"].as_array().unwrap().len(), 1);
    assert!(detail["candidates"].as_array().unwrap().is_empty(), "members do not get the staffing list");

    assert_eq!(owner.call("remove_team_member", &[("team_id", &team), ("user_id", &m_id)]).await.status, 200);
    assert_eq!(m.call("remove_team_member", &[("team_id", &other), ("user_id", &m_id)]).await.status, 403);
}

/// Every server function that takes an id answers 404 for ids of another
/// organisation, and nothing changes.
#[tokio::test]
async fn another_organisation_gets_404_for_every_guessed_id() {
    let app = TestApp::spawn().await;
    let a = app.owner("a@example.com", "Alpha").await;
    let a_member = app.member_of(&a, "am@example.com").await;
    let a_member_id = member_id(&a_member).await;
    let a_team = a.create_team("Alpha team").await.to_string();
    a.invite_token().await;
    let a_invite: i64 = sqlx::query_scalar("SELECT MAX(id) FROM invites").fetch_one(&app.db().await).await.unwrap();
    let a_invite = a_invite.to_string();

    let b = app.owner("b@example.com", "Beta").await;
    let b_team = b.create_team("Beta team").await.to_string();

    let attempts: [(&str, Vec<(&str, &str)>); 9] = [
        ("change_role", vec![("user_id", &a_member_id), ("role", "admin")]),
        ("remove_member", vec![("user_id", &a_member_id)]),
        ("revoke_invite", vec![("invite_id", &a_invite)]),
        ("team", vec![("team_id", &a_team)]),
        ("rename_team", vec![("team_id", &a_team), ("name", "Hijacked")]),
        ("set_team_archived", vec![("team_id", &a_team), ("archived", "true")]),
        ("add_team_member", vec![("team_id", &a_team), ("user_id", &a_member_id)]),
        ("remove_team_member", vec![("team_id", &a_team), ("user_id", &a_member_id)]),
        // Pulling another organisation's person into one's own team.
        ("add_team_member", vec![("team_id", &b_team), ("user_id", &a_member_id)]),
    ];
    for (endpoint, args) in attempts {
        let r = b.call(endpoint, &args).await;
        assert_eq!(r.status, 404, "{endpoint} answered {}: {}", r.status, r.body);
        assert_eq!(r.error_kind(), "NotFound");
    }
    let switch = b.call("switch_org", &[("org_id", "1")]).await;
    assert_eq!(switch.status, 404);

    // Nothing of Alpha changed.
    let db = app.db().await;
    let (name, archived): (String, Option<i64>) = sqlx::query_as("SELECT name, archived_at FROM teams WHERE id = $1")
        .bind(a_team.parse::<i64>().unwrap())
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!((name.as_str(), archived), ("Alpha team", None));
    let role: String = sqlx::query_scalar("SELECT role FROM memberships WHERE user_id = $1")
        .bind(a_member_id.parse::<i64>().unwrap())
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(role, "member");
    assert_eq!(app.count("team_members").await, 0);
    let revoked: Option<i64> = sqlx::query_scalar("SELECT revoked_at FROM invites WHERE id = $1")
        .bind(a_invite.parse::<i64>().unwrap())
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(revoked, None);
}

async fn join_as(app: &TestApp, token: &str, email: &str) -> common::Reply {
    app.client().call("join_with_signup", &[("token", token), ("name", "Joiner"), ("email", email), ("password", "password-3")]).await
}

/// The token of a new invite link for `uses` people.
async fn invite_for(admin: &Client, uses: &str) -> String {
    let r = admin.call("create_invite", &[("uses", uses)]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    r.headers["location"].to_str().unwrap().split("invite=").nth(1).unwrap().to_owned()
}

#[tokio::test]
async fn invite_links_let_in_one_person_unless_made_for_more_and_wide_ones_are_short() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    let single = owner.invite_token().await;
    assert_eq!(join_as(&app, &single, "a@example.com").await.status, 200);
    let again = join_as(&app, &single, "b@example.com").await;
    assert_eq!(again.status, 410, "{}", again.body);
    assert!(again.body.contains("already been used"));
    assert_eq!(app.count("users").await, 2, "the refused person got no account");

    let group = invite_for(&owner, "2").await;
    let listed = owner.call("invites", &[]).await.json();
    assert_eq!(listed[0]["uses_left"], 2);
    assert_eq!(join_as(&app, &group, "c@example.com").await.status, 200);
    assert_eq!(join_as(&app, &group, "d@example.com").await.status, 200);
    assert_eq!(join_as(&app, &group, "e@example.com").await.status, 410);
    assert!(owner.call("invites", &[]).await.json().as_array().unwrap().is_empty(), "used-up links are no longer listed");

    // A link for several people lasts a day, not a week.
    let wide = invite_for(&owner, "10").await;
    app.advance(chrono::TimeDelta::hours(24));
    assert_eq!(join_as(&app, &wide, "f@example.com").await.status, 410);
    for bad in ["0", "101", "many"] {
        let r = owner.call("create_invite", &[("uses", bad)]).await;
        assert_eq!(r.status, 422, "{bad}: {}", r.body);
        assert!(r.body.contains("from 1 to 100"));
    }
    assert_eq!(app.count("memberships").await, 4);
}

#[tokio::test]
async fn every_member_sees_who_joined_when_and_who_changed_it() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    let m = app.member_of(&owner, "m@example.com").await;
    let m_id = member_id(&m).await;
    app.advance(chrono::TimeDelta::hours(2));
    let team = owner.create_team("Core").await.to_string();
    assert_eq!(owner.call("add_team_member", &[("team_id", &team), ("user_id", &m_id)]).await.status, 200);
    assert_eq!(owner.call("change_role", &[("user_id", &m_id), ("role", "leader")]).await.status, 200);
    let r = m.call("membership_log", &[]).await;
    assert_eq!(r.status, 200, "a member, not only an admin, reads it");
    let log: Vec<(String, i64)> =
        r.json().as_array().unwrap().iter().map(|e| (e["kind"].as_str().unwrap().to_owned(), e["at"].as_i64().unwrap())).collect();
    let kinds: Vec<&str> = log.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(kinds, ["Role", "TeamJoined", "Joined", "Joined"], "newest first");
    assert_eq!(log[1].1 - log[2].1, 2 * 3600, "each with its time");
    let events = r.json();
    assert_eq!(events[1]["team"], "Core");
    assert_eq!(events[1]["by"], "Owner Person", "who added them");
    assert_eq!(events[2]["person"], "Member Person");
    assert!(events[3]["by"].is_null(), "the owner created the organisation themselves");
    // The page shows it to every member.
    let page = m.get("/members/history").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Member Person joined the team Core (by Owner Person)"), "{}", page.body);
    // Another organisation's log is its own.
    let other = app.owner("z@example.com", "Zed").await;
    assert_eq!(other.call("membership_log", &[]).await.json().as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn admins_read_an_audit_log_of_administrative_actions() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    let m = app.member_of(&owner, "m@example.com").await;
    let m_id = member_id(&m).await;
    assert_eq!(owner.call("change_role", &[("user_id", &m_id), ("role", "admin")]).await.status, 200);
    let team = owner.create_team("Core").await.to_string();
    assert_eq!(owner.call("set_team_archived", &[("team_id", &team), ("archived", "true")]).await.status, 200);
    let (wave, _) = owner.active_wave(-1, 26).await;
    assert_eq!(owner.call("update_vote_settings", &[("threshold", "4"), ("live", "on")]).await.status, 200);
    assert_eq!(owner.call("open_survey", &[]).await.status, 200);
    let _ = wave;
    let log = m.call("audit_log", &[]).await;
    assert_eq!(log.status, 200, "the new admin reads it: {}", log.body);
    let lines: Vec<String> = log
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|e| format!("{} {}", e["actor"].as_str().unwrap(), e["action"].as_str().unwrap()))
        .collect();
    assert_eq!(
        lines,
        [
            "Owner Person opened the survey of W",
            "Owner Person set results to show from 4 voters, live results on",
            "Owner Person moved the wave W from planned to active",
            "Owner Person archived the team Core",
            "Owner Person made Member Person admin",
            "Owner Person created an invite link for one person",
        ],
    );
    // Members without the role cannot read it; other organisations see their own.
    let plain = app.member_of(&owner, "p@example.com").await;
    assert_eq!(plain.call("audit_log", &[]).await.status, 403);
    let other = app.owner("z@example.com", "Zed").await;
    assert!(other.call("audit_log", &[]).await.json().as_array().unwrap().is_empty());
}

/// Someone who already has an account joins with it through an invite:
/// its password proves it; another password is a counted wrong log-in.
#[tokio::test]
async fn a_person_with_an_account_joins_through_an_invite_with_its_password() {
    let app = TestApp::spawn().await;
    let admin = app.owner("admin@example.com", "Acme").await;
    app.owner("elsewhere@example.com", "Elsewhere").await;
    let join = |token: String, password: &'static str| {
        let c = app.client();
        async move {
            let r = c
                .call(
                    "join_with_signup",
                    &[("token", &token), ("name", "Ignored"), ("email", "elsewhere@example.com"), ("password", password)],
                )
                .await;
            (r, c)
        }
    };
    let token = admin.invite_token().await;
    let (r, _) = join(token.clone(), "not-the-password").await;
    assert_eq!((r.status, r.json()["Invalid"]["field"].as_str()), (422, Some("password")), "{}", r.body);
    let (r, c) = join(token.clone(), "password-1").await;
    assert_eq!(r.status, 200, "the invite was not used up by the refused attempt: {}", r.body);
    let me = c.me().await;
    assert_eq!(me["org_name"], "Acme");
    assert_eq!(me["orgs"].as_array().unwrap().len(), 2);
    assert_eq!(app.count("users").await, 2, "no second account");

    let again = admin.invite_token().await;
    let (r, _) = join(again, "password-1").await;
    assert_eq!(r.status, 409, "{}", r.body);
}

#[tokio::test]
async fn a_large_organisation_adds_team_members_by_e_mail_instead_of_a_list_of_everyone() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    let team = owner.create_team("Core").await.to_string();
    let _other_org = app.owner("x@example.com", "Other").await;
    let _member = app.member_of(&owner, "m@example.com").await;
    // A short list is offered to pick from.
    let detail = owner.call("team", &[("team_id", &team)]).await.json();
    assert_eq!(detail["outside"], 2);
    assert_eq!(detail["candidates"].as_array().unwrap().len(), 2);

    // Named by e-mail (any case); unknown addresses and people of another organisation are refused.
    let r = owner.call("add_team_member", &[("team_id", &team), ("email", "nobody@example.com")]).await;
    assert_eq!((r.status, r.json()["Invalid"]["field"].as_str()), (422, Some("email")), "{}", r.body);
    assert!(r.body.contains("Nobody with that e-mail address"));
    let r = owner.call("add_team_member", &[("team_id", &team), ("email", "x@example.com")]).await;
    assert_eq!(r.status, 422, "someone of another organisation is not found here");
    assert_eq!(owner.call("add_team_member", &[("team_id", &team), ("email", "not an address")]).await.status, 422);
    assert_eq!(owner.call("add_team_member", &[("team_id", &team)]).await.status, 422);
    assert_eq!(owner.call("add_team_member", &[("team_id", &team), ("email", "M@Example.com")]).await.status, 200);
    let detail = owner.call("team", &[("team_id", &team)]).await.json();
    assert_eq!(detail["members"].as_array().unwrap().len(), 1);
    assert_eq!(detail["outside"], 1);

    // Past the list's length, the page asks for an address instead.
    for i in 0..50 {
        app.member_of(&owner, &format!("p{i}@example.com")).await;
    }
    let detail = owner.call("team", &[("team_id", &team)]).await.json();
    assert_eq!(detail["outside"], 51);
    assert!(detail["candidates"].as_array().unwrap().is_empty());
    let page = owner.get(&format!("/teams/{team}")).await;
    assert!(page.body.contains("E-mail address of the person"), "the page asks for an address");
    assert!(!page.body.contains("p49@example.com"), "and lists nobody");
}

#[tokio::test]
async fn the_member_directory_finds_people_and_pages_through_them() {
    let app = TestApp::spawn().await;
    let owner = app.owner("o@example.com", "Acme").await;
    for i in 0..54 {
        app.member_of(&owner, &format!("p{i:02}@example.com")).await;
    }
    let page = |find: &'static str, page: &'static str| {
        let owner = owner.clone();
        async move { owner.call("member_directory", &[("find", find), ("page", page)]).await.json() }
    };
    let first = page("", "1").await;
    assert_eq!((first["total"].as_u64(), first["pages"].as_u64()), (Some(55), Some(2)));
    assert_eq!(first["people"].as_array().unwrap().len(), 50);
    assert_eq!(page("", "2").await["people"].as_array().unwrap().len(), 5);
    // Any page number in the address is answered: past the end is the last page.
    for huge in ["99", "18446744073709551615"] {
        let last = page("", huge).await;
        assert_eq!((last["page"].as_u64(), last["people"].as_array().map(Vec::len)), (Some(2), Some(5)), "page {huge}: {last}");
    }
    assert_eq!(owner.get("/admin?page=18446744073709551615").await.status, 200);
    let found = page("P5", "1").await;
    let emails: Vec<&str> = found["people"].as_array().unwrap().iter().map(|p| p["email"].as_str().unwrap()).collect();
    assert_eq!(emails.len(), 4, "p50..p53, in any case: {emails:?}");
    assert!(emails.iter().all(|e| e.starts_with("p5")));
    // Wildcards in the search are plain characters.
    assert_eq!(page("%", "1").await["total"], 0);
    assert_eq!(page("_", "1").await["total"], 0);
    let html = owner.get("/admin?find=p53").await.body;
    assert!(html.contains("p53@example.com") && !html.contains("p52@example.com"), "the page lists only the matches");
}

#[tokio::test]
async fn the_home_page_lists_the_caller_s_own_teams_that_are_not_archived() {
    let app = TestApp::spawn().await;
    let owner = app.owner("a@example.com", "Acme").await;
    let member = app.member_of(&owner, "m@example.com").await;
    let member_id = member.me().await["user_id"].to_string();
    let owner_id = owner.me().await["user_id"].to_string();
    let mut teams = Vec::new();
    for name in ["Zeta", "alpha", "Archived", "Platform"] {
        teams.push(owner.create_team(name).await.to_string());
    }
    let join = |team: &String, who: &String| {
        let (owner, form) = (owner.clone(), vec![("team_id".to_owned(), team.clone()), ("user_id".to_owned(), who.clone())]);
        async move {
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            assert_eq!(owner.call("add_team_member", &form).await.status, 200);
        }
    };
    for team in &teams[..3] {
        join(team, &member_id).await;
    }
    join(&teams[0], &owner_id).await;
    join(&teams[3], &owner_id).await;
    assert_eq!(owner.call("set_team_archived", &[("team_id", &teams[2]), ("archived", "true")]).await.status, 200);

    let mine = |c: &Client| {
        let c = c.clone();
        async move {
            let overview = c.call("overview", &[]).await.json();
            let teams = overview["my_teams"].as_array().unwrap().iter();
            teams.map(|t| (t["name"].as_str().unwrap().to_owned(), t["member_count"].as_i64().unwrap())).collect::<Vec<_>>()
        }
    };
    let by = |list: &[(&str, i64)]| list.iter().map(|(n, c)| (n.to_string(), *c)).collect::<Vec<_>>();
    assert_eq!(mine(&member).await, by(&[("alpha", 1), ("Zeta", 2)]), "by name whatever the case; not the archived one");
    assert_eq!(mine(&owner).await, by(&[("Platform", 1), ("Zeta", 2)]));
}
