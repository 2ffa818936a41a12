//! The attack the anonymity design must withstand: known people vote known
//! scores in a known order (each logging in right before voting), then an
//! attacker reads the data folder byte by byte — the ballot vault, the main
//! database and its write-ahead log, and a backup — key included, looking
//! for any ordering that replays the order votes came in.
//!
//! On PostgreSQL the same votes are read in the order rows sit in the
//! tables (`ctid`, line pointer by line pointer), in the order `pg_dump`
//! writes them, by the transaction that wrote them (`xmin`), and for dead
//! row versions left behind (what PostgreSQL keeps beyond this, its
//! write-ahead log, is in docs/security-and-anonymity.md, "Anonymity on PostgreSQL").

use crate::common::sqlite_file;

use crate::common::{Client, TestApp, ONE_KR};
use mistvine::domain::ids::{ObjectiveId, SurveyId, UserId};
use mistvine::server::vote::claims;
use sqlite_file::{cells, kendall_tau, layout, wal_cells, Cell, Value};
use std::collections::BTreeSet;

const VOTERS: usize = 30;
const WEEK: u32 = 2;

/// Score of the `i`-th voter on objective `o`: three blocks in cast order
/// (ascending, descending, mixed), so storage that kept arrival order would
/// read back as those blocks.
fn score(o: usize, i: usize) -> u8 {
    let block = (i * 3 / VOTERS) as u8; // 0, 1, 2
    match o {
        0 => 1 + 2 * block,
        1 => 5 - 2 * block,
        _ => [3, 1, 4][usize::from(block)],
    }
}

/// The `i`-th respondent's answers: `i` written in base 5, so each answer
/// sheet is unique and its position can be told exactly.
fn survey_code(i: usize) -> String {
    let mut digits = vec![b'1'; 20];
    let mut n = i;
    for d in digits.iter_mut().rev() {
        *d = b'1' + (n % 5) as u8;
        n /= 5;
    }
    String::from_utf8(digits).unwrap()
}

async fn answer(c: &Client, code: &str) -> u16 {
    let ids: Vec<String> = ["sc", "da", "cf", "ev"].iter().flat_map(|p| (1..=5).map(move |i| format!("answers[{p}{i}]"))).collect();
    let form: Vec<(&str, &str)> =
        ids.iter().zip(code.as_bytes().chunks(1)).map(|(k, v)| (k.as_str(), std::str::from_utf8(v).unwrap())).collect();
    c.call("answer_survey", &form).await.status
}

fn is_ballot(c: &Cell) -> Option<(i64, u8)> {
    match c.values.as_slice() {
        [Value::Int(o), Value::Int(w), Value::Int(_), Value::Text(s)] if *w == i64::from(WEEK) && s.len() == 1 => Some((*o, s[0])),
        _ => None,
    }
}

fn is_receipt(c: &Cell) -> Option<(i64, Vec<u8>, i64)> {
    match c.values.as_slice() {
        [Value::Int(o), Value::Int(_), Value::Blob(tag), Value::Int(voted)] if tag.len() == 32 => Some((*o, tag.clone(), *voted)),
        _ => None,
    }
}

fn is_response(c: &Cell) -> Option<String> {
    match c.values.as_slice() {
        [Value::Int(_), Value::Int(_), Value::Text(code)] if code.len() == 20 => Some(String::from_utf8_lossy(code).into_owned()),
        _ => None,
    }
}

/// Cells in the order of where they sit: page, then offset in the page.
fn by_position(mut cells: Vec<Cell>) -> Vec<Cell> {
    cells.sort_by_key(|c| (c.page, c.offset));
    cells
}

/// Cells in key order: page, then place in the cell pointer array.
fn by_key(mut cells: Vec<Cell>) -> Vec<Cell> {
    cells.sort_by_key(|c| (c.page, c.index));
    cells
}

/// How many filled ballots, read in the attacker's order, carry the score
/// cast at that place in the cast order (summed over the objectives).
fn matches(all: &[Cell], objectives: &[i64], order: fn(Vec<Cell>) -> Vec<Cell>) -> usize {
    let mut total = 0;
    for (o, id) in objectives.iter().enumerate() {
        let mine: Vec<Cell> = all.iter().filter(|c| is_ballot(c).is_some_and(|(obj, s)| obj == *id && s != b'-')).cloned().collect();
        let read: Vec<u8> = order(mine).iter().filter_map(|c| is_ballot(c).map(|(_, s)| s - b'0')).collect();
        assert_eq!(read.len(), VOTERS, "every vote is in the file");
        total += read.iter().enumerate().filter(|(i, s)| **s == score(o, *i)).count();
    }
    total
}

/// The attacks on one copy of the ballot vault. By chance, about a third of
/// the 90 ballots land on their cast score (the blocks are a third each);
/// storage in arrival order gives all 90. Two thirds would take a chance of
/// well under one in a billion.
fn assert_no_order(file: &[u8], objectives: &[i64], voters: &[UserId], key: &claims::VoteKey, survey: SurveyId, what: &str) {
    assert_no_order_in(cells(file), objectives, voters, key, survey, what);
}

/// The same attacks on rows, however they were read: `page` and `offset`
/// give where a row sits, `index` its place in key order.
fn assert_no_order_in(all: Vec<Cell>, objectives: &[i64], voters: &[UserId], key: &claims::VoteKey, survey: SurveyId, what: &str) {
    for order in [by_position as fn(Vec<Cell>) -> Vec<Cell>, by_key] {
        let m = matches(&all, objectives, order);
        assert!(m < 60, "{what}: {m} of 90 ballots read back in cast order");
    }
    // With the key, receipts name their voters: does where they sit give the order people voted in?
    for id in objectives {
        let receipts: Vec<Cell> =
            all.iter().filter(|c| is_receipt(c).is_some_and(|(o, _, voted)| o == *id && voted == 1)).cloned().collect();
        let tag_of = |u: UserId| claims::voter_tag(key, u, ObjectiveId(*id), WEEK);
        let read: Vec<UserId> = by_position(receipts)
            .iter()
            .filter_map(is_receipt)
            .filter_map(|(_, tag, _)| voters.iter().copied().find(|u| tag_of(*u) == tag))
            .collect();
        assert_eq!(read.len(), VOTERS, "{what}: the key finds every voter's receipt");
        let tau = kendall_tau(&read, voters);
        assert!(tau.abs() < 0.75, "{what}: receipts sit in cast order (tau {tau})");
    }
    // Survey answers: each sheet is unique, so the full order can be tested.
    let sheets: Vec<Cell> = all.iter().filter(|c| is_response(c).is_some_and(|code| !code.starts_with('0'))).cloned().collect();
    let cast: Vec<String> = (0..VOTERS).map(survey_code).collect();
    for order in [by_position as fn(Vec<Cell>) -> Vec<Cell>, by_key] {
        let read: Vec<String> = order(sheets.clone()).iter().filter_map(is_response).collect();
        assert_eq!(read.len(), VOTERS, "{what}: every answer sheet is in the file");
        let tau = kendall_tau(&read, &cast);
        assert!(tau.abs() < 0.75, "{what}: survey answers sit in the order they came (tau {tau})");
    }
    let tags: Vec<Vec<u8>> = voters.iter().map(|u| claims::survey_tag(key, *u, survey)).collect();
    let receipts: Vec<usize> = by_position(
        all.iter().filter(|c| matches!(c.values.as_slice(), [Value::Int(_), Value::Blob(_), Value::Int(1)])).cloned().collect(),
    )
    .iter()
    .filter_map(|c| match &c.values[1] {
        Value::Blob(t) => tags.iter().position(|x| x == t),
        _ => None,
    })
    .collect();
    assert_eq!(receipts.len(), VOTERS);
    let tau = kendall_tau(&receipts, &(0..VOTERS).collect::<Vec<_>>());
    assert!(tau.abs() < 0.75, "{what}: survey receipts sit in the order people answered (tau {tau})");
}

/// What the scenario leaves to look for.
struct Cast {
    objectives: Vec<i64>,
    voters: Vec<UserId>,
    survey: SurveyId,
    key: claims::VoteKey,
}

/// Three wave objectives, a survey, and `VOTERS` people who each log in,
/// vote on the three and answer the survey, one after the other.
/// `after_first` runs once the first person is done (every box is open).
/// With `live`, results show live (so releases are written as votes come).
async fn cast_in_order(app: &TestApp, live: bool, mut after_first: impl FnMut()) -> Cast {
    let owner = app.owner("owner@example.com", "Acme").await;
    let (wave, first) = owner.active_wave(-8, 19).await;
    let mut objectives = vec![first];
    for title in ["Second", "Third"] {
        let mut form = vec![("wave_id", wave.as_str()), ("title", title), ("why", "Because"), ("owner_id", "")];
        form.extend(ONE_KR);
        objectives.push(owner.call("create_wave_objective", &form).await.json().to_string());
    }
    let mut emails = vec!["owner@example.com".to_string()];
    for i in 1..VOTERS {
        emails.push(format!("m{i}@example.com"));
        app.member_of(&owner, &emails[i]).await;
    }
    app.settle_in();
    if live {
        assert_eq!(owner.call("update_vote_settings", &[("threshold", "3"), ("live", "on")]).await.status, 200);
    }
    assert_eq!(owner.call("open_survey", &[]).await.status, 200);
    let db = app.db().await;
    let mut voters = Vec::new();
    for e in &emails {
        let id: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email = $1").bind(e).fetch_one(&db).await.unwrap();
        voters.push(UserId(id));
    }
    let survey: i64 = sqlx::query_scalar("SELECT id FROM surveys").fetch_one(&db).await.unwrap();
    for (i, email) in emails.iter().enumerate() {
        let c = app.client();
        let password = if i == 0 { "password-1" } else { "password-2" };
        assert_eq!(c.call("login", &[("email", email.as_str()), ("password", password)]).await.status, 200);
        for (o, id) in objectives.iter().enumerate() {
            let r = c.call("cast_vote", &[("objective_id", id.as_str()), ("score", &score(o, i).to_string())]).await;
            assert_eq!(r.status, 200, "{}", r.body);
        }
        assert_eq!(answer(&c, &survey_code(i)).await, 200);
        if i == 0 {
            after_first();
        }
    }
    let key = claims::load_key(&app.key_path).unwrap().unwrap();
    Cast { objectives: objectives.iter().map(|o| o.parse().unwrap()).collect(), voters, survey: SurveyId(survey), key }
}

#[tokio::test]
async fn a_copy_of_the_data_folder_key_included_cannot_replay_the_order_of_votes() {
    let app = TestApp::spawn_sqlite_at(crate::common::start() - chrono::TimeDelta::days(10)).await;
    // Every box is open after the first voter; from there on no vote may add or move a cell.
    let mut opened_layout = None;
    let cast = cast_in_order(&app, false, || opened_layout = Some(layout(&std::fs::read(app.vault_path()).unwrap()))).await;
    let Cast { objectives: ids, voters, survey, key } = cast;
    let survey = survey.0;

    let vault = std::fs::read(app.vault_path()).unwrap();
    assert_eq!(layout(&vault), opened_layout.unwrap(), "votes added, moved or resized a cell of the vault");
    assert_no_order(&vault, &ids, &voters, &key, SurveyId(survey), "the vault");

    // Nothing else in the data folder: no journal or log of the vault, and
    // no vote or answer anywhere in the main database or its log.
    let data = app.db_path.parent().unwrap();
    let mut names: Vec<String> = std::fs::read_dir(data).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert!(names.iter().all(|n| !n.starts_with("test.ballots.db-")), "{names:?}");
    let main = std::fs::read(&app.db_path).unwrap();
    let wal = std::fs::read(data.join("test.db-wal")).unwrap_or_default();
    let stray = cells(&main)
        .into_iter()
        .chain(wal_cells(&wal))
        .filter(|c| is_ballot(c).is_some() || is_response(c).is_some() || is_receipt(c).is_some())
        .count();
    assert_eq!(stray, 0, "a vote, answer or receipt in the main database");

    // A backup made with the documented command is no better a source.
    let backup = tempfile::tempdir().unwrap();
    let folder = backup.path().join("copy");
    mistvine::server::tools::backup::run(&app.database, &app.vault_path(), &folder).await.unwrap();
    let copied = std::fs::read(folder.join("test.ballots.db")).unwrap();
    assert_no_order(&copied, &ids, &voters, &key, SurveyId(survey), "the backup");
    assert!(
        !std::fs::read_dir(&folder).unwrap().any(|e| e.unwrap().file_name().to_string_lossy().contains("key")),
        "the backup holds no key"
    );
}

/// `(block,line)` of a `ctid`.
fn ctid(text: &str) -> (usize, usize) {
    let (b, l) = text.trim_matches(|c| c == '(' || c == ')').split_once(',').unwrap();
    (b.parse().unwrap(), l.parse().unwrap())
}

fn at(place: (usize, usize), values: Vec<Value>) -> Cell {
    Cell { page: place.0, offset: place.1, index: place.1, rowid: None, values }
}

/// Where a slot or a receipt of a box held as one value sits: the box
/// row's place, then its place inside the value.
fn inside(place: (usize, usize), i: i64) -> (usize, usize) {
    (place.0, place.1 * 1_000_000 + i as usize)
}

/// A box's ballots as they sit in its `scores` value: slot by slot.
fn box_ballots(place: (usize, usize), o: i64, w: i64, scores: &[u8]) -> Vec<Cell> {
    let text = |b: u8| if b == 0 { b"-".to_vec() } else { vec![b'0' + b] };
    scores
        .iter()
        .enumerate()
        .map(|(s, b)| at(inside(place, s as i64), vec![Value::Int(o), Value::Int(w), Value::Int(s as i64), Value::Text(text(*b))]))
        .collect()
}

/// Whether the receipt at `position` of a box is used, from its `voted` bits.
fn bit(voted: &[u8], position: i64) -> i64 {
    i64::from(voted[position as usize / 8] >> (position % 8) & 1)
}

/// The vault's live rows where PostgreSQL keeps them: block, then line
/// pointer (and for a box held as one value, the place inside it). A
/// receipt sits where its tag's row does, with the used flag of its box.
async fn physical_rows(pool: &sqlx::AnyPool) -> Vec<Cell> {
    let mut all = Vec::new();
    let boxes: Vec<(String, i64, i64, Vec<u8>)> =
        sqlx::query_as("SELECT CAST(ctid AS TEXT), objective_id, week, scores FROM vote_boxes").fetch_all(pool).await.unwrap();
    for (c, o, w, scores) in boxes {
        all.extend(box_ballots(ctid(&c), o, w, &scores));
    }
    let receipts: Vec<(String, i64, i64, Vec<u8>, i64)> = sqlx::query_as(
        "SELECT CAST(t.ctid AS TEXT), t.objective_id, t.week, t.voter_tag, CAST(get_bit(b.voted, t.position) AS BIGINT) \
         FROM vote_receipt_tags t JOIN vote_boxes b ON b.objective_id = t.objective_id AND b.week = t.week",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    all.extend(receipts.into_iter().map(|(c, o, w, t, v)| at(ctid(&c), vec![Value::Int(o), Value::Int(w), Value::Blob(t), Value::Int(v)])));
    let sheets: Vec<(String, i64, i64, String)> =
        sqlx::query_as("SELECT CAST(ctid AS TEXT), survey_id, slot, answers FROM survey_responses").fetch_all(pool).await.unwrap();
    all.extend(sheets.into_iter().map(|(c, s, n, a)| at(ctid(&c), vec![Value::Int(s), Value::Int(n), Value::Text(a.into_bytes())])));
    let answered: Vec<(String, i64, Vec<u8>, i64)> =
        sqlx::query_as("SELECT CAST(ctid AS TEXT), survey_id, voter_tag, answered FROM survey_receipts").fetch_all(pool).await.unwrap();
    all.extend(answered.into_iter().map(|(c, s, t, a)| at(ctid(&c), vec![Value::Int(s), Value::Blob(t), Value::Int(a)])));
    all
}

/// The vault's tables as `pg_dump` writes them: each row at its place in
/// the dump (a box's slots at their place inside its line).
fn dumped_rows(url: &str) -> Vec<Cell> {
    let bin =
        std::fs::read_dir("/usr/lib/postgresql").unwrap().map(|e| e.unwrap().path().join("bin/pg_dump")).find(|p| p.exists()).unwrap();
    let mut cmd = std::process::Command::new(bin);
    cmd.args(["--data-only", "--no-owner"]);
    for t in ["vote_boxes", "vote_receipt_tags", "survey_responses", "survey_receipts"] {
        cmd.args(["--table", t]);
    }
    let out = cmd.arg(url).output().expect("pg_dump runs");
    assert!(out.status.success(), "pg_dump: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let (mut table, mut all) = (String::new(), Vec::new());
    let int = |f: &str| f.parse::<i64>().unwrap();
    // bytea in COPY's text format: `\\x` then two hex digits a byte.
    let bytes = |f: &str| {
        let hex = f.strip_prefix("\\\\x").expect("a bytea value");
        (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect::<Vec<u8>>()
    };
    let mut voted = std::collections::HashMap::new();
    let mut tags = Vec::new();
    for (line_no, line) in text.lines().enumerate() {
        if let Some(rest) = line.strip_prefix("COPY public.") {
            table = rest.split(' ').next().unwrap().to_owned();
            continue;
        }
        if line == "\\." {
            table.clear();
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        match (table.as_str(), f.as_slice()) {
            ("vote_boxes", [o, w, _, _, _, _, bits, scores]) => {
                voted.insert((int(o), int(w)), bytes(bits));
                all.extend(box_ballots((0, line_no), int(o), int(w), &bytes(scores)));
            }
            ("vote_receipt_tags", [o, w, t, p]) => tags.push((line_no, int(o), int(w), bytes(t), int(p))),
            ("survey_responses", [s, n, a]) => {
                all.push(at((0, line_no), vec![Value::Int(int(s)), Value::Int(int(n)), Value::Text(a.as_bytes().to_vec())]))
            }
            ("survey_receipts", [s, t, a]) => {
                all.push(at((0, line_no), vec![Value::Int(int(s)), Value::Blob(bytes(t)), Value::Int(int(a))]))
            }
            _ => {}
        }
    }
    for (line_no, o, w, tag, position) in tags {
        let used = bit(&voted[&(o, w)], position);
        all.push(at((0, line_no), vec![Value::Int(o), Value::Int(w), Value::Blob(tag), Value::Int(used)]));
    }
    all
}

/// Row versions an attacker reading the vault's pages (with `pageinspect`)
/// finds beside the current rows: every tuple whose bytes are still there
/// (a normal line pointer), less the rows a query sees. (Counting tuples
/// with an `xmax` instead would take a row that was only locked for a
/// moment for a replaced one, and miss nothing an attacker could not read.)
async fn dead_versions(pool: &sqlx::AnyPool) -> i64 {
    let mut dead = 0;
    // A box's `scores` may be stored out of line, in its TOAST table.
    let toast: String =
        sqlx::query_scalar("SELECT CAST(CAST(reltoastrelid AS regclass) AS TEXT) FROM pg_class WHERE relname = 'vote_boxes'")
            .fetch_one(pool)
            .await
            .unwrap();
    for t in ["vote_boxes", toast.as_str(), "vote_receipt_tags", "releases", "survey_receipts", "survey_responses"] {
        let readable: i64 = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM generate_series(0, CAST(pg_relation_size('{t}') / 8192 AS INTEGER) - 1) AS b, \
             LATERAL heap_page_items(get_raw_page('{t}', b)) AS i WHERE i.lp_flags = 1"
        ))
        .fetch_one(pool)
        .await
        .unwrap();
        let current: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {t}")).fetch_one(pool).await.unwrap();
        dead += readable - current;
    }
    dead
}

#[tokio::test]
async fn on_postgresql_neither_the_tables_nor_a_dump_give_the_order_of_votes() {
    let app = TestApp::spawn_postgres_at(crate::common::start() - chrono::TimeDelta::days(10)).await;
    // Live results on: releases are written beside the votes, and must go too.
    let Cast { objectives, voters, survey, key } = cast_in_order(&app, true, || {}).await;
    let pool = app.vault().await;
    assert_no_order_in(physical_rows(&pool).await, &objectives, &voters, &key, survey, "the tables in ctid order");
    let mistvine::infra::db::Location::Postgres(url) = &app.database else { unreachable!() };
    assert_no_order_in(dumped_rows(url), &objectives, &voters, &key, survey, "pg_dump");

    // A box is one row, and its receipts' tags were written once when it
    // opened: no row carries the transaction id of the vote that used it.
    for id in &objectives {
        for table in ["vote_receipt_tags", "vote_boxes"] {
            let writers: i64 = sqlx::query_scalar(&format!(
                "SELECT COUNT(DISTINCT CAST(xmin AS TEXT)) FROM {table} WHERE objective_id = $1 AND week = $2"
            ))
            .bind(id)
            .bind(i64::from(WEEK))
            .fetch_one(&pool)
            .await
            .unwrap();
            assert_eq!(writers, 1, "{table} of objective {id} carries the ids of {writers} transactions");
        }
    }

    // The writer vacuums when it is idle: the replaced versions of the rows
    // (which kept the vault as it was before each vote) are gone from the pages.
    sqlx::query("CREATE EXTENSION IF NOT EXISTS pageinspect").execute(&pool).await.unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let dead = dead_versions(&pool).await;
        if dead == 0 {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "{dead} replaced row versions are still in the vault's pages");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

/// One line of `pg_waldump`: the writing transaction, the relation's file
/// node (for heap records), and the record's description.
struct WalRecord {
    tx: u64,
    rel: Option<u64>,
    desc: String,
}

fn waldump(pg_wal: &str, from: &str, to: &str) -> Vec<WalRecord> {
    let out = std::process::Command::new(crate::backup::pg_tool("pg_waldump"))
        .args(["-p", pg_wal, "-s", from, "-e", to])
        .output()
        .expect("pg_waldump runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let field = |line: &str, name: &str| {
        line.split(name).nth(1).map(|rest| rest.trim_start().split(|c: char| c == ',' || c.is_whitespace()).next().unwrap_or("").to_owned())
    };
    text.lines()
        .filter_map(|line| {
            let tx = field(line, "tx:")?.parse().ok()?;
            let rel = field(line, "rel ").and_then(|r| r.rsplit('/').next().and_then(|n| n.parse().ok()));
            let desc = line.split("desc: ").nth(1)?.to_owned();
            Some(WalRecord { tx, rel, desc })
        })
        .collect()
}

/// The attack of point 3 of hardening round three, as someone holding the
/// write-ahead log and the vote key would run it. Six votes are made to
/// land in one batch of the vault's writer (its lock is held while they
/// queue); then the log of that stretch is read with `pg_waldump`. No
/// subtransaction may hold a vote (a savepoint per vote gave each vote's
/// receipt and ballot their own shared transaction id), no vote writes a
/// row of its own, and the batch's six receipts and ballots are one new
/// version of their box, so neither ids nor neighbours pair a receipt with
/// its ballot. The vault's pages, read with `pageinspect`, carry no
/// subtransaction id either.
#[tokio::test]
async fn on_postgresql_the_write_ahead_log_does_not_pair_receipts_with_ballots() {
    use mistvine::domain::ids::{OrgId, WaveId};
    use mistvine::domain::vote::Score;
    use mistvine::server::vote::vault::{self, Ballot, Cast as Outcome, VaultLocation};
    let app = TestApp::spawn_postgres_at(crate::common::start() - chrono::TimeDelta::days(10)).await;
    let owner = app.owner("owner@example.com", "Acme").await;
    for i in 1..=7 {
        app.member_of(&owner, &format!("m{i}@example.com")).await;
    }
    app.settle_in();
    let (wave, objective) = owner.active_wave(-8, 19).await;
    // The owner's vote opens the box; everything after it only updates rows.
    assert_eq!(owner.call("cast_vote", &[("objective_id", &objective), ("score", "3")]).await.status, 200);

    let main = app.db().await;
    let key = claims::load_key(&app.key_path).unwrap().unwrap();
    let writer = vault::open(&VaultLocation::SameDatabase, &main, &key).await.unwrap();
    let org: i64 =
        sqlx::query_scalar("SELECT org_id FROM waves WHERE id = $1").bind(wave.parse::<i64>().unwrap()).fetch_one(&main).await.unwrap();
    let people: Vec<i64> = sqlx::query_scalar("SELECT id FROM users WHERE email LIKE 'm%' ORDER BY id").fetch_all(&main).await.unwrap();
    let objective = ObjectiveId(objective.parse().unwrap());
    let ballot = |person: i64, score: u8| Ballot {
        org: OrgId(org),
        wave: WaveId(wave.parse().unwrap()),
        objective,
        week: WEEK,
        tag: claims::voter_tag(&key, UserId(person), objective, WEEK),
        score: Score::try_from(score).unwrap(),
        claim: None,
        voters: None,
        live_threshold: None,
    };

    let mut lock = main.acquire().await.unwrap();
    sqlx::query("SELECT pg_advisory_lock($1)").bind(vault::WRITER_LOCK).execute(&mut *lock).await.unwrap();
    let lsn = |pool: sqlx::AnyPool| async move {
        sqlx::query_scalar::<_, String>("SELECT CAST(pg_current_wal_lsn() AS TEXT)").fetch_one(&pool).await.unwrap()
    };
    let from = lsn(main.clone()).await;
    // The first vote is taken by the writer, which then waits for the lock...
    let first = tokio::spawn({
        let (writer, b) = (writer.clone(), ballot(people[0], 1));
        async move { writer.cast(b).await }
    });
    let waiting = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
            .fetch_one(&main)
            .await
            .unwrap()
    };
    while waiting().await == 0 {
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    // ...while six more queue for the next batch.
    let rest: Vec<_> = people[1..]
        .iter()
        .zip([2u8, 3, 4, 5, 1, 2])
        .map(|(p, s)| {
            let (writer, b) = (writer.clone(), ballot(*p, s));
            tokio::spawn(async move { writer.cast(b).await })
        })
        .collect();
    while writer.queued() < rest.len() {
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    sqlx::query("SELECT pg_advisory_unlock($1)").bind(vault::WRITER_LOCK).execute(&mut *lock).await.unwrap();
    assert!(matches!(first.await.unwrap(), Ok(Outcome::New(_))));
    for r in rest {
        assert!(matches!(r.await.unwrap(), Ok(Outcome::New(_))));
    }
    let to = lsn(main.clone()).await;

    let data: String = sqlx::query_scalar("SELECT setting FROM pg_settings WHERE name = 'data_directory'").fetch_one(&main).await.unwrap();
    let records = waldump(&format!("{data}/pg_wal"), &from, &to);
    let node = |t: &'static str| {
        let main = main.clone();
        async move {
            sqlx::query_scalar::<_, i64>(&format!("SELECT CAST(pg_relation_filenode('{t}') AS BIGINT)")).fetch_one(&main).await.unwrap()
                as u64
        }
    };
    let (boxes, tags) = (node("vote_boxes").await, node("vote_receipt_tags").await);
    let commits: Vec<&WalRecord> = records.iter().filter(|r| r.desc.starts_with("COMMIT")).collect();
    assert!(commits.len() >= 2, "two batches committed: {}", records.len());
    for c in &commits {
        assert!(!c.desc.contains("subxacts"), "a commit with subtransactions: {}", c.desc);
    }
    let committed: BTreeSet<u64> = commits.iter().map(|c| c.tx).collect();
    // (Transaction 0 is vacuum's pruning, which writes no row.)
    let vault_writes: Vec<&WalRecord> = records.iter().filter(|r| r.tx != 0 && (r.rel == Some(boxes) || r.rel == Some(tags))).collect();
    for r in &vault_writes {
        assert!(committed.contains(&r.tx), "a vault row written under transaction {} that is not a commit of its own: {}", r.tx, r.desc);
    }
    // The receipts' tags are never written by a vote...
    assert!(vault_writes.iter().all(|r| r.rel != Some(tags)), "a vote wrote a receipt's row");
    // ...and each batch replaced its box once: the first vote's, then the
    // six votes' together, so their receipts and ballots are one record.
    let updates: Vec<u64> = vault_writes
        .iter()
        .filter(|r| r.rel == Some(boxes) && (r.desc.starts_with("UPDATE") || r.desc.starts_with("HOT_UPDATE")))
        .map(|r| r.tx)
        .collect();
    assert_eq!(updates.len(), 2, "one new version of the box per batch: {updates:?}");
    assert_ne!(updates[0], updates[1], "two batches");
    let tally: String = sqlx::query_scalar("SELECT tally FROM vote_boxes WHERE objective_id = $1 AND week = $2")
        .bind(objective)
        .bind(i64::from(WEEK))
        .fetch_one(&main)
        .await
        .unwrap();
    assert_eq!(tally, "0000002,0000002,0000002,0000001,0000001", "the owner's vote and the seven");

    // In the pages: every tuple of the vault was written by a commit's own transaction.
    sqlx::query("CREATE EXTENSION IF NOT EXISTS pageinspect").execute(&main).await.unwrap();
    for t in ["vote_boxes", "vote_receipt_tags"] {
        let xmins: Vec<String> = sqlx::query_scalar(&format!(
            "SELECT CAST(i.t_xmin AS TEXT) FROM generate_series(0, CAST(pg_relation_size('{t}') / 8192 AS INTEGER) - 1) AS b, \
             LATERAL heap_page_items(get_raw_page('{t}', b)) AS i WHERE i.lp_flags = 1"
        ))
        .fetch_all(&main)
        .await
        .unwrap();
        let in_window: Vec<u64> = xmins.iter().filter_map(|x| x.parse().ok()).filter(|x| records.iter().any(|r| r.tx == *x)).collect();
        assert!(in_window.iter().all(|x| committed.contains(x)), "{t}: tuples written by a subtransaction: {in_window:?}");
    }
}
