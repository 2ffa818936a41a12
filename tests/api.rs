//! The JSON API with personal access tokens: scopes, expiry, revocation,
//! organisation scoping, the anonymity rules, rate limits, the OpenAPI
//! document, and a check-in from `curl`.

use crate::common::api::Api;
use crate::common::{Client, TestApp};
use chrono::TimeDelta;
use serde_json::{json, Value};

/// A token made by an owner (whose password is "password-1").
async fn token(c: &Client, scope: &str, days: &str) -> String {
    c.api_token("password-1", scope, days).await
}

/// An owner with a running four-week wave whose objective has one key result (0 → 10).
async fn setup(app: &TestApp) -> (Client, String, String, String) {
    let owner = app.owner("owner@example.com", "Acme").await;
    let (wave, objective) = owner.active_wave(0, 27).await;
    let o = owner.call("objective", &[("objective_id", &objective)]).await.json();
    let kr = o["krs"][0]["kr"]["id"].to_string();
    (owner, wave, objective, kr)
}

#[tokio::test]
async fn a_check_in_token_checks_in_and_a_read_token_cannot() {
    let app = TestApp::spawn().await;
    let (owner, wave, objective, kr) = setup(&app).await;
    let (read, write) = (token(&owner, "read", "30").await, token(&owner, "check_in", "30").await);
    assert!(read.starts_with("mvt_") && read != write);
    let api = Api::of(&app);

    let (status, waves) = api.get(&read, "/waves").await;
    assert_eq!(status, 200, "{waves}");
    assert_eq!(waves[0]["id"].to_string(), wave);
    assert_eq!((waves[0]["state"].as_str(), waves[0]["weeks"].as_i64()), (Some("active"), Some(4)));
    let (_, objectives) = api.get(&read, &format!("/waves/{wave}/objectives")).await;
    assert_eq!(objectives[0]["key_results"][0]["id"].to_string(), kr);
    assert_eq!(objectives[0]["key_results"][0]["kind"], "numeric");

    let (status, body) = api.post(&read, &format!("/key-results/{kr}/check-ins"), json!({"value": 4})).await;
    assert_eq!((status, body["error"].as_str()), (403, Some("forbidden")), "{body}");
    let (status, body) = api.post(&write, &format!("/key-results/{kr}/check-ins"), json!({"value": 4, "note": "from CI"})).await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["key_results"][0]["current"], 4.0);
    assert_eq!(body["progress"], 40.0);
    // The pages see it, with its note and author.
    let page = owner.call("objective", &[("objective_id", &objective)]).await.json();
    assert_eq!(page["krs"][0]["history"].as_array().unwrap().last().unwrap()["note"], "from CI");

    let (status, body) = api.post(&write, &format!("/key-results/{kr}/check-ins"), json!({"value": "four"})).await;
    assert_eq!((status, body["error"].as_str()), (400, Some("bad_request")), "{body}");
    let (status, _) = api.post(&write, "/key-results/999999/check-ins", json!({"value": 1})).await;
    assert_eq!(status, 404);
    let (status, body) = api.post(&write, &format!("/key-results/{kr}/check-ins"), json!({"value": 5, "note": "x".repeat(1001)})).await;
    assert_eq!((status, body["field"].as_str()), (422, Some("note")), "{body}");
    assert_eq!(api.get(&read, &format!("/objectives/{objective}")).await.1["key_results"][0]["current"], 4.0, "nothing half-written");
}

#[tokio::test]
async fn an_expired_or_revoked_token_is_refused_at_once() {
    let app = TestApp::spawn().await;
    let (owner, ..) = setup(&app).await;
    let api = Api::of(&app);
    let (week, ninety) = (token(&owner, "read", "7").await, token(&owner, "read", "90").await);
    assert_eq!(api.get(&week, "/waves").await.0, 200);

    let r = reqwest::Client::new().get(format!("{}/api/v1/waves", app.base)).send().await.unwrap();
    assert_eq!(r.status(), 401);
    assert_eq!(r.headers()["www-authenticate"], "Bearer");
    assert_eq!(api.get("mvt_not-a-token", "/waves").await.0, 401);

    app.advance(TimeDelta::days(7));
    owner.me().await;
    let (status, body) = api.get(&week, "/waves").await;
    assert_eq!((status, body["error"].as_str()), (401, Some("unauthenticated")));
    assert_eq!(api.get(&ninety, "/waves").await.0, 200);
    let listed = owner.call("api_tokens", &[]).await.json();
    let expired: Vec<bool> = listed.as_array().unwrap().iter().map(|t| t["expired"].as_bool().unwrap()).collect();
    assert_eq!(expired, [false, true], "newest first; the week-long one has expired");
    assert!(listed[0]["last_used_at"].is_i64(), "the page says when a token was last used");

    let id = listed[0]["id"].to_string();
    assert_eq!(owner.call("revoke_api_token", &[("token_id", &id)]).await.status, 200);
    assert_eq!(api.get(&ninety, "/waves").await.0, 401);
    assert_eq!(owner.call("revoke_api_token", &[("token_id", &id)]).await.status, 404);
    assert_eq!(owner.call("api_tokens", &[]).await.json().as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn a_token_reads_and_writes_only_its_organisation_and_only_while_its_person_belongs() {
    let app = TestApp::spawn().await;
    let (a, a_wave, a_objective, a_kr) = setup(&app).await;
    let b = app.owner("b@example.com", "Bravo").await;
    let member = app.member_of(&b, "m@example.com").await;
    let (b_token, m_token) = (token(&b, "check_in", "30").await, member.api_token("password-2", "check_in", "30").await);
    let api = Api::of(&app);
    assert_eq!(api.get(&b_token, "/waves").await.1, json!([]), "Bravo has no waves");
    assert_eq!(api.get(&b_token, &format!("/waves/{a_wave}/objectives")).await.0, 404);
    assert_eq!(api.get(&b_token, &format!("/waves/{a_wave}/confidence")).await.0, 404);
    assert_eq!(api.get(&b_token, &format!("/objectives/{a_objective}")).await.0, 404);
    assert_eq!(api.post(&b_token, &format!("/key-results/{a_kr}/check-ins"), json!({"value": 9})).await.0, 404);
    assert_eq!(a.call("objective", &[("objective_id", &a_objective)]).await.json()["krs"][0]["kr"]["current"], 0.0);

    // A member may not check in on a wave objective, token or not.
    let (b_wave, b_objective) = b.active_wave(0, 13).await;
    let kr = b.call("objective", &[("objective_id", &b_objective)]).await.json()["krs"][0]["kr"]["id"].to_string();
    assert_eq!(api.post(&m_token, &format!("/key-results/{kr}/check-ins"), json!({"value": 9})).await.0, 403);
    assert_eq!(api.get(&m_token, &format!("/waves/{b_wave}/objectives")).await.0, 200);
    let id = member.me().await["user_id"].to_string();
    assert_eq!(b.call("remove_member", &[("user_id", &id)]).await.status, 200);
    assert_eq!(api.get(&m_token, "/waves").await.0, 401, "a person who left takes no access with them");
    // Invited back, they are a member again, and their old token stays revoked.
    let invite = b.invite_token().await;
    assert_eq!(member.call("join", &[("token", &invite)]).await.status, 200);
    assert_eq!(api.get(&m_token, "/waves").await.0, 401, "a re-invite does not bring old tokens back");
    assert_eq!(api.get(&member.api_token("password-2", "read", "30").await, "/waves").await.0, 200, "new ones work");
}

#[tokio::test]
async fn a_new_password_or_signing_out_everywhere_revokes_every_token() {
    let app = TestApp::spawn().await;
    let owner = app.owner("owner@example.com", "Acme").await;
    let api = Api::of(&app);
    let before = token(&owner, "check_in", "30").await;
    assert_eq!(api.get(&before, "/waves").await.0, 200);
    let r = owner.call("change_password", &[("current_password", "password-1"), ("new_password", "a new password")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(api.get(&before, "/waves").await.0, 401, "a password change revokes tokens made before it");
    assert!(owner.call("api_tokens", &[]).await.json().as_array().unwrap().is_empty(), "and the page lists none");

    let again = owner.api_token("a new password", "read", "30").await;
    assert_eq!(api.get(&again, "/waves").await.0, 200, "tokens made after it work");
    assert_eq!(owner.call("end_other_sessions", &[]).await.status, 200);
    assert_eq!(api.get(&again, "/waves").await.0, 401, "signing out everywhere revokes them too");
}

#[tokio::test]
async fn confidence_shows_only_what_the_pages_show() {
    let app = TestApp::spawn_early().await;
    let (owner, wave, objective, _) = setup(&app).await;
    let team = owner.own_team("Core").await;
    let people = app.crowd_of_three(&owner, &team).await;
    let team_objective = owner.team_objective(&team, &objective).await;
    for (p, score) in people.iter().zip(["4", "5", "3"]) {
        assert_eq!(p.call("cast_vote", &[("objective_id", &team_objective), ("score", score)]).await.status, 200);
    }
    assert_eq!(people[0].call("cast_vote", &[("objective_id", &objective), ("score", "2")]).await.status, 200);
    let read = token(&owner, "read", "30").await;
    let api = Api::of(&app);
    let week1 = |c: &Value, id: &str| {
        c["objectives"].as_array().unwrap().iter().find(|o| o["objective_id"].as_i64() == id.parse().ok()).unwrap()["weeks"][0].clone()
    };
    let (status, c) = api.get(&read, &format!("/waves/{wave}/confidence")).await;
    assert_eq!(status, 200, "{c}");
    assert_eq!(week1(&c, &team_objective)["status"], "week_open", "results show once the week ends");
    app.advance(TimeDelta::days(7));
    owner.me().await;
    let c = api.get(&read, &format!("/waves/{wave}/confidence")).await.1;
    let shown = week1(&c, &team_objective);
    assert_eq!((shown["status"].as_str(), shown["votes"].as_i64(), shown["average"].as_f64()), (Some("shown"), Some(3), Some(4.0)));
    assert_eq!(shown["distribution"], json!([0, 0, 1, 1, 1]));
    let hidden = week1(&c, &objective);
    assert_eq!(
        hidden,
        json!({"week": 1, "status": "too_few_votes", "votes": null, "average": null, "distribution": null}),
        "one vote reveals nothing"
    );
}

#[tokio::test]
async fn each_token_may_make_120_requests_a_minute() {
    let app = TestApp::spawn().await;
    let (owner, ..) = setup(&app).await;
    let (busy, other) = (token(&owner, "read", "30").await, token(&owner, "read", "30").await);
    let api = Api::of(&app);
    // The app's clock stands still, so all of these fall in one minute.
    for i in 0..120 {
        assert_eq!(api.get(&busy, "/boosts").await.0, 200, "request {i}");
    }
    let r = reqwest::Client::new().get(format!("{}/api/v1/boosts", app.base)).bearer_auth(&busy).send().await.unwrap();
    assert_eq!(r.status(), 429);
    let wait: i64 = r.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    assert_eq!(api.get(&other, "/boosts").await.0, 200, "the limit is per token");
    app.advance(TimeDelta::seconds(wait));
    assert_eq!(api.get(&busy, "/boosts").await.0, 200, "after the wait it may go on, at two a second");
}

/// 120 at the end of a minute and 120 at the start of the next are not
/// 240 in two seconds; and a person's tokens share one allowance of 240.
#[tokio::test]
async fn no_minute_boundary_doubles_the_limit_and_tokens_share_their_persons_limit() {
    let app = TestApp::spawn().await;
    let (owner, ..) = setup(&app).await;
    let api = Api::of(&app);
    let tokens = [token(&owner, "read", "30").await, token(&owner, "read", "30").await, token(&owner, "read", "30").await];
    app.advance(TimeDelta::seconds(59)); // the last second of a minute
    let mut ok = 0;
    for _ in 0..120 {
        ok += usize::from(api.get(&tokens[0], "/waves").await.0 == 200);
    }
    app.advance(TimeDelta::seconds(2)); // the next minute
    for _ in 0..120 {
        ok += usize::from(api.get(&tokens[0], "/waves").await.0 == 200);
    }
    assert_eq!(ok, 124, "the burst, then two a second");

    for i in 0..120 {
        assert_eq!(api.get(&tokens[1], "/waves").await.0, 200, "request {i} of the second token");
    }
    // The person has made 244 of 248 (240, and 8 refilled in two seconds).
    let mut third = Vec::new();
    for _ in 0..6 {
        third.push(reqwest::Client::new().get(format!("{}/api/v1/waves", app.base)).bearer_auth(&tokens[2]).send().await.unwrap());
    }
    let statuses: Vec<u16> = third.iter().map(|r| r.status().as_u16()).collect();
    assert_eq!(statuses, [200, 200, 200, 200, 429, 429], "a third, fresh token gets only what is left of its person's allowance");
    let refused = third.pop().unwrap();
    assert!(refused.headers().contains_key("retry-after"));
    let body: Value = refused.json().await.unwrap();
    assert!(body["message"].as_str().unwrap().contains("with your tokens"), "{body}");
    let b = app.owner("b@example.com", "Bravo").await;
    assert_eq!(api.get(&b.api_token("password-1", "read", "30").await, "/waves").await.0, 200, "another person is not slowed");
}

/// A caller without a token is refused before any of its body is read, and
/// a number no float holds is the value's fault, with its field.
#[tokio::test]
async fn a_check_in_without_a_token_is_refused_before_its_body_and_huge_numbers_name_their_field() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = TestApp::spawn().await;
    let (owner, _, objective, kr) = setup(&app).await;
    let mut raw = tokio::net::TcpStream::connect(app.base.trim_start_matches("http://")).await.unwrap();
    let head = format!("POST /api/v1/key-results/{kr}/check-ins HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 16000\r\n\r\n");
    raw.write_all(head.as_bytes()).await.unwrap();
    let mut answer = vec![0u8; 512];
    let n =
        tokio::time::timeout(std::time::Duration::from_secs(10), raw.read(&mut answer)).await.expect("answered without the body").unwrap();
    let answer = String::from_utf8_lossy(&answer[..n]);
    assert!(answer.starts_with("HTTP/1.1 401"), "{answer}");

    let write = token(&owner, "check_in", "30").await;
    let r = reqwest::Client::new()
        .post(format!("{}/api/v1/key-results/{kr}/check-ins", app.base))
        .bearer_auth(&write)
        .header("content-type", "application/json")
        .body(r#"{"value": 1e309}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 422);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["field"], "value", "{body}");
    assert_eq!(Api::of(&app).get(&write, &format!("/objectives/{objective}")).await.1["key_results"][0]["current"], 0.0);
}

#[tokio::test]
async fn the_openapi_document_is_generated_from_the_handlers() {
    let app = TestApp::spawn().await;
    let doc: Value = reqwest::get(format!("{}/api/v1/openapi.json", app.base)).await.unwrap().json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let mut paths: Vec<&String> = doc["paths"].as_object().unwrap().keys().collect();
    paths.sort();
    assert_eq!(
        paths,
        [
            "/api/v1/boosts",
            "/api/v1/key-results/{id}/check-ins",
            "/api/v1/objectives/{id}",
            "/api/v1/waves",
            "/api/v1/waves/{id}/confidence",
            "/api/v1/waves/{id}/import",
            "/api/v1/waves/{id}/objectives"
        ]
    );
    assert_eq!(doc["components"]["securitySchemes"]["token"]["scheme"], "bearer");
    let check_in = &doc["components"]["schemas"]["CheckIn"];
    assert_eq!(check_in["required"], json!(["value"]));
    assert!(doc["paths"]["/api/v1/key-results/{id}/check-ins"]["post"]["responses"]["403"].is_object());
    // Every limited path says it may answer 429, and with Retry-After.
    for (path, ops) in doc["paths"].as_object().unwrap() {
        for (method, op) in ops.as_object().unwrap() {
            let limited = &op["responses"]["429"];
            assert!(limited["headers"]["Retry-After"].is_object(), "{method} {path}: {op}");
        }
    }
    let r = reqwest::get(format!("{}/api/v1/nothing-here", app.base)).await.unwrap();
    assert_eq!(r.status(), 404);
}

#[tokio::test]
async fn curl_checks_in_with_a_check_in_token_and_not_with_a_read_or_revoked_one() {
    let app = TestApp::spawn().await;
    let (owner, _, objective, kr) = setup(&app).await;
    let write = token(&owner, "check_in", "30").await;
    let url = format!("{}/api/v1/key-results/{kr}/check-ins", app.base);
    let curl = |token: String, url: String| {
        // curl blocks: off the runtime thread, which serves the app.
        tokio::task::spawn_blocking(move || {
            std::process::Command::new("curl")
                .args(["-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST", "-H"])
                .arg(format!("Authorization: Bearer {token}"))
                .args(["-H", "Content-Type: application/json", "-d", r#"{"value": 7, "note": "curl"}"#])
                .arg(url)
                .output()
                .expect("curl runs (scripts/install.sh installs it)")
        })
    };
    let read = token(&owner, "read", "30").await;
    let out = curl(read, url.clone()).await.unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "403", "a read token may not check in");
    assert_eq!(owner.call("objective", &[("objective_id", &objective)]).await.json()["krs"][0]["kr"]["current"], 0.0);
    let out = curl(write.clone(), url.clone()).await.unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "201");
    assert_eq!(owner.call("objective", &[("objective_id", &objective)]).await.json()["krs"][0]["kr"]["current"], 7.0);
    // Newest first: the read token, then the check-in one.
    let listed = owner.call("api_tokens", &[]).await.json();
    assert_eq!(owner.call("revoke_api_token", &[("token_id", &listed[1]["id"].to_string())]).await.status, 200);
    let out = curl(write, url).await.unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "401", "a revoked token cannot");
}

#[tokio::test]
async fn the_token_form_refuses_bad_input() {
    let app = TestApp::spawn().await;
    let owner = app.owner("owner@example.com", "Acme").await;
    let bad = [
        ("", "read", "30", "password-1", "name"),
        ("CI", "admin", "30", "password-1", "scope"),
        ("CI", "read", "3650", "password-1", "expires_in_days"),
        ("CI", "read", "30", "not my password", "password"),
    ];
    for (name, scope, days, password, field) in bad {
        let r =
            owner.call("create_api_token", &[("name", name), ("scope", scope), ("expires_in_days", days), ("password", password)]).await;
        assert_eq!(r.status, 422, "{}", r.body);
        assert!(r.body.contains(field), "{}", r.body);
    }
    assert_eq!(app.count("api_tokens").await, 0);
    for _ in 0..20 {
        token(&owner, "read", "7").await;
    }
    let r = owner
        .call("create_api_token", &[("name", "One more"), ("scope", "read"), ("expires_in_days", "7"), ("password", "password-1")])
        .await;
    assert_eq!(r.status, 409, "{}", r.body);
}

/// Without JavaScript the form posts and comes back to the account page,
/// which shows the token once; no address ever holds it, and the page that
/// shows it is not kept for offline use.
#[tokio::test]
async fn a_token_made_without_javascript_is_shown_once_and_never_in_an_address() {
    let app = TestApp::spawn().await;
    let owner = app.owner("owner@example.com", "Acme").await;
    let form = [("name", "Board"), ("scope", "read"), ("expires_in_days", "30"), ("password", "password-1")];
    let res = owner
        .http
        .post(format!("{}/api/create_api_token", app.base))
        .header("accept", "text/html")
        .header("referer", format!("{}/account", app.base))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert!(res.status().is_redirection(), "{}", res.status());
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    assert!(!location.contains("mvt_"), "{location}");

    let page = owner.get("/account").await;
    assert_eq!(page.status, 200);
    let shown = page.body.split("value=\"mvt_").nth(1).map(|rest| format!("mvt_{}", rest.split('"').next().unwrap()));
    let token = shown.expect("the new token is on the page");
    assert_eq!(page.headers.get("x-offline-copy").map(|v| v.to_str().unwrap()), Some("never"));
    assert_eq!(Api::of(&app).get(&token, "/waves").await.0, 200);

    let again = owner.get("/account").await;
    assert!(!again.body.contains(&token), "shown once");
    assert!(again.headers.get("x-offline-copy").is_none(), "the page without it may be kept");
}
