//! Tenant isolation over every server function: the list comes from the
//! functions the app registered, so a new one this test does not classify
//! fails it. Each is called as a logged-out visitor, as a member of another
//! organisation (with this organisation's ids), and as a member without the
//! role; none may answer with this organisation's data or change it.

use crate::common;
use crate::common::{Client, TestApp};
use sqlx::AnyPool;

/// Functions anyone may call without a session.
const PUBLIC: &[&str] = &[
    "signup",
    "login",
    "logout",
    "me",
    "preview_invite",
    "join_with_signup",
    "join",
    "request_password_reset",
    "check_reset",
    "reset_password",
    "sso_button",
    "sso_end_session",
    "passkeys_offered",
    "passkey_sign_in_options",
    "passkey_sign_in",
    "confirm_email",
    "switch_language",
];
/// Functions that only admins (or leaders) may call.
const ADMIN: &[&str] = &[
    "add_team_member",
    "advance_wave",
    "audit_log",
    "change_role",
    "close_survey",
    "create_invite",
    "create_team",
    "create_wave",
    "create_wave_objective",
    "invites",
    "open_survey",
    "remove_member",
    "remove_team_member",
    "rename_team",
    "revoke_invite",
    "set_team_archived",
    "update_vote_settings",
    "invite_link",
    "org_mail",
    "update_org_mail",
    "email_invite",
    "unset_link_base",
    "sso_settings",
    "save_sso",
    "remove_sso",
    "scim_settings",
    "create_scim_token",
    "new_scim_token",
    "revoke_scim_token",
    "org_channels",
    "update_org_channels",
    "set_teams_webhook",
    "remove_teams_webhook",
    "slack_status",
    "update_slack",
    "sync_slack",
    "disconnect_slack",
    "set_org_language",
    "start_from_earlier",
    "start_from_starter",
];
/// Everything else a member calls (their own organisation's data).
const MEMBER: &[&str] = &[
    "account_sessions",
    "boost",
    "boost_action",
    "boosts",
    "carry_over",
    "cast_vote",
    "change_password",
    "check_in",
    "confidence",
    "create_boost",
    "create_team_objective",
    "dashboard",
    "end_other_sessions",
    "end_session",
    "members",
    "member_directory",
    "membership_log",
    "objective",
    "overview",
    "ppp_feed",
    "resolve_problem",
    "save_ppp",
    "save_reflection",
    "survey",
    "switch_org",
    "team",
    "team_plan",
    "team_ppp",
    "team_reflection",
    "teams",
    "update_objective",
    "vote_settings",
    "vote_sheet",
    "wave",
    "wave_reviews",
    "waves",
    "answer_survey",
    "present",
    "calibration",
    "language",
    "set_language",
    "email_choices",
    "update_email_choices",
    "api_tokens",
    "create_api_token",
    "new_api_token",
    "revoke_api_token",
    "passkeys",
    "passkey_add_options",
    "add_passkey",
    "remove_passkey",
    "resend_confirmation",
    "push_choices",
    "add_push_device",
    "remove_push_device",
    "update_push_choice",
    "send_test_push",
    "slack_choice",
    "update_slack_choice",
    "upload",
    "run_import",
    "earlier_wave",
    "adopt_proposal",
    "discard_proposal",
];

/// Words only organisation A's data contains.
const SECRETS: &[&str] = &[
    "Alphateam",
    "Alphawave",
    "Alphagoal",
    "Alphateamgoal",
    "Alphaneed",
    "Alphaprogress",
    "alpha-owner@example.com",
    "Alpha Org",
    "alpha-client-id",
    "Alphakey",
    "Alphaphone",
    "alpha.westeurope.logic.azure.com",
    "Alphasheet",
    "Alphaplan",
    "Alphaproposal",
];

/// One row as text, whatever its columns' types.
fn row_text(row: &sqlx::any::AnyRow) -> String {
    use sqlx::Row;
    (0..row.len())
        .map(|i| {
            if let Ok(v) = row.try_get::<Option<i64>, _>(i) {
                format!("{v:?}")
            } else if let Ok(v) = row.try_get::<Option<f64>, _>(i) {
                format!("{v:?}")
            } else if let Ok(v) = row.try_get::<Option<String>, _>(i) {
                format!("{v:?}")
            } else {
                format!("{:?}", row.try_get::<Option<Vec<u8>>, _>(i).expect("a column of a known type"))
            }
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// Every row of organisation A as text, so any change to it shows.
async fn fingerprint(db: &AnyPool, org: i64) -> String {
    let mut out = String::new();
    for table in [
        "memberships",
        "invites",
        "teams",
        "waves",
        "objectives",
        "ppp_updates",
        "boosts",
        "reflections",
        "surveys",
        "membership_events",
        "audit_log",
        "sso_providers",
        "sso_domains",
        "scim_tokens",
        "proposals",
    ] {
        let mut rows: Vec<String> = sqlx::query(&format!("SELECT * FROM {table} WHERE org_id = $1"))
            .bind(org)
            .fetch_all(db)
            .await
            .unwrap()
            .iter()
            .map(row_text)
            .collect();
        rows.sort();
        assert!(!rows.is_empty() || ["reflections", "surveys"].contains(&table), "organisation A has no {table} to guard");
        out.push_str(&format!("{table}={rows:?};"));
    }
    for (table, join) in [
        ("key_results", "JOIN objectives o ON o.id = t.objective_id"),
        ("check_ins", "JOIN key_results k ON k.id = t.key_result_id JOIN objectives o ON o.id = k.objective_id"),
        ("team_members", "JOIN teams o ON o.id = t.team_id"),
        ("ppp_items", "JOIN ppp_updates o ON o.id = t.update_id"),
        ("boost_events", "JOIN boosts o ON o.id = t.boost_id"),
    ] {
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table} t {join} WHERE o.org_id = $1"))
            .bind(org)
            .fetch_one(db)
            .await
            .unwrap();
        out.push_str(&format!("{table}={n};"));
    }
    let schedule: (String, i64, i64) = sqlx::query_as("SELECT time_zone, reminder_day, reminder_minute FROM organisations WHERE id = $1")
        .bind(org)
        .fetch_one(db)
        .await
        .unwrap();
    out.push_str(&format!("schedule={schedule:?};"));
    let users: Vec<(String, String, String, i64, i64)> =
        sqlx::query_as("SELECT u.email, u.name, u.password_hash, u.email_reminders, u.email_digest FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.org_id = $1 ORDER BY u.id")
            .bind(org)
            .fetch_all(db)
            .await
            .unwrap();
    out.push_str(&format!("users={users:?};"));
    let passkeys: Vec<(i64, String)> =
        sqlx::query_as("SELECT p.id, p.name FROM passkeys p JOIN memberships m ON m.user_id = p.user_id WHERE m.org_id = $1 ORDER BY p.id")
            .bind(org)
            .fetch_all(db)
            .await
            .unwrap();
    assert!(!passkeys.is_empty(), "organisation A has no passkeys to guard");
    out.push_str(&format!("passkeys={passkeys:?};"));
    let devices: Vec<(i64, String)> = sqlx::query_as(
        "SELECT p.id, p.label FROM push_subscriptions p JOIN memberships m ON m.user_id = p.user_id WHERE m.org_id = $1 ORDER BY p.id",
    )
    .bind(org)
    .fetch_all(db)
    .await
    .unwrap();
    assert!(!devices.is_empty(), "organisation A has no devices to guard");
    out.push_str(&format!("devices={devices:?};"));
    let teams: Vec<(String, String)> =
        sqlx::query_as("SELECT host, url_sealed FROM teams_webhooks WHERE org_id = $1").bind(org).fetch_all(db).await.unwrap();
    assert!(!teams.is_empty(), "organisation A has no Teams channel to guard");
    out.push_str(&format!("teams={teams:?};"));
    let off: Vec<String> = sqlx::query_scalar("SELECT channel FROM org_channels_off WHERE org_id = $1 ORDER BY channel")
        .bind(org)
        .fetch_all(db)
        .await
        .unwrap();
    out.push_str(&format!("channels_off={off:?}"));
    out
}

fn endpoint(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

#[tokio::test]
async fn every_server_function_keeps_organisations_apart() {
    let app = TestApp::spawn_with(|s| s.sso_allow_http = true).await;
    let idp = crate::common::fake_idp::FakeIdp::start().await;
    // Organisation A, with something of every kind.
    let a = app.client();
    let r = a
        .call(
            "signup",
            &[("name", "Alpha Owner"), ("email", "alpha-owner@example.com"), ("password", "password-1"), ("org_name", "Alpha Org")],
        )
        .await;
    assert_eq!(r.status, 200);
    let a_member = app.member_of(&a, "alpha-member@example.com").await;
    let team = a.create_team("Alphateam").await.to_string();
    let me = a.me().await["user_id"].to_string();
    assert_eq!(a.call("add_team_member", &[("team_id", &team), ("user_id", &me)]).await.status, 200);
    let r = a.call("create_wave", &[("name", "Alphawave"), ("starts_on", &common::day(-1)), ("ends_on", &common::day(26))]).await;
    let wave = r.json().to_string();
    let mut form = vec![("wave_id", wave.as_str()), ("title", "Alphagoal"), ("why", "Because"), ("owner_id", "")];
    form.extend(common::ONE_KR);
    let objective = a.call("create_wave_objective", &form).await.json().to_string();
    assert_eq!(a.call("advance_wave", &[("wave_id", &wave), ("to", "active")]).await.status, 200);
    let mut form = vec![("team_id", team.as_str()), ("parent_id", objective.as_str()), ("title", "Alphateamgoal"), ("rationale", "R")];
    form.extend(common::ONE_KR);
    let team_objective = a.call("create_team_objective", &form).await.json().to_string();
    let kr = a.call("objective", &[("objective_id", &team_objective)]).await.json()["krs"][0]["kr"]["id"].to_string();
    assert_eq!(
        a.call("save_ppp", &[("team_id", &team), ("progress", "Alphaprogress"), ("plans", "p"), ("problems", "q")]).await.status,
        200
    );
    let boost =
        a.call("create_boost", &[("objective_id", &team_objective), ("to_team_id", ""), ("need", "Alphaneed")]).await.json().to_string();
    assert_eq!(a.call("open_survey", &[]).await.status, 200);
    let sso = [
        ("label", "Alpha ID"),
        ("issuer", idp.issuer.as_str()),
        ("client_id", "alpha-client-id"),
        ("client_secret", "alpha-secret"),
        ("domains", "alpha.test"),
    ];
    assert_eq!(a.call("save_sso", &sso).await.status, 200);
    assert_eq!(a.call("create_scim_token", &[]).await.status, 200);
    let invite: i64 = sqlx::query_scalar("SELECT MAX(id) FROM invites").fetch_one(&app.db().await).await.unwrap();
    let session: i64 = sqlx::query_scalar("SELECT MAX(rowid) FROM sessions").fetch_one(&app.db().await).await.unwrap();
    let item: i64 = sqlx::query_scalar("SELECT MAX(id) FROM ppp_items").fetch_one(&app.db().await).await.unwrap();
    let member_id = a_member.me().await["user_id"].to_string();
    let org_a: i64 = sqlx::query_scalar("SELECT id FROM organisations WHERE name = 'Alpha Org'").fetch_one(&app.db().await).await.unwrap();
    // A passkey of A's owner (its row is all the server functions see of it).
    sqlx::query(
        "INSERT INTO passkeys (user_id, credential_id, user_handle, name, credential, created_at) \
         VALUES ($1, 'alpha-credential', '00000000-0000-4000-8000-000000000000', 'Alphakey', '{}', 0)",
    )
    .bind(me.parse::<i64>().unwrap())
    .execute(&app.db().await)
    .await
    .unwrap();
    let passkey: i64 = sqlx::query_scalar("SELECT MAX(id) FROM passkeys").fetch_one(&app.db().await).await.unwrap();
    // A device of A's owner that gets notifications, and A's Teams channel.
    sqlx::query(
        "INSERT INTO push_subscriptions (user_id, endpoint, p256dh, auth, label, created_at) \
         VALUES ($1, 'https://fcm.googleapis.com/fcm/send/alpha', 'k', 'a', 'Alphaphone', 0)",
    )
    .bind(me.parse::<i64>().unwrap())
    .execute(&app.db().await)
    .await
    .unwrap();
    let device: i64 = sqlx::query_scalar("SELECT MAX(id) FROM push_subscriptions").fetch_one(&app.db().await).await.unwrap();
    // An objective proposed to A's team (as starting a wave from the last one leaves them).
    sqlx::query(
        "INSERT INTO proposals (org_id, wave_id, team_id, parent_id, title, rationale, key_results, created_at) \
         VALUES ($1, $2, $3, $4, 'Alphaproposal', 'R', '[]', 0)",
    )
    .bind(org_a)
    .bind(wave.parse::<i64>().unwrap())
    .bind(team.parse::<i64>().unwrap())
    .bind(objective.parse::<i64>().unwrap())
    .execute(&app.db().await)
    .await
    .unwrap();
    let proposal: i64 = sqlx::query_scalar("SELECT MAX(id) FROM proposals").fetch_one(&app.db().await).await.unwrap();
    let (status, preview) = a.upload_sheet(&wave, "Alphasheet.csv", b"Objective,Why,Key result\nAlphaplan,Because,Done\n").await;
    assert_eq!(status, 303);
    let upload = preview.trim_start_matches("/imports/").to_owned();
    let r = a.call("set_teams_webhook", &[("url", "https://alpha.westeurope.logic.azure.com/workflows/alpha")]).await;
    assert_eq!(r.status, 200, "{}", r.body);

    // Organisation B.
    let b = app.owner("beta@example.com", "Beta").await;
    b.active_wave(-1, 26).await;

    // Every parameter any function takes, pointing at A's things.
    let (invite, session, item, passkey, device, proposal) =
        (invite.to_string(), session.to_string(), item.to_string(), passkey.to_string(), device.to_string(), proposal.to_string());
    let form: Vec<(&str, &str)> = vec![
        ("objective_id", &team_objective),
        ("team_id", &team),
        ("wave_id", &wave),
        ("import_id", &upload),
        ("proposal_id", &proposal),
        ("starter", "reliability"),
        ("boost_id", &boost),
        ("key_result_id", &kr),
        ("user_id", &member_id),
        ("invite_id", &invite),
        ("session_id", &session),
        ("item_id", &item),
        ("device_id", &device),
        ("parent_id", &objective),
        ("org_id", "1"),
        ("title", "Changed"),
        ("why", "Changed"),
        ("rationale", "Changed"),
        ("name", "Changed"),
        ("need", "Changed"),
        ("score", "3"),
        ("value", "5"),
        ("note", ""),
        ("action", "complete"),
        ("role", "admin"),
        ("to", "closed"),
        ("threshold", "5"),
        ("progress", "x"),
        ("plans", "y"),
        ("problems", "z"),
        ("archived", "true"),
        ("owner_id", ""),
        ("to_team_id", ""),
        ("helper_id", &member_id),
        ("reason", "r"),
        ("worked", "w"),
        ("didnt", "d"),
        ("change", "c"),
        ("token", "x"),
        ("current_password", "not-the-password"),
        ("password", "not-the-password"),
        ("new_password", "password-9"),
        ("uses", "1"),
        ("live", "on"),
        ("starts_on", "2026-03-03"),
        ("ends_on", "2026-03-30"),
        ("resolved", "true"),
        ("email", "stranger@example.com"),
        ("scope", "read"),
        ("expires_in_days", "30"),
        ("token_id", "1"),
        ("time_zone", "Europe/Berlin"),
        ("reminder_day", "5"),
        ("reminder_time", "16:00"),
        ("reminders", "on"),
        ("digest", "on"),
        ("label", "Changed"),
        ("issuer", "https://evil.example"),
        ("client_id", "changed"),
        ("client_secret", "changed"),
        ("domains", "alpha.test"),
        ("required", "on"),
        ("slug", "x"),
        ("passkey_id", &passkey),
        ("ceremony", "made-up"),
        ("credential", "{}"),
        ("url", "https://evil.westeurope.logic.azure.com/workflows/x"),
        ("subscription", "{}"),
        ("channel", "#evil"),
        ("on", "on"),
        ("push", "on"),
        ("teams", "on"),
        ("locale", "de"),
    ];

    let paths: Vec<(String, bool)> =
        leptos::server_fn::axum::server_fn_paths().map(|(p, m)| (p.to_string(), m == http::Method::GET)).collect();
    assert!(paths.len() >= 60, "{paths:?}");
    let db = app.db().await;
    let before = fingerprint(&db, org_a).await;
    for (path, by_get) in &paths {
        let name = endpoint(path);
        let known = PUBLIC.contains(&name) || ADMIN.contains(&name) || MEMBER.contains(&name);
        assert!(known, "server function {path} is not covered by this test: add it to PUBLIC, ADMIN or MEMBER");
        let callers: Vec<(&str, Client)> =
            vec![("visitor", app.client()), ("other organisation", b.clone()), ("member without the role", a_member.clone())];
        for (who, c) in callers {
            if who == "member without the role" && !ADMIN.contains(&name) {
                continue;
            }
            if who != "visitor" && name == "logout" {
                continue; // ends the caller's own session, nothing else
            }
            let r = if *by_get { c.call_get(name, &form).await } else { c.call(name, &form).await };
            for secret in SECRETS {
                assert!(!r.body.contains(secret), "{who} calling {name} got A's data ({secret}): {}", r.body);
            }
            match who {
                "visitor" if !PUBLIC.contains(&name) => {
                    assert!(matches!(r.status, 400 | 401), "visitor calling {name}: {} {}", r.status, r.body)
                }
                "member without the role" => assert_eq!(r.status, 403, "member calling {name}: {}", r.body),
                _ => {}
            }
            assert_eq!(fingerprint(&db, org_a).await, before, "{who} calling {name} changed A's data");
        }
    }
    // B's calls that take A's ids were refused, not answered with B's own things.
    for name in [
        "objective",
        "team",
        "wave",
        "boost",
        "team_plan",
        "team_ppp",
        "team_reflection",
        "check_in",
        "update_objective",
        "cast_vote",
        "boost_action",
        "resolve_problem",
        "upload",
        "run_import",
        "start_from_earlier",
        "start_from_starter",
        "adopt_proposal",
        "discard_proposal",
    ] {
        let r = b.call(name, &form).await;
        assert!(matches!(r.status, 403 | 404 | 409 | 422), "{name} for another organisation's id: {} {}", r.status, r.body);
    }
}
