//! Ballots and vote receipts. The two are written in one transaction and
//! share no key: see `server::ballots` for why that is enough.

use crate::domain::ids::{ObjectiveId, OrgId, WaveId};
use crate::domain::vote::Score;
use crate::error::AppError;
use rand::RngCore;
use sqlx::{SqliteConnection, SqliteExecutor, SqlitePool};

/// `?, ?, …` for `n` values.
fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}

/// Which of these receipts exist in this week: one query for a whole vote sheet.
/// Returns the objectives whose tag was found.
pub async fn receipts(
    conn: impl SqliteExecutor<'_>,
    org: OrgId,
    week: u32,
    tags: &[(ObjectiveId, Vec<u8>)],
) -> Result<Vec<ObjectiveId>, AppError> {
    if tags.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT r.objective_id FROM vote_receipts r JOIN objectives o ON o.id = r.objective_id \
         WHERE o.org_id = ? AND r.week = ? AND r.voter_tag IN ({})",
        placeholders(tags.len())
    );
    let mut q = sqlx::query_scalar(&sql).bind(org).bind(week);
    for (_, tag) in tags {
        q = q.bind(tag);
    }
    Ok(q.fetch_all(conn).await?)
}

/// A first vote: the receipt (refused if one exists) and the ballot.
pub async fn cast(
    conn: &mut SqliteConnection,
    org: OrgId,
    objective: ObjectiveId,
    week: u32,
    voter_tag: &[u8],
    score: Score,
    change_hash: &[u8],
) -> Result<(), AppError> {
    let receipt = sqlx::query("INSERT INTO vote_receipts (objective_id, week, voter_tag) SELECT id, ?, ? FROM objectives WHERE id = ? AND org_id = ?")
        .bind(week)
        .bind(voter_tag)
        .bind(objective)
        .bind(org)
        .execute(&mut *conn)
        .await
        .map_err(|e| super::conflict_or_internal(e, "You have already voted on this objective this week."))?;
    if receipt.rows_affected() != 1 {
        return Err(AppError::not_found("That objective"));
    }
    let mut id = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut id);
    sqlx::query("INSERT INTO ballots (id, objective_id, week, score, change_hash) VALUES (?, ?, ?, ?, ?)")
        .bind(&id[..])
        .bind(objective)
        .bind(week)
        .bind(score.get())
        .bind(change_hash)
        .execute(conn)
        .await?;
    Ok(())
}

/// Changes the ballot whose secret the voter's browser presented. False when
/// no such ballot exists for this objective and week.
pub async fn change(
    conn: &mut SqliteConnection,
    org: OrgId,
    objective: ObjectiveId,
    week: u32,
    change_hash: &[u8],
    score: Score,
) -> Result<bool, AppError> {
    let done = sqlx::query(
        "UPDATE ballots SET score = ? WHERE change_hash = ? AND week = ? \
         AND objective_id = (SELECT id FROM objectives WHERE id = ? AND org_id = ?)",
    )
    .bind(score.get())
    .bind(change_hash)
    .bind(week)
    .bind(objective)
    .bind(org)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The scores of the ballots behind these secrets (shown only to the browser
/// that holds them), by objective: one query for a whole vote sheet.
pub async fn own_scores(
    conn: impl SqliteExecutor<'_>,
    org: OrgId,
    week: u32,
    change_hashes: &[Vec<u8>],
) -> Result<Vec<(ObjectiveId, u8)>, AppError> {
    if change_hashes.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT b.objective_id, b.score FROM ballots b JOIN objectives o ON o.id = b.objective_id \
         WHERE o.org_id = ? AND b.week = ? AND b.change_hash IN ({})",
        placeholders(change_hashes.len())
    );
    let mut q = sqlx::query_as(&sql).bind(org).bind(week);
    for h in change_hashes {
        q = q.bind(h);
    }
    Ok(q.fetch_all(conn).await?)
}

/// Votes per score for every objective and week of a wave.
pub async fn distributions(conn: impl SqliteExecutor<'_>, org: OrgId, wave: WaveId) -> Result<Vec<(ObjectiveId, u32, [u32; 5])>, AppError> {
    let rows: Vec<(ObjectiveId, u32, u8, u32)> = sqlx::query_as(
        "SELECT b.objective_id, b.week, b.score, COUNT(*) FROM ballots b JOIN objectives o ON o.id = b.objective_id \
         WHERE o.org_id = ? AND o.wave_id = ? GROUP BY b.objective_id, b.week, b.score ORDER BY b.objective_id, b.week",
    )
    .bind(org)
    .bind(wave)
    .fetch_all(conn)
    .await?;
    let mut out: Vec<(ObjectiveId, u32, [u32; 5])> = Vec::new();
    for (objective, week, score, n) in rows {
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
pub async fn settings(conn: impl SqliteExecutor<'_>, org: OrgId) -> Result<(i64, bool), AppError> {
    Ok(sqlx::query_as("SELECT vote_threshold, live_results FROM organisations WHERE id = ?").bind(org).fetch_one(conn).await?)
}

pub async fn set_settings(conn: impl SqliteExecutor<'_>, org: OrgId, threshold: u32, live: bool) -> Result<(), AppError> {
    sqlx::query("UPDATE organisations SET vote_threshold = ?, live_results = ? WHERE id = ?")
        .bind(threshold)
        .bind(live)
        .bind(org)
        .execute(conn)
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
