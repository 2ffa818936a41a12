//! SQL over the ballot vault (an SQLite file of its own, or tables of the
//! PostgreSQL database: see `server::vote::vault`). Boxes are opened once with
//! every receipt and slot they will ever have; a vote or an answer only
//! updates fixed-size values: on SQLite in place, a row per receipt and per
//! slot; on PostgreSQL a box is one row (`held_box`), and the views
//! `vote_receipts` and `ballots` show it as the same rows. Nothing here
//! inserts a row per vote, and nothing orders rows by anything but their
//! keys. Survey boxes, built like SQLite's, are in `survey_box`.

use super::{held_box, packed};
use crate::domain::ids::{ObjectiveId, OrgId, WaveId};
use crate::domain::tally::Tally;
use crate::domain::vote::{release_due, Score};
use crate::error::AppError;
use crate::infra::db::{self, Engine};
use rand::Rng;
use sqlx::{AnyConnection, AnyExecutor, AnyPool};

/// `($3, $4), ($5, $6), …` for `n` pairs bound after two leading values `$1, $2`.
fn numbered_pairs(n: usize) -> String {
    (0..n).map(|i| format!("(${}, ${})", 3 + 2 * i, 4 + 2 * i)).collect::<Vec<_>>().join(", ")
}

/// Opens the box of an objective and week, once: a receipt per eligible
/// voter (sorted by tag, so their order says nothing) and as many empty slots.
pub async fn open_vote_box(
    conn: &mut AnyConnection,
    org: OrgId,
    wave: WaveId,
    objective: ObjectiveId,
    week: u32,
    voters: &[Vec<u8>],
) -> Result<(), AppError> {
    let mut tags = voters.to_vec();
    tags.sort();
    tags.dedup();
    if db::engine_of(conn) == Engine::Postgres {
        let nobody = vec![false; tags.len()];
        held_box::insert(conn, (org, wave, objective, week), &tags, &nobody, &vec![0; tags.len()], Tally::default()).await?;
        return Ok(());
    }
    let opened = sqlx::query(
        "INSERT INTO vote_boxes (objective_id, week, org_id, wave_id, slots) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
    )
    .bind(objective)
    .bind(i64::from(week))
    .bind(org)
    .bind(wave)
    .bind(tags.len() as i64)
    .execute(&mut *conn)
    .await?;
    if opened.rows_affected() == 0 {
        return Ok(());
    }
    for tag in &tags {
        sqlx::query("INSERT INTO vote_receipts (objective_id, week, voter_tag, voted) VALUES ($1, $2, $3, 0)")
            .bind(objective)
            .bind(i64::from(week))
            .bind(tag)
            .execute(&mut *conn)
            .await?;
    }
    for slot in 0..tags.len() as i64 {
        sqlx::query("INSERT INTO ballots (objective_id, week, slot, score) VALUES ($1, $2, $3, '-')")
            .bind(objective)
            .bind(i64::from(week))
            .bind(slot)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

pub async fn vote_box_open(conn: impl AnyExecutor<'_>, org: OrgId, objective: ObjectiveId, week: u32) -> Result<bool, AppError> {
    Ok(sqlx::query_scalar::<_, i64>(
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM vote_boxes WHERE objective_id = $1 AND week = $2 AND org_id = $3) THEN 1 ELSE 0 END",
    )
    .bind(objective)
    .bind(i64::from(week))
    .bind(org)
    .fetch_one(conn)
    .await?
        == 1)
}

/// What a voter's receipt says.
#[derive(Debug, PartialEq, Eq)]
pub enum Receipt {
    /// Not in this box: the person was not a voter when it opened.
    Missing,
    NotVoted,
    Voted,
}

/// From the stored flag (0 or 1), if the receipt exists.
impl From<Option<i64>> for Receipt {
    fn from(used: Option<i64>) -> Self {
        match used {
            None => Receipt::Missing,
            Some(0) => Receipt::NotVoted,
            Some(_) => Receipt::Voted,
        }
    }
}

/// `$3, $4, …` for `n` values bound after two leading values `$1, $2`.
fn numbered_list(n: usize) -> String {
    (0..n).map(|i| format!("${}", 3 + i)).collect::<Vec<_>>().join(", ")
}

/// The receipts with these tags in one box, and whether each is used: one
/// statement for a whole batch's votes on the box (tags not in it are not
/// returned).
pub async fn receipts_in(
    conn: &mut AnyConnection,
    objective: ObjectiveId,
    week: u32,
    tags: &[Vec<u8>],
) -> Result<Vec<(Vec<u8>, bool)>, AppError> {
    if tags.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT voter_tag, voted FROM vote_receipts WHERE objective_id = $1 AND week = $2 AND voter_tag IN ({})",
        numbered_list(tags.len())
    );
    let mut q = sqlx::query_as(&sql).bind(objective).bind(i64::from(week));
    for tag in tags {
        q = q.bind(tag);
    }
    let rows: Vec<(Vec<u8>, i64)> = q.fetch_all(conn).await?;
    Ok(rows.into_iter().map(|(tag, voted)| (tag, voted != 0)).collect())
}

/// Marks these receipts of one box used, in one statement; how many were
/// free until now (each of `tags` should have been).
pub async fn use_receipts(conn: &mut AnyConnection, objective: ObjectiveId, week: u32, tags: &[Vec<u8>]) -> Result<u64, AppError> {
    if tags.is_empty() {
        return Ok(0);
    }
    let sql = format!(
        "UPDATE vote_receipts SET voted = 1 WHERE objective_id = $1 AND week = $2 AND voted = 0 AND voter_tag IN ({})",
        numbered_list(tags.len())
    );
    let mut q = sqlx::query(&sql).bind(objective).bind(i64::from(week));
    for tag in tags {
        q = q.bind(tag);
    }
    Ok(q.execute(conn).await?.rows_affected())
}

/// A box's slot count and running tally.
pub async fn box_state(conn: &mut AnyConnection, objective: ObjectiveId, week: u32) -> Result<(i64, Tally), AppError> {
    let (slots, text): (i64, String) = sqlx::query_as("SELECT slots, tally FROM vote_boxes WHERE objective_id = $1 AND week = $2")
        .bind(objective)
        .bind(i64::from(week))
        .fetch_one(conn)
        .await?;
    Ok((slots, parse_tally(&text)?))
}

fn parse_tally(text: &str) -> Result<Tally, AppError> {
    Tally::parse(text).ok_or_else(|| {
        tracing::error!("unreadable counts stored in vote_boxes.tally");
        AppError::Internal
    })
}

/// A tally the box's votes no longer fit (more votes than slots, or a
/// change from a score that was not cast) means the vault is damaged.
pub fn tally_broken() -> AppError {
    tracing::error!("a ballot box's tally does not match its ballots");
    AppError::Internal
}

pub async fn store_tally(conn: &mut AnyConnection, objective: ObjectiveId, week: u32, tally: Tally) -> Result<(), AppError> {
    sqlx::query("UPDATE vote_boxes SET tally = $1 WHERE objective_id = $2 AND week = $3")
        .bind(tally.to_text())
        .bind(objective)
        .bind(i64::from(week))
        .execute(conn)
        .await?;
    Ok(())
}

/// Random probes before counting: each probe is one key lookup, and with
/// half the slots empty 16 probes all miss once in 65,536 votes.
const PROBES: usize = 16;

/// Puts the score in an empty slot chosen uniformly at random (so which
/// slots are filled, and in which order, says nothing about who came when),
/// and counts it in the box's tally.
pub async fn fill_slot(conn: &mut AnyConnection, objective: ObjectiveId, week: u32, score: Score) -> Result<i64, AppError> {
    let (slots, tally) = box_state(&mut *conn, objective, week).await?;
    let slot = fill_empty(&mut *conn, objective, week, slots, score).await?;
    store_tally(conn, objective, week, tally.with_vote(score).ok_or_else(tally_broken)?).await?;
    Ok(slot)
}

/// Puts the score in an empty slot of a box of `slots` slots, chosen
/// uniformly at random; the tally is the caller's to update.
///
/// A slot drawn uniformly from all slots and kept only if empty is uniform
/// over the empty ones, and so is the exact fallback (count the empty slots,
/// take one at random), so the choice is uniform whichever path finds it;
/// the probes spare a scan of a 10,000-person box on nearly every vote.
pub async fn fill_empty(conn: &mut AnyConnection, objective: ObjectiveId, week: u32, slots: i64, score: Score) -> Result<i64, AppError> {
    for _ in 0..PROBES {
        if slots == 0 {
            break;
        }
        let probe = rand::rngs::OsRng.gen_range(0..slots);
        let filled = sqlx::query("UPDATE ballots SET score = $1 WHERE objective_id = $2 AND week = $3 AND slot = $4 AND score = '-'")
            .bind(score.get().to_string())
            .bind(objective)
            .bind(i64::from(week))
            .bind(probe)
            .execute(&mut *conn)
            .await?;
        if filled.rows_affected() == 1 {
            return Ok(probe);
        }
    }
    fill_counted(conn, objective, week, score).await
}

/// The exact path: count the empty slots and fill the k-th, k at random.
async fn fill_counted(conn: &mut AnyConnection, objective: ObjectiveId, week: u32, score: Score) -> Result<i64, AppError> {
    let empty: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM ballots WHERE objective_id = $1 AND week = $2 AND score = '-'")
        .bind(objective)
        .bind(i64::from(week))
        .fetch_one(&mut *conn)
        .await?;
    if empty == 0 {
        tracing::error!("a ballot box has a free receipt but no empty slot");
        return Err(AppError::Internal);
    }
    let pick = rand::rngs::OsRng.gen_range(0..empty);
    Ok(sqlx::query_scalar(
        "UPDATE ballots SET score = $1 WHERE objective_id = $2 AND week = $3 AND slot = \
         (SELECT slot FROM ballots WHERE objective_id = $2 AND week = $3 AND score = '-' ORDER BY slot LIMIT 1 OFFSET $4) RETURNING slot",
    )
    .bind(score.get().to_string())
    .bind(objective)
    .bind(i64::from(week))
    .bind(pick)
    .fetch_one(conn)
    .await?)
}

/// Whether a slot holds a vote (a claim may only change a filled slot).
pub async fn slot_filled(conn: &mut AnyConnection, objective: ObjectiveId, week: u32, slot: i64) -> Result<bool, AppError> {
    let score: Option<String> = sqlx::query_scalar("SELECT score FROM ballots WHERE objective_id = $1 AND week = $2 AND slot = $3")
        .bind(objective)
        .bind(i64::from(week))
        .bind(slot)
        .fetch_optional(conn)
        .await?;
    Ok(score.as_deref().and_then(score_of).is_some())
}

/// Changes the score in a filled slot; the score it held, `None` when the
/// slot is not filled (nothing changes then). The tally is the caller's to update.
pub async fn change_slot(
    conn: &mut AnyConnection,
    objective: ObjectiveId,
    week: u32,
    slot: i64,
    score: Score,
) -> Result<Option<Score>, AppError> {
    let old: Option<String> =
        sqlx::query_scalar("SELECT score FROM ballots WHERE objective_id = $1 AND week = $2 AND slot = $3 AND score <> '-'")
            .bind(objective)
            .bind(i64::from(week))
            .bind(slot)
            .fetch_optional(&mut *conn)
            .await?;
    let Some(old) = old.as_deref().and_then(score_of).and_then(|s| Score::try_from(s as u8).ok()) else { return Ok(None) };
    sqlx::query("UPDATE ballots SET score = $1 WHERE objective_id = $2 AND week = $3 AND slot = $4")
        .bind(score.get().to_string())
        .bind(objective)
        .bind(i64::from(week))
        .bind(slot)
        .execute(&mut *conn)
        .await?;
    Ok(Some(old))
}

fn score_of(text: &str) -> Option<usize> {
    text.parse::<usize>().ok().filter(|s| (1..=5).contains(s))
}

/// Releases `dist`, the current distribution of an objective and week, for
/// live results when at least `threshold` ballots arrived since the last release.
pub async fn maybe_release(
    conn: &mut AnyConnection,
    objective: ObjectiveId,
    week: u32,
    threshold: u32,
    dist: [u32; 5],
) -> Result<(), AppError> {
    let last: Option<i64> = sqlx::query_scalar("SELECT ballots FROM releases WHERE objective_id = $1 AND week = $2")
        .bind(objective)
        .bind(i64::from(week))
        .fetch_optional(&mut *conn)
        .await?;
    if release_due(last.map(|n| n as u32), dist.iter().sum(), threshold) {
        let counts = dist.iter().map(u32::to_string).collect::<Vec<_>>().join(",");
        sqlx::query(
            "INSERT INTO releases (objective_id, week, ballots, counts) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (objective_id, week) DO UPDATE SET ballots = excluded.ballots, counts = excluded.counts",
        )
        .bind(objective)
        .bind(i64::from(week))
        .bind(i64::from(dist.iter().sum::<u32>()))
        .bind(counts)
        .execute(conn)
        .await?;
    }
    Ok(())
}

/// Which of these (objective, tag) receipts of `week` are used: one query for a vote sheet.
/// The wanted pairs drive the loop (`CROSS JOIN` keeps that order), so each
/// is one primary-key lookup rather than a scan of every receipt.
pub async fn voted(
    conn: impl AnyExecutor<'_>,
    org: OrgId,
    week: u32,
    tags: &[(ObjectiveId, Vec<u8>)],
) -> Result<Vec<ObjectiveId>, AppError> {
    if tags.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "WITH wanted(objective_id, voter_tag) AS (VALUES {}) \
         SELECT r.objective_id FROM wanted w CROSS JOIN vote_receipts r CROSS JOIN vote_boxes b \
         WHERE r.objective_id = w.objective_id AND r.week = $1 AND r.voter_tag = w.voter_tag AND r.voted = 1 \
           AND b.objective_id = r.objective_id AND b.week = r.week AND b.org_id = $2",
        numbered_pairs(tags.len())
    );
    let mut q = sqlx::query_scalar(&sql).bind(i64::from(week)).bind(org);
    for (objective, tag) in tags {
        q = q.bind(objective).bind(tag);
    }
    Ok(q.fetch_all(conn).await?)
}

/// The scores in these slots of `week` (shown only to the browser that holds
/// their claims), in one query for a whole vote sheet, by primary key.
pub async fn own_scores(
    conn: &mut AnyConnection,
    org: OrgId,
    week: u32,
    slots: &[(ObjectiveId, i64)],
) -> Result<Vec<(ObjectiveId, u8)>, AppError> {
    if slots.is_empty() {
        return Ok(Vec::new());
    }
    if db::engine_of(conn) == Engine::Postgres {
        return held_box::own_scores(conn, org, week, slots).await;
    }
    let sql = format!(
        "WITH wanted(objective_id, slot) AS (VALUES {}) \
         SELECT s.objective_id, s.score FROM wanted w CROSS JOIN ballots s CROSS JOIN vote_boxes b \
         WHERE s.objective_id = w.objective_id AND s.week = $1 AND s.slot = w.slot \
           AND b.objective_id = s.objective_id AND b.week = s.week AND b.org_id = $2",
        numbered_pairs(slots.len())
    );
    let mut q = sqlx::query_as(&sql).bind(i64::from(week)).bind(org);
    for (objective, slot) in slots {
        q = q.bind(objective).bind(slot);
    }
    let rows: Vec<(ObjectiveId, String)> = q.fetch_all(conn).await?;
    Ok(rows.into_iter().filter_map(|(o, s)| score_of(&s).map(|s| (o, s as u8))).collect())
}

/// Which boxes a read covers: a whole wave's (the heat map, the dashboard)
/// or one objective's (its page).
#[derive(Debug, Clone, Copy)]
pub enum Boxes {
    Wave(WaveId),
    Objective(ObjectiveId),
}

impl Boxes {
    /// The condition on `vote_boxes` (aliased `b`), with the id as `$2`.
    fn condition(self) -> (&'static str, i64) {
        match self {
            Boxes::Wave(w) => ("b.wave_id = $2", w.0),
            Boxes::Objective(o) => ("b.objective_id = $2", o.0),
        }
    }
}

impl From<WaveId> for Boxes {
    fn from(wave: WaveId) -> Self {
        Boxes::Wave(wave)
    }
}

/// Votes per score of every objective and week of a read's boxes, as cast
/// (`cast`: the boxes' tallies) and as last released live (`released`),
/// each in no particular order.
#[derive(Debug, PartialEq)]
pub struct Counts {
    pub cast: Vec<(ObjectiveId, u32, [u32; 5])>,
    pub released: Vec<(ObjectiveId, u32, [u32; 5])>,
}

/// The [`Counts`] of `boxes`, both read on one connection of `vault`. A
/// wave's are thousands of rows each: see `packed`.
pub async fn counts(vault: &AnyPool, org: OrgId, boxes: impl Into<Boxes>) -> Result<Counts, AppError> {
    let (condition, id) = boxes.into().condition();
    let mut conn = vault.acquire().await?;
    let cast: Vec<(ObjectiveId, i64, String)> = packed::fetch(
        &mut conn,
        "b.objective_id, b.week, b.tally",
        &format!("FROM vote_boxes b WHERE b.org_id = $1 AND {condition}"),
        "",
        &[org.0, id],
    )
    .await?;
    let released: Vec<(ObjectiveId, i64, String)> = packed::fetch(
        &mut conn,
        "r.objective_id, r.week, r.counts",
        &format!(
            "FROM releases r JOIN vote_boxes b ON b.objective_id = r.objective_id AND b.week = r.week \
             WHERE b.org_id = $1 AND {condition}"
        ),
        "",
        &[org.0, id],
    )
    .await?;
    Ok(Counts {
        cast: cast.into_iter().map(|(o, w, text)| Ok((o, w as u32, parse_tally(&text)?.counts()))).collect::<Result<_, AppError>>()?,
        released: released.into_iter().map(|(o, w, text)| Ok((o, w as u32, parse_counts(&text)?))).collect::<Result<_, AppError>>()?,
    })
}

/// A release's stored counts: five numbers joined by commas.
fn parse_counts(text: &str) -> Result<[u32; 5], AppError> {
    let parsed: Vec<u32> = text.split(',').filter_map(|c| c.parse().ok()).collect();
    parsed.try_into().map_err(|_| {
        tracing::error!("unreadable counts stored in releases.counts");
        AppError::Internal
    })
}

// --- the key -------------------------------------------------------------

pub async fn key_fingerprint(conn: impl AnyExecutor<'_>) -> Result<Option<Vec<u8>>, sqlx::Error> {
    sqlx::query_scalar("SELECT fingerprint FROM vault_key WHERE id = 1").fetch_optional(conn).await
}

pub async fn set_key_fingerprint(conn: impl AnyExecutor<'_>, fingerprint: &[u8]) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO vault_key (id, fingerprint) VALUES (1, $1)").bind(fingerprint).execute(conn).await?;
    Ok(())
}

/// Whether the vault holds any box at all (a vault in use needs its key).
pub async fn in_use(conn: impl AnyExecutor<'_>) -> Result<bool, sqlx::Error> {
    let used: i64 =
        sqlx::query_scalar("SELECT CASE WHEN EXISTS (SELECT 1 FROM vote_boxes) OR EXISTS (SELECT 1 FROM survey_boxes) THEN 1 ELSE 0 END")
            .fetch_one(conn)
            .await?;
    Ok(used == 1)
}
