//! The attack the anonymity design must withstand: known people vote known
//! scores in a known order (each logging in right before voting), then an
//! attacker reads the data folder byte by byte — the ballot vault, the main
//! database and its write-ahead log, and a backup — key included, looking
//! for any ordering that replays the order votes came in.

mod common;
#[path = "common/sqlite_file.rs"]
mod sqlite_file;

use common::{Client, TestApp, ONE_KR};
use mistvine::domain::ids::{ObjectiveId, SurveyId, UserId};
use mistvine::server::ballots;
use sqlite_file::{cells, kendall_tau, layout, wal_cells, Cell, Value};

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
    let form: Vec<(&str, &str)> = ids.iter().zip(code.as_bytes().chunks(1)).map(|(k, v)| (k.as_str(), std::str::from_utf8(v).unwrap())).collect();
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
fn assert_no_order(file: &[u8], objectives: &[i64], voters: &[UserId], key: &ballots::VoteKey, survey: SurveyId, what: &str) {
    let all = cells(file);
    for order in [by_position as fn(Vec<Cell>) -> Vec<Cell>, by_key] {
        let m = matches(&all, objectives, order);
        assert!(m < 60, "{what}: {m} of 90 ballots read back in cast order");
    }
    // With the key, receipts name their voters: does where they sit give the order people voted in?
    for id in objectives {
        let receipts: Vec<Cell> = all.iter().filter(|c| is_receipt(c).is_some_and(|(o, _, voted)| o == *id && voted == 1)).cloned().collect();
        let tag_of = |u: UserId| ballots::voter_tag(key, u, ObjectiveId(*id), WEEK);
        let read: Vec<UserId> =
            by_position(receipts).iter().filter_map(is_receipt).filter_map(|(_, tag, _)| voters.iter().copied().find(|u| tag_of(*u) == tag)).collect();
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
    let tags: Vec<Vec<u8>> = voters.iter().map(|u| ballots::survey_tag(key, *u, survey)).collect();
    let receipts: Vec<usize> = by_position(all.iter().filter(|c| matches!(c.values.as_slice(), [Value::Int(_), Value::Blob(_), Value::Int(1)])).cloned().collect())
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

#[tokio::test]
async fn a_copy_of_the_data_folder_key_included_cannot_replay_the_order_of_votes() {
    let app = TestApp::spawn().await;
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
    assert_eq!(owner.call("open_survey", &[]).await.status, 200);
    let db = app.db().await;
    let mut voters = Vec::new();
    for e in &emails {
        let id: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email = ?").bind(e).fetch_one(&db).await.unwrap();
        voters.push(UserId(id));
    }
    let survey: i64 = sqlx::query_scalar("SELECT id FROM surveys").fetch_one(&db).await.unwrap();

    // Each person logs in (a new session row, in login order), votes on the
    // three objectives and answers the survey, one after the other.
    let mut opened_layout = None;
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
            // Every box is open now; from here on no vote may add or move a cell.
            opened_layout = Some(layout(&std::fs::read(app.vault_path()).unwrap()));
        }
    }

    let key = ballots::load_key(&app.key_path).unwrap().unwrap();
    let ids: Vec<i64> = objectives.iter().map(|o| o.parse().unwrap()).collect();
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
    let stray = cells(&main).into_iter().chain(wal_cells(&wal)).filter(|c| is_ballot(c).is_some() || is_response(c).is_some() || is_receipt(c).is_some()).count();
    assert_eq!(stray, 0, "a vote, answer or receipt in the main database");

    // A backup made with the documented command is no better a source.
    let backup = tempfile::tempdir().unwrap();
    let folder = backup.path().join("copy");
    mistvine::server::db::backup(&app.db_path, &app.vault_path(), &folder).await.unwrap();
    let copied = std::fs::read(folder.join("test.ballots.db")).unwrap();
    assert_no_order(&copied, &ids, &voters, &key, SurveyId(survey), "the backup");
    assert!(!std::fs::read_dir(&folder).unwrap().any(|e| e.unwrap().file_name().to_string_lossy().contains("key")), "the backup holds no key");
}
