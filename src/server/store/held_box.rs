//! Vote boxes on PostgreSQL, each held as one row (see
//! `migrations/postgres/0016_boxes_as_values.sql`): the receipts' used flags
//! as a bit string by position, the slots as a byte string. The vault's
//! writer reads a box once per batch, changes it in memory and writes it
//! back with one UPDATE, so a commit leaves one new row version per box it
//! touched instead of rewriting every receipt and slot of it.
//!
//! The SQLite vault keeps a row per receipt and per slot (`vote_box`):
//! SQLite writes a fixed-size value over its old bytes, so there a vote
//! changes two small cells in place.

use crate::domain::ids::{ObjectiveId, OrgId, WaveId};
use crate::domain::tally::Tally;
use crate::domain::vote::Score;
use crate::error::AppError;
use rand::Rng;
use sqlx::AnyConnection;
use std::collections::HashMap;

/// A box's identity: (organisation, wave, objective, week).
pub type BoxKey = (OrgId, WaveId, ObjectiveId, u32);

/// `bits[i / 8] & 1 << (i % 8)`: how PostgreSQL's `get_bit` numbers bits.
fn bit(bits: &[u8], i: usize) -> bool {
    bits.get(i / 8).is_some_and(|b| b & (1 << (i % 8)) != 0)
}

fn set_bit(bits: &mut [u8], i: usize) {
    bits[i / 8] |= 1 << (i % 8);
}

/// Writes a whole box: `tags` sorted and distinct, `voted[i]` for `tags[i]`,
/// `scores` one byte per slot (0 empty, 1–5), as many as tags, and their
/// tally. Used to open a box (nothing voted) and to write boxes generated
/// or moved from SQLite. False if the box existed (nothing written).
pub async fn insert(
    conn: &mut AnyConnection,
    (org, wave, objective, week): BoxKey,
    tags: &[Vec<u8>],
    voted: &[bool],
    scores: &[u8],
    tally: Tally,
) -> Result<bool, AppError> {
    if voted.len() != tags.len() || scores.len() != tags.len() {
        tracing::error!("a ballot box to write has as many receipts as slots");
        return Err(AppError::Internal);
    }
    let mut bits = vec![0u8; tags.len().div_ceil(8)];
    for (i, _) in voted.iter().enumerate().filter(|(_, v)| **v) {
        set_bit(&mut bits, i);
    }
    let opened = sqlx::query(
        "INSERT INTO vote_boxes (objective_id, week, org_id, wave_id, slots, tally, voted, scores) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
    )
    .bind(objective)
    .bind(i64::from(week))
    .bind(org)
    .bind(wave)
    .bind(tags.len() as i64)
    .bind(tally.to_text())
    .bind(bits)
    .bind(scores.to_vec())
    .execute(&mut *conn)
    .await?;
    if opened.rows_affected() == 0 {
        return Ok(false);
    }
    // One statement for every receipt: the tags travel as one value and SQL
    // cuts them apart (a tag is an HMAC, so all have one length).
    let tag_len = tags.first().map_or(0, Vec::len);
    if tags.iter().any(|t| t.len() != tag_len) {
        tracing::error!("voter tags of different lengths");
        return Err(AppError::Internal);
    }
    if !tags.is_empty() {
        sqlx::query(
            "INSERT INTO vote_receipt_tags (objective_id, week, voter_tag, position) \
             SELECT $1, $2, substr($3, CAST(n * $4 + 1 AS INTEGER), CAST($4 AS INTEGER)), n FROM generate_series(CAST(0 AS BIGINT), $5 - 1) AS n",
        )
        .bind(objective)
        .bind(i64::from(week))
        .bind(tags.concat())
        .bind(tag_len as i64)
        .bind(tags.len() as i64)
        .execute(&mut *conn)
        .await?;
    }
    Ok(true)
}

/// A box as one batch of the vault's writer reads and changes it.
pub struct HeldBox {
    objective: ObjectiveId,
    week: u32,
    pub tally: Tally,
    voted: Vec<u8>,
    scores: Vec<u8>,
    /// The positions of the receipts this batch asked for.
    positions: HashMap<Vec<u8>, usize>,
    changed: bool,
}

impl HeldBox {
    /// The box with the receipts of `tags` (two statements); `None` if the
    /// box is not open.
    pub async fn load(conn: &mut AnyConnection, objective: ObjectiveId, week: u32, tags: &[Vec<u8>]) -> Result<Option<Self>, AppError> {
        let row: Option<(String, Vec<u8>, Vec<u8>)> =
            sqlx::query_as("SELECT tally, voted, scores FROM vote_boxes WHERE objective_id = $1 AND week = $2")
                .bind(objective)
                .bind(i64::from(week))
                .fetch_optional(&mut *conn)
                .await?;
        let Some((tally, voted, scores)) = row else { return Ok(None) };
        let tally = Tally::parse(&tally).ok_or_else(|| {
            tracing::error!("unreadable counts stored in vote_boxes.tally");
            AppError::Internal
        })?;
        let mut positions = HashMap::new();
        if !tags.is_empty() {
            let list = (0..tags.len()).map(|i| format!("${}", 3 + i)).collect::<Vec<_>>().join(", ");
            let sql = format!(
                "SELECT voter_tag, position FROM vote_receipt_tags WHERE objective_id = $1 AND week = $2 AND voter_tag IN ({list})"
            );
            let mut q = sqlx::query_as(&sql).bind(objective).bind(i64::from(week));
            for tag in tags {
                q = q.bind(tag.clone());
            }
            let rows: Vec<(Vec<u8>, i64)> = q.fetch_all(&mut *conn).await?;
            positions = rows.into_iter().map(|(tag, p)| (tag, p as usize)).collect();
        }
        Ok(Some(HeldBox { objective, week, tally, voted, scores, positions, changed: false }))
    }

    /// Whether the receipt of `tag` is used; `None` if it is not in the box
    /// (or was not asked for when the box was loaded).
    pub fn receipt(&self, tag: &[u8]) -> Option<bool> {
        self.positions.get(tag).map(|&p| bit(&self.voted, p))
    }

    /// Marks the receipt used; false if it was used already or is not here.
    pub fn use_receipt(&mut self, tag: &[u8]) -> bool {
        match self.positions.get(tag) {
            Some(&p) if !bit(&self.voted, p) => {
                set_bit(&mut self.voted, p);
                self.changed = true;
                true
            }
            _ => false,
        }
    }

    pub fn slot_filled(&self, slot: i64) -> bool {
        usize::try_from(slot).ok().and_then(|s| self.scores.get(s)).is_some_and(|s| *s != 0)
    }

    /// Puts the score in an empty slot chosen uniformly at random among the
    /// empty ones, and counts it.
    pub fn fill(&mut self, score: Score) -> Result<i64, AppError> {
        let empty = self.scores.iter().filter(|s| **s == 0).count();
        if empty == 0 {
            tracing::error!("a ballot box has a free receipt but no empty slot");
            return Err(AppError::Internal);
        }
        let pick = rand::rngs::OsRng.gen_range(0..empty);
        let slot = self.scores.iter().enumerate().filter(|(_, s)| **s == 0).nth(pick).map(|(i, _)| i).ok_or(AppError::Internal)?;
        self.scores[slot] = score.get();
        self.tally = self.tally.with_vote(score).ok_or_else(broken)?;
        self.changed = true;
        Ok(slot as i64)
    }

    /// Changes a filled slot's score; false (nothing changed) if it is empty.
    pub fn change(&mut self, slot: i64, score: Score) -> Result<bool, AppError> {
        let Some(held) = usize::try_from(slot).ok().and_then(|s| self.scores.get_mut(s)) else { return Ok(false) };
        let Ok(old) = Score::try_from(*held) else { return Ok(false) };
        *held = score.get();
        self.tally = self.tally.change(old, score).ok_or_else(broken)?;
        self.changed = true;
        Ok(true)
    }

    /// Writes the box back, one row version, if anything changed.
    pub async fn store(&self, conn: &mut AnyConnection) -> Result<(), AppError> {
        if !self.changed {
            return Ok(());
        }
        sqlx::query("UPDATE vote_boxes SET voted = $1, scores = $2, tally = $3 WHERE objective_id = $4 AND week = $5")
            .bind(self.voted.clone())
            .bind(self.scores.clone())
            .bind(self.tally.to_text())
            .bind(self.objective)
            .bind(i64::from(self.week))
            .execute(conn)
            .await?;
        Ok(())
    }
}

fn broken() -> AppError {
    tracing::error!("a ballot box's tally does not match its ballots");
    AppError::Internal
}

/// The scores in these slots of `week` (see `vote_box::own_scores`), read
/// out of each box's byte string.
pub async fn own_scores(
    conn: &mut AnyConnection,
    org: OrgId,
    week: u32,
    slots: &[(ObjectiveId, i64)],
) -> Result<Vec<(ObjectiveId, u8)>, AppError> {
    if slots.is_empty() {
        return Ok(Vec::new());
    }
    let pairs = (0..slots.len()).map(|i| format!("(${}, ${})", 3 + 2 * i, 4 + 2 * i)).collect::<Vec<_>>().join(", ");
    let sql = format!(
        "WITH wanted(objective_id, slot) AS (VALUES {pairs}) \
         SELECT b.objective_id, CAST(get_byte(b.scores, CAST(w.slot AS INTEGER)) AS BIGINT) \
         FROM wanted w JOIN vote_boxes b ON b.objective_id = w.objective_id \
         WHERE b.week = $1 AND b.org_id = $2 AND w.slot >= 0 AND w.slot < b.slots"
    );
    let mut q = sqlx::query_as(&sql).bind(i64::from(week)).bind(org);
    for (objective, slot) in slots {
        q = q.bind(*objective).bind(*slot);
    }
    let rows: Vec<(ObjectiveId, i64)> = q.fetch_all(conn).await?;
    Ok(rows.into_iter().filter(|(_, s)| (1..=5).contains(s)).map(|(o, s)| (o, s as u8)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_are_numbered_as_postgresql_numbers_them() {
        // get_bit('\x0102', 0) = 1, get_bit('\x0102', 9) = 1.
        let bits = [0x01, 0x02];
        assert!(bit(&bits, 0) && bit(&bits, 9));
        assert_eq!((0..16).filter(|i| bit(&bits, *i)).count(), 2);
        let mut b = [0u8; 2];
        set_bit(&mut b, 15);
        assert_eq!(b, [0, 0x80]);
    }
}
