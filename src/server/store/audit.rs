//! The audit log of administrative actions, per organisation.

use crate::domain::ids::{OrgId, UserId};
use crate::domain::msg::Msg;
use crate::domain::views::AuditEntry;
use crate::error::AppError;
use sqlx::AnyExecutor;

/// Records `action` (a message such as "made Ana admin", said after the
/// actor's name) by `actor`, to be worded in the language of whoever reads
/// the log.
pub async fn record(conn: impl AnyExecutor<'_>, org: OrgId, actor: UserId, action: Msg, now: i64) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO audit_log (org_id, at, actor_id, actor_name, action) \
         VALUES ($1, $2, $3, COALESCE((SELECT name FROM users WHERE id = $3), ''), $4)",
    )
    .bind(org)
    .bind(now)
    .bind(actor)
    .bind(crate::i18n::stored::store(&action))
    .execute(conn)
    .await?;
    Ok(())
}

/// The newest `limit` entries, newest first.
pub async fn list(conn: impl AnyExecutor<'_>, org: OrgId, limit: i64) -> Result<Vec<AuditEntry>, AppError> {
    let rows: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT at, actor_name, action FROM audit_log WHERE org_id = $1 ORDER BY at DESC, id DESC LIMIT $2")
            .bind(org)
            .bind(limit)
            .fetch_all(conn)
            .await?;
    Ok(rows.into_iter().map(|(at, actor, action)| AuditEntry { at, actor, action: crate::i18n::stored::read(&action) }).collect())
}

/// A person's name in this organisation, for an entry's sentence.
pub async fn name_of(conn: impl AnyExecutor<'_>, user: UserId) -> Result<String, AppError> {
    Ok(sqlx::query_scalar("SELECT name FROM users WHERE id = $1").bind(user).fetch_optional(conn).await?.unwrap_or_default())
}
