//! Submissions recorded under a client idempotency key.

use crate::domain::draft::ClientKey;
use crate::domain::ids::{OrgId, UserId};
use crate::error::AppError;
use sqlx::AnyConnection;

/// One earlier submission: what it was (kind, fingerprint) and what it made.
pub struct Earlier {
    pub kind: String,
    pub fingerprint: String,
    pub result_id: i64,
}

pub async fn find(conn: &mut AnyConnection, org: OrgId, user: UserId, key: &ClientKey) -> Result<Option<Earlier>, AppError> {
    let row: Option<(String, String, i64)> =
        sqlx::query_as("SELECT kind, fingerprint, result_id FROM submissions WHERE org_id = $1 AND user_id = $2 AND client_key = $3")
            .bind(org)
            .bind(user)
            .bind(key.as_str())
            .fetch_optional(conn)
            .await?;
    Ok(row.map(|(kind, fingerprint, result_id)| Earlier { kind, fingerprint, result_id }))
}

/// Records a submission; `false` when a concurrent twin with the same key got there first.
#[allow(clippy::too_many_arguments)]
pub async fn record(
    conn: &mut AnyConnection,
    org: OrgId,
    user: UserId,
    key: &ClientKey,
    kind: &str,
    fingerprint: &str,
    result_id: i64,
    now: i64,
) -> Result<bool, AppError> {
    let done = sqlx::query(
        "INSERT INTO submissions (org_id, user_id, client_key, kind, fingerprint, result_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT DO NOTHING",
    )
    .bind(org)
    .bind(user)
    .bind(key.as_str())
    .bind(kind)
    .bind(fingerprint)
    .bind(result_id)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
