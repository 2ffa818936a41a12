//! SCIM 2.0 provisioning, driven with request sequences shaped like those
//! Okta and Microsoft Entra ID send (their public SCIM guides), quirks
//! included: string booleans, PATCH operations with and without `path`,
//! `members[value eq "…"]` removals. And the attacks: no token, another
//! organisation's token, another organisation's ids.

use crate::common::{Client, TestApp};
use serde_json::{json, Value};

/// A SCIM client of the app with a bearer token.
struct Scim {
    http: reqwest::Client,
    base: String,
    token: String,
}

struct Answer {
    status: u16,
    body: Value,
}

impl Scim {
    async fn send(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Answer {
        let mut r = self.http.request(method, format!("{}/scim/v2{path}", self.base)).bearer_auth(&self.token);
        if let Some(b) = body {
            r = r.header("content-type", "application/scim+json").body(b.to_string());
        }
        let res = r.send().await.unwrap();
        let status = res.status().as_u16();
        let text = res.text().await.unwrap();
        Answer { status, body: serde_json::from_str(&text).unwrap_or(Value::Null) }
    }
    async fn get(&self, path: &str) -> Answer {
        self.send(reqwest::Method::GET, path, None).await
    }
    async fn post(&self, path: &str, body: Value) -> Answer {
        self.send(reqwest::Method::POST, path, Some(body)).await
    }
    async fn put(&self, path: &str, body: Value) -> Answer {
        self.send(reqwest::Method::PUT, path, Some(body)).await
    }
    async fn patch(&self, path: &str, body: Value) -> Answer {
        self.send(reqwest::Method::PATCH, path, Some(body)).await
    }
    async fn delete(&self, path: &str) -> Answer {
        self.send(reqwest::Method::DELETE, path, None).await
    }
}

/// The owner makes a token on the admin page; the provider gets it.
async fn token_of(owner: &Client) -> String {
    let r = owner.call("create_scim_token", &[]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    r.json().as_str().unwrap().to_owned()
}

async fn provider(app: &TestApp, owner: &Client) -> Scim {
    Scim { http: reqwest::Client::new(), base: app.base.clone(), token: token_of(owner).await }
}

fn patch(ops: Value) -> Value {
    json!({ "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": ops })
}

#[tokio::test]
async fn okta_provisions_deactivates_and_reactivates_a_member() {
    let app = TestApp::spawn().await;
    let owner = app.owner("owner@acme.test", "Acme").await;
    let okta = provider(&app, &owner).await;

    // Okta looks first, then creates.
    let found = okta.get("/Users?filter=userName%20eq%20%22ada%40acme.test%22&startIndex=1&count=100").await;
    assert_eq!((found.status, found.body["totalResults"].clone()), (200, json!(0)));
    let created = okta
        .post(
            "/Users",
            json!({
                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                "userName": "ada@acme.test",
                "name": { "givenName": "Ada", "familyName": "Lovelace" },
                "emails": [{ "primary": true, "value": "ada@acme.test", "type": "work" }],
                "displayName": "Ada Lovelace",
                "locale": "en-US",
                "externalId": "00u1okta",
                "groups": [],
                "password": "ignored-by-mistvine",
                "active": true
            }),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let id = created.body["id"].as_str().unwrap().to_owned();
    assert_eq!(created.body["active"], true);
    assert_eq!(created.body["externalId"], "00u1okta");
    assert_eq!(okta.get(&format!("/Users/{id}")).await.body["userName"], "ada@acme.test");
    // Creating her twice is a uniqueness error.
    let again = okta.post("/Users", json!({ "userName": "ada@acme.test", "active": true })).await;
    assert_eq!((again.status, again.body["scimType"].clone()), (409, json!("uniqueness")));

    // She is a member, listed as provisioned on "Who joined when".
    let members = owner.call("members", &[]).await.json();
    assert!(members.to_string().contains("ada@acme.test"), "{members}");
    let log = owner.call("membership_log", &[]).await.json();
    let joined = log.as_array().unwrap().iter().find(|e| e["kind"] == "Joined" && e["person"] == "Ada Lovelace").unwrap().clone();
    assert_eq!(joined["via"], "Scim");
    let audit = owner.call("audit_log", &[]).await.json();
    assert!(audit.to_string().contains("through SCIM: added Ada Lovelace (ada@acme.test)"), "{audit}");

    // She signs in (she set a password through "Forgot your password?" in
    // real life; here the test gives her one), then Okta deactivates her.
    let db = app.db().await;
    let hash: String = sqlx::query_scalar("SELECT password_hash FROM users WHERE email = 'owner@acme.test'").fetch_one(&db).await.unwrap();
    sqlx::query("UPDATE users SET password_hash = $1 WHERE email = 'ada@acme.test'").bind(&hash).execute(&db).await.unwrap();
    let ada = app.client();
    assert_eq!(ada.call("login", &[("email", "ada@acme.test"), ("password", "password-1")]).await.status, 200);
    assert_eq!(ada.me().await["org_name"], "Acme");
    let off = okta.patch(&format!("/Users/{id}"), patch(json!([{ "op": "replace", "value": { "active": false } }]))).await;
    assert_eq!((off.status, off.body["active"].clone()), (200, json!(false)), "{}", off.body);
    assert_eq!(ada.call("me", &[]).await.json(), Value::Null, "her session here ended");
    assert!(!owner.call("members", &[]).await.json().to_string().contains("ada@acme.test"));
    // Okta still finds her, inactive.
    let found = okta.get("/Users?filter=userName%20eq%20%22ada%40acme.test%22").await;
    assert_eq!(found.body["Resources"][0]["active"], false);

    // Reactivated: a member again (the tenure rule counts from now).
    let on = okta.patch(&format!("/Users/{id}"), patch(json!([{ "op": "replace", "value": { "active": true } }]))).await;
    assert_eq!(on.body["active"], true);
    assert!(owner.call("members", &[]).await.json().to_string().contains("ada@acme.test"));
    // Okta's PUT of the whole profile keeps her.
    let put = okta
        .put(
            &format!("/Users/{id}"),
            json!({ "userName": "ada@acme.test", "name": { "givenName": "Ada" }, "active": true, "externalId": "00u1okta" }),
        )
        .await;
    assert_eq!(put.status, 200, "{}", put.body);
}

#[tokio::test]
async fn entra_id_creates_finds_by_external_id_disables_with_a_string_and_deletes() {
    let app = TestApp::spawn().await;
    let owner = app.owner("owner@contoso.test", "Contoso").await;
    let entra = provider(&app, &owner).await;
    let created = entra
        .post(
            "/Users",
            json!({
                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                "externalId": "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef",
                "UserName": "Test_User@contoso.test",
                "active": "True",
                "emails": [{ "primary": true, "type": "work", "value": "Test_User@contoso.test" }],
                "meta": { "resourceType": "User" },
                "name": { "formatted": "Test User", "familyName": "User", "givenName": "Test" },
                "roles": []
            }),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let id = created.body["id"].as_str().unwrap().to_owned();
    let found = entra.get("/Users?filter=externalId%20eq%20%220a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef%22").await;
    assert_eq!(found.body["Resources"][0]["id"], id.as_str());
    // Attributes Mistvine does not keep are accepted.
    let r = entra
        .patch(
            &format!("/Users/{id}"),
            patch(json!([
                { "op": "Replace", "path": "emails[type eq \"work\"].value", "value": "updated@contoso.test" },
                { "op": "Replace", "path": "name.familyName", "value": "Updated" }
            ])),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let off = entra.patch(&format!("/Users/{id}"), patch(json!([{ "op": "Replace", "path": "active", "value": "False" }]))).await;
    assert_eq!(off.body["active"], false, "{}", off.body);
    assert_eq!(entra.delete(&format!("/Users/{id}")).await.status, 204);
    assert_eq!(entra.get(&format!("/Users/{id}")).await.status, 404);
    assert!(!owner.call("members", &[]).await.json().to_string().contains("test_user@contoso.test"));
    // An owner is not removed through SCIM.
    let me = owner.me().await["user_id"].to_string();
    let r = entra.patch(&format!("/Users/{me}"), patch(json!([{ "op": "Replace", "path": "active", "value": false }]))).await;
    assert_eq!((r.status, r.body["scimType"].clone()), (400, json!("mutability")));
    assert_eq!(owner.me().await["org_name"], "Contoso");
}

#[tokio::test]
async fn groups_are_teams_whose_members_follow_the_provider() {
    let app = TestApp::spawn().await;
    let owner = app.owner("owner@acme.test", "Acme").await;
    let scim = provider(&app, &owner).await;
    let mut ids = vec![];
    for name in ["ada", "bo", "cy"] {
        let r = scim.post("/Users", json!({ "userName": format!("{name}@acme.test"), "active": true })).await;
        ids.push(r.body["id"].as_str().unwrap().to_owned());
    }
    // Entra ID: the group, then members one by one.
    let g = scim
        .post("/Groups", json!({ "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "externalId": "g-1", "displayName": "Payments", "meta": { "resourceType": "Group" } }))
        .await;
    assert_eq!(g.status, 201, "{}", g.body);
    let gid = g.body["id"].as_str().unwrap().to_owned();
    let add = |id: &str| patch(json!([{ "op": "Add", "path": "members", "value": [{ "$ref": null, "value": id }] }]));
    assert_eq!(scim.patch(&format!("/Groups/{gid}"), add(&ids[0])).await.status, 200);
    assert_eq!(scim.patch(&format!("/Groups/{gid}"), add(&ids[1])).await.status, 200);
    let team = owner.call("team", &[("team_id", &gid)]).await.json();
    assert!(team.to_string().contains("ada@acme.test") && team.to_string().contains("bo@acme.test"), "{team}");
    // Entra ID removes with a filter in the path; Okta with a value list.
    let r = scim
        .patch(&format!("/Groups/{gid}"), patch(json!([{ "op": "Remove", "path": format!("members[value eq \"{}\"]", ids[0]) }])))
        .await;
    assert_eq!(r.body["members"].as_array().unwrap().len(), 1, "{}", r.body);
    let r =
        scim.patch(&format!("/Groups/{gid}"), patch(json!([{ "op": "remove", "path": "members", "value": [{ "value": ids[1] }] }]))).await;
    assert_eq!(r.body["members"], json!([]));
    // Okta renames with a value object and no path; PUT replaces members.
    let r = scim
        .patch(&format!("/Groups/{gid}"), patch(json!([{ "op": "replace", "value": { "id": gid, "displayName": "Payments EU" } }])))
        .await;
    assert_eq!(r.body["displayName"], "Payments EU");
    let r = scim.put(&format!("/Groups/{gid}"), json!({ "displayName": "Payments EU", "members": [{ "value": ids[2] }] })).await;
    assert_eq!(r.body["members"][0]["value"], ids[2].as_str());
    let found = scim.get("/Groups?filter=displayName%20eq%20%22Payments%20EU%22&excludedAttributes=members").await;
    assert_eq!(found.body["totalResults"], 1);
    // Leaving the organisation takes a person out of its teams.
    scim.patch(&format!("/Users/{}", ids[2]), patch(json!([{ "op": "replace", "path": "active", "value": false }]))).await;
    assert_eq!(scim.get(&format!("/Groups/{gid}")).await.body["members"], json!([]));
    assert_eq!(scim.delete(&format!("/Groups/{gid}")).await.status, 204);
    assert_eq!(scim.get(&format!("/Groups/{gid}")).await.status, 404);
    let log = owner.call("membership_log", &[]).await.json().to_string();
    assert!(log.contains("TeamJoined") && log.contains("TeamLeft"), "{log}");
}

#[tokio::test]
async fn a_token_reaches_its_own_organisation_only() {
    let app = TestApp::spawn().await;
    let a = app.owner("owner@a.test", "A").await;
    let b = app.owner("owner@b.test", "B").await;
    let scim_a = provider(&app, &a).await;
    let scim_b = provider(&app, &b).await;
    let ada = scim_a.post("/Users", json!({ "userName": "ada@a.test", "active": true })).await.body["id"].as_str().unwrap().to_owned();
    let team_a = a.create_team("Alpha team").await.to_string();

    // No token, a made-up one: 401, nothing said.
    let none = Scim { http: reqwest::Client::new(), base: app.base.clone(), token: String::new() };
    assert_eq!(none.get("/Users").await.status, 401);
    let made_up = Scim { http: reqwest::Client::new(), base: app.base.clone(), token: "made-up".into() };
    assert_eq!(made_up.get("/ServiceProviderConfig").await.status, 401);

    // B's token sees B only, and A's ids are not found.
    let list = scim_b.get("/Users").await.body;
    assert!(!list.to_string().contains("ada@a.test"), "{list}");
    assert_eq!(scim_b.get(&format!("/Users/{ada}")).await.status, 404);
    assert_eq!(
        scim_b.patch(&format!("/Users/{ada}"), patch(json!([{ "op": "replace", "path": "active", "value": false }]))).await.status,
        404
    );
    assert_eq!(scim_b.delete(&format!("/Users/{ada}")).await.status, 404);
    assert_eq!(scim_b.get(&format!("/Groups/{team_a}")).await.status, 404);
    // A's person cannot be put into B's team.
    let g = scim_b.post("/Groups", json!({ "displayName": "Beta team" })).await.body["id"].as_str().unwrap().to_owned();
    let r = scim_b.patch(&format!("/Groups/{g}"), patch(json!([{ "op": "add", "path": "members", "value": [{ "value": ada }] }]))).await;
    assert_eq!((r.status, r.body["scimType"].clone()), (400, json!("invalidValue")));
    assert!(a.call("members", &[]).await.json().to_string().contains("ada@a.test"), "A still has Ada");

    // A new token replaces the old one; revoking stops the provider.
    let old = scim_a.token.clone();
    let fresh = token_of(&a).await;
    assert_ne!(fresh, old);
    assert_eq!(scim_a.get("/Users").await.status, 401);
    assert_eq!(a.call("revoke_scim_token", &[]).await.status, 200);
    let revoked = Scim { token: fresh, ..scim_a };
    assert_eq!(revoked.get("/Users").await.status, 401);
    // Only admins make tokens.
    let member = app.member_of(&a, "m@a.test").await;
    assert_eq!(member.call("create_scim_token", &[]).await.status, 403);
}

#[tokio::test]
async fn the_discovery_documents_describe_what_is_supported() {
    let app = TestApp::spawn().await;
    let owner = app.owner("owner@acme.test", "Acme").await;
    let scim = provider(&app, &owner).await;
    let config = scim.get("/ServiceProviderConfig").await.body;
    assert_eq!(config["patch"]["supported"], true);
    assert_eq!(config["bulk"]["supported"], false);
    assert_eq!(scim.get("/ResourceTypes").await.body["totalResults"], 2);
    let schemas = scim.get("/Schemas").await.body.to_string();
    assert!(schemas.contains("userName") && schemas.contains("members"));
    // A filter it cannot read is refused as such.
    let r = scim.get("/Users?filter=title%20eq%20%22x%22").await;
    assert_eq!((r.status, r.body["scimType"].clone()), (400, json!("invalidFilter")));
    let r = scim.post("/Users", json!("not an object")).await;
    assert_eq!(r.status, 400);
}
