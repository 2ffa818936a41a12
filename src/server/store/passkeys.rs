//! Passkeys' rows: a person's credentials and the ceremonies under way.

use crate::domain::ids::UserId;
use crate::domain::passkey::PasskeyView;
use crate::error::AppError;
use crate::msg;
use sqlx::{AnyConnection, AnyExecutor};

pub struct NewPasskey<'a> {
    pub user: UserId,
    pub credential_id: &'a str,
    pub user_handle: &'a str,
    pub name: &'a str,
    pub credential: &'a str,
    pub now: i64,
}

/// Adds a passkey; a credential id already registered (to anyone) is a conflict.
pub async fn add(conn: impl AnyExecutor<'_>, p: &NewPasskey<'_>) -> Result<(), AppError> {
    sqlx::query("INSERT INTO passkeys (user_id, credential_id, user_handle, name, credential, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(p.user)
        .bind(p.credential_id)
        .bind(p.user_handle)
        .bind(p.name)
        .bind(p.credential)
        .bind(p.now)
        .execute(conn)
        .await
        .map_err(|e| super::conflict_or_internal(e, msg!("conflict-passkey-registered")))?;
    Ok(())
}

/// The person's passkeys, oldest first.
pub async fn list(conn: impl AnyExecutor<'_>, user: UserId) -> Result<Vec<PasskeyView>, AppError> {
    let rows: Vec<(i64, String, i64, Option<i64>)> =
        sqlx::query_as("SELECT id, name, created_at, last_used_at FROM passkeys WHERE user_id = $1 ORDER BY created_at, id")
            .bind(user)
            .fetch_all(conn)
            .await?;
    Ok(rows.into_iter().map(|(id, name, created_at, last_used_at)| PasskeyView { id, name, created_at, last_used_at }).collect())
}

/// The stored credentials of the person's passkeys (to exclude them when
/// adding another) and the account's handle, if it has one yet.
pub async fn credentials_of(conn: impl AnyExecutor<'_>, user: UserId) -> Result<Vec<(String, String)>, AppError> {
    Ok(sqlx::query_as("SELECT user_handle, credential FROM passkeys WHERE user_id = $1 ORDER BY id").bind(user).fetch_all(conn).await?)
}

/// Removes one of the person's passkeys; false when they have no such one.
pub async fn remove(conn: impl AnyExecutor<'_>, user: UserId, id: i64) -> Result<bool, AppError> {
    let done = sqlx::query("DELETE FROM passkeys WHERE id = $1 AND user_id = $2").bind(id).bind(user).execute(conn).await?;
    Ok(done.rows_affected() > 0)
}

/// A passkey found by the credential id a sign-in presented.
#[derive(sqlx::FromRow)]
pub struct Found {
    pub id: i64,
    pub user_id: UserId,
    pub user_handle: String,
    pub credential: String,
    pub email: String,
}

pub async fn by_credential_id(conn: impl AnyExecutor<'_>, credential_id: &str) -> Result<Option<Found>, AppError> {
    Ok(sqlx::query_as(
        "SELECT p.id, p.user_id, p.user_handle, p.credential, u.email FROM passkeys p JOIN users u ON u.id = p.user_id \
         WHERE p.credential_id = $1",
    )
    .bind(credential_id)
    .fetch_optional(conn)
    .await?)
}

/// After a sign-in: the credential's new counter and when it was used.
pub async fn used(conn: impl AnyExecutor<'_>, id: i64, credential: &str, now: i64) -> Result<(), AppError> {
    sqlx::query("UPDATE passkeys SET credential = $1, last_used_at = $2 WHERE id = $3")
        .bind(credential)
        .bind(now)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Keeps a ceremony's state under the hash of its id, dropping ceremonies
/// older than `stale_before` on the way.
pub async fn begin(
    tx: &mut AnyConnection,
    id_hash: &str,
    user: Option<UserId>,
    state: &str,
    now: i64,
    stale_before: i64,
) -> Result<(), AppError> {
    sqlx::query("DELETE FROM passkey_ceremonies WHERE created_at < $1").bind(stale_before).execute(&mut *tx).await?;
    sqlx::query("INSERT INTO passkey_ceremonies (id_hash, user_id, state, created_at) VALUES ($1, $2, $3, $4)")
        .bind(id_hash)
        .bind(user)
        .bind(state)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// Takes a ceremony (it is used once): its person, state and start.
pub async fn take(conn: impl AnyExecutor<'_>, id_hash: &str) -> Result<Option<(Option<UserId>, String, i64)>, AppError> {
    Ok(sqlx::query_as("DELETE FROM passkey_ceremonies WHERE id_hash = $1 RETURNING user_id, state, created_at")
        .bind(id_hash)
        .fetch_optional(conn)
        .await?)
}
