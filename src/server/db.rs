//! The SQLite pool: file created on first start, WAL, busy timeout, migrations.

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;
use std::path::Path;
use std::time::Duration;

/// Startup errors are plain sentences: they are printed once and the process exits.
pub async fn connect(path: &Path) -> Result<SqlitePool, String> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        // WAL lets readers continue while one writer commits.
        .journal_mode(SqliteJournalMode::Wal)
        // FULL: every commit syncs the log before the request is answered, so
        // an acknowledged check-in, PPP or sign-up survives a power loss too.
        // (NORMAL only syncs at checkpoints: safe when the process dies, but a
        // power cut could take the last commits.) Votes are in the vault,
        // which commits in groups, so this costs one sync per other write.
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        // Writers queue for up to 5 s instead of failing at once with SQLITE_BUSY.
        .busy_timeout(Duration::from_secs(5));
    // SQLite runs one writer at a time and this server has a couple of cores:
    // 8 connections let readers proceed beside a writer without piling up
    // work that only contends for the same lock. Every request path holds at
    // most one connection at a time, so a burst waits for a free one; after
    // 10 s it gets an error (a 500 naming the wait) rather than hanging.
    let pool = SqlitePoolOptions::new()
        .max_connections(8)
        .acquire_timeout(Duration::from_secs(10))
        .connect_with(options)
        .await
        .map_err(|e| format!("cannot open database {}: {e}", path.display()))?;
    sqlx::migrate!("./migrations").run(&pool).await.map_err(|e| format!("cannot migrate database: {e}"))?;
    Ok(pool)
}

/// Writes a copy of the database and its ballot vault into a new folder,
/// under their own file names, while the app may be serving. `VACUUM INTO`
/// writes each file as a consistent snapshot, rows in key order. The vote key
/// is never copied: keep it apart (see the README's "Backups").
pub async fn backup(database: &Path, vault: &Path, folder: &Path) -> Result<(), String> {
    if folder.exists() {
        return Err(format!("{} already exists; choose a new folder name", folder.display()));
    }
    std::fs::create_dir_all(folder).map_err(|e| format!("cannot create the backup folder {}: {e}", folder.display()))?;
    let pool = connect(database).await?;
    let main_copy = folder.join(database.file_name().ok_or("the database path has no file name")?);
    vacuum_into(&pool, &main_copy).await?;
    let ballots = super::vault::connect(vault).await?;
    let vault_copy = folder.join(vault.file_name().ok_or("the vault path has no file name")?);
    vacuum_into(&ballots, &vault_copy).await?;
    // A backup nobody can restore is worse than none: read both copies back.
    verify(&main_copy).await?;
    verify(&vault_copy).await
}

/// Opens a copy read-only and runs SQLite's full integrity check on it.
async fn verify(copy: &Path) -> Result<(), String> {
    let options = SqliteConnectOptions::new().filename(copy).read_only(true);
    let pool = SqlitePoolOptions::new().max_connections(1).connect_with(options).await.map_err(|e| format!("cannot open the copy {}: {e}", copy.display()))?;
    let result: String = sqlx::query_scalar("PRAGMA integrity_check").fetch_one(&pool).await.map_err(|e| format!("cannot check the copy {}: {e}", copy.display()))?;
    pool.close().await;
    if result == "ok" {
        Ok(())
    } else {
        Err(format!("the copy {} failed its integrity check: {result}", copy.display()))
    }
}

async fn vacuum_into(pool: &SqlitePool, target: &Path) -> Result<(), String> {
    let target = target.to_str().ok_or("the backup path must be valid UTF-8")?;
    sqlx::query("VACUUM INTO ?").bind(target).execute(pool).await.map_err(|e| format!("backup failed: {e}"))?;
    Ok(())
}
