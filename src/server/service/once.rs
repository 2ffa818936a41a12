//! "At most once" for submissions that carry a client key.
//!
//! A draft written offline is sent with a key made on the device. If the
//! answer to a send is lost (the train enters a tunnel after the server
//! committed), the device sends again with the same key; the server then
//! returns what the first send created instead of creating it twice.

use super::access::Caller;
use crate::domain::draft::{ClientKey, DraftAuthor};
use crate::error::AppError;
use crate::msg;
use crate::server::store::submissions;
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::{AnyConnection, AnyPool};

pub struct Once<'a> {
    caller: &'a Caller,
    key: ClientKey,
    kind: &'static str,
    fingerprint: String,
}

impl<'a> Once<'a> {
    /// `raw` is the submission's `client_key` field: blank (a plain form post
    /// without JavaScript) means no deduplication. `author` is whose draft
    /// it is, as the device says: a draft is stored only under its writer's
    /// session. `payload` is what was sent, exactly as received.
    pub fn new(
        raw: &str,
        author: &str,
        kind: &'static str,
        caller: &'a Caller,
        payload: &impl Serialize,
    ) -> Result<Option<Self>, AppError> {
        if let Some(a) = DraftAuthor::parse_optional(author)? {
            if a.org != caller.org_id || a.user != caller.user_id {
                return Err(AppError::NotTheWriter);
            }
        }
        let Some(key) = ClientKey::parse_optional(raw)? else { return Ok(None) };
        let bytes = serde_json::to_vec(payload).map_err(|_| AppError::Internal)?;
        let fingerprint = format!("{:x}", Sha256::digest(&bytes));
        Ok(Some(Self { caller, key, kind, fingerprint }))
    }

    /// What an earlier submission with this key created, if there was one.
    /// The same key with different content is refused: the writer changed
    /// the draft after it had already been saved, and must decide what to do.
    pub async fn earlier(&self, pool: &AnyPool) -> Result<Option<i64>, AppError> {
        let mut conn = pool.acquire().await?;
        let found = submissions::find(&mut conn, self.caller.org_id, self.caller.user_id, &self.key).await?;
        match found {
            None => Ok(None),
            Some(e) if e.kind == self.kind && e.fingerprint == self.fingerprint => Ok(Some(e.result_id)),
            Some(_) => Err(AppError::Conflict(msg!("conflict-draft-had-already-been"))),
        }
    }

    /// Records the submission in the transaction that stored it. `false`
    /// when a concurrent send with the same key committed first: the caller
    /// rolls back and returns [`Once::earlier`] instead.
    pub async fn record(&self, tx: &mut AnyConnection, result_id: i64, now: i64) -> Result<bool, AppError> {
        let c = self.caller;
        submissions::record(tx, c.org_id, c.user_id, &self.key, self.kind, &self.fingerprint, result_id, now).await
    }
}

/// The result of an earlier submission with the same key, when there is a key.
pub async fn once_done(ctx: &crate::infra::ctx::ServerCtx, once: &Option<Once<'_>>) -> Result<Option<i64>, AppError> {
    match once {
        Some(once) => once.earlier(&ctx.pool).await,
        None => Ok(None),
    }
}
