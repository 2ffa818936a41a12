//! The database: an SQLite file (the default) or a PostgreSQL server, behind
//! one pool type.
//!
//! Why `sqlx::Any` rather than a pool per engine: the store's SQL is written
//! once, in the subset both engines accept (`$1` placeholders, which SQLite
//! reads as numbered parameters, `ON CONFLICT`, `RETURNING`, `CAST`), and
//! every store function takes the same executor type. A pool per engine
//! would double every function or make each one generic over the database,
//! for no gain: the few places where the engines differ (pragmas, the
//! backup, the vault's locking and resealing) ask `engine()` and branch.
//! The price is the value types `Any` knows (integers, floats, text, bytes),
//! which is all the schema uses: dates are stored as text on both.

use sqlx::any::AnyPoolOptions;
use sqlx::AnyPool;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

/// Where the data lives, as given by `--database`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// An SQLite file (a path, or `sqlite:path`), created if missing.
    File(PathBuf),
    /// A PostgreSQL URL (`postgres://…` or `postgresql://…`).
    Postgres(String),
}

impl FromStr for Location {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim();
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            return Ok(Location::Postgres(s.to_owned()));
        }
        let path = s.strip_prefix("sqlite://").or_else(|| s.strip_prefix("sqlite:")).unwrap_or(s);
        if path.is_empty() {
            return Err("the database is empty: give a file path or a postgres:// URL".into());
        }
        if path.contains("://") {
            return Err(format!("{s} is neither a file path nor a postgres:// URL"));
        }
        Ok(Location::File(PathBuf::from(path)))
    }
}

impl From<PathBuf> for Location {
    fn from(path: PathBuf) -> Self {
        Location::File(path)
    }
}

impl std::fmt::Display for Location {
    /// For logs: a PostgreSQL URL without its password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::File(p) => write!(f, "{}", p.display()),
            Location::Postgres(url) => match url::Url::parse(url) {
                Ok(mut u) => {
                    if u.password().is_some() {
                        let _ = u.set_password(Some("***"));
                    }
                    write!(f, "{u}")
                }
                Err(_) => f.write_str("postgres://(unreadable URL)"),
            },
        }
    }
}

/// The engine a pool speaks to. Code that differs by engine asks this (or
/// matches a `Location` before a pool exists), and only these files do (the
/// `layers` integration test fails when another starts to):
///
/// - `src/infra/db.rs`: pools and pragmas, each engine's migration tree,
///   the write turn (`BEGIN IMMEDIATE`, or an advisory lock) and snapshots;
/// - `src/server/tools/backup.rs`: `mistvine backup` copies SQLite files
///   (PostgreSQL's backup is `pg_dump`);
/// - `src/infra/settings.rs`: where the vault is (a file beside an SQLite
///   database, tables of a PostgreSQL one);
/// - `src/infra/router.rs`: the vote key's default place (beside an SQLite
///   file);
/// - `src/server/service/rate.rs`: rate-limit buckets in memory or in an UNLOGGED table;
/// - `src/server/vote/vault.rs`: the vault's file or tables, its write lock,
///   resealing survey boxes and the sweeper that vacuums on PostgreSQL;
/// - `src/server/vote/batch.rs`: a batch's vote boxes as rows or held as one
///   row (`store::held_box`);
/// - `src/server/store/vote_box.rs`, `src/server/store/bulk.rs`: opening
///   and writing a box in either shape;
/// - `src/server/store/packed.rs`: reads of thousands of rows, packed
///   into one JSON value on SQLite and read as rows on PostgreSQL;
/// - `src/server/tools/legacy.rs` (older SQLite databases only) and
///   `src/server/tools/moving.rs` (from SQLite to PostgreSQL);
/// - `src/main.rs`: the backup and move commands.
///
/// The schemas are the two trees under `migrations/`, held to the same
/// tables, columns, keys and indexes by `tests/schema.rs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// Which engine a pool speaks to.
pub fn engine(pool: &AnyPool) -> Engine {
    match pool.connect_options().database_url.scheme() {
        "sqlite" => Engine::Sqlite,
        _ => Engine::Postgres,
    }
}

/// Which engine a connection speaks to.
pub fn engine_of(conn: &sqlx::AnyConnection) -> Engine {
    match conn.backend_name() {
        "PostgreSQL" => Engine::Postgres,
        _ => Engine::Sqlite,
    }
}

/// The URL sqlx opens an SQLite file with (`mode=rwc`: create if missing).
pub fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}?mode=rwc", escape_path(path))
}

/// sqlx percent-decodes the file name, so `%`, `?` and `#` in a path (and
/// spaces, for readable logs) are escaped.
pub fn escape_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.display().to_string().chars() {
        match c {
            '%' => out.push_str("%25"),
            '?' => out.push_str("%3F"),
            '#' => out.push_str("%23"),
            ' ' => out.push_str("%20"),
            c => out.push(c),
        }
    }
    out
}

/// Opens the main database and runs its engine's migrations. Startup errors
/// are plain sentences: they are printed once and the process exits.
/// Creates `path` empty and readable by its owner only, unless it exists.
/// SQLite opens an empty file as an empty database and gives its journal
/// and write-ahead log the database file's permissions, so no other account
/// on the machine reads the data (or a page a vote once passed through).
pub fn create_private(path: &Path) -> Result<(), String> {
    use std::os::unix::fs::OpenOptionsExt;
    match std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(format!("cannot create {}: {e}", path.display())),
    }
}

pub async fn connect(location: &Location) -> Result<AnyPool, String> {
    sqlx::any::install_default_drivers();
    let pool = match location {
        Location::File(path) => {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            }
            create_private(path)?;
            // SQLite runs one writer at a time and this server has a couple
            // of cores: 8 connections let readers proceed beside a writer
            // without piling up work that only contends for the same lock.
            sqlite_pool(8, &sqlite_url(path), MAIN_PRAGMAS).await.map_err(|e| format!("cannot open database {}: {e}", path.display()))?
        }
        // Several app servers share one PostgreSQL: each keeps a modest pool
        // so that N servers stay under the server's max_connections (100 by
        // default) with room for the vault writers and maintenance.
        Location::Postgres(url) => postgres_pool(16, url).await.map_err(|e| format!("cannot open database {location}: {e}"))?,
    };
    migrate(&pool).await?;
    Ok(pool)
}

/// Runs the migrations of the pool's engine.
pub async fn migrate(pool: &AnyPool) -> Result<(), String> {
    let run = match engine(pool) {
        Engine::Sqlite => sqlx::migrate!("./migrations/sqlite").run(pool).await,
        Engine::Postgres => sqlx::migrate!("./migrations/postgres").run(pool).await,
    };
    run.map_err(|e| format!("cannot migrate database: {e}"))?;
    if engine(pool) == Engine::Sqlite {
        drop_unique_email(pool).await.map_err(|e| format!("cannot migrate database (users without a unique address): {e}"))?;
    }
    Ok(())
}

/// SQLite's part of migration 0025: `users.email` loses the UNIQUE it was
/// created with (a unique index of confirmed addresses replaces it), which
/// takes rebuilding the table. That must run with foreign keys off (else
/// dropping the old table would delete, by cascade, everything that refers
/// to it), which SQLite allows only outside a transaction, and sqlx runs
/// each SQLite migration inside one. Done once: afterwards the table has no
/// unique constraint of its own to find.
async fn drop_unique_email(pool: &AnyPool) -> Result<(), sqlx::Error> {
    let mut conn = pool.acquire().await?;
    let constrained: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM pragma_index_list('users') WHERE origin = 'u'").fetch_one(&mut *conn).await?;
    if constrained == 0 {
        return Ok(());
    }
    sqlx::query("PRAGMA foreign_keys = OFF").execute(&mut *conn).await?;
    let rebuilt = rebuild_users(&mut conn).await;
    if rebuilt.is_err() {
        let _ = sqlx::query("ROLLBACK").execute(&mut *conn).await;
    }
    sqlx::query("PRAGMA foreign_keys = ON").execute(&mut *conn).await?;
    rebuilt
}

async fn rebuild_users(conn: &mut sqlx::AnyConnection) -> Result<(), sqlx::Error> {
    for step in [
        "BEGIN IMMEDIATE",
        "CREATE TABLE users_new (
            id                  INTEGER PRIMARY KEY,
            email               TEXT    NOT NULL,
            name                TEXT    NOT NULL,
            password_hash       TEXT    NOT NULL,
            created_at          INTEGER NOT NULL,
            email_reminders     INTEGER NOT NULL DEFAULT 1 CHECK (email_reminders IN (0, 1)),
            email_digest        INTEGER NOT NULL DEFAULT 1 CHECK (email_digest IN (0, 1)),
            email_confirmed_at  INTEGER,
            locale              TEXT
        )",
        // Every column later migrations gave `users` too: they have all run
        // before this (tests/schema.rs fails when one is missing here).
        "INSERT INTO users_new (id, email, name, password_hash, created_at, email_reminders, email_digest, email_confirmed_at, locale)
         SELECT id, email, name, password_hash, created_at, email_reminders, email_digest, email_confirmed_at, locale FROM users",
        "DROP TABLE users",
        "ALTER TABLE users_new RENAME TO users",
        "CREATE UNIQUE INDEX users_confirmed_email ON users (email) WHERE email_confirmed_at IS NOT NULL",
        "CREATE INDEX users_by_email ON users (email)",
    ] {
        sqlx::query(step).execute(&mut *conn).await?;
    }
    let broken: Vec<(String,)> = sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check").fetch_all(&mut *conn).await?;
    if !broken.is_empty() {
        return Err(sqlx::Error::Protocol(format!("rebuilding users would break references from {broken:?}")));
    }
    sqlx::query("COMMIT").execute(&mut *conn).await?;
    Ok(())
}

/// Held for the length of every write transaction on PostgreSQL.
const WRITE_LOCK: i64 = 0x6d69_7374_7772_6974; // "mistwrit"

/// A transaction that reads, then writes, taking the write turn first.
///
/// SQLite: `BEGIN IMMEDIATE` takes the write lock at the start, so a
/// concurrent writer waits its turn (up to the busy timeout) instead of
/// failing with SQLITE_BUSY when it tries to upgrade a read lock.
///
/// PostgreSQL: every rule of the service layer that reads, decides and then
/// writes (the last owner cannot leave, an invite has uses left, a login
/// limit) was written for one writer at a time. A transaction-level advisory
/// lock keeps exactly that across every app server, where plain READ
/// COMMITTED would let two servers both pass a check. Reads never take it.
/// Writes are short, so one turn at a time still serves far more writes
/// than an organisation makes; `mistvine bench` measures it.
pub async fn begin_write(pool: &AnyPool) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
    match engine(pool) {
        Engine::Sqlite => pool.begin_with("BEGIN IMMEDIATE").await,
        Engine::Postgres => {
            let mut tx = pool.begin().await?;
            sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(WRITE_LOCK).execute(&mut *tx).await?;
            Ok(tx)
        }
    }
}

/// A read-only transaction that sees one moment throughout. SQLite's
/// transactions do; PostgreSQL's default (READ COMMITTED) takes a new
/// snapshot per statement, so it is asked for REPEATABLE READ.
pub async fn begin_snapshot(pool: &AnyPool) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
    match engine(pool) {
        Engine::Sqlite => pool.begin().await,
        Engine::Postgres => pool.begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY").await,
    }
}

/// Every SQLite connection of the main file:
/// * WAL lets readers continue while one writer commits;
/// * FULL: every commit syncs the log before the request is answered, so an
///   acknowledged check-in, PPP or sign-up survives a power loss too (NORMAL
///   only syncs at checkpoints). Votes are in the vault, which commits in
///   groups, so this costs one sync per other write.
///
/// sqlx already turns foreign keys on and waits 5 s on a busy lock.
const MAIN_PRAGMAS: &[&str] = &["PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"];

/// An SQLite pool whose every connection runs `pragmas` first. Every request
/// path holds at most one connection at a time, so a burst waits for a free
/// one; after 10 s it gets an error (a 500 naming the wait) rather than hanging.
pub async fn sqlite_pool(max: u32, url: &str, pragmas: &'static [&'static str]) -> Result<AnyPool, sqlx::Error> {
    sqlx::any::install_default_drivers();
    AnyPoolOptions::new()
        .max_connections(max)
        .acquire_timeout(Duration::from_secs(10))
        .after_connect(move |conn, _| {
            Box::pin(async move {
                for p in pragmas {
                    sqlx::query(p).execute(&mut *conn).await?;
                }
                Ok(())
            })
        })
        .connect(url)
        .await
}

pub async fn postgres_pool(max: u32, url: &str) -> Result<AnyPool, sqlx::Error> {
    sqlx::any::install_default_drivers();
    AnyPoolOptions::new().max_connections(max).acquire_timeout(Duration::from_secs(10)).connect(url).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_database_is_a_file_unless_it_is_a_postgres_url() {
        assert_eq!("data/m.db".parse(), Ok(Location::File("data/m.db".into())));
        assert_eq!("sqlite:data/m.db".parse(), Ok(Location::File("data/m.db".into())));
        assert_eq!("sqlite:///srv/m.db".parse(), Ok(Location::File("/srv/m.db".into())));
        assert_eq!("postgres://u@h/db".parse(), Ok(Location::Postgres("postgres://u@h/db".into())));
        assert_eq!("postgresql://h/db".parse(), Ok(Location::Postgres("postgresql://h/db".into())));
        assert!("mysql://h/db".parse::<Location>().unwrap_err().contains("neither"));
        assert!("".parse::<Location>().is_err());
    }

    #[test]
    fn a_postgres_password_never_reaches_the_log() {
        let shown = Location::Postgres("postgres://app:s3cret@db.internal:5432/mistvine".into()).to_string();
        assert!(!shown.contains("s3cret") && shown.contains("db.internal"), "{shown}");
    }
}
