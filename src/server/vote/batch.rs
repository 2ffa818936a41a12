//! A batch's vote boxes, as each engine stores them: what the vault's
//! writer (`vote::vault`) reads once per batch, checks its votes against,
//! changes, and writes back before it commits.
//!
//! SQLite keeps a box as a row per receipt and per slot, written in place
//! as each vote is applied; PostgreSQL holds each box as one row
//! (`store::held_box`), read whole, changed in memory and written once, so
//! a commit leaves one new version of each box it touched.

use crate::domain::ids::ObjectiveId;
use crate::domain::tally::Tally;
use crate::domain::vote::Score;
use crate::error::AppError;
use crate::infra::db::Engine;
use crate::server::store::held_box::HeldBox;
use crate::server::store::vote_box;
use sqlx::AnyConnection;
use std::collections::btree_map::Entry;
use std::collections::BTreeMap;

/// A box: (objective, week).
pub(super) type BoxId = (ObjectiveId, u32);

/// The vote boxes of one batch, as each engine stores them.
pub(super) enum BatchBoxes {
    /// SQLite: a row per receipt and per slot, changed in place. The
    /// receipts the batch asked for, and each box's slot count and tally as
    /// the batch left them (read the first time a vote needs them).
    Rows { receipts: BTreeMap<(ObjectiveId, u32, Vec<u8>), bool>, tallies: BTreeMap<BoxId, (i64, Tally)> },
    /// PostgreSQL: each box read whole once, changed in memory, written back once.
    Held(BTreeMap<BoxId, HeldBox>),
}

impl BatchBoxes {
    pub(super) async fn load(conn: &mut AnyConnection, engine: Engine, wanted: &BTreeMap<BoxId, Vec<Vec<u8>>>) -> Result<Self, AppError> {
        match engine {
            Engine::Sqlite => {
                let mut receipts = BTreeMap::new();
                for ((objective, week), tags) in wanted {
                    for (tag, voted) in vote_box::receipts_in(conn, *objective, *week, tags).await? {
                        receipts.insert((*objective, *week, tag), voted);
                    }
                }
                Ok(BatchBoxes::Rows { receipts, tallies: BTreeMap::new() })
            }
            Engine::Postgres => {
                let mut held = BTreeMap::new();
                for (&(objective, week), tags) in wanted {
                    if let Some(b) = HeldBox::load(conn, objective, week, tags).await? {
                        held.insert((objective, week), b);
                    }
                }
                Ok(BatchBoxes::Held(held))
            }
        }
    }

    /// Whether a voter's receipt is used; `None` when it is not in the box
    /// (or the box is not open).
    pub(super) fn receipt(&self, objective: ObjectiveId, week: u32, tag: &[u8]) -> Option<bool> {
        match self {
            BatchBoxes::Rows { receipts, .. } => receipts.get(&(objective, week, tag.to_vec())).copied(),
            BatchBoxes::Held(held) => held.get(&(objective, week)).and_then(|b| b.receipt(tag)),
        }
    }

    /// Whether a slot of a box holds a vote.
    pub(super) async fn slot_filled(&self, conn: &mut AnyConnection, (objective, week): BoxId, slot: i64) -> Result<bool, AppError> {
        match self {
            BatchBoxes::Rows { .. } => vote_box::slot_filled(conn, objective, week, slot).await,
            BatchBoxes::Held(held) => Ok(held.get(&(objective, week)).is_some_and(|h| h.slot_filled(slot))),
        }
    }

    /// Marks these receipts of one box used; false if any was used already.
    pub(super) async fn use_receipts(
        &mut self,
        conn: &mut AnyConnection,
        (objective, week): BoxId,
        tags: &[Vec<u8>],
    ) -> Result<bool, AppError> {
        match self {
            BatchBoxes::Rows { .. } => Ok(vote_box::use_receipts(conn, objective, week, tags).await? == tags.len() as u64),
            BatchBoxes::Held(held) => {
                let Some(b) = held.get_mut(&(objective, week)) else { return Ok(false) };
                Ok(tags.iter().filter(|tag| b.use_receipt(tag)).count() == tags.len())
            }
        }
    }

    /// A first vote in a random empty slot, counted in the tally: the slot.
    pub(super) async fn fill(&mut self, conn: &mut AnyConnection, key: BoxId, score: Score) -> Result<i64, AppError> {
        match self {
            BatchBoxes::Rows { tallies, .. } => {
                let (slots, tally) = sqlite_box(conn, tallies, key).await?;
                let slot = vote_box::fill_empty(conn, key.0, key.1, *slots, score).await?;
                *tally = tally.with_vote(score).ok_or_else(vote_box::tally_broken)?;
                Ok(slot)
            }
            BatchBoxes::Held(held) => held.get_mut(&key).ok_or(AppError::Internal)?.fill(score),
        }
    }

    /// A changed vote; false if the slot was empty (nothing written).
    pub(super) async fn change(&mut self, conn: &mut AnyConnection, key: BoxId, slot: i64, score: Score) -> Result<bool, AppError> {
        match self {
            BatchBoxes::Rows { tallies, .. } => {
                let Some(old) = vote_box::change_slot(conn, key.0, key.1, slot, score).await? else { return Ok(false) };
                let (_, tally) = sqlite_box(conn, tallies, key).await?;
                *tally = tally.change(old, score).ok_or_else(vote_box::tally_broken)?;
                Ok(true)
            }
            BatchBoxes::Held(held) => held.get_mut(&key).ok_or(AppError::Internal)?.change(slot, score),
        }
    }

    /// A box's tally as the batch left it, if the batch voted in it.
    pub(super) fn tally(&self, key: BoxId) -> Option<Tally> {
        match self {
            BatchBoxes::Rows { tallies, .. } => tallies.get(&key).map(|(_, t)| *t),
            BatchBoxes::Held(held) => held.get(&key).map(|b| b.tally),
        }
    }

    /// Writes what the batch changed: the tallies (SQLite's slots and
    /// receipts are written already), or each changed box whole.
    pub(super) async fn store(&self, conn: &mut AnyConnection) -> Result<(), AppError> {
        match self {
            BatchBoxes::Rows { tallies, .. } => {
                for (&(objective, week), (_, tally)) in tallies {
                    vote_box::store_tally(conn, objective, week, *tally).await?;
                }
            }
            BatchBoxes::Held(held) => {
                for b in held.values() {
                    b.store(conn).await?;
                }
            }
        }
        Ok(())
    }
}

/// The slot count and tally of a box on SQLite as this batch left them,
/// read from the vault the first time the batch needs them.
async fn sqlite_box<'t>(
    conn: &mut AnyConnection,
    tallies: &'t mut BTreeMap<BoxId, (i64, Tally)>,
    key: BoxId,
) -> Result<&'t mut (i64, Tally), AppError> {
    Ok(match tallies.entry(key) {
        Entry::Occupied(known) => known.into_mut(),
        Entry::Vacant(new) => new.insert(vote_box::box_state(conn, key.0, key.1).await?),
    })
}
