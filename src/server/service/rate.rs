//! How fast each API token and person may call (the buckets of
//! `domain::api_token::Allowance`), without a durable write per request.
//!
//! On SQLite, one server serves the database: the buckets live in this
//! process's memory, and a request takes no lock but this map's. On
//! PostgreSQL, where several servers share the limit, they live in an
//! UNLOGGED table (no write-ahead log, so no disk flush per request), each
//! read and refilled under its own row lock: one caller never waits for
//! another's bucket, nor any write of the organisation for the buckets.
//! A crash of PostgreSQL empties that table, which only refills buckets.

use crate::domain::api_token::{Allowance, Bucket};
use crate::error::AppError;
use crate::infra::db::{engine, Engine};
use crate::server::store::api_tokens;
use sqlx::AnyPool;
use std::collections::HashMap;
use std::sync::Mutex;

/// Buckets kept in memory before full ones are forgotten (a full bucket is
/// what a caller not seen lately has anyway).
const KEPT: usize = 10_000;

pub enum Buckets {
    Memory(Mutex<HashMap<String, Bucket>>),
    Shared(AnyPool),
}

impl Buckets {
    pub fn for_pool(pool: &AnyPool) -> Self {
        match engine(pool) {
            Engine::Sqlite => Buckets::Memory(Mutex::new(HashMap::new())),
            Engine::Postgres => Buckets::Shared(pool.clone()),
        }
    }

    /// Takes one request from `key`'s bucket: `Err(seconds)` when it must wait.
    pub async fn take(&self, key: &str, allowance: Allowance, now: i64) -> Result<Result<(), i64>, AppError> {
        match self {
            Buckets::Memory(map) => {
                let mut map = map.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
                let (bucket, verdict) = allowance.take(map.get(key).copied(), now);
                map.insert(key.to_owned(), bucket);
                if map.len() > KEPT {
                    // Every allowance holds a minute's worth and refills in a
                    // minute: a bucket untouched for a minute is full.
                    map.retain(|_, b| now - b.at < 60);
                }
                Ok(verdict)
            }
            Buckets::Shared(pool) => api_tokens::take_from_bucket(pool, key, allowance, now).await,
        }
    }
}

/// How many times each vote was changed, by voter tag (one per person,
/// objective and week, see `claims::voter_tag`), in this process's memory
/// only. Never on disk: a count written beside each change would carry the
/// change's time, and on PostgreSQL line it up with the slot that changed.
/// With several app servers a person may make the allowance on each; the
/// limit is there so that nobody stalls voting by changing in a loop, and a
/// few more changes do not.
#[derive(Default)]
pub struct VoteChanges(Mutex<HashMap<Vec<u8>, (i64, u32)>>);

/// Counts kept before those older than a week and a day are forgotten
/// (their tags name past weeks, which take no more changes).
const CHANGES_KEPT: usize = 100_000;

impl VoteChanges {
    /// Changes made to the vote of `tag`.
    pub fn made(&self, tag: &[u8]) -> u32 {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).get(tag).map_or(0, |(_, n)| *n)
    }

    /// Records one more change of the vote of `tag`, at `now`.
    pub fn record(&self, tag: &[u8], now: i64) {
        let mut map = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() >= CHANGES_KEPT {
            map.retain(|_, (at, _)| *at > now - 8 * 86_400);
        }
        let entry = map.entry(tag.to_vec()).or_insert((now, 0));
        *entry = (now, entry.1 + 1);
    }
}
