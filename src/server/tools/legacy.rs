//! Votes and survey answers saved before the ballot vault existed (tables
//! renamed `legacy_*` by migration 0009) move into the vault on the first
//! start, then the old tables are dropped and the database is vacuumed, so
//! their pages — which kept the order votes came in — are gone.

use crate::domain::ids::{ObjectiveId, OrgId, SurveyId, TeamId, WaveId};
use crate::domain::scorecard::Answers;
use crate::domain::vote::Score;
use crate::domain::wave::WaveDates;
use crate::error::AppError;
use crate::server::store::{survey_box, vote_box, voters};
use crate::server::vote::claims::VoteKey;
use crate::server::vote::vault::Vault;
use sqlx::{AnyConnection, AnyPool};
use std::collections::BTreeMap;

const TABLES: [&str; 4] = ["legacy_ballots", "legacy_vote_receipts", "legacy_survey_responses", "legacy_survey_receipts"];

/// Only an SQLite database can predate the vault.
async fn present(pool: &AnyPool) -> Result<bool, String> {
    if crate::infra::db::engine(pool) != crate::infra::db::Engine::Sqlite {
        return Ok(false);
    }
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'legacy_ballots'")
        .fetch_one(pool)
        .await
        .map_err(|e| format!("cannot read the database: {e}"))?;
    Ok(n > 0)
}

/// Whether old-format votes wait to be moved (they need the existing key).
pub async fn has_votes(pool: &AnyPool) -> Result<bool, String> {
    if !present(pool).await? {
        return Ok(false);
    }
    let n: i64 = sqlx::query_scalar("SELECT (SELECT COUNT(*) FROM legacy_vote_receipts) + (SELECT COUNT(*) FROM legacy_survey_receipts)")
        .fetch_one(pool)
        .await
        .map_err(|e| format!("cannot read the database: {e}"))?;
    Ok(n > 0)
}

pub async fn adopt(pool: &AnyPool, vault: &Vault, key: &VoteKey) -> Result<(), String> {
    if !present(pool).await? {
        return Ok(());
    }
    let had_votes = has_votes(pool).await?;
    if had_votes {
        move_all(pool, vault, key).await.map_err(|e| format!("cannot move earlier votes into the ballot vault: {e}"))?;
    }
    for table in TABLES {
        sqlx::query(&format!("DROP TABLE {table}")).execute(pool).await.map_err(|e| format!("cannot drop {table}: {e}"))?;
    }
    if !had_votes {
        // A new database (or one that never held a vote): no page to erase.
        return Ok(());
    }
    // Rewrites every page, then empties the write-ahead log.
    sqlx::query("VACUUM").execute(pool).await.map_err(|e| format!("cannot vacuum the database: {e}"))?;
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(pool).await.map_err(|e| format!("cannot checkpoint the database: {e}"))?;
    Ok(())
}

type Boxes<K, V> = BTreeMap<K, (Vec<Vec<u8>>, Vec<V>)>;

async fn move_all(pool: &AnyPool, vault: &Vault, key: &VoteKey) -> Result<(), AppError> {
    let mut main = pool.acquire().await?;
    let mut boxes: Boxes<(ObjectiveId, u32), u8> = BTreeMap::new();
    for (o, w, tag) in sqlx::query_as::<_, (ObjectiveId, i64, Vec<u8>)>("SELECT objective_id, week, voter_tag FROM legacy_vote_receipts")
        .fetch_all(&mut *main)
        .await?
    {
        boxes.entry((o, w as u32)).or_default().0.push(tag);
    }
    for (o, w, score) in
        sqlx::query_as::<_, (ObjectiveId, i64, i64)>("SELECT objective_id, week, score FROM legacy_ballots").fetch_all(&mut *main).await?
    {
        boxes.entry((o, w as u32)).or_default().1.push(score as u8);
    }
    let mut surveys: Boxes<SurveyId, String> = BTreeMap::new();
    for (s, tag) in
        sqlx::query_as::<_, (SurveyId, Vec<u8>)>("SELECT survey_id, voter_tag FROM legacy_survey_receipts").fetch_all(&mut *main).await?
    {
        surveys.entry(s).or_default().0.push(tag);
    }
    for (s, code) in
        sqlx::query_as::<_, (SurveyId, String)>("SELECT survey_id, answers FROM legacy_survey_responses").fetch_all(&mut *main).await?
    {
        surveys.entry(s).or_default().1.push(code);
    }
    let mut v = vault.reader.acquire().await?;
    sqlx::query("BEGIN IMMEDIATE").execute(&mut *v).await?;
    let moved = async {
        for ((objective, week), (tags, scores)) in boxes {
            move_vote_box(&mut main, &mut v, key, objective, week, tags, scores).await?;
        }
        for (s, (tags, codes)) in surveys {
            move_survey_box(&mut main, &mut v, key, s, tags, codes).await?;
        }
        Ok::<_, AppError>(())
    }
    .await;
    match moved {
        Ok(()) => sqlx::query("COMMIT").execute(&mut *v).await?,
        Err(e) => {
            sqlx::query("ROLLBACK").execute(&mut *v).await?;
            return Err(e);
        }
    };
    Ok(())
}

async fn move_vote_box(
    main: &mut AnyConnection,
    v: &mut AnyConnection,
    key: &VoteKey,
    objective: ObjectiveId,
    week: u32,
    tags: Vec<Vec<u8>>,
    scores: Vec<u8>,
) -> Result<(), AppError> {
    let row: Option<(OrgId, WaveId, Option<TeamId>, String, String, i64)> = sqlx::query_as(
        "SELECT o.org_id, o.wave_id, o.team_id, w.starts_on, w.ends_on, w.created_at FROM objectives o JOIN waves w ON w.id = o.wave_id WHERE o.id = $1",
    )
    .bind(objective)
    .fetch_optional(&mut *main)
    .await?;
    let Some((org, wave, team, starts, ends, created)) = row else { return Ok(()) };
    if vote_box::vote_box_open(&mut *v, org, objective, week).await? {
        return Ok(());
    }
    let dates = parse_dates(&starts, &ends)?;
    let people = voters::voters(&mut *main, org, team, dates.voting_opened(week, created)).await?;
    let mut all: Vec<Vec<u8>> = people.into_iter().map(|p| crate::server::vote::claims::voter_tag(key, p, objective, week)).collect();
    let mut used = tags;
    // More ballots than receipts cannot happen unless the old tables were
    // edited by hand; each extra ballot still gets a (used) receipt and a slot.
    for i in used.len()..scores.len() {
        used.push(format!("unmatched:{objective}:{week}:{i}").into_bytes());
    }
    all.extend(used.iter().cloned());
    vote_box::open_vote_box(v, org, wave, objective, week, &all).await?;
    vote_box::use_receipts(v, objective, week, &used).await?;
    for score in scores {
        let score = Score::parse(&score.to_string()).map_err(AppError::from)?;
        vote_box::fill_slot(v, objective, week, score).await?;
    }
    Ok(())
}

async fn move_survey_box(
    main: &mut AnyConnection,
    v: &mut AnyConnection,
    key: &VoteKey,
    s: SurveyId,
    tags: Vec<Vec<u8>>,
    codes: Vec<String>,
) -> Result<(), AppError> {
    let row: Option<(OrgId, i64)> =
        sqlx::query_as("SELECT org_id, opened_at FROM surveys WHERE id = $1").bind(s).fetch_optional(&mut *main).await?;
    let Some((org, opened)) = row else { return Ok(()) };
    if survey_box::survey_box_open(&mut *v, org, s).await? {
        return Ok(());
    }
    let people = voters::voters(&mut *main, org, None, opened).await?;
    let mut all: Vec<Vec<u8>> = people.into_iter().map(|p| crate::server::vote::claims::survey_tag(key, p, s)).collect();
    all.extend(tags.iter().cloned());
    survey_box::open_survey_box(v, org, s, &all).await?;
    // A receipt and an answer are independent: each answer takes a random
    // empty slot whichever receipt it is paired with here.
    for (tag, code) in tags.iter().zip(codes) {
        if let Some(answers) = Answers::from_code(&code) {
            survey_box::answer(v, s, tag, &answers).await?;
        }
    }
    Ok(())
}

fn parse_dates(starts: &str, ends: &str) -> Result<WaveDates, AppError> {
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| AppError::Internal);
    WaveDates::new(d(starts)?, d(ends)?).map_err(AppError::from)
}
