//! Black-box harness: the real app on an ephemeral port with a fresh SQLite
//! file, spoken to over HTTP exactly as a browser's server-function calls are.

#![allow(dead_code)]

use mistvine::server::settings::Settings;
use reqwest::header::HeaderMap;
use serde_json::Value;
use sqlx::SqlitePool;
use std::path::PathBuf;

pub struct TestApp {
    pub base: String,
    pub db_path: PathBuf,
    _dir: tempfile::TempDir,
}

impl TestApp {
    pub async fn spawn() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let db_path = dir.path().join("test.db");
        let addr = mistvine::server::spawn_for_tests(Settings::for_database(db_path.clone())).await.expect("app starts");
        Self { base: format!("http://{addr}"), db_path, _dir: dir }
    }

    pub fn client(&self) -> Client {
        Client {
            http: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            base: self.base.clone(),
        }
    }

    /// A direct look into the database, to prove what was (not) written.
    pub async fn db(&self) -> SqlitePool {
        SqlitePool::connect(&format!("sqlite://{}", self.db_path.display())).await.unwrap()
    }

    pub async fn count(&self, table: &str) -> i64 {
        sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&self.db().await).await.unwrap()
    }

    /// Signs up a new owner with a fresh organisation; returns the client.
    pub async fn owner(&self, email: &str, org: &str) -> Client {
        let c = self.client();
        let r = c.call("signup", &[("name", "Owner Person"), ("email", email), ("password", "password-1"), ("org_name", org)]).await;
        assert_eq!(r.status, 200, "signup failed: {}", r.body);
        c
    }

    /// Creates an invite as `admin` and has a new person join through it.
    pub async fn member_of(&self, admin: &Client, email: &str) -> Client {
        let token = admin.invite_token().await;
        let c = self.client();
        let r = c
            .call("join_with_signup", &[("token", &token), ("name", "Member Person"), ("email", email), ("password", "password-2")])
            .await;
        assert_eq!(r.status, 200, "join failed: {}", r.body);
        c
    }
}

#[derive(Clone)]
pub struct Client {
    pub http: reqwest::Client,
    pub base: String,
}

pub struct Reply {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or(Value::Null)
    }
    /// The error variant name of an `AppError` body, e.g. "NotFound".
    pub fn error_kind(&self) -> String {
        match self.json() {
            Value::Object(m) => m.keys().next().cloned().unwrap_or_default(),
            Value::String(s) => s,
            _ => String::new(),
        }
    }
}

impl Client {
    /// Calls a server function the way the hydrated app does (form-encoded POST).
    pub async fn call(&self, endpoint: &str, form: &[(&str, &str)]) -> Reply {
        let res = self
            .http
            .post(format!("{}/api/{endpoint}", self.base))
            .header("accept", "application/json")
            .form(form)
            .send()
            .await
            .expect("request");
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        let body = res.text().await.unwrap_or_default();
        Reply { status, headers, body }
    }

    pub async fn get(&self, path: &str) -> Reply {
        let res = self.http.get(format!("{}{path}", self.base)).send().await.expect("request");
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        let body = res.text().await.unwrap_or_default();
        Reply { status, headers, body }
    }

    pub async fn me(&self) -> Value {
        self.call("me", &[]).await.json()
    }

    pub async fn invite_token(&self) -> String {
        let r = self.call("create_invite", &[]).await;
        assert_eq!(r.status, 200, "create_invite failed: {}", r.body);
        let location = r.headers.get("location").expect("redirect to the admin page").to_str().unwrap();
        location.split("invite=").nth(1).expect("token in the redirect").to_owned()
    }

    pub async fn create_team(&self, name: &str) -> i64 {
        let r = self.call("create_team", &[("name", name)]).await;
        assert_eq!(r.status, 200, "create_team failed: {}", r.body);
        r.json().as_i64().expect("team id")
    }
}
