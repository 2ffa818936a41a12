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

use super::db::{engine, Engine};
use super::store::api_tokens;
use crate::domain::api_token::{Allowance, Bucket};
use crate::error::AppError;
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
