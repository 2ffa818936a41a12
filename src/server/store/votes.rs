//! Ballots and vote receipts. The two are written in one transaction and
//! share no key: see `server::ballots` for why that is enough.

use crate::domain::ids::{ObjectiveId, OrgId, WaveId};
use crate::domain::vote::Score;
use crate::error::AppError;
use rand::RngCore;
use sqlx::{SqliteConnection, SqlitePool};

pub async fn has_receipt(conn: &mut SqliteConnection, objective: ObjectiveId, week: u32, voter_tag: &[u8]) -> Result<bool, AppError> {
    Ok(sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM vote_receipts WHERE objective_id = ? AND week = ? AND voter_tag = ?)")
        .bind(objective.0)
        .bind(week)
        .bind(voter_tag)
        .fetch_one(conn)
        .await?)
}

/// A first vote: the receipt (refused if one exists) and the ballot.
pub async fn cast(
    conn: &mut SqliteConnection,
    objective: ObjectiveId,
    week: u32,
    voter_tag: &[u8],
    score: Score,
    change_hash: &[u8],
) -> Result<(), AppError> {
    sqlx::query("INSERT INTO vote_receipts (objective_id, week, voter_tag) VALUES (?, ?, ?)")
        .bind(objective.0)
        .bind(week)
        .bind(voter_tag)
        .execute(&mut *conn)
        .await
        .map_err(|e| super::conflict_or_internal(e, "You have already voted on this objective this week."))?;
    let mut id = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut id);
    sqlx::query("INSERT INTO ballots (id, objective_id, week, score, change_hash) VALUES (?, ?, ?, ?, ?)")
        .bind(&id[..])
        .bind(objective.0)
        .bind(week)
        .bind(score.get())
        .bind(change_hash)
        .execute(conn)
        .await?;
    Ok(())
}

/// Changes the ballot whose secret the voter's browser presented. False when
/// no such ballot exists for this objective and week.
pub async fn change(conn: &mut SqliteConnection, objective: ObjectiveId, week: u32, change_hash: &[u8], score: Score) -> Result<bool, AppError> {
    let done = sqlx::query("UPDATE ballots SET score = ? WHERE change_hash = ? AND objective_id = ? AND week = ?")
        .bind(score.get())
        .bind(change_hash)
        .bind(objective.0)
        .bind(week)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// The score of the ballot behind a secret (shown only to that browser).
pub async fn own_score(pool: &SqlitePool, objective: ObjectiveId, week: u32, change_hash: &[u8]) -> Result<Option<u8>, AppError> {
    Ok(sqlx::query_scalar("SELECT score FROM ballots WHERE change_hash = ? AND objective_id = ? AND week = ?")
        .bind(change_hash)
        .bind(objective.0)
        .bind(week)
        .fetch_optional(pool)
        .await?)
}

/// Votes per score for every objective and week of a wave.
pub async fn distributions(pool: &SqlitePool, org: OrgId, wave: WaveId) -> Result<Vec<(ObjectiveId, u32, [u32; 5])>, AppError> {
    let rows: Vec<(i64, u32, u8, u32)> = sqlx::query_as(
        "SELECT b.objective_id, b.week, b.score, COUNT(*) FROM ballots b JOIN objectives o ON o.id = b.objective_id \
         WHERE o.org_id = ? AND o.wave_id = ? GROUP BY b.objective_id, b.week, b.score ORDER BY b.objective_id, b.week",
    )
    .bind(org.0)
    .bind(wave.0)
    .fetch_all(pool)
    .await?;
    let mut out: Vec<(ObjectiveId, u32, [u32; 5])> = Vec::new();
    for (objective, week, score, n) in rows {
        let objective = ObjectiveId(objective);
        if !matches!(out.last(), Some((o, w, _)) if *o == objective && *w == week) {
            out.push((objective, week, [0; 5]));
        }
        if let (Some(last), 1..=5) = (out.last_mut(), score) {
            last.2[usize::from(score - 1)] = n;
        }
    }
    Ok(out)
}

/// (threshold, live results) of an organisation.
pub async fn settings(pool: &SqlitePool, org: OrgId) -> Result<(i64, bool), AppError> {
    Ok(sqlx::query_as("SELECT vote_threshold, live_results FROM organisations WHERE id = ?").bind(org.0).fetch_one(pool).await?)
}

pub async fn set_settings(pool: &SqlitePool, org: OrgId, threshold: u32, live: bool) -> Result<(), AppError> {
    sqlx::query("UPDATE organisations SET vote_threshold = ?, live_results = ? WHERE id = ?")
        .bind(threshold)
        .bind(live)
        .bind(org.0)
        .execute(pool)
        .await?;
    Ok(())
}

/// Folds the write-ahead log back into the database and empties it. Called
/// after each vote so the -wal file does not keep, side by side, the pages a
/// receipt and its ballot were written to in one commit.
pub async fn forget_wal(pool: &SqlitePool) {
    if let Err(e) = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(pool).await {
        tracing::warn!(error = %e, "could not checkpoint the write-ahead log after a vote");
    }
}
