//! The bench client (`make bench` runs it; see docs/performance.md).
//! Against a running release server on a generated large
//! organisation (`mistvine generate`), it measures in one run:
//!
//! * pages as the owner: p50/p99 sequentially and with 16 concurrent
//!   clients, response bytes, any 5xx;
//! * vote submission: 64 concurrent clients, each logged in as people who
//!   have not voted this week, over HTTP; votes/s, p50/p99, errors;
//! * the ceiling: plain SQL making the writes one vote makes (flip a
//!   receipt, fill a random empty slot, rewrite the box's tally) at 1, 16
//!   and 64 votes per commit, on a vault-shaped file with the same pragmas
//!   (rollback journal, synchronous=FULL, secure_delete) or PostgreSQL's
//!   vault tables, and the app's rate as a ratio of the 64-per-commit one;
//! * what `sqlx::Any` costs: the 64-per-commit level through the engine's
//!   own driver and through `Any`, and a 10,000-row read row by row and
//!   packed (see `drivers`);
//! * the server's peak RSS (VmHWM);
//! * the dashboard and `/vote` rendered in German against English (the
//!   same person, whose language follows the browser's), alternately;
//!
//! then prints a table and writes JSON, merged with the front-end figures
//! (`--front`, written by `end2end/bench/front.mjs`). With `--before URL`
//! (the build before islands, serving a copy of the same organisation) the
//! dashboard and `/vote` are measured there too, side by side.
//!
//! cargo run --release --example bench --features ssr -- --base URL --pid PID --wave ID --members N --out FILE [--front FILE] [--before URL]
//!     [--ceiling-postgres URL]   (the server runs on PostgreSQL: the ceiling is measured there, in that empty database)

use serde_json::{json, Value};
use std::time::{Duration, Instant};

const VOTERS: usize = 64;
const PAGE_CLIENTS: usize = 16;
/// Time for each phase of a page's measurement before it stops early.
const BUDGET: Duration = Duration::from_secs(20);

fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

/// A browser that reads `language` first (`Accept-Language`).
fn client_in(language: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::ACCEPT_LANGUAGE, reqwest::header::HeaderValue::from_str(language).expect("a language tag"));
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(headers)
        .build()
        .expect("http client")
}

async fn post(c: &reqwest::Client, base: &str, endpoint: &str, form: &[(&str, String)]) -> Result<(u16, String), String> {
    let r = c
        .post(format!("{base}/api/{endpoint}"))
        .header("accept", "application/json")
        .header("origin", base)
        .form(form)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let status = r.status().as_u16();
    Ok((status, r.text().await.unwrap_or_default()))
}

async fn login(base: &str, email: String) -> reqwest::Client {
    login_in(base, email, "en-GB").await
}

async fn login_in(base: &str, email: String, language: &str) -> reqwest::Client {
    let c = client_in(language);
    let form = [("email", email.clone()), ("password", mistvine::server::tools::generate::PASSWORD.to_string())];
    match post(&c, base, "login", &form).await {
        Ok((200, _)) => c,
        other => panic!("log-in as {email} failed: {other:?}"),
    }
}

/// p50 and p99 in milliseconds.
fn percentiles(times: &mut [Duration]) -> (f64, f64) {
    times.sort();
    let at =
        |p: f64| times.get(((times.len() as f64 * p) as usize).min(times.len().saturating_sub(1))).map_or(0.0, |d| d.as_secs_f64() * 1e3);
    (at(0.50), at(0.99))
}

async fn get(c: &reqwest::Client, url: &str) -> (Duration, u16, usize) {
    let t = Instant::now();
    match c.get(url).send().await {
        Ok(r) => {
            let status = r.status().as_u16();
            let bytes = r.bytes().await.map_or(0, |b| b.len());
            (t.elapsed(), status, bytes)
        }
        Err(_) => (t.elapsed(), 0, 0),
    }
}

async fn page(c: &reqwest::Client, base: &str, path: &str) -> Value {
    let url = format!("{base}{path}");
    for _ in 0..3 {
        get(c, &url).await;
    }
    let mut seq = Vec::new();
    let mut bytes = 0;
    let mut statuses = Vec::new();
    // 30 requests, or fewer when a page is slow (a slow page needs no precision to be seen).
    let budget = Instant::now();
    while seq.len() < 30 && (seq.len() < 5 || budget.elapsed() < BUDGET) {
        let (d, s, b) = get(c, &url).await;
        seq.push(d);
        statuses.push(s);
        bytes = b;
    }
    let tasks: Vec<_> = (0..PAGE_CLIENTS)
        .map(|_| {
            let (c, url) = (c.clone(), url.clone());
            tokio::spawn(async move {
                let began = Instant::now();
                let mut out = Vec::new();
                while out.len() < 20 && (out.len() < 2 || began.elapsed() < BUDGET) {
                    out.push(get(&c, &url).await);
                }
                out
            })
        })
        .collect();
    let mut conc = Vec::new();
    for t in tasks {
        for (d, s, _) in t.await.expect("page task") {
            conc.push(d);
            statuses.push(s);
        }
    }
    let (p50, p99) = percentiles(&mut seq);
    let (c50, c99) = percentiles(&mut conc);
    let server_errors = statuses.iter().filter(|s| **s >= 500 || **s == 0).count();
    let not_ok = statuses.iter().filter(|s| **s != 200).count();
    json!({ "path": path, "bytes": bytes, "p50_ms": p50, "p99_ms": p99, "p50_ms_16": c50, "p99_ms_16": c99,
            "requests": statuses.len(), "server_errors": server_errors, "not_ok": not_ok })
}

/// First votes of people who have not voted this week, 64 at once;
/// `profiled` names the server's process and the report (see `profile_start`).
async fn votes(base: &str, members: usize, (pid, out): (&str, &std::path::Path)) -> Value {
    let fresh = mistvine::server::tools::generate::fresh_voters(members);
    let people: Vec<usize> = fresh.take(VOTERS * 8).collect();
    let mut clients = Vec::new();
    for chunk in people.chunks(8) {
        let logins: Vec<_> = chunk.iter().map(|p| tokio::spawn(login_owned(base.to_string(), *p))).collect();
        for l in logins {
            clients.push(l.await.expect("log-in task"));
        }
    }
    // What each person votes on (not timed).
    let mut sheets = Vec::new();
    for c in &clients {
        let (status, body) = post(c, base, "vote_sheet", &[]).await.expect("vote sheet");
        assert_eq!(status, 200, "vote sheet: {body}");
        let sheet: Value = serde_json::from_str(&body).expect("vote sheet JSON");
        let ids: Vec<String> = sheet["items"]
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .filter(|i| i["voted"] == false && i["standing"] == "Votes")
                    .filter_map(|i| i["objective_id"].as_i64().map(|id| id.to_string()))
                    .collect()
            })
            .unwrap_or_default();
        sheets.push(ids);
    }
    let mut per_task: Vec<Vec<(reqwest::Client, Vec<String>)>> = (0..VOTERS).map(|_| Vec::new()).collect();
    for (i, pair) in clients.into_iter().zip(sheets).enumerate() {
        per_task[i % VOTERS].push(pair);
    }
    // Sampled from here: the log-ins above spend their CPU on password hashes.
    let profile = profile_start(pid, out);
    let began = Instant::now();
    let tasks: Vec<_> = per_task
        .into_iter()
        .map(|people| {
            let base = base.to_string();
            tokio::spawn(async move {
                let mut out = Vec::new();
                for (c, ids) in people {
                    for (n, id) in ids.iter().enumerate() {
                        let t = Instant::now();
                        let r = post(&c, &base, "cast_vote", &[("objective_id", id.clone()), ("score", (n % 5 + 1).to_string())]).await;
                        out.push((t.elapsed(), matches!(r, Ok((200, _)))));
                    }
                }
                out
            })
        })
        .collect();
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.expect("voter task"));
    }
    let elapsed = began.elapsed().as_secs_f64();
    profile_end(profile, out);
    let errors = all.iter().filter(|(_, ok)| !ok).count();
    let mut times: Vec<Duration> = all.iter().map(|(d, _)| *d).collect();
    let (p50, p99) = percentiles(&mut times);
    json!({ "clients": VOTERS, "votes": all.len(), "seconds": elapsed, "votes_per_s": all.len() as f64 / elapsed,
            "p50_ms": p50, "p99_ms": p99, "errors": errors })
}

async fn login_owned(base: String, person: usize) -> reqwest::Client {
    login(&base, mistvine::server::tools::generate::email(person)).await
}

/// Votes per commit at which the ceiling is measured, and how many votes each
/// level casts (into a 10,000-slot box of its own).
const CEILING_LEVELS: [(usize, usize); 3] = [(1, 1_000), (16, 4_000), (64, 8_000)];

/// The storage's own limit for votes: plain SQL making exactly the writes
/// one vote makes in the vault (flip the voter's receipt, fill a random
/// empty slot of a 10,000-slot box, rewrite the box's tally) with the
/// vault's durability, committed 1, 16 and 64 votes at a time. On SQLite a
/// vault-shaped file with the vault's own pragmas (the vault's `connect`);
/// on PostgreSQL the vault's tables in an empty database of the server
/// (`--ceiling-postgres URL`), with its default durability. What the app
/// adds on top (sessions, access and eligibility checks, HTTP) is what the
/// ratio against it shows.
async fn ceiling(dir: &std::path::Path, postgres: Option<&str>) -> Value {
    use mistvine::domain::ids;
    let path = dir.join("ceiling.ballots.db");
    let _ = std::fs::remove_file(&path);
    let pool = match postgres {
        Some(url) => {
            mistvine::infra::db::connect(&mistvine::infra::db::Location::Postgres(url.to_owned())).await.expect("ceiling database")
        }
        None => mistvine::server::vote::vault::connect_file(&path).await.expect("ceiling vault"),
    };
    let mut conn = pool.acquire().await.expect("connection");
    if postgres.is_some() {
        // The generated organisation's millions of rows may still be on
        // their way to disk: flush them first, so the levels measure the
        // votes' writes, not that.
        sqlx::query("CHECKPOINT").execute(&mut *conn).await.expect("checkpoint");
    }
    let n: i64 = 10_000;
    let tag = |person: i64, objective: i64| {
        mistvine::server::vote::claims::voter_tag(&[7; 32], ids::UserId(person), ids::ObjectiveId(objective), 1)
    };
    let mut levels = Vec::new();
    let mut rng = rand::thread_rng();
    for (level, &(per_commit, count)) in CEILING_LEVELS.iter().enumerate() {
        let objective = level as i64 + 1;
        let began = match postgres {
            Some(_) => ceiling_held(&mut conn, objective, n, per_commit, count, &tag, &mut rng).await,
            None => ceiling_rows(&mut conn, objective, n, per_commit, count, &tag, &mut rng).await,
        };
        let per_s = count as f64 / began.elapsed().as_secs_f64();
        levels.push(json!({ "per_commit": per_commit, "votes": count, "votes_per_s": per_s }));
    }
    let drivers = drivers(&mut conn, &path, postgres, &tag, &mut rng).await;
    drop(conn);
    pool.close().await;
    let _ = std::fs::remove_file(&path);
    let what = match postgres {
        Some(_) => "per commit: the receipts' positions and the box read, receipts flipped and random empty slots filled in memory, the box (one row) written back; PostgreSQL defaults (fsync, synchronous_commit on)",
        None => "flip a receipt, fill a random empty slot, rewrite the tally; journal_mode=DELETE, synchronous=FULL, secure_delete=ON",
    };
    json!({ "levels": levels, "what": what, "drivers": drivers })
}

/// The median time of 9 runs of `$read` (which reads 10,000 rows), in ms.
macro_rules! median_ms {
    ($read:expr) => {{
        let mut times = Vec::new();
        for _ in 0..9 {
            let t = Instant::now();
            let n: usize = $read;
            assert_eq!(n, 10_000, "a box's 10,000 rows");
            times.push(t.elapsed().as_secs_f64() * 1e3);
        }
        times.sort_by(f64::total_cmp);
        times[4]
    }};
}

/// What `sqlx::Any` costs against the engine's own driver (`SqliteConnection`,
/// `PgConnection`) on the same file or database, side by side: the
/// 64-per-commit level once through each (typed first, then `Any`, each in
/// a box of its own), and a read of 10,000 rows (a box's slots on SQLite,
/// its receipts on PostgreSQL), median of 9: row by row through `Any`, row
/// by row through the typed driver (on SQLite with its default 50-row
/// channel and widened to 10,000 with `row_buffer_size`, which `Any` cannot set), and through
/// `Any` as one packed JSON value, as the pages now read.
async fn drivers(
    conn: &mut sqlx::AnyConnection,
    path: &std::path::Path,
    postgres: Option<&str>,
    tag: &impl Fn(i64, i64) -> Vec<u8>,
    rng: &mut impl rand::Rng,
) -> Value {
    use sqlx::Connection;
    let (per_commit, count) = CEILING_LEVELS[2];
    let rate = |began: Instant| count as f64 / began.elapsed().as_secs_f64();
    let (typed, any, rows_sql, packed_sql, read) = match postgres {
        Some(url) => {
            let mut typed = sqlx::PgConnection::connect(url).await.expect("typed connection");
            let t = rate(ceiling_held_typed(&mut typed, 4, 10_000, per_commit, count, tag, rng).await);
            let a = rate(ceiling_held(conn, 5, 10_000, per_commit, count, tag, rng).await);
            let rows = "SELECT position, encode(voter_tag, 'hex') FROM vote_receipt_tags WHERE objective_id = 3 ORDER BY position";
            let packed = "SELECT json_agg(json_build_array(position, encode(voter_tag, 'hex')) ORDER BY position)::text FROM vote_receipt_tags WHERE objective_id = 3";
            let typed_read = median_ms!(sqlx::query_as::<_, (i64, String)>(rows).fetch_all(&mut typed).await.expect("read").len());
            (t, a, rows, packed, json!({ "typed_rows_ms": typed_read }))
        }
        None => {
            let url = mistvine::infra::db::sqlite_url(path);
            let mut typed = sqlx::SqliteConnection::connect(&url).await.expect("typed connection");
            for p in mistvine::server::vote::vault::VAULT_PRAGMAS {
                sqlx::query(p).execute(&mut typed).await.expect("pragma");
            }
            let t = rate(ceiling_rows_typed(&mut typed, 4, 10_000, per_commit, count, tag, rng).await);
            let a = rate(ceiling_rows(conn, 5, 10_000, per_commit, count, tag, rng).await);
            let rows = "SELECT slot, score FROM ballots WHERE objective_id = 3 AND week = 1 ORDER BY slot";
            let packed = "SELECT json_group_array(json_array(slot, score) ORDER BY slot) FROM ballots WHERE objective_id = 3 AND week = 1";
            let typed_read = median_ms!(sqlx::query_as::<_, (i64, String)>(rows).fetch_all(&mut typed).await.expect("read").len());
            let options: sqlx::sqlite::SqliteConnectOptions = url.parse().expect("SQLite URL");
            let wide_options = options.row_buffer_size(10_000);
            let mut wide = sqlx::ConnectOptions::connect(&wide_options).await.expect("typed connection");
            let wide_read = median_ms!(sqlx::query_as::<_, (i64, String)>(rows).fetch_all(&mut wide).await.expect("read").len());
            (t, a, rows, packed, json!({ "typed_rows_ms": typed_read, "typed_rows_wide_channel_ms": wide_read }))
        }
    };
    let any_read = median_ms!(sqlx::query_as::<_, (i64, String)>(rows_sql).fetch_all(&mut *conn).await.expect("read").len());
    let packed_read = median_ms!({
        let text: String = sqlx::query_scalar(packed_sql).fetch_one(&mut *conn).await.expect("read");
        serde_json::from_str::<Vec<(i64, String)>>(&text).expect("packed rows").len()
    });
    let mut read = read;
    read["any_rows_ms"] = json!(any_read);
    read["any_packed_ms"] = json!(packed_read);
    json!({ "typed_votes_per_s_64": typed, "any_votes_per_s_64": any, "read_10000_rows": read })
}

macro_rules! rows_level {
    ($name:ident, $conn:ty) => {
        /// One level of the ceiling on SQLite's vault: a row per receipt and per
        /// slot, a vote's three writes each a statement. When the votes began.
        async fn $name(
            conn: &mut $conn,
            objective: i64,
            n: i64,
            per_commit: usize,
            count: usize,
            tag: &impl Fn(i64, i64) -> Vec<u8>,
            rng: &mut impl rand::Rng,
        ) -> Instant {
            use mistvine::domain::{tally::Tally, vote::Score};
            use sqlx::Connection;
            let mut tx = conn.begin().await.expect("begin");
            sqlx::query("INSERT INTO vote_boxes (objective_id, week, org_id, wave_id, slots) VALUES ($1, 1, 1, 1, $2)")
                .bind(objective)
                .bind(n)
                .execute(&mut *tx)
                .await
                .expect("box");
            for i in 0..n {
                sqlx::query("INSERT INTO vote_receipts VALUES ($1, 1, $2, 0)")
                    .bind(objective)
                    .bind(tag(i, objective))
                    .execute(&mut *tx)
                    .await
                    .expect("receipt");
                sqlx::query("INSERT INTO ballots VALUES ($1, 1, $2, '-')").bind(objective).bind(i).execute(&mut *tx).await.expect("slot");
            }
            tx.commit().await.expect("commit");
            let mut empty: Vec<i64> = (0..n).collect();
            let mut tally = Tally::default();
            let began = Instant::now();
            for first in (0..count).step_by(per_commit) {
                let mut tx = conn.begin().await.expect("begin");
                for voter in first..(first + per_commit).min(count) {
                    let slot = empty.swap_remove(rng.gen_range(0..empty.len()));
                    let score = Score::try_from(rng.gen_range(1..=5u8)).expect("score");
                    tally = tally.with_vote(score).expect("tally");
                    sqlx::query("UPDATE vote_receipts SET voted = 1 WHERE objective_id = $1 AND week = 1 AND voter_tag = $2 AND voted = 0")
                        .bind(objective)
                        .bind(tag(voter as i64, objective))
                        .execute(&mut *tx)
                        .await
                        .expect("receipt");
                    sqlx::query("UPDATE ballots SET score = $1 WHERE objective_id = $2 AND week = 1 AND slot = $3 AND score = '-'")
                        .bind(score.get().to_string())
                        .bind(objective)
                        .bind(slot)
                        .execute(&mut *tx)
                        .await
                        .expect("slot");
                    sqlx::query("UPDATE vote_boxes SET tally = $1 WHERE objective_id = $2 AND week = 1")
                        .bind(tally.to_text())
                        .bind(objective)
                        .execute(&mut *tx)
                        .await
                        .expect("tally");
                }
                tx.commit().await.expect("commit");
            }
            began
        }
    };
}

macro_rules! held_level {
    ($name:ident, $conn:ty) => {
        /// One level of the ceiling on PostgreSQL's vault, where a box is one row
        /// (`store::held_box`): per commit, the statements the vault's writer makes
        /// for a batch (read the box, read the voters' receipt positions, write the
        /// box back once), the votes applied in memory between them. When the
        /// votes began.
        async fn $name(
            conn: &mut $conn,
            objective: i64,
            n: i64,
            per_commit: usize,
            count: usize,
            tag: &impl Fn(i64, i64) -> Vec<u8>,
            rng: &mut impl rand::Rng,
        ) -> Instant {
            use mistvine::domain::{tally::Tally, vote::Score};
            use sqlx::Connection;
            let mut tags: Vec<Vec<u8>> = (0..n).map(|i| tag(i, objective)).collect();
            tags.sort();
            let mut tx = conn.begin().await.expect("begin");
            sqlx::query(
                "INSERT INTO vote_boxes (objective_id, week, org_id, wave_id, slots, tally, voted, scores) VALUES ($1, 1, 1, 1, $2, $3, $4, $5)",
            )
            .bind(objective)
            .bind(n)
            .bind(Tally::default().to_text())
            .bind(vec![0u8; (n as usize).div_ceil(8)])
            .bind(vec![0u8; n as usize])
            .execute(&mut *tx)
            .await
            .expect("box");
            for (i, t) in tags.iter().enumerate() {
                sqlx::query("INSERT INTO vote_receipt_tags VALUES ($1, 1, $2, $3)")
                    .bind(objective)
                    .bind(t.clone())
                    .bind(i as i64)
                    .execute(&mut *tx)
                    .await
                    .expect("receipt");
            }
            tx.commit().await.expect("commit");
            // Statistics, as autovacuum keeps them on a running server: without
            // any, the planner finds a receipt by scanning its box's 10,000.
            sqlx::query("ANALYZE vote_receipt_tags").execute(&mut *conn).await.expect("analyze");
            let began = Instant::now();
            for first in (0..count).step_by(per_commit) {
                let voters: Vec<Vec<u8>> = (first..(first + per_commit).min(count)).map(|v| tag(v as i64, objective)).collect();
                let mut tx = conn.begin().await.expect("begin");
                let (tally, mut voted, mut scores): (String, Vec<u8>, Vec<u8>) =
                    sqlx::query_as("SELECT tally, voted, scores FROM vote_boxes WHERE objective_id = $1 AND week = 1")
                        .bind(objective)
                        .fetch_one(&mut *tx)
                        .await
                        .expect("box");
                let mut tally = Tally::parse(&tally).expect("tally");
                let list = (0..voters.len()).map(|i| format!("${}", 2 + i)).collect::<Vec<_>>().join(", ");
                let sql = format!("SELECT position FROM vote_receipt_tags WHERE objective_id = $1 AND week = 1 AND voter_tag IN ({list})");
                let mut q = sqlx::query_scalar(&sql).bind(objective);
                for v in &voters {
                    q = q.bind(v.clone());
                }
                let positions: Vec<i64> = q.fetch_all(&mut *tx).await.expect("receipts");
                assert_eq!(positions.len(), voters.len(), "every voter's receipt");
                for p in positions {
                    let p = p as usize;
                    assert_eq!(voted[p / 8] & 1 << (p % 8), 0, "a free receipt");
                    voted[p / 8] |= 1 << (p % 8);
                    let empty: Vec<usize> = (0..scores.len()).filter(|s| scores[*s] == 0).collect();
                    let score = Score::try_from(rng.gen_range(1..=5u8)).expect("score");
                    scores[empty[rng.gen_range(0..empty.len())]] = score.get();
                    tally = tally.with_vote(score).expect("tally");
                }
                sqlx::query("UPDATE vote_boxes SET voted = $1, scores = $2, tally = $3 WHERE objective_id = $4 AND week = 1")
                    .bind(voted)
                    .bind(scores)
                    .bind(tally.to_text())
                    .bind(objective)
                    .execute(&mut *tx)
                    .await
                    .expect("store");
                tx.commit().await.expect("commit");
            }
            began
        }
    };
}

// Each level's code once, for `Any` and for the engine's own driver: the
// same statements through both is what the drivers' comparison measures.
rows_level!(ceiling_rows, sqlx::AnyConnection);
rows_level!(ceiling_rows_typed, sqlx::SqliteConnection);
held_level!(ceiling_held, sqlx::AnyConnection);
held_level!(ceiling_held_typed, sqlx::PgConnection);

/// The ceiling's rate at `per_commit` votes per commit.
fn ceiling_at(ceiling: &Value, per_commit: usize) -> Option<f64> {
    ceiling["levels"].as_array()?.iter().find(|l| l["per_commit"].as_u64() == Some(per_commit as u64))?["votes_per_s"].as_f64()
}

/// With `BENCH_PROFILE=1`, samples the server with `perf` during the vote
/// phase: where a vote's CPU goes, by function (a release build keeps its
/// symbols), written next to the report as `votes.perf.txt`.
fn profile_start(pid: &str, out: &std::path::Path) -> Option<std::process::Child> {
    if std::env::var_os("BENCH_PROFILE").is_none() || pid.is_empty() {
        return None;
    }
    let data = out.with_file_name("votes.perf.data");
    let started = std::process::Command::new("perf")
        .args(["record", "-q", "-F", "999", "-p", pid, "-o"])
        .arg(&data)
        .stdout(std::process::Stdio::null())
        .spawn();
    match started {
        Ok(child) => {
            // perf needs a moment to attach before the first vote.
            std::thread::sleep(Duration::from_millis(500));
            Some(child)
        }
        Err(e) => {
            eprintln!("bench: no profile ({e})");
            None
        }
    }
}

fn profile_end(profile: Option<std::process::Child>, out: &std::path::Path) {
    let Some(mut child) = profile else { return };
    let _ = std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status();
    let _ = child.wait();
    let data = out.with_file_name("votes.perf.data");
    let report = std::process::Command::new("perf")
        .args(["report", "--stdio", "--no-children", "--sort", "dso,symbol", "--percent-limit", "0.5", "-i"])
        .arg(&data)
        .output();
    match report {
        Ok(r) => {
            let text = out.with_file_name("votes.perf.txt");
            // perf pads each line to a width of its own, then ends it with empty columns ("-   -").
            let lines: Vec<&str> =
                std::str::from_utf8(&r.stdout).unwrap_or_default().lines().map(|l| l.trim_end_matches(['-', ' '])).collect();
            let _ = std::fs::write(&text, lines.join("\n"));
            eprintln!("bench: the vote phase's profile is in {}", text.display());
        }
        Err(e) => eprintln!("bench: no profile report ({e})"),
    }
}

fn peak_rss_mb(pid: &str) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

#[tokio::main]
async fn main() {
    let base = arg("--base").unwrap_or_else(|| "http://127.0.0.1:3000".into());
    let pid = arg("--pid").unwrap_or_default();
    let wave = arg("--wave").unwrap_or_else(|| "9".into());
    let members: usize = arg("--members").and_then(|m| m.parse().ok()).unwrap_or(10_000);
    let out = std::path::PathBuf::from(arg("--out").unwrap_or_else(|| "target/bench/bench.json".into()));
    let front: Value =
        arg("--front").and_then(|f| std::fs::read_to_string(f).ok()).and_then(|t| serde_json::from_str(&t).ok()).unwrap_or(Value::Null);

    let owner = login(&base, mistvine::server::tools::generate::email(1)).await;
    let mut pages = Vec::new();
    let wave_page = format!("/waves/{wave}");
    for path in [
        "/",
        "/confidence",
        "/confidence?show=all",
        "/teams/1",
        &wave_page,
        "/vote",
        "/teams",
        "/admin",
        "/ppp",
        "/boosts",
        "/members/history",
    ] {
        eprintln!("bench: page {path}");
        pages.push(page(&owner, &base, path).await);
    }
    // German against English, alternately, so that neither gets a warmer or a busier server.
    let owner_de = login_in(&base, mistvine::server::tools::generate::email(1), "de-DE").await;
    let mut languages = Vec::new();
    for path in ["/", "/vote"] {
        for (language, c) in [("en", &owner), ("de", &owner_de), ("en", &owner), ("de", &owner_de)] {
            eprintln!("bench: page {path} ({language})");
            let mut p = page(c, &base, path).await;
            p["language"] = json!(language);
            languages.push(p);
        }
    }
    let mut pages_before = Vec::new();
    if let Some(before) = arg("--before") {
        let owner_before = login(&before, mistvine::server::tools::generate::email(1)).await;
        for path in ["/", "/vote"] {
            eprintln!("bench: page {path} (before)");
            pages_before.push(page(&owner_before, &before, path).await);
        }
    }
    eprintln!("bench: votes");
    let votes = votes(&base, members, (&pid, &out)).await;
    eprintln!("bench: ceiling");
    let engine = if arg("--ceiling-postgres").is_some() { "postgres" } else { "sqlite" };
    let ceiling = ceiling(out.parent().unwrap_or(std::path::Path::new(".")), arg("--ceiling-postgres").as_deref()).await;
    // Against what the storage does at 64 votes per commit: the app commits in groups too.
    let ratio = votes["votes_per_s"].as_f64().unwrap_or(0.0) / ceiling_at(&ceiling, 64).unwrap_or(f64::INFINITY);
    let report = json!({ "engine": engine, "members": members, "pages": pages, "pages_before": pages_before, "languages": languages, "votes": votes, "ceiling": ceiling, "vote_rate_to_ceiling": ratio,
                         "server_peak_rss_mb": peak_rss_mb(&pid), "front": front });
    print_table(&report);
    if let Some(dir) = out.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    std::fs::write(&out, serde_json::to_string_pretty(&report).expect("JSON")).expect("write the JSON report");
    println!("\nwritten to {}", out.display());
}

fn print_table(r: &Value) {
    let f = |v: &Value| v.as_f64().map_or("–".to_string(), |x| format!("{x:.1}"));
    println!("\nMistvine bench: {} members, {}\n", r["members"], r["engine"].as_str().unwrap_or("sqlite"));
    println!("{:<16} {:>9} {:>9} {:>9} {:>11} {:>11} {:>6}", "page", "KB", "p50 ms", "p99 ms", "p50 ms ×16", "p99 ms ×16", "5xx");
    for p in r["pages"].as_array().into_iter().flatten() {
        println!(
            "{:<16} {:>9.1} {:>9} {:>9} {:>11} {:>11} {:>6}",
            p["path"].as_str().unwrap_or(""),
            p["bytes"].as_f64().unwrap_or(0.0) / 1024.0,
            f(&p["p50_ms"]),
            f(&p["p99_ms"]),
            f(&p["p50_ms_16"]),
            f(&p["p99_ms_16"]),
            p["server_errors"]
        );
    }
    let v = &r["votes"];
    println!(
        "\nvotes ({} clients): {} votes, {} votes/s, p50 {} ms, p99 {} ms, {} errors",
        v["clients"],
        v["votes"],
        f(&v["votes_per_s"]),
        f(&v["p50_ms"]),
        f(&v["p99_ms"]),
        v["errors"]
    );
    let levels: Vec<String> = r["ceiling"]["levels"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|l| format!("{} per commit {} votes/s", l["per_commit"], f(&l["votes_per_s"])))
        .collect();
    println!("ceiling (plain SQL, the same writes as a vote, same durability): {}", levels.join(", "));
    println!("app vote rate / ceiling at 64 per commit: {:.2}×", r["vote_rate_to_ceiling"].as_f64().unwrap_or(0.0));
    let d = &r["ceiling"]["drivers"];
    let read = &d["read_10000_rows"];
    println!(
        "drivers, the same statements (64 per commit): typed {} votes/s, Any {} votes/s; reading 10,000 rows: Any {} ms, typed {} ms{}, Any packed {} ms",
        f(&d["typed_votes_per_s_64"]),
        f(&d["any_votes_per_s_64"]),
        f(&read["any_rows_ms"]),
        f(&read["typed_rows_ms"]),
        read["typed_rows_wide_channel_ms"].as_f64().map_or(String::new(), |w| format!(" (channel widened: {w:.1} ms)")),
        f(&read["any_packed_ms"])
    );
    println!("server peak RSS: {} MB", f(&r["server_peak_rss_mb"]));
    if let Some(before) = r["pages_before"].as_array().filter(|b| !b.is_empty()) {
        println!("\n{:<16} {:>24} {:>24}", "server render", "before: p50 / p99 ms", "now: p50 / p99 ms");
        for b in before {
            let path = b["path"].as_str().unwrap_or("");
            let now =
                r["pages"].as_array().into_iter().flatten().find(|p| p["path"].as_str() == Some(path)).cloned().unwrap_or(Value::Null);
            let pair = |p: &Value| format!("{} / {}", f(&p["p50_ms"]), f(&p["p99_ms"]));
            println!("{:<16} {:>24} {:>24}", path, pair(b), pair(&now));
        }
    }
    if let Some(languages) = r["languages"].as_array().filter(|l| !l.is_empty()) {
        println!("\n{:<16} {:>9} {:>9} {:>9} {:>11} {:>11}", "language", "KB", "p50 ms", "p99 ms", "p50 ms ×16", "p99 ms ×16");
        for p in languages {
            println!(
                "{:<16} {:>9.1} {:>9} {:>9} {:>11} {:>11}",
                format!("{} {}", p["path"].as_str().unwrap_or(""), p["language"].as_str().unwrap_or("")),
                p["bytes"].as_f64().unwrap_or(0.0) / 1024.0,
                f(&p["p50_ms"]),
                f(&p["p99_ms"]),
                f(&p["p50_ms_16"]),
                f(&p["p99_ms_16"])
            );
        }
    }
    let kb = |v: &Value, k: &str| v[k].as_f64().unwrap_or(0.0) / 1024.0;
    for build in r["front"]["builds"].as_array().into_iter().flatten() {
        println!("\nfront end, {} build", build["name"].as_str().unwrap_or("?"));
        println!("{:<40} {:>10} {:>10} {:>10}", "asset", "raw KB", "gzip KB", "brotli KB");
        for a in build["assets"].as_array().into_iter().flatten() {
            println!("{:<40} {:>10.1} {:>10.1} {:>10.1}", a["file"].as_str().unwrap_or(""), kb(a, "raw"), kb(a, "gzip"), kb(a, "brotli"));
        }
        for (path, v) in build["first_visit"].as_object().into_iter().flatten() {
            println!("{:<40} {:>10.1} {:>10.1} {:>10.1}", format!("first visit of {path}"), kb(v, "raw"), kb(v, "gzip"), kb(v, "brotli"));
        }
        let phone = &build["phone"];
        println!(
            "phone vote page (375 px, Slow 4G, CPU ×4): FCP {} ms, LCP {} ms, vote button {} ms, hydrated {} ms; from the dashboard, a tap on Vote: {} ms",
            f(&phone["fcp_ms"]), f(&phone["lcp_ms"]), f(&phone["vote_visible_ms"]), f(&phone["hydrated_ms"]), f(&phone["next_vote_ms"])
        );
    }
}
