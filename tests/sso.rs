//! Single sign-on through an organisation's OpenID Connect provider: the
//! sign-in, the accounts it makes and connects, and the attacks on it
//! (a forged, expired or misdirected ID token, a replayed nonce, a sign-in
//! finished in another browser, an unverified e-mail, a domain the
//! organisation does not vouch for, passwords in an organisation that
//! requires SSO). The attacks run against `common::fake_idp`, which answers
//! with whatever token the test asks for; the happy path also runs against
//! a real provider (`end2end/oidc-provider.mjs`).

use crate::common::fake_idp::{query, FakeIdp, Token};
use crate::common::{Client, TestApp};
use chrono::TimeDelta;

async fn app() -> TestApp {
    TestApp::spawn_with(|s| s.sso_allow_http = true).await
}

/// An owner whose organisation signs in `acme.test` through `idp`.
async fn connected(app: &TestApp, idp: &FakeIdp, required: bool) -> Client {
    let owner = app.owner("owner@acme.test", "Acme").await;
    connect(&owner, &idp.issuer, ("mistvine-client", "the-client-secret"), "acme.test", required).await;
    owner
}

/// The owner connects the provider at `issuer` with `client` (id, secret).
async fn connect(owner: &Client, issuer: &str, client: (&str, &str), domains: &str, required: bool) {
    let form = [
        ("label", "Acme ID"),
        ("issuer", issuer),
        ("client_id", client.0),
        ("client_secret", client.1),
        ("domains", domains),
        ("required", if required { "on" } else { "" }),
    ];
    let r = owner.call("save_sso", &form).await;
    assert_eq!(r.status, 200, "save_sso: {}", r.body);
}

fn now(app: &TestApp) -> i64 {
    use mistvine::infra::clock::Clock;
    app.clock.now().timestamp()
}

/// Starts a sign-in by e-mail in `browser`; returns the provider's address.
async fn leave(browser: &Client, email: &str) -> String {
    let r = browser.get(&format!("/sso/start?email={email}&next=/teams")).await;
    assert_eq!(r.status, 303, "start: {}", r.body);
    r.headers["location"].to_str().unwrap().to_owned()
}

/// Comes back from the provider with `code` and the sign-in's `state`;
/// returns where the app sends the browser.
async fn come_back(browser: &Client, authorize_url: &str, code: &str) -> String {
    let state = &query(authorize_url)["state"];
    let r = browser.get(&format!("/sso/callback?code={code}&state={state}")).await;
    assert_eq!(r.status, 303, "callback: {}", r.body);
    r.headers["location"].to_str().unwrap().to_owned()
}

/// A whole sign-in of `token` in `browser`; returns where it ends.
async fn sign_in(app: &TestApp, idp: &FakeIdp, browser: &Client, token: Token) -> String {
    let url = leave(browser, &token.email.clone()).await;
    idp.approve(&url, "code-1", token, now(app));
    come_back(browser, &url, "code-1").await
}

fn ada() -> Token {
    Token { subject: "ada-123".into(), email: "ada@acme.test".into(), email_verified: true, ..Default::default() }
}

#[tokio::test]
async fn a_first_sign_in_makes_a_member_who_joined_through_sso_and_the_next_finds_the_same_account() {
    let app = app().await;
    let idp = FakeIdp::start().await;
    let owner = connected(&app, &idp, false).await;

    let browser = app.client();
    let url = leave(&browser, "ada@acme.test").await;
    let q = query(&url);
    assert!(url.starts_with(&format!("{}/authorize?", idp.issuer)), "{url}");
    assert_eq!(q["client_id"], "mistvine-client");
    assert_eq!(q["redirect_uri"], format!("{}/sso/callback", app.base));
    assert_eq!(q["code_challenge_method"], "S256");
    assert!(q["scope"].contains("openid") && q["scope"].contains("email"));
    assert!(!q["state"].is_empty() && !q["nonce"].is_empty());

    idp.approve(&url, "code-1", ada(), now(&app));
    assert_eq!(come_back(&browser, &url, "code-1").await, "/teams");
    let me = browser.me().await;
    assert_eq!(me["email"], "ada@acme.test");
    assert_eq!(me["role"], "Member");
    assert_eq!(me["org_name"], "Acme");
    assert_eq!(idp.clients_seen(), vec!["mistvine-client:the-client-secret".to_owned()], "the secret is sent to the provider");

    let log = owner.call("membership_log", &[]).await.json();
    let joined = log.as_array().unwrap().iter().find(|e| e["kind"] == "Joined" && e["person"] == "ada").expect("Ada's join is logged");
    assert_eq!(joined["via"], "Sso");

    // The next sign-in (another browser) finds the same account.
    let again = app.client();
    sign_in(&app, &idp, &again, ada()).await;
    assert_eq!(again.me().await["user_id"], me["user_id"]);
    assert_eq!(app.count("users").await, 2, "the owner and Ada");
}

#[tokio::test]
async fn the_client_secret_is_sealed_and_never_shown_again() {
    let app = app().await;
    let idp = FakeIdp::start().await;
    let owner = connected(&app, &idp, false).await;
    let db = app.db().await;
    let sealed: String = sqlx::query_scalar("SELECT secret_sealed FROM sso_providers").fetch_one(&db).await.unwrap();
    assert!(!sealed.contains("the-client-secret"));
    let settings = owner.call("sso_settings", &[]).await;
    assert!(!settings.body.contains("the-client-secret"), "{}", settings.body);
    assert_eq!(settings.json()["provider"]["domains"], "acme.test");
    // Saving other settings with the secret left empty keeps it.
    connect(&owner, &idp.issuer, ("mistvine-client", ""), "acme.test, acme.example", false).await;
    let browser = app.client();
    sign_in(&app, &idp, &browser, ada()).await;
    assert_eq!(idp.clients_seen().last().unwrap(), "mistvine-client:the-client-secret");
}

/// Each attack ends on the log-in page with its reason, and nobody signed in.
async fn refused(app: &TestApp, browser: &Client, location: &str, code: &str) {
    assert_eq!(location, format!("/login?sso_error={code}"));
    assert_eq!(browser.call("me", &[]).await.json(), serde_json::Value::Null, "nobody is signed in");
    let page = browser.get(location).await;
    assert_eq!(page.status, 403, "the page that says why answers 4xx");
    assert!(page.body.contains("id=\"sso-error\""), "the reason is shown");
    let _ = app;
}

#[tokio::test]
async fn forged_expired_misdirected_and_replayed_tokens_are_refused() {
    let app = app().await;
    let idp = FakeIdp::start().await;
    connected(&app, &idp, false).await;

    let forged = Token { signed_by: Some("b"), ..ada() };
    let expired = Token { expires_in: Some(-60), ..ada() };
    let wrong_audience = Token { audience: Some("another-app".into()), ..ada() };
    let wrong_issuer = Token { issuer: Some("https://evil.example".into()), ..ada() };
    for (what, token) in [("forged", forged), ("expired", expired), ("audience", wrong_audience), ("issuer", wrong_issuer)] {
        let browser = app.client();
        let at = sign_in(&app, &idp, &browser, token).await;
        assert_eq!(at, "/login?sso_error=token", "{what}");
        refused(&app, &browser, &at, "token").await;
    }

    // A nonce from an earlier sign-in, replayed into this one's token.
    let browser = app.client();
    let first = leave(&browser, "ada@acme.test").await;
    let second = leave(&browser, "ada@acme.test").await;
    let old_nonce = query(&first)["nonce"].clone();
    idp.approve(&second, "code-2", Token { nonce: Some(old_nonce), ..ada() }, now(&app));
    let at = come_back(&browser, &second, "code-2").await;
    refused(&app, &browser, &at, "token").await;
    assert_eq!(app.count("users").await, 1, "no account was made");
}

#[tokio::test]
async fn a_sign_in_is_finished_once_in_the_browser_that_began_it_within_ten_minutes() {
    let app = app().await;
    let idp = FakeIdp::start().await;
    connected(&app, &idp, false).await;

    // Cross-site log-in: the attacker begins, and makes the victim's browser finish.
    let attacker = app.client();
    let url = leave(&attacker, "ada@acme.test").await;
    idp.approve(&url, "code-1", ada(), now(&app));
    let victim = app.client();
    let at = come_back(&victim, &url, "code-1").await;
    refused(&app, &victim, &at, "state").await;

    // A state that is not the one this browser's cookie holds.
    let browser = app.client();
    let mine = leave(&browser, "ada@acme.test").await;
    idp.approve(&mine, "code-2", ada(), now(&app));
    let r = browser.get("/sso/callback?code=code-2&state=made-up").await;
    assert_eq!(r.headers["location"], "/login?sso_error=state");

    // Finished once; the same return again is refused.
    let browser = app.client();
    let url = leave(&browser, "ada@acme.test").await;
    idp.approve(&url, "code-3", ada(), now(&app));
    let state = query(&url)["state"].clone();
    let first = browser.get(&format!("/sso/callback?code=code-3&state={state}")).await;
    assert_eq!(first.headers["location"], "/teams");
    let anon = app.client();
    let url = leave(&anon, "ada@acme.test").await;
    let replay = anon.get(&format!("/sso/callback?code=code-3&state={}", query(&url)["state"])).await;
    assert_eq!(replay.headers["location"], "/login?sso_error=denied", "the provider refuses a used code");

    // Too slow: the attempt lasts ten minutes.
    let slow = app.client();
    let url = leave(&slow, "ada@acme.test").await;
    app.advance(TimeDelta::minutes(11));
    idp.approve(&url, "code-4", ada(), now(&app));
    let at = come_back(&slow, &url, "code-4").await;
    refused(&app, &slow, &at, "state").await;

    // The provider said no.
    let cancelled = app.client();
    let url = leave(&cancelled, "ada@acme.test").await;
    let r = cancelled.get(&format!("/sso/callback?error=access_denied&state={}", query(&url)["state"])).await;
    assert_eq!(r.headers["location"], "/login?sso_error=denied");
}

#[tokio::test]
async fn only_verified_addresses_of_vouched_domains_get_in() {
    let app = app().await;
    let idp = FakeIdp::start().await;
    connected(&app, &idp, false).await;

    let browser = app.client();
    let at = sign_in(&app, &idp, &browser, Token { email_verified: false, ..ada() }).await;
    refused(&app, &browser, &at, "unverified").await;

    // The provider vouches for an address the organisation does not.
    let browser = app.client();
    let url = leave(&browser, "ada@acme.test").await;
    idp.approve(&url, "code-9", Token { email: "mallory@elsewhere.test".into(), ..ada() }, now(&app));
    let at = come_back(&browser, &url, "code-9").await;
    refused(&app, &browser, &at, "domain").await;

    // Nobody here signs in elsewhere.test through a provider.
    let r = app.client().get("/sso/start?email=bob@elsewhere.test").await;
    assert_eq!(r.headers["location"], "/login?sso_error=no_provider");
    assert_eq!(app.count("users").await, 1);
}

#[tokio::test]
async fn an_account_outside_the_organisation_is_not_taken_over_but_its_owner_can_connect_it() {
    let app = app().await;
    let idp = FakeIdp::start().await;
    connected(&app, &idp, false).await;
    // Ada already has an account: she runs a workspace of her own.
    let ada_self = app.owner("ada@acme.test", "Ada's side project").await;
    let ada_id = ada_self.me().await["user_id"].clone();

    let stranger = app.client();
    let at = sign_in(&app, &idp, &stranger, ada()).await;
    refused(&app, &stranger, &at, "account_exists").await;

    // Signed in with her password, the same sign-in connects her account.
    let at = sign_in(&app, &idp, &ada_self, ada()).await;
    assert_eq!(at, "/teams");
    let me = ada_self.me().await;
    assert_eq!(me["user_id"], ada_id);
    assert_eq!(me["org_name"], "Acme");
    // From then on, any browser.
    let later = app.client();
    sign_in(&app, &idp, &later, ada()).await;
    assert_eq!(later.me().await["user_id"], ada_id);
}

#[tokio::test]
async fn an_organisation_that_requires_sso_refuses_its_members_passwords_but_not_its_owners() {
    let app = app().await;
    let idp = FakeIdp::start().await;
    let owner = app.owner("owner@acme.test", "Acme").await;
    let member = app.member_of(&owner, "bo@acme.test").await;
    assert_eq!(member.me().await["org_name"], "Acme");

    connect(&owner, &idp.issuer, ("mistvine-client", "the-client-secret"), "acme.test", true).await;
    // The member's password session ended; the owner's did not.
    assert_eq!(member.call("me", &[]).await.json(), serde_json::Value::Null);
    assert_eq!(owner.me().await["org_name"], "Acme");

    let again = app.client();
    let r = again.call("login", &[("email", "bo@acme.test"), ("password", "password-2")]).await;
    assert_eq!(r.status, 403, "{}", r.body);
    assert!(r.error_text().contains("identity provider"), "{}", r.body);
    let owner_again = app.client();
    assert_eq!(owner_again.call("login", &[("email", "owner@acme.test"), ("password", "password-1")]).await.status, 200);

    // Through the provider, the member gets in.
    let bo = Token { subject: "bo-1".into(), email: "bo@acme.test".into(), email_verified: true, ..Default::default() };
    let browser = app.client();
    assert_eq!(sign_in(&app, &idp, &browser, bo).await, "/teams");
    assert_eq!(browser.me().await["email"], "bo@acme.test");
    assert_eq!(app.count("users").await, 2, "Bo's existing account, connected");
}

#[tokio::test]
async fn rotated_keys_are_fetched_again() {
    let app = app().await;
    let idp = FakeIdp::start().await;
    connected(&app, &idp, false).await;
    idp.publish(&["b"]);
    app.advance(TimeDelta::minutes(2));
    let browser = app.client();
    let at = sign_in(&app, &idp, &browser, Token { signed_by: Some("b"), ..ada() }).await;
    assert_eq!(at, "/teams", "a token signed with the new key is accepted once the keys are fetched again");
}

#[tokio::test]
async fn only_admins_see_or_change_sso_and_a_domain_belongs_to_one_organisation() {
    let app = app().await;
    let idp = FakeIdp::start().await;
    let owner = connected(&app, &idp, false).await;
    let member = app.member_of(&owner, "cy@acme.test").await;
    assert_eq!(member.call("sso_settings", &[]).await.status, 403);
    assert_eq!(member.call("remove_sso", &[]).await.status, 403);
    let r = member
        .call("save_sso", &[("label", "x"), ("issuer", &idp.issuer), ("client_id", "x"), ("client_secret", "x"), ("domains", "evil.test")])
        .await;
    assert_eq!(r.status, 403);

    let other = app.owner("boss@other.test", "Other").await;
    let r = other
        .call(
            "save_sso",
            &[("label", "Other ID"), ("issuer", &idp.issuer), ("client_id", "x"), ("client_secret", "y"), ("domains", "acme.test")],
        )
        .await;
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(r.error_text().contains("acme.test"), "{}", r.body);

    // A plain-http issuer needs the server's setting; a wrong URL is said at once.
    let strict = TestApp::spawn().await;
    let o = strict.owner("o@acme.test", "Strict").await;
    let r = o
        .call("save_sso", &[("label", "A"), ("issuer", &idp.issuer), ("client_id", "x"), ("client_secret", "y"), ("domains", "acme.test")])
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(r.json()["Invalid"]["field"], "issuer", "{}", r.body);
    assert!(r.error_text().contains("https://"), "{}", r.body);
    let r = other
        .call(
            "save_sso",
            &[
                ("label", "A"),
                ("issuer", &format!("{}/nothing-here", idp.issuer)),
                ("client_id", "x"),
                ("client_secret", "y"),
                ("domains", "other.test"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.error_text().contains("could not use the provider"), "{}", r.body);
}

#[tokio::test]
async fn signing_out_of_an_sso_session_offers_the_providers_sign_out() {
    let app = app().await;
    let idp = FakeIdp::start().await;
    connected(&app, &idp, false).await;
    let browser = app.client();
    sign_in(&app, &idp, &browser, ada()).await;
    let r = browser.call("logout", &[]).await;
    let to = r.headers.get("location").or_else(|| r.headers.get("serverfnredirect")).expect("a redirect").to_str().unwrap().to_owned();
    assert!(to.starts_with("/signed-out?sso="), "{to}");
    let page = browser.get(&to).await;
    assert!(page.body.contains(&format!("{}/logout?client_id=mistvine-client", idp.issuer)), "{}", page.body);
    assert_eq!(browser.call("me", &[]).await.json(), serde_json::Value::Null);
}

/// The real provider of the browser tests (`end2end/oidc-provider.mjs`, npm's
/// `oidc-provider`), stopped when dropped.
struct RealProvider {
    child: std::process::Child,
    issuer: String,
}

impl Drop for RealProvider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl RealProvider {
    async fn start(redirect: &str) -> Self {
        let root = env!("CARGO_MANIFEST_DIR");
        assert!(
            std::path::Path::new(&format!("{root}/end2end/node_modules/oidc-provider/package.json")).exists(),
            "the provider is not installed: scripts/install.sh test installs end2end's packages"
        );
        // A free port: the provider binds it right after this listener lets go.
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = std::process::Command::new("node")
            .arg(format!("{root}/end2end/oidc-provider.mjs"))
            .arg(port.to_string())
            .arg(redirect)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("node runs");
        let provider = Self { child, issuer: format!("http://127.0.0.1:{port}") };
        // Ready when it answers its discovery document (node starts in well under a second).
        let http = reqwest::Client::new();
        for _ in 0..100 {
            if http.get(format!("{}/.well-known/openid-configuration", provider.issuer)).send().await.is_ok_and(|r| r.status() == 200) {
                return provider;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("the OpenID Connect provider did not start at {}", provider.issuer);
    }
}

/// Follows redirects from `url` with `browser`'s cookies until an address
/// of `stop_at` comes up; returns it.
async fn follow(browser: &Client, mut url: String, stop_at: &str) -> String {
    for _ in 0..10 {
        if url.starts_with(stop_at) {
            return url;
        }
        let r = browser.http.get(&url).send().await.unwrap();
        let next = r.headers().get("location").map(|l| l.to_str().unwrap().to_owned());
        match next {
            Some(l) => url = url::Url::parse(&url).unwrap().join(&l).unwrap().to_string(),
            None => return url,
        }
    }
    panic!("too many redirects from {url}");
}

#[tokio::test]
async fn a_real_provider_signs_a_colleague_in() {
    let app = app().await;
    let provider = RealProvider::start(&format!("{}/sso/callback", app.base)).await;
    let owner = app.owner("owner@example.test", "Acme").await;
    connect(&owner, &provider.issuer, ("mistvine", "mistvine-test-secret"), "example.test", false).await;

    let browser = app.client();
    let authorize = leave(&browser, "ada@example.test").await;
    // The provider's sign-in page, then its form, as a person fills it in.
    let page_url = follow(&browser, authorize, &format!("{}/interaction/", provider.issuer)).await;
    let page = browser.http.get(&page_url).send().await.unwrap().text().await.unwrap();
    let action = page.split("action=\"").nth(1).and_then(|s| s.split('"').next()).expect("a sign-in form");
    let post = url::Url::parse(&page_url).unwrap().join(action).unwrap();
    let r =
        browser.http.post(post).form(&[("prompt", "login"), ("login", "ada@example.test"), ("password", "anything")]).send().await.unwrap();
    let after = r.headers()["location"].to_str().unwrap().to_owned();
    let after = url::Url::parse(&page_url).unwrap().join(&after).unwrap().to_string();
    let back = follow(&browser, after, &format!("{}/sso/callback", app.base)).await;
    let r = browser.http.get(&back).send().await.unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/teams");
    let me = browser.me().await;
    assert_eq!(me["email"], "ada@example.test");
    assert_eq!(me["role"], "Member");
    assert_eq!(me["org_name"], "Acme");
}

/// A SCIM token for `owner`'s organisation; provisions `email`, returns its id.
async fn provision(app: &TestApp, owner: &Client, email: &str) -> String {
    let token = owner.call("create_scim_token", &[]).await.json().as_str().unwrap().to_owned();
    let r = reqwest::Client::new()
        .post(format!("{}/scim/v2/Users", app.base))
        .bearer_auth(token)
        .header("content-type", "application/scim+json")
        .body(serde_json::json!({ "userName": email, "active": true }).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    r.json::<serde_json::Value>().await.unwrap()["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn an_account_provisioning_made_is_signed_into_but_one_it_merely_added_is_not() {
    let app = app().await;
    let idp = FakeIdp::start().await;
    let owner = connected(&app, &idp, false).await;

    // Provisioning made Ada's account: her first sign-in is into it.
    let id = provision(&app, &owner, "ada@acme.test").await;
    let browser = app.client();
    assert_eq!(sign_in(&app, &idp, &browser, ada()).await, "/teams");
    assert_eq!(browser.me().await["user_id"].to_string(), id);

    // Vic has her own account elsewhere. This organisation claims her
    // domain, adds her account by SCIM, then signs "her" in through its
    // provider: refused, her account stays hers.
    let vic = app.owner("vic@acme.test", "Vic's own workspace").await;
    provision(&app, &owner, "vic@acme.test").await;
    let attacker = app.client();
    let token = Token { subject: "vic-at-acme".into(), email: "vic@acme.test".into(), email_verified: true, ..Default::default() };
    let at = sign_in(&app, &idp, &attacker, token.clone()).await;
    refused(&app, &attacker, &at, "account_exists").await;
    // Vic herself, signed in with her password, may connect it.
    assert_eq!(sign_in(&app, &idp, &vic, token).await, "/teams");
}
