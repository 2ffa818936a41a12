//! Sign-up, log-in, sessions and rate limiting, over HTTP against a fresh database.

use crate::common;
use crate::common::TestApp;

#[tokio::test]
async fn healthz_answers_when_the_database_does() {
    let app = TestApp::spawn().await;
    let r = app.client().get("/healthz").await;
    assert_eq!((r.status, r.body.as_str()), (200, "ok"));
}

#[tokio::test]
async fn signup_creates_an_owner_and_signs_them_in() {
    let app = TestApp::spawn().await;
    let c = app.client();
    assert!(c.me().await.is_null(), "nobody is signed in yet");
    let r = c
        .call("signup", &[("name", "Ada Lovelace"), ("email", "Ada@Example.com"), ("password", "analytical"), ("org_name", "Engines")])
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let cookie = r.headers.get("set-cookie").unwrap().to_str().unwrap().to_owned();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http must not mark cookies Secure");
    let me = c.me().await;
    assert_eq!(me["email"], "ada@example.com");
    assert_eq!(me["org_name"], "Engines");
    assert_eq!(me["role"], "Owner");
    // The password is stored as an argon2id hash, never as itself.
    let hash: String = sqlx::query_scalar("SELECT password_hash FROM users").fetch_one(&app.db().await).await.unwrap();
    assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
}

#[tokio::test]
async fn bad_signups_are_refused_with_the_field_and_write_nothing() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let cases = [
        (["", "a@b.co", "long-enough", "Org"], "name", "Your name cannot be empty."),
        (["Ann", "ann@nowhere", "long-enough", "Org"], "email", "That does not look like an e-mail address, like ada@example.com."),
        (["Ann", "a@b.co", "short", "Org"], "password", "Use at least 8 characters for your password."),
        (["Ann", "a@b.co", "long-enough", "   "], "org_name", "The organisation name cannot be empty."),
    ];
    for ([name, email, password, org], field, message) in cases {
        let r = c.call("signup", &[("name", name), ("email", email), ("password", password), ("org_name", org)]).await;
        assert_eq!(r.status, 422, "{field}: {}", r.body);
        assert_eq!(r.json()["Invalid"]["field"], field);
        assert_eq!(r.json()["Invalid"]["message"], message);
    }
    assert_eq!(app.count("users").await, 0);
    assert_eq!(app.count("organisations").await, 0);

    app.owner("taken@example.com", "First").await;
    let r = app
        .client()
        .call("signup", &[("name", "Again"), ("email", "TAKEN@example.com"), ("password", "password-x"), ("org_name", "Second")])
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert_eq!(r.json()["Invalid"]["field"], "password");
    assert!(!r.body.contains("exists"), "the answer does not say the address has an account: {}", r.body);
    // Nothing was written: no orphan organisation from the second attempt.
    assert_eq!(app.count("organisations").await, 1);
    assert_eq!(app.count("users").await, 1);
}

/// Sign-up cannot be used to probe e-mail addresses faster than log-in: a
/// taken address with a wrong password costs a counted failed log-in, and
/// the account's own password adds the new workspace to that account.
#[tokio::test]
async fn signing_up_with_a_taken_address_costs_a_log_in_attempt() {
    let app = TestApp::spawn().await;
    app.owner("taken@example.com", "First").await;
    let signup = |password: &'static str, org: &'static str| {
        let c = app.client();
        async move {
            (c.call("signup", &[("name", "Probe"), ("email", "taken@example.com"), ("password", password), ("org_name", org)]).await, c)
        }
    };
    for i in 0..5 {
        let (r, _) = signup("wrong-guess", "Probe").await;
        assert_eq!(r.status, 422, "attempt {i}: {}", r.body);
    }
    let (r, _) = signup("wrong-guess", "Probe").await;
    assert_eq!(r.status, 429, "the log-in limit applies to sign-up too: {}", r.body);
    let login = app.client().call("login", &[("email", "taken@example.com"), ("password", "password-1")]).await;
    assert_eq!(login.status, 429, "and the probes counted against log-in: {}", login.body);
    assert_eq!(app.count("organisations").await, 1);

    let app = TestApp::spawn().await;
    app.owner("taken@example.com", "First").await;
    let c = app.client();
    let r =
        c.call("signup", &[("name", "Ignored"), ("email", "taken@example.com"), ("password", "password-1"), ("org_name", "Second")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let me = c.me().await;
    assert_eq!(me["org_name"], "Second");
    assert_eq!(me["name"], "Owner Person", "the existing account, not a new one");
    assert_eq!(me["orgs"].as_array().unwrap().len(), 2);
    assert_eq!(app.count("users").await, 1);
}

#[tokio::test]
async fn a_missing_field_is_a_400_not_a_500() {
    let app = TestApp::spawn().await;
    let r = app.client().call("signup", &[("name", "Only a name")]).await;
    assert_eq!(r.status, 400, "{}", r.body);
}

#[tokio::test]
async fn login_gives_a_new_session_and_logout_revokes_it() {
    let app = TestApp::spawn().await;
    let owner = app.owner("grace@example.com", "Navy").await;
    let first = app.count("sessions").await;
    assert_eq!(first, 1);

    let c = app.client();
    let wrong = c.call("login", &[("email", "grace@example.com"), ("password", "wrong-password")]).await;
    let unknown = c.call("login", &[("email", "nobody@example.com"), ("password", "wrong-password")]).await;
    assert_eq!((wrong.status, unknown.status), (401, 401));
    assert_eq!(wrong.body, unknown.body, "the answer must not tell which of e-mail or password was wrong");

    let ok = c.call("login", &[("email", "grace@example.com"), ("password", "password-1"), ("next", "//evil.example")]).await;
    assert_eq!(ok.status, 200, "{}", ok.body);
    assert_eq!(ok.headers.get("location").unwrap(), "/", "off-site `next` is ignored");
    assert_eq!(c.me().await["email"], "grace@example.com");
    assert_eq!(app.count("sessions").await, 2);

    // Logging out deletes the server-side session: the old cookie is worthless.
    let token_cookie = ok.headers.get("set-cookie").unwrap().to_str().unwrap().split(';').next().unwrap().to_owned();
    assert_eq!(c.call("logout", &[]).await.status, 200);
    assert!(c.me().await.is_null());
    let replay = reqwest::Client::new()
        .post(format!("{}/api/me", app.base))
        .header("cookie", token_cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(replay, "null");
    // The first session (from sign-up) is untouched.
    assert_eq!(owner.me().await["email"], "grace@example.com");
}

#[tokio::test]
async fn repeated_failures_lock_the_account_for_a_while() {
    let app = TestApp::spawn().await;
    app.owner("linus@example.com", "Kernel").await;
    let c = app.client();
    for _ in 0..5 {
        let r = c.call("login", &[("email", "linus@example.com"), ("password", "guess-guess")]).await;
        assert_eq!(r.status, 401);
    }
    // Even the right password is refused until the window passes.
    let r = c.call("login", &[("email", "linus@example.com"), ("password", "password-1")]).await;
    assert_eq!(r.status, 429, "{}", r.body);
    assert!(r.body.contains("Too many failed attempts"));
}

#[tokio::test]
async fn many_failures_from_one_address_limit_every_account_from_it() {
    use mistvine::domain::account::MAX_FAILURES_PER_ADDRESS;
    let app = TestApp::spawn().await;
    app.owner("ada@example.com", "Engines").await;
    let c = app.client();
    // Spraying guesses over many accounts never reaches one account's limit…
    for i in 0..MAX_FAILURES_PER_ADDRESS {
        let r = c.call("login", &[("email", &format!("someone{i}@example.com")), ("password", "guess-guess")]).await;
        assert_eq!(r.status, 401, "{}", r.body);
    }
    // …but the address is now limited, even for a real account and its right password.
    let r = c.call("login", &[("email", "ada@example.com"), ("password", "password-1")]).await;
    assert_eq!(r.status, 429, "{}", r.body);
}

#[tokio::test]
async fn cross_origin_posts_are_refused() {
    let app = TestApp::spawn().await;
    let r = reqwest::Client::new()
        .post(format!("{}/api/signup", app.base))
        .header("origin", "http://evil.example")
        .form(&[("name", "Eve"), ("email", "eve@example.com"), ("password", "password-1"), ("org_name", "Evil")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
    assert_eq!(app.count("users").await, 0);
}

#[tokio::test]
async fn pages_render_on_the_server() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let home = c.get("/").await;
    assert_eq!(home.status, 200);
    assert!(home.body.contains("Strategy flows down"), "{}", home.body);
    let missing = c.get("/nowhere").await;
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains("Page not found"));
}

/// A log-in as a browser behind the operator's proxy would send it: the
/// proxy appends the real address to whatever X-Forwarded-For the client sent.
async fn login_via_proxy(app: &TestApp, forwarded: &str, email: &str, password: &str) -> u16 {
    reqwest::Client::new()
        .post(format!("{}/api/login", app.base))
        .header("accept", "application/json")
        .header("x-forwarded-for", forwarded)
        .form(&[("email", email), ("password", password)])
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_burst_of_parallel_guesses_gets_no_more_tries_than_the_limit() {
    let app = TestApp::spawn().await;
    app.owner("linus@example.com", "Kernel").await;
    let tasks: Vec<_> = (0..12)
        .map(|_| {
            let c = app.client();
            tokio::spawn(async move { c.call("login", &[("email", "linus@example.com"), ("password", "guess-guess")]).await.status })
        })
        .collect();
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    statuses.sort();
    assert_eq!(statuses.iter().filter(|s| **s == 401).count(), 5, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 429).count(), 7, "{statuses:?}");
}

#[tokio::test]
async fn a_stranger_cannot_lock_a_person_out() {
    let app = TestApp::spawn_with(|s| s.trust_proxy = true).await;
    app.owner("ada@example.com", "Engines").await;
    // Five wrong guesses from one address lock that address out of this account…
    for _ in 0..5 {
        assert_eq!(login_via_proxy(&app, "203.0.113.9", "ada@example.com", "guess-guess").await, 401);
    }
    assert_eq!(login_via_proxy(&app, "203.0.113.9", "ada@example.com", "password-1").await, 429);
    // …and changing the part of the header the client controls does not help:
    // only the entry the proxy appended counts.
    assert_eq!(login_via_proxy(&app, "10.9.9.9, 203.0.113.9", "ada@example.com", "guess-guess").await, 429);
    // Ada, from her own address, is not affected.
    assert_eq!(login_via_proxy(&app, "198.51.100.7", "ada@example.com", "password-1").await, 200);

    // Guesses from many addresses slow the account down instead of locking it.
    for i in 0..30 {
        let from = format!("192.0.2.{i}");
        let status = login_via_proxy(&app, &from, "ada@example.com", "guess-guess").await;
        assert!(status == 401 || status == 429, "{status}");
    }
    assert_eq!(login_via_proxy(&app, "198.51.100.7", "ada@example.com", "password-1").await, 429, "one try per half minute now");
    app.advance(chrono::TimeDelta::seconds(30));
    assert_eq!(login_via_proxy(&app, "198.51.100.7", "ada@example.com", "password-1").await, 200, "and then she is in");
}

/// Strangers guessing from many addresses slow an account down, but not
/// on a browser its owner has logged in with before: a known device.
#[tokio::test]
async fn strangers_guesses_do_not_slow_down_the_owner_s_own_browser() {
    let app = TestApp::spawn_with(|s| s.trust_proxy = true).await;
    app.owner("ada@example.com", "Engines").await;
    let log_in = |c: reqwest::Client, from: &'static str, password: &'static str| {
        let url = format!("{}/api/login", app.base);
        async move {
            let form = [("email", "ada@example.com"), ("password", password)];
            c.post(url)
                .header("accept", "application/json")
                .header("x-forwarded-for", from)
                .form(&form)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    let laptop = reqwest::Client::builder().cookie_store(true).build().unwrap();
    assert_eq!(log_in(laptop.clone(), "198.51.100.7", "password-1").await, 200, "Ada logs in on her laptop once");
    for i in 0..30 {
        let status = login_via_proxy(&app, &format!("192.0.2.{i}"), "ada@example.com", "guess-guess").await;
        assert!(status == 401 || status == 429, "{status}");
    }
    assert_eq!(log_in(reqwest::Client::new(), "198.51.100.8", "password-1").await, 429, "a browser she never used waits");
    assert_eq!(log_in(laptop.clone(), "198.51.100.9", "password-1").await, 200, "her laptop is let in at once");
    // The laptop keeps the limits of its own address: five guesses there, then a wait.
    for _ in 0..5 {
        assert_eq!(log_in(laptop.clone(), "198.51.100.10", "guess-guess").await, 401);
    }
    assert_eq!(log_in(laptop.clone(), "198.51.100.10", "password-1").await, 429);
    // A new password forgets every known device (past the half minute the
    // account's failures ask of other browsers).
    app.advance(chrono::TimeDelta::seconds(31));
    let c = app.client();
    assert_eq!(c.call("login", &[("email", "ada@example.com"), ("password", "password-1")]).await.status, 200);
    let r = c.call("change_password", &[("current_password", "password-1"), ("new_password", "a-new-password")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(app.count("known_devices").await, 0);
}

/// One IPv6 network (a /64, what one home or server usually holds) counts
/// as one address: a new address for every guess gets no more guesses.
#[tokio::test]
async fn guesses_from_rotating_ipv6_addresses_count_as_one_network() {
    let app = TestApp::spawn_with(|s| s.trust_proxy = true).await;
    app.owner("ada@example.com", "Engines").await;
    for i in 1..=5 {
        assert_eq!(login_via_proxy(&app, &format!("2001:db8:7:7::{i:x}"), "ada@example.com", "guess-guess").await, 401);
    }
    assert_eq!(login_via_proxy(&app, "2001:db8:7:7:ffff::1", "ada@example.com", "guess-guess").await, 429, "the sixth, from the same /64");
    assert_eq!(login_via_proxy(&app, "2001:db8:7:8::1", "ada@example.com", "password-1").await, 200, "the next network is another address");
}

#[tokio::test]
async fn log_in_refuses_huge_passwords_and_off_site_or_broken_next_paths() {
    let app = TestApp::spawn().await;
    app.owner("grace@example.com", "Navy").await;
    let c = app.client();
    // Longer than any account's password: refused before hashing.
    let long = "x".repeat(5_000);
    assert_eq!(c.call("login", &[("email", "grace@example.com"), ("password", &long)]).await.status, 401);
    // Longer than a log-in form can be: refused before it is read.
    let huge = "x".repeat(100_000);
    assert_eq!(c.call("login", &[("email", "grace@example.com"), ("password", &huge)]).await.status, 413);
    for (next, expected) in
        [("/\t/evil.example", "/"), ("/vote\r\nSet-Cookie: a=b", "/"), ("//evil.example", "/"), ("/vote?week=2", "/vote?week=2")]
    {
        let c = app.client();
        let r = c.call("login", &[("email", "grace@example.com"), ("password", "password-1"), ("next", next)]).await;
        assert_eq!(r.status, 200, "{next:?}: {}", r.body);
        assert_eq!(r.headers["location"], expected, "{next:?}");
    }
}

#[tokio::test]
async fn sign_ups_are_limited_per_address_and_can_be_closed() {
    let app = TestApp::spawn_with(|s| s.signups_per_hour = 10).await;
    for i in 0..10 {
        app.owner(&format!("o{i}@example.com"), &format!("Org {i}")).await;
    }
    let c = app.client();
    let form = [("name", "Late"), ("email", "late@example.com"), ("password", "password-1"), ("org_name", "Late")];
    let r = c.call("signup", &form).await;
    assert_eq!(r.status, 429, "{}", r.body);
    assert!(r.body.contains("Too many new workspaces"));
    app.advance(chrono::TimeDelta::minutes(61));
    assert_eq!(c.call("signup", &form).await.status, 200);

    // Closed: the first workspace can still be made (setting up the
    // server), then only invites let people in.
    let closed = TestApp::spawn_with(|s| s.open_signup = false).await;
    let owner = closed.owner("first@example.com", "First").await;
    let r = closed.client().call("signup", &form).await;
    assert_eq!(r.status, 403, "{}", r.body);
    assert!(r.body.contains("invite link"));
    assert_eq!(closed.count("users").await, 1);
    closed.member_of(&owner, "invited@example.com").await;
}

#[tokio::test]
async fn pages_carry_a_script_policy_with_a_fresh_nonce_and_are_never_cached() {
    let app = TestApp::spawn().await;
    let c = app.owner("grace@example.com", "Navy").await;
    let mut nonces = Vec::new();
    for _ in 0..2 {
        let page = c.get("/").await;
        assert_eq!(page.status, 200);
        let csp = page.headers["content-security-policy"].to_str().unwrap().to_owned();
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), "{csp}");
        let nonce = csp.split("'nonce-").nth(1).and_then(|r| r.split('\'').next()).expect("a nonce in the policy").to_owned();
        // Every inline script of the page carries it; no other script runs.
        let scripts: Vec<&str> = page.body.split("<script").skip(1).map(|s| s.split('>').next().unwrap()).collect();
        assert!(!scripts.is_empty());
        for tag in &scripts {
            assert!(tag.contains(&format!("nonce=\"{nonce}\"")) || tag.contains("src="), "script without the nonce: {tag}");
        }
        // The stylesheet is inlined (no round trip before the first paint) under the same nonce.
        let style = page.body.split("<style").nth(1).expect("an inlined stylesheet");
        assert!(style.starts_with(&format!(" nonce=\"{nonce}\"")), "{}", &style[..60.min(style.len())]);
        assert!(style.contains(".card") && style.contains("> "), "the CSS is inlined as written, not escaped");
        assert!(csp.contains(&format!("style-src 'self' 'nonce-{nonce}'")), "{csp}");
        assert_eq!(page.headers["cache-control"], "no-store");
        assert!(page.headers.get("strict-transport-security").is_none(), "no HSTS over plain http");
        nonces.push(nonce);
    }
    assert_ne!(nonces[0], nonces[1], "a new nonce for every response");
    let me = c.call("me", &[]).await;
    assert_eq!(me.headers["cache-control"], "no-store", "answers with personal data are not cached either");
    assert_eq!(me.headers["content-security-policy"], "frame-ancestors 'none'");
}

#[tokio::test]
async fn over_https_the_session_cookie_is_host_only_and_browsers_are_told_to_stay_on_https() {
    let app = TestApp::spawn_with(|s| s.public_url = Some("https://okr.example.com".into())).await;
    let r = app
        .client()
        .call("signup", &[("name", "Ada"), ("email", "ada@example.com"), ("password", "password-1"), ("org_name", "Engines")])
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let cookie = r.headers["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("__Host-mistvine_session="), "{cookie}");
    assert!(cookie.contains("Secure") && cookie.contains("Path=/") && !cookie.contains("Domain"), "{cookie}");
    assert_eq!(r.headers["strict-transport-security"], "max-age=31536000");
}

async fn second_browser(app: &TestApp, email: &str, password: &str) -> common::Client {
    let c = app.client();
    let r = c.call("login", &[("email", email), ("password", password)]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    c
}

#[tokio::test]
async fn changing_the_password_signs_out_every_other_device() {
    let app = TestApp::spawn().await;
    let laptop = app.owner("ada@example.com", "Engines").await;
    let phone = second_browser(&app, "ada@example.com", "password-1").await;
    let wrong = laptop.call("change_password", &[("current_password", "not-it-at-all"), ("new_password", "a new password")]).await;
    assert_eq!(wrong.status, 422, "{}", wrong.body);
    assert!(wrong.body.contains("current_password"), "{}", wrong.body);
    let short = laptop.call("change_password", &[("current_password", "password-1"), ("new_password", "short")]).await;
    assert_eq!(short.status, 422);
    assert!(short.body.contains("new_password"), "{}", short.body);
    assert_eq!(phone.me().await["email"], "ada@example.com", "refused changes sign nobody out");

    let ok = laptop.call("change_password", &[("current_password", "password-1"), ("new_password", "a new password")]).await;
    assert_eq!(ok.status, 200, "{}", ok.body);
    assert!(phone.me().await.is_null(), "the other device is signed out");
    assert_eq!(laptop.me().await["email"], "ada@example.com", "this one stays");
    assert_eq!(app.client().call("login", &[("email", "ada@example.com"), ("password", "password-1")]).await.status, 401);
    second_browser(&app, "ada@example.com", "a new password").await;
}

#[tokio::test]
async fn people_see_where_they_are_signed_in_and_sign_out_elsewhere() {
    let app = TestApp::spawn().await;
    let laptop = app.owner("ada@example.com", "Engines").await;
    let phone = second_browser(&app, "ada@example.com", "password-1").await;
    let tablet = second_browser(&app, "ada@example.com", "password-1").await;
    let list = laptop.call("account_sessions", &[]).await.json();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 3);
    assert_eq!(list.iter().filter(|s| s["current"] == true).count(), 1);
    // One device, by its id on the list; someone else's id is not theirs to end.
    let phone_id = phone.call("account_sessions", &[]).await.json().as_array().unwrap().iter().find(|s| s["current"] == true).unwrap()
        ["id"]
        .to_string();
    let other = app.owner("eve@example.com", "Other").await;
    assert_eq!(other.call("end_session", &[("session_id", &phone_id)]).await.status, 404);
    assert_eq!(phone.me().await["email"], "ada@example.com");
    assert_eq!(laptop.call("end_session", &[("session_id", &phone_id)]).await.status, 200);
    assert!(phone.me().await.is_null());
    // Everywhere else at once.
    assert_eq!(laptop.call("end_other_sessions", &[]).await.status, 200);
    assert!(tablet.me().await.is_null());
    assert_eq!(laptop.call("account_sessions", &[]).await.json().as_array().unwrap().len(), 1);
    let page = laptop.get("/account").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Where you are signed in") && page.body.contains("this device"), "{}", page.body);
}
