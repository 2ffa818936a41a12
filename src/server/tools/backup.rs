//! `mistvine backup`: a consistent copy of an SQLite database and its
//! ballot vault, taken while the app may be serving, and checked.

use crate::infra::db::{self, Location};
use crate::server::vote::vault;
use sqlx::AnyPool;
use std::path::Path;

/// Writes a copy of an SQLite database and its ballot vault into a new
/// folder, under their own file names, while the app may be serving.
/// `VACUUM INTO` writes each file as a consistent snapshot, rows in key
/// order. The vote key is never copied: keep it apart (see
/// docs/deployment.md). On PostgreSQL, `pg_dump` is the backup (docs/postgresql.md).
pub async fn run(database: &Location, vault: &Path, folder: &Path) -> Result<(), String> {
    let database =
        match database {
            Location::File(p) => p,
            Location::Postgres(_) => return Err(
                "on PostgreSQL, back up with pg_dump (see \"Backups on PostgreSQL\" in docs/postgresql.md); `mistvine backup` copies SQLite files"
                    .into(),
            ),
        };
    if folder.exists() {
        return Err(format!("{} already exists; choose a new folder name", folder.display()));
    }
    std::fs::create_dir_all(folder).map_err(|e| format!("cannot create the backup folder {}: {e}", folder.display()))?;
    let pool = db::connect(&Location::File(database.clone())).await?;
    let main_copy = folder.join(database.file_name().ok_or("the database path has no file name")?);
    db::create_private(&main_copy)?;
    vacuum_into(&pool, &main_copy).await?;
    let ballots = vault::connect_file(vault).await?;
    let vault_copy = folder.join(vault.file_name().ok_or("the vault path has no file name")?);
    db::create_private(&vault_copy)?;
    vacuum_into(&ballots, &vault_copy).await?;
    // A backup nobody can restore is worse than none: read both copies back.
    verify(&main_copy).await?;
    verify(&vault_copy).await
}

/// Opens a copy read-only and runs SQLite's full integrity check on it.
async fn verify(copy: &Path) -> Result<(), String> {
    let url = format!("sqlite://{}?mode=ro", db::escape_path(copy));
    let pool = db::sqlite_pool(1, &url, &[]).await.map_err(|e| format!("cannot open the copy {}: {e}", copy.display()))?;
    let result: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&pool)
        .await
        .map_err(|e| format!("cannot check the copy {}: {e}", copy.display()))?;
    pool.close().await;
    if result == "ok" {
        Ok(())
    } else {
        Err(format!("the copy {} failed its integrity check: {result}", copy.display()))
    }
}

async fn vacuum_into(pool: &AnyPool, target: &Path) -> Result<(), String> {
    let target = target.to_str().ok_or("the backup path must be valid UTF-8")?;
    sqlx::query("VACUUM INTO $1").bind(target).execute(pool).await.map_err(|e| format!("backup failed: {e}"))?;
    Ok(())
}
