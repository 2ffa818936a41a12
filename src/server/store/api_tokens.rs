//! Personal access tokens and their per-minute request counts.

use crate::domain::api_token::{Allowance, Bucket};
use crate::domain::api_token::{TokenScope, TokenView};
use crate::domain::ids::{OrgId, UserId};
use crate::domain::org::Role;
use crate::error::AppError;
use sqlx::{AnyExecutor, AnyPool};

#[allow(clippy::too_many_arguments)]
pub async fn create(
    conn: impl AnyExecutor<'_>,
    user: UserId,
    org: OrgId,
    name: &str,
    token_hash: &str,
    scope: TokenScope,
    now: i64,
    expires_at: i64,
) -> Result<i64, AppError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO api_tokens (user_id, org_id, name, token_hash, scope, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(user)
    .bind(org)
    .bind(name)
    .bind(token_hash)
    .bind(scope.as_str())
    .bind(now)
    .bind(expires_at)
    .fetch_one(conn)
    .await?)
}

fn scope_of(raw: &str) -> Result<TokenScope, AppError> {
    TokenScope::parse(raw).map_err(|_| {
        tracing::error!(scope = raw, "unknown token scope stored");
        AppError::Internal
    })
}

/// The person's tokens in the organisation that are not revoked, newest first.
pub async fn list(conn: impl AnyExecutor<'_>, user: UserId, org: OrgId, now: i64) -> Result<Vec<TokenView>, AppError> {
    let rows: Vec<(i64, String, String, i64, i64, Option<i64>)> = sqlx::query_as(
        "SELECT id, name, scope, created_at, expires_at, last_used_at FROM api_tokens \
         WHERE user_id = $1 AND org_id = $2 AND revoked_at IS NULL ORDER BY created_at DESC, id DESC",
    )
    .bind(user)
    .bind(org)
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|(id, name, scope, created_at, expires_at, last_used_at)| {
            Ok(TokenView { id, name, scope: scope_of(&scope)?, created_at, expires_at, last_used_at, expired: expires_at <= now })
        })
        .collect()
}

/// Revokes one of the person's tokens; false when they have no such live token.
pub async fn revoke(conn: impl AnyExecutor<'_>, user: UserId, id: i64, now: i64) -> Result<bool, AppError> {
    Ok(sqlx::query("UPDATE api_tokens SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL")
        .bind(id)
        .bind(user)
        .bind(now)
        .execute(conn)
        .await?
        .rows_affected()
        == 1)
}

/// Revokes every live token of the person (in `org` only, or everywhere):
/// whoever learnt an old password, or held a session, may have made one.
pub async fn revoke_all(conn: impl AnyExecutor<'_>, user: UserId, org: Option<OrgId>, now: i64) -> Result<u64, AppError> {
    let query = match org {
        Some(org) => sqlx::query("UPDATE api_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL AND org_id = $3")
            .bind(user)
            .bind(now)
            .bind(org),
        None => sqlx::query("UPDATE api_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL").bind(user).bind(now),
    };
    Ok(query.execute(conn).await?.rows_affected())
}

/// A presented token that works: unrevoked, unexpired, and its person
/// still a member (with their current role, name and address).
#[derive(Debug, Clone)]
pub struct Presented {
    pub id: i64,
    pub user_id: UserId,
    pub org_id: OrgId,
    pub scope: TokenScope,
    pub role: Role,
    pub name: String,
    pub email: String,
    pub last_used_at: Option<i64>,
}

/// One query per API request: the token, its membership and its person.
pub async fn usable(conn: impl AnyExecutor<'_>, token_hash: &str, now: i64) -> Result<Option<Presented>, AppError> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: i64,
        user_id: UserId,
        org_id: OrgId,
        scope: String,
        role: Role,
        name: String,
        email: String,
        last_used_at: Option<i64>,
    }
    let row: Option<Row> = sqlx::query_as(
        "SELECT t.id, t.user_id, t.org_id, t.scope, m.role, u.name, u.email, t.last_used_at FROM api_tokens t \
         JOIN memberships m ON m.org_id = t.org_id AND m.user_id = t.user_id \
         JOIN users u ON u.id = t.user_id \
         WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(conn)
    .await?;
    row.map(|r| {
        let scope = scope_of(&r.scope)?;
        Ok(Presented {
            id: r.id,
            user_id: r.user_id,
            org_id: r.org_id,
            scope,
            role: r.role,
            name: r.name,
            email: r.email,
            last_used_at: r.last_used_at,
        })
    })
    .transpose()
}

/// Notes that the token was used at `now` (called when the last note is
/// more than a minute old: a write a minute per token, not one per request).
pub async fn note_use(conn: impl AnyExecutor<'_>, token: i64, now: i64) -> Result<(), AppError> {
    sqlx::query("UPDATE api_tokens SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at <= $2 - 60)")
        .bind(token)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

/// Takes one request from a shared bucket (PostgreSQL's UNLOGGED
/// `api_buckets`; see `crate::server::service::rate`), under that row's lock.
pub async fn take_from_bucket(pool: &AnyPool, key: &str, allowance: Allowance, now: i64) -> Result<Result<(), i64>, AppError> {
    let mut tx = pool.begin().await?;
    let new = sqlx::query("INSERT INTO api_buckets (key, tokens, at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING")
        .bind(key)
        .bind(allowance.capacity)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected()
        == 1;
    if new {
        // Buckets untouched for five minutes are full again: forget them
        // (also those of made-up tokens), as a new one arrives.
        sqlx::query("DELETE FROM api_buckets WHERE at < $1").bind(now - 300).execute(&mut *tx).await?;
    }
    let (tokens, at): (f64, i64) =
        sqlx::query_as("SELECT tokens, at FROM api_buckets WHERE key = $1 FOR UPDATE").bind(key).fetch_one(&mut *tx).await?;
    let (bucket, verdict) = allowance.take(Some(Bucket { tokens, at }), now);
    sqlx::query("UPDATE api_buckets SET tokens = $2, at = $3 WHERE key = $1")
        .bind(key)
        .bind(bucket.tokens)
        .bind(bucket.at)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(verdict)
}

/// Live tokens the person holds in the organisation.
pub async fn live_count(conn: impl AnyExecutor<'_>, user: UserId, org: OrgId, now: i64) -> Result<i64, AppError> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM api_tokens WHERE user_id = $1 AND org_id = $2 AND revoked_at IS NULL AND expires_at > $3")
        .bind(user)
        .bind(org)
        .bind(now)
        .fetch_one(conn)
        .await?)
}
