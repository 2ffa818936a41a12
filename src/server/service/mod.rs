//! Rules that need data: who may do what in their organisation, which wave
//! and week things happen in, reports built from several tables. Server
//! functions (`crate::server_fns`) authenticate and call one function here; these
//! call pure rules in `crate::domain` and SQL in `store`. A request path
//! reads through one pooled connection (never two at once, so concurrent
//! requests cannot starve the pool) or one transaction.

pub mod access;
pub mod accounts;
pub mod api_tokens;
pub mod boosts;
pub mod calibration;
pub mod channels;
pub mod confirmation;
pub mod dashboard;
pub mod export;
pub mod import;
pub mod invites;
pub mod language;
pub mod mail;
pub mod objectives;
pub mod once;
pub mod org;
pub mod outbox;
pub mod passkeys;
pub mod passwords;
pub mod ppp;
pub mod present;
pub mod proposals;
pub mod push;
pub mod rate;
pub mod reflections;
pub mod restore;
pub mod scim;
pub mod sessions;
pub mod slack;
pub mod sso;
pub mod survey;
pub mod teams;
pub mod upkeep;
pub mod vote;
pub mod waves;
pub mod weekly;

use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use sqlx::pool::PoolConnection;
use sqlx::{Any, Transaction};

/// One connection for a request's reads.
pub async fn read(ctx: &ServerCtx) -> Result<PoolConnection<Any>, AppError> {
    Ok(ctx.pool.acquire().await?)
}

/// A transaction that reads, then writes, with the database's write turn
/// (see `db::begin_write`).
pub async fn write(ctx: &ServerCtx) -> Result<Transaction<'static, Any>, AppError> {
    Ok(crate::infra::db::begin_write(&ctx.pool).await?)
}
