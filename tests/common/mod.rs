//! Black-box harness: the real app on an ephemeral port with a fresh
//! database, spoken to over HTTP exactly as a browser's server-function
//! calls are.
//!
//! The database is a new SQLite file, or, with `MISTVINE_TEST_ENGINE=postgres`,
//! a new database for every test app on the PostgreSQL server that
//! `MISTVINE_TEST_POSTGRES` names (`postgres://user@host:port`, as
//! `scripts/pg.sh` starts one). `make test` runs the suite both ways.
//! Tests about SQLite's files themselves use `spawn_sqlite*`; tests about
//! PostgreSQL itself call `require_postgres()`.

#![allow(dead_code)]

pub mod api;
pub mod fake_idp;
pub mod fake_slack;
pub mod push_service;
pub mod smtp;
pub mod sqlite_file;
pub mod teams_hook;

use chrono::{DateTime, Days, NaiveDate, TimeDelta, Utc};
use mistvine::infra::clock::ManualClock;
use mistvine::infra::db::{self, Location};
use mistvine::infra::settings::Settings;
use reqwest::header::HeaderMap;
use serde_json::Value;
use sqlx::AnyPool;
use std::path::PathBuf;
use std::sync::Arc;

/// Every test app starts at this moment (a Wednesday, noon UTC), so dates in
/// tests never depend on when they run; tests move the app's clock from here.
pub fn start() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-04T12:00:00Z").unwrap().with_timezone(&Utc)
}

pub struct TestApp {
    pub base: String,
    /// Where the data is: `db_path`, or a PostgreSQL database.
    pub database: Location,
    /// The SQLite file (on PostgreSQL, a path nothing is written to).
    pub db_path: PathBuf,
    /// The vote key file (in a folder of its own, apart from the data).
    pub key_path: PathBuf,
    /// The app's clock: `advance` it to let time pass.
    pub clock: Arc<ManualClock>,
    /// The mail server the app sends to, when a test gave it one: new
    /// accounts then confirm their address by the link it receives.
    pub mail: Option<smtp::SmtpSink>,
    _dir: tempfile::TempDir,
}

impl TestApp {
    pub async fn spawn() -> Self {
        Self::spawn_with(|_| {}).await
    }

    /// Starts the app with settings changed by `adjust`.
    pub async fn spawn_with(adjust: impl FnOnce(&mut Settings)) -> Self {
        Self::spawn_at(start(), adjust).await
    }

    /// Starts the app with its clock at `at` (tests that later hand the
    /// data to the real binary, which runs on the system clock).
    pub async fn spawn_at(at: DateTime<Utc>, adjust: impl FnOnce(&mut Settings)) -> Self {
        let postgres = match std::env::var("MISTVINE_TEST_ENGINE").as_deref() {
            Ok("postgres") => Some(require_postgres()),
            Ok("sqlite") | Err(_) => None,
            Ok(other) => panic!("MISTVINE_TEST_ENGINE is {other:?}: use sqlite or postgres"),
        };
        Self::spawn_on(postgres, at, adjust).await
    }

    /// Starts the app ten days before [`start`]: people who join now have
    /// the voting tenure (a full week before a week begins, see
    /// `vote::TENURE_DAYS`) once [`TestApp::settle_in`] moves the clock to
    /// [`start`], so waves dated from [`start`] count them from week 1.
    /// Ten days, not more: sessions end after 14 idle days.
    pub async fn spawn_early() -> Self {
        Self::spawn_at(start() - TimeDelta::days(10), |_| {}).await
    }

    /// Moves the clock of an app from [`TestApp::spawn_early`] to [`start`].
    pub fn settle_in(&self) {
        self.clock.set(start());
    }

    /// Starts the app on a new SQLite file, whatever the environment says.
    pub async fn spawn_sqlite() -> Self {
        Self::spawn_on(None, start(), |_| {}).await
    }

    pub async fn spawn_sqlite_with(adjust: impl FnOnce(&mut Settings)) -> Self {
        Self::spawn_on(None, start(), adjust).await
    }

    /// Starts the app on a new PostgreSQL database (tests about PostgreSQL itself).
    pub async fn spawn_postgres() -> Self {
        Self::spawn_on(Some(require_postgres()), start(), |_| {}).await
    }

    pub async fn spawn_postgres_at(at: DateTime<Utc>) -> Self {
        Self::spawn_on(Some(require_postgres()), at, |_| {}).await
    }

    pub async fn spawn_sqlite_at(at: DateTime<Utc>) -> Self {
        Self::spawn_on(None, at, |_| {}).await
    }

    async fn spawn_on(postgres: Option<String>, at: DateTime<Utc>, adjust: impl FnOnce(&mut Settings)) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let db_path = dir.path().join("data").join("test.db");
        let database = match postgres {
            Some(server) => Location::Postgres(fresh_postgres_database(&server).await),
            None => Location::File(db_path.clone()),
        };
        // The vote key lives apart from the data, as in production.
        let key_path = dir.path().join("keys").join("vote.key");
        let mut settings = Settings::for_database(database.clone(), key_path.clone());
        // Every test signs up from 127.0.0.1; the limit has its own test.
        settings.signups_per_hour = 10_000;
        adjust(&mut settings);
        let clock = ManualClock::starting_at(at);
        let addr = mistvine::infra::router::spawn_for_tests(settings, clock.clone()).await.expect("app starts");
        Self { base: format!("http://{addr}"), database, db_path, key_path, clock, mail: None, _dir: dir }
    }

    /// Another server on this app's data (database and vote key) with a
    /// clock of its own at `at`: a restarted server, or a second app server.
    /// Returns its address and its clock.
    pub async fn another_server(&self, at: DateTime<Utc>, adjust: impl FnOnce(&mut Settings)) -> (String, Arc<ManualClock>) {
        let mut settings = Settings::for_database(self.database.clone(), self.key_path.clone());
        settings.signups_per_hour = 10_000;
        adjust(&mut settings);
        let clock = ManualClock::starting_at(at);
        let addr = mistvine::infra::router::spawn_for_tests(settings, clock.clone()).await.expect("second server starts");
        (format!("http://{addr}"), clock)
    }

    /// A client of another server of this app.
    pub fn client_of(&self, base: &str) -> Client {
        Client { base: base.to_owned(), ..self.client() }
    }

    /// Lets time pass for the app.
    pub fn advance(&self, by: TimeDelta) {
        self.clock.advance(by);
    }

    pub fn client(&self) -> Client {
        Client {
            http: reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap(),
            base: self.base.clone(),
        }
    }

    pub fn on_postgres(&self) -> bool {
        matches!(self.database, Location::Postgres(_))
    }

    /// Holds the app's writes to `table` back until the returned transaction
    /// ends: a table lock on PostgreSQL, SQLite's one write lock (which holds
    /// every write) on SQLite.
    pub async fn block_writes(&self, table: &str) -> sqlx::Transaction<'static, sqlx::Any> {
        let mut blocker = self.db().await.begin().await.unwrap();
        let sql = if self.on_postgres() {
            format!("LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE")
        } else {
            "UPDATE organisations SET name = name".into()
        };
        sqlx::query(&sql).execute(&mut *blocker).await.unwrap();
        blocker
    }

    /// A direct look into the database, to prove what was (not) written.
    pub async fn db(&self) -> AnyPool {
        connect(&self.database).await
    }

    /// A direct look into the ballot vault: its own file on SQLite, the same
    /// database on PostgreSQL.
    pub async fn vault(&self) -> AnyPool {
        match &self.database {
            Location::File(_) => connect(&Location::File(self.vault_path())).await,
            Location::Postgres(_) => self.db().await,
        }
    }

    /// The columns of a table of the database or (on SQLite, with `vault`) the vault, in order.
    pub async fn columns(&self, vault: bool, table: &str) -> Vec<String> {
        let pool = if vault { self.vault().await } else { self.db().await };
        let sql = match &self.database {
            Location::File(_) => format!("SELECT name FROM pragma_table_info('{table}') ORDER BY cid"),
            Location::Postgres(_) => format!(
                "SELECT CAST(column_name AS TEXT) FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name = '{table}' ORDER BY ordinal_position"
            ),
        };
        sqlx::query_scalar(&sql).fetch_all(&pool).await.unwrap()
    }

    /// The tables of the main database (or, with `vault`, of the vault), by name.
    pub async fn tables(&self, vault: bool) -> Vec<String> {
        let pool = if vault { self.vault().await } else { self.db().await };
        let sql = match &self.database {
            Location::File(_) => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations' ORDER BY name",
            Location::Postgres(_) => {
                "SELECT CAST(table_name AS TEXT) FROM information_schema.tables WHERE table_schema = current_schema() \
                 AND table_name <> '_sqlx_migrations' ORDER BY table_name"
            }
        };
        sqlx::query_scalar(sql).fetch_all(&pool).await.unwrap()
    }

    pub fn vault_path(&self) -> PathBuf {
        mistvine::server::vote::vault::path_for(&self.db_path)
    }

    /// Rows in a table of the ballot vault.
    pub async fn vault_count(&self, table: &str) -> i64 {
        sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&self.vault().await).await.unwrap()
    }

    /// Waits until the app has recorded the outcome of every message it took
    /// for a first try (sent, or failed with its next try scheduled).
    ///
    /// The mail server sees a message a moment before the app writes down that
    /// it went: a test that moves the clock as soon as the sink has the mail can
    /// overtake that write, and a lease that runs out in the jump sends the
    /// message again. Tests wait for what the app recorded before moving time.
    pub async fn outbox_settled(&self) {
        let db = self.db().await;
        for _ in 0..1000 {
            let in_flight: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM outbox WHERE attempts > 0 AND sent_at IS NULL AND failed_at IS NULL AND last_error = ''",
            )
            .fetch_one(&db)
            .await
            .unwrap();
            if in_flight == 0 {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        panic!("the app did not record the outcome of a message it sent within 10 s");
    }

    pub async fn count(&self, table: &str) -> i64 {
        sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&self.db().await).await.unwrap()
    }

    /// Signs up a new owner with a fresh organisation; returns the client.
    pub async fn owner(&self, email: &str, org: &str) -> Client {
        let c = self.unconfirmed_owner(email, org).await;
        self.confirm_address(&c, email).await;
        c
    }

    /// Signs up a new owner with a fresh organisation and leaves their
    /// address unconfirmed (where the app sends e-mail: see `confirm_address`).
    pub async fn unconfirmed_owner(&self, email: &str, org: &str) -> Client {
        let c = self.client();
        let r = c.call("signup", &[("name", "Owner Person"), ("email", email), ("password", "password-1"), ("org_name", org)]).await;
        assert_eq!(r.status, 200, "signup failed: {}", r.body);
        c
    }

    /// Where the app sends e-mail, the new account behind `c` opens the
    /// link that confirms `email` (the newest such link sent there).
    pub async fn confirm_address(&self, c: &Client, email: &str) {
        let Some(sink) = &self.mail else { return };
        let link = sink.link_to(email, "/confirm/").await;
        let token = link.rsplit('/').next().unwrap();
        let r = c.call("confirm_email", &[("token", token)]).await;
        assert_eq!(r.status, 200, "confirming {email}: {}", r.body);
    }

    /// Creates an invite as `admin` and has a new person join through it.
    /// The owner and two new members in `team` (the owner's), with results
    /// shown from three voters once a week closes: the smallest crowd whose
    /// confidence shows. The owner comes first.
    /// The owner and two new members in `team`, with the threshold at 3;
    /// then the clock moves to [`start`], so an app from
    /// [`TestApp::spawn_early`] counts them all as voters from week 1.
    pub async fn crowd_of_three(&self, owner: &Client, team: &str) -> Vec<Client> {
        let mut people = vec![owner.clone()];
        for email in ["m1@example.com", "m2@example.com"] {
            let m = self.member_of(owner, email).await;
            let id = m.me().await["user_id"].to_string();
            assert_eq!(owner.call("add_team_member", &[("team_id", team), ("user_id", &id)]).await.status, 200);
            people.push(m);
        }
        assert_eq!(owner.call("update_vote_settings", &[("threshold", "3"), ("live", "")]).await.status, 200);
        self.settle_in();
        for p in &people {
            p.me().await; // (a session ends after 14 idle days)
        }
        people
    }

    pub async fn member_of(&self, admin: &Client, email: &str) -> Client {
        let token = admin.invite_token().await;
        let c = self.client();
        let r =
            c.call("join_with_signup", &[("token", &token), ("name", "Member Person"), ("email", email), ("password", "password-2")]).await;
        assert_eq!(r.status, 200, "join failed: {}", r.body);
        if r.headers.get("location").is_some_and(|l| l == "/check-inbox") {
            self.confirm_address(&c, email).await;
        }
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
    /// What a person reads for an `AppError` body (refusals travel as
    /// types, e.g. `{"Vote":"AlreadyVoted"}`, and are worded by the app).
    pub fn error_text(&self) -> String {
        error_text(&self.body)
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

    /// Calls a server function registered for GET (a download link).
    pub async fn call_get(&self, endpoint: &str, query: &[(&str, &str)]) -> Reply {
        let res = self.http.get(format!("{}/api/{endpoint}", self.base)).query(query).send().await.expect("request");
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        let body = res.text().await.unwrap_or_default();
        Reply { status, headers, body }
    }

    /// Downloads the organisation's export: a POST, as the admin page's form sends it.
    pub async fn export(&self) -> Reply {
        let res = self.http.post(format!("{}/export", self.base)).send().await.expect("request");
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

    /// Uploads `file` as the import page's form does (the page's origin, a
    /// multipart body): the answer's status and where it redirects.
    pub async fn upload_sheet(&self, wave: &str, name: &str, file: &[u8]) -> (u16, String) {
        self.upload_file(&format!("/waves/{wave}/import"), name, "text/csv", file).await
    }

    /// Posts `file` to `path` as a page's upload form does (a multipart body
    /// with the page's origin): the answer's status and where it redirects.
    pub async fn upload_file(&self, path: &str, name: &str, content_type: &str, file: &[u8]) -> (u16, String) {
        const BOUNDARY: &str = "----mistvine-test-boundary";
        let mut body = format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: {content_type}\r\n\r\n"
        )
        .into_bytes();
        body.extend_from_slice(file);
        body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
        let res = self
            .http
            .post(format!("{}{path}", self.base))
            .header("origin", &self.base)
            .header("content-type", format!("multipart/form-data; boundary={BOUNDARY}"))
            .body(body)
            .send()
            .await
            .expect("upload");
        let status = res.status().as_u16();
        let location = res.headers().get("location").map(|l| l.to_str().unwrap().to_owned()).unwrap_or_default();
        (status, location)
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

    /// Makes an API token (named "Sync") with the person's `password` and
    /// returns it (it comes back once, in the answer).
    pub async fn api_token(&self, password: &str, scope: &str, days: &str) -> String {
        let form = [("name", "Sync"), ("scope", scope), ("expires_in_days", days), ("password", password)];
        let r = self.call("create_api_token", &form).await;
        assert_eq!(r.status, 200, "{}", r.body);
        assert!(r.headers.get("location").is_none(), "no redirect, so no address carries it");
        r.json().as_str().expect("the token").to_owned()
    }

    pub async fn create_team(&self, name: &str) -> i64 {
        let r = self.call("create_team", &[("name", name)]).await;
        assert_eq!(r.status, 200, "create_team failed: {}", r.body);
        r.json().as_i64().expect("team id")
    }
}

/// The demo organisation on an installation of its own (the system clock),
/// with its owner signed in; redirects are not followed. The folder holds
/// its files.
pub async fn demo() -> (tempfile::TempDir, Client) {
    let dir = tempfile::tempdir().unwrap();
    let db = match postgres_server() {
        Some(server) => Location::Postgres(fresh_postgres_database(&server).await),
        None => Location::File(dir.path().join("demo.db")),
    };
    let mut settings = Settings::for_database(db, dir.path().join("keys").join("vote.key"));
    settings.demo = true;
    let addr = mistvine::infra::router::spawn_for_tests(settings, std::sync::Arc::new(mistvine::infra::clock::SystemClock)).await.unwrap();
    let http = reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let c = Client { http, base: format!("http://{addr}") };
    let r = c.call("login", &[("email", "olivia@demo.mistvine.test"), ("password", "demo-password")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    (dir, c)
}

/// The PostgreSQL server of the test run, if the suite runs on PostgreSQL.
pub fn postgres_server() -> Option<String> {
    (std::env::var("MISTVINE_TEST_ENGINE").as_deref() == Ok("postgres")).then(require_postgres)
}

/// The test PostgreSQL server. Tests about PostgreSQL itself need one and
/// say so rather than pass without looking.
pub fn require_postgres() -> String {
    std::env::var("MISTVINE_TEST_POSTGRES").ok().filter(|v| !v.is_empty()).unwrap_or_else(|| {
        panic!(
            "this test needs a PostgreSQL server: `make test` starts one, or run \
             `scripts/pg.sh start /tmp/pg` and set MISTVINE_TEST_POSTGRES to the URL it prints"
        )
    })
}

/// Makes an empty database on `server` and returns its URL.
pub async fn fresh_postgres_database(server: &str) -> String {
    sqlx::any::install_default_drivers();
    let admin = AnyPool::connect(&format!("{server}/postgres")).await.expect("the test PostgreSQL server answers");
    let name = format!("t_{}", uuid_like());
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&admin).await.unwrap();
    admin.close().await;
    format!("{server}/{name}")
}

/// A name no other test picks: the process, a counter and the clock.
fn uuid_like() -> String {
    static N: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
    format!("{}_{n}_{nanos}", std::process::id())
}

/// A pool on a location, for looking at what the app wrote.
pub async fn connect(location: &Location) -> AnyPool {
    sqlx::any::install_default_drivers();
    match location {
        Location::File(path) => AnyPool::connect(&db::sqlite_url(path)).await.unwrap(),
        Location::Postgres(url) => AnyPool::connect(url).await.unwrap(),
    }
}

/// The date `offset` days from the day test apps start on.
pub fn date(offset: i64) -> NaiveDate {
    let first = start().date_naive();
    if offset >= 0 {
        first + Days::new(offset as u64)
    } else {
        first - Days::new(offset.unsigned_abs())
    }
}

/// [`date`] as the forms take it.
pub fn day(offset: i64) -> String {
    date(offset).format("%Y-%m-%d").to_string()
}

/// One numeric key result from 0 to 10, as an objective form posts it.
pub const ONE_KR: [(&str, &str); 4] =
    [("krs[0][title]", "K"), ("krs[0][kind]", "numeric"), ("krs[0][start]", "0"), ("krs[0][target]", "10")];

impl Client {
    /// Plans a wave from `first` to `last` days from today with one wave
    /// objective, starts it, and returns (wave id, wave objective id).
    pub async fn active_wave(&self, first: i64, last: i64) -> (String, String) {
        let r = self.call("create_wave", &[("name", "W"), ("starts_on", &day(first)), ("ends_on", &day(last))]).await;
        assert_eq!(r.status, 200, "{}", r.body);
        let wave = r.json().to_string();
        let mut form = vec![("wave_id", wave.as_str()), ("title", "Grow"), ("why", "Because"), ("owner_id", "")];
        form.extend(ONE_KR);
        let objective = self.call("create_wave_objective", &form).await.json().to_string();
        assert_eq!(self.call("advance_wave", &[("wave_id", &wave), ("to", "active")]).await.status, 200);
        (wave, objective)
    }

    /// Creates a team with this person in it; returns its id.
    pub async fn own_team(&self, name: &str) -> String {
        let team = self.create_team(name).await.to_string();
        let me = self.me().await["user_id"].to_string();
        assert_eq!(self.call("add_team_member", &[("team_id", &team), ("user_id", &me)]).await.status, 200);
        team
    }

    /// Adds an objective with one key result to a team, aligned to `parent`.
    pub async fn team_objective(&self, team: &str, parent: &str) -> String {
        let mut form = vec![("team_id", team), ("parent_id", parent), ("title", "T"), ("rationale", "R")];
        form.extend(ONE_KR);
        let r = self.call("create_team_objective", &form).await;
        assert_eq!(r.status, 200, "{}", r.body);
        r.json().to_string()
    }
}

/// The real server binary, started on a free port against a test app's
/// database and vote key (on the system clock), killed when dropped.
pub struct ServerProcess {
    pub child: std::process::Child,
    pub base: String,
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl TestApp {
    /// Starts the binary on this app's data and waits until `/healthz` answers.
    pub async fn start_binary(&self) -> ServerProcess {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let database = match &self.database {
            Location::File(path) => path.display().to_string(),
            Location::Postgres(url) => url.clone(),
        };
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_mistvine"))
            .args(["--database", &database, "--listen", &format!("127.0.0.1:{port}")])
            .arg("--vote-key-file")
            .arg(&self.key_path)
            .env("RUST_LOG", "error")
            // What cargo-leptos would set; the binary serves server functions without the site files.
            .env("LEPTOS_OUTPUT_NAME", "mistvine")
            // And without the asset hash file a `cargo leptos build` may have left next to it:
            // that file must match the site folder, which a release build (`make bench`) replaces.
            .env("LEPTOS_HASH_FILE_NAME", self.key_path.with_file_name("no-asset-hash-file.txt"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::inherit())
            .spawn()
            .expect("the server binary starts");
        let base = format!("http://127.0.0.1:{port}");
        let http = reqwest::Client::new();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while !matches!(http.get(format!("{base}/healthz")).send().await, Ok(r) if r.status() == 200) {
            assert!(std::time::Instant::now() < deadline, "the server did not answer /healthz within a minute");
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        ServerProcess { child, base }
    }
}

/// What a person reads for a server function's error body.
pub fn error_text(body: &str) -> String {
    serde_json::from_str::<mistvine::error::AppError>(body).map(|e| e.to_string()).unwrap_or_else(|_| format!("not an AppError: {body}"))
}
