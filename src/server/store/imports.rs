//! Spreadsheets uploaded on the import page, kept between the preview and
//! the import (a day at most). Each is its uploader's: every read names the
//! organisation and the person.

use crate::domain::ids::{ImportId, OrgId, UserId, WaveId};
use crate::error::AppError;
use sqlx::AnyConnection;

/// How long an upload waits for its import: a day.
pub const KEPT_SECS: i64 = 24 * 3600;

/// An upload as stored.
#[derive(Debug, Clone)]
pub struct Upload {
    pub wave: WaveId,
    pub file_name: String,
    pub content: Vec<u8>,
    /// When it was imported (`None`: previewed only).
    pub imported_at: Option<i64>,
    /// Its team objectives are proposed to their teams (see `proposals`).
    pub proposes: bool,
}

/// Keeps an upload, and removes every upload older than a day (of any
/// organisation: they are nobody's business any more).
pub async fn insert(
    conn: &mut AnyConnection,
    (org, user, wave): (OrgId, UserId, WaveId),
    file_name: &str,
    content: &[u8],
    proposes: bool,
    now: i64,
) -> Result<ImportId, AppError> {
    sqlx::query("DELETE FROM imports WHERE created_at < $1").bind(now - KEPT_SECS).execute(&mut *conn).await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO imports (org_id, user_id, wave_id, file_name, content, created_at, proposes) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(org)
    .bind(user)
    .bind(wave)
    .bind(file_name)
    .bind(content.to_vec())
    .bind(now)
    .bind(i64::from(proposes))
    .fetch_one(&mut *conn)
    .await?;
    Ok(ImportId(id))
}

#[derive(sqlx::FromRow)]
struct Row {
    wave_id: WaveId,
    file_name: String,
    content: Vec<u8>,
    imported_at: Option<i64>,
    proposes: i64,
}

/// `user`'s upload `id`, if it is still kept.
pub async fn get(conn: &mut AnyConnection, org: OrgId, user: UserId, id: ImportId, now: i64) -> Result<Option<Upload>, AppError> {
    let row: Option<Row> = sqlx::query_as(
        "SELECT wave_id, file_name, content, imported_at, proposes FROM imports \
         WHERE id = $1 AND org_id = $2 AND user_id = $3 AND created_at >= $4",
    )
    .bind(id)
    .bind(org)
    .bind(user)
    .bind(now - KEPT_SECS)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|r| Upload {
        wave: r.wave_id,
        file_name: r.file_name,
        content: r.content,
        imported_at: r.imported_at,
        proposes: r.proposes != 0,
    }))
}

/// Records that the upload was imported; `false` if it had been already
/// (a second press of the button, or the same page in two tabs).
pub async fn mark_imported(conn: &mut AnyConnection, org: OrgId, id: ImportId, now: i64) -> Result<bool, AppError> {
    let done = sqlx::query("UPDATE imports SET imported_at = $1 WHERE id = $2 AND org_id = $3 AND imported_at IS NULL")
        .bind(now)
        .bind(id)
        .bind(org)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}
