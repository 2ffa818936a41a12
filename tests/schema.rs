//! The two migration trees (`migrations/sqlite`, `migrations/postgres`) are
//! kept by hand: this compares what they build. Both engines are migrated
//! from empty by the app itself, and their tables, columns (with the kind
//! of value the app reads from each, nullability and primary keys), indexes
//! and foreign keys must be the same. On SQLite the ballot vault is a file
//! of its own; on PostgreSQL its tables sit in the same database, so the
//! SQLite side is the main file and the vault together.

use crate::common::TestApp;
use sqlx::AnyPool;
use std::collections::BTreeSet;

/// One fact about a schema, comparable across engines.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Fact {
    Table(String),
    /// table, column, kind of value, may be NULL, part of the primary key.
    Column(String, String, &'static str, bool, bool),
    /// table, columns in order, unique, partial (`WHERE …`).
    Index(String, String, bool, bool),
    /// table, column, referenced table, referenced column.
    ForeignKey(String, String, String, String),
}

/// The kind of value a declared type holds, as the app reads it through
/// `sqlx::Any` (where an SQLite `INTEGER` and a PostgreSQL `BIGINT` are the
/// same `i64`).
fn kind(declared: &str) -> &'static str {
    let t = declared.to_ascii_lowercase();
    match t.as_str() {
        t if t.contains("int") => "integer",
        t if t.contains("char") || t.contains("text") || t.contains("clob") => "text",
        t if t.contains("real") || t.contains("floa") || t.contains("doub") => "real",
        t if t.contains("blob") || t == "bytea" => "bytes",
        t if t.contains("bool") => "boolean",
        _ => "other",
    }
}

async fn sqlite_facts(pool: &AnyPool, facts: &mut BTreeSet<Fact>) {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    for table in tables {
        facts.insert(Fact::Table(table.clone()));
        let columns: Vec<(String, String, i64, i64)> =
            sqlx::query_as(&format!("SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')")).fetch_all(pool).await.unwrap();
        for (name, declared, not_null, pk) in columns {
            // A primary key column is never NULL on PostgreSQL; SQLite only
            // says so where it is declared.
            facts.insert(Fact::Column(table.clone(), name, kind(&declared), not_null == 0 && pk == 0, pk > 0));
        }
        // Indexes the app made or a UNIQUE constraint asked for; the primary
        // key's own index is in the columns' facts.
        let indexes: Vec<(String, i64, String, i64)> =
            sqlx::query_as(&format!("SELECT name, \"unique\", origin, partial FROM pragma_index_list('{table}')"))
                .fetch_all(pool)
                .await
                .unwrap();
        for (name, unique, origin, partial) in indexes.into_iter().filter(|(_, _, origin, _)| origin != "pk") {
            let _ = origin;
            let columns: Vec<String> =
                sqlx::query_scalar(&format!("SELECT name FROM pragma_index_info('{name}') ORDER BY seqno")).fetch_all(pool).await.unwrap();
            facts.insert(Fact::Index(table.clone(), columns.join(","), unique == 1, partial == 1));
        }
        let keys: Vec<(String, String, String)> =
            sqlx::query_as(&format!("SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list('{table}')"))
                .fetch_all(pool)
                .await
                .unwrap();
        for (from, to_table, to) in keys {
            facts.insert(Fact::ForeignKey(table.clone(), from, to_table, to));
        }
    }
}

async fn postgres_facts(pool: &AnyPool) -> BTreeSet<Fact> {
    let mut facts = BTreeSet::new();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT CAST(table_name AS TEXT) FROM information_schema.tables \
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_sqlx_migrations'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    facts.extend(tables.into_iter().map(Fact::Table));
    let columns: Vec<(String, String, String, String, bool)> = sqlx::query_as(
        "SELECT CAST(c.table_name AS TEXT), CAST(c.column_name AS TEXT), CAST(c.data_type AS TEXT), CAST(c.is_nullable AS TEXT), \
         EXISTS (SELECT 1 FROM information_schema.table_constraints k JOIN information_schema.key_column_usage u \
                 ON u.constraint_name = k.constraint_name AND u.table_schema = k.table_schema \
                 WHERE k.constraint_type = 'PRIMARY KEY' AND k.table_schema = c.table_schema \
                 AND u.table_name = c.table_name AND u.column_name = c.column_name) \
         FROM information_schema.columns c JOIN information_schema.tables t \
           ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE' \
         WHERE c.table_schema = current_schema() AND c.table_name <> '_sqlx_migrations'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    for (table, name, declared, nullable, pk) in columns {
        facts.insert(Fact::Column(table, name, kind(&declared), nullable == "YES" && !pk, pk));
    }
    let indexes: Vec<(String, String, bool, bool)> = sqlx::query_as(
        "SELECT CAST(t.relname AS TEXT), \
                CAST(array_to_string(ARRAY(SELECT pg_get_indexdef(ix.indexrelid, CAST(k.ord AS INT), true) \
                     FROM generate_subscripts(ix.indkey, 1) WITH ORDINALITY AS k(sub, ord) ORDER BY k.ord), ',') AS TEXT), \
                ix.indisunique, ix.indpred IS NOT NULL \
         FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace \
         WHERE n.nspname = current_schema() AND NOT ix.indisprimary AND t.relname <> '_sqlx_migrations'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    for (table, columns, unique, partial) in indexes {
        // PostgreSQL quotes a column named like a keyword ("position").
        facts.insert(Fact::Index(table, columns.replace('"', ""), unique, partial));
    }
    let keys: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT CAST(t.relname AS TEXT), CAST(a.attname AS TEXT), CAST(ft.relname AS TEXT), CAST(fa.attname AS TEXT) \
         FROM pg_constraint c \
         JOIN LATERAL unnest(c.conkey, c.confkey) AS k(col, fcol) ON true \
         JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class ft ON ft.oid = c.confrelid \
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col \
         JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = k.fcol \
         JOIN pg_namespace n ON n.oid = c.connamespace \
         WHERE c.contype = 'f' AND n.nspname = current_schema()",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    for (table, column, to_table, to) in keys {
        facts.insert(Fact::ForeignKey(table, column, to_table, to));
    }
    facts
}

/// Where the engines differ on purpose, each with its reason: every other
/// fact must be the same on both. (The code that differs with them
/// branches on `crate::infra::db::Engine`.)
fn differences_on_purpose() -> (Vec<Fact>, Vec<Fact>) {
    let col = |t: &str, c: &str, kind: &'static str, pk: bool| Fact::Column(t.into(), c.into(), kind, false, pk);
    let only_sqlite = vec![
        // Team names are unique whatever their case: SQLite compares the
        // name with NOCASE, PostgreSQL indexes lower(name) (below).
        Fact::Index("teams".into(), "org_id,name".into(), true, false),
        // A vote box is a row per receipt and per slot on SQLite, which
        // writes a vote's fixed-size values in place; on PostgreSQL, where an
        // UPDATE writes a new row version, one row per box (below), and these
        // two are views with the same columns (`store::held_box`).
        Fact::Table("ballots".into()),
        col("ballots", "objective_id", "integer", true),
        col("ballots", "week", "integer", true),
        col("ballots", "slot", "integer", true),
        col("ballots", "score", "text", false),
        Fact::Table("vote_receipts".into()),
        col("vote_receipts", "objective_id", "integer", true),
        col("vote_receipts", "week", "integer", true),
        col("vote_receipts", "voter_tag", "bytes", true),
        col("vote_receipts", "voted", "integer", false),
    ];
    let only_postgres = vec![
        Fact::Index("teams".into(), "org_id,lower(name)".into(), true, false),
        // The JSON API's rate-limit buckets, shared by every app server on
        // PostgreSQL (an UNLOGGED table); the one SQLite server keeps them
        // in its memory (`crate::server::service::rate`).
        Fact::Table("api_buckets".into()),
        col("api_buckets", "key", "text", true),
        col("api_buckets", "tokens", "real", false),
        col("api_buckets", "at", "integer", false),
        // SQLite gives every row a rowid, which the account page uses to
        // name a session; PostgreSQL declares it.
        col("sessions", "rowid", "integer", false),
        Fact::Index("sessions".into(), "rowid".into(), true, false),
        // The box as one row on PostgreSQL (see above).
        col("vote_boxes", "voted", "bytes", false),
        col("vote_boxes", "scores", "bytes", false),
        Fact::Table("vote_receipt_tags".into()),
        col("vote_receipt_tags", "objective_id", "integer", true),
        col("vote_receipt_tags", "week", "integer", true),
        col("vote_receipt_tags", "voter_tag", "bytes", true),
        col("vote_receipt_tags", "position", "integer", false),
        // The dashboard's open problems: PostgreSQL's planner scanned every
        // PPP line without it (see its migration); SQLite does not use it.
        Fact::Index("ppp_items".into(), "update_id".into(), false, true),
    ];
    (only_sqlite, only_postgres)
}

#[tokio::test]
async fn both_migration_trees_build_the_same_schema() {
    let sqlite = TestApp::spawn_sqlite().await;
    let postgres = TestApp::spawn_postgres().await;
    let mut on_sqlite = BTreeSet::new();
    sqlite_facts(&sqlite.db().await, &mut on_sqlite).await;
    sqlite_facts(&sqlite.vault().await, &mut on_sqlite).await;
    let on_postgres = postgres_facts(&postgres.db().await).await;
    assert!(on_sqlite.len() > 100, "the schema was read: {} facts", on_sqlite.len());
    let only_sqlite: Vec<Fact> = on_sqlite.difference(&on_postgres).cloned().collect();
    let only_postgres: Vec<Fact> = on_postgres.difference(&on_sqlite).cloned().collect();
    let (sqlite_on_purpose, postgres_on_purpose) = differences_on_purpose();
    let drift = |found: &[Fact], on_purpose: &[Fact]| -> Vec<Fact> { found.iter().filter(|f| !on_purpose.contains(f)).cloned().collect() };
    let gone = |found: &[Fact], on_purpose: &[Fact]| -> Vec<Fact> { on_purpose.iter().filter(|f| !found.contains(f)).cloned().collect() };
    assert!(
        drift(&only_sqlite, &sqlite_on_purpose).is_empty() && drift(&only_postgres, &postgres_on_purpose).is_empty(),
        "the migration trees drifted apart:\nonly in SQLite: {:#?}\nonly in PostgreSQL: {:#?}",
        drift(&only_sqlite, &sqlite_on_purpose),
        drift(&only_postgres, &postgres_on_purpose)
    );
    // A difference on purpose that is gone must leave the list, so the list
    // stays the truth about the two engines.
    assert!(
        gone(&only_sqlite, &sqlite_on_purpose).is_empty() && gone(&only_postgres, &postgres_on_purpose).is_empty(),
        "listed as differing but the same now: {:#?} {:#?}",
        gone(&only_sqlite, &sqlite_on_purpose),
        gone(&only_postgres, &postgres_on_purpose)
    );
}

/// An installation on PostgreSQL from before boxes were one row each: its
/// receipts and ballots, rows until then, come through the migration as
/// they were (read through the views), in the new shape.
#[tokio::test]
async fn on_postgresql_vote_boxes_kept_as_rows_become_one_row_each() {
    let url = crate::common::fresh_postgres_database(&crate::common::require_postgres()).await;
    let pool = AnyPool::connect(&url).await.unwrap();
    let mut before = sqlx::migrate!("./migrations/postgres");
    before.migrations = std::borrow::Cow::Owned(before.migrations.iter().filter(|m| m.version < 16).cloned().collect());
    before.run(&pool).await.unwrap();
    let q = |sql: &'static str| sqlx::query(sql);
    q("INSERT INTO vote_boxes (objective_id, week, org_id, wave_id, slots, tally) VALUES \
       (7, 1, 1, 1, 10, '0000000,0000001,0000000,0000001,0000001'), (8, 1, 1, 1, 0, '0000000,0000000,0000000,0000000,0000000')")
    .execute(&pool)
    .await
    .unwrap();
    // Written out of order, as votes once left them.
    for i in [3u8, 9, 0, 5, 1, 8, 2, 7, 4, 6] {
        sqlx::query("INSERT INTO vote_receipts (objective_id, week, voter_tag, voted) VALUES (7, 1, $1, $2)")
            .bind(vec![i; 32])
            .bind(i64::from([2, 5, 9].contains(&i)))
            .execute(&pool)
            .await
            .unwrap();
        let score = match i {
            1 => "4",
            6 => "2",
            8 => "5",
            _ => "-",
        };
        sqlx::query("INSERT INTO ballots (objective_id, week, slot, score) VALUES (7, 1, $1, $2)")
            .bind(i64::from(i))
            .bind(score)
            .execute(&pool)
            .await
            .unwrap();
    }
    sqlx::migrate!("./migrations/postgres").run(&pool).await.unwrap();

    let (voted, scores): (Vec<u8>, Vec<u8>) =
        sqlx::query_as("SELECT voted, scores FROM vote_boxes WHERE objective_id = 7").fetch_one(&pool).await.unwrap();
    assert_eq!(voted, [1 << 2 | 1 << 5, 1 << 1], "receipts 2, 5 and 9 used");
    assert_eq!(scores, [0, 4, 0, 0, 0, 0, 2, 0, 5, 0]);
    let receipts: Vec<(Vec<u8>, i64)> =
        sqlx::query_as("SELECT voter_tag, voted FROM vote_receipts WHERE objective_id = 7 ORDER BY voter_tag")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(receipts, (0..10u8).map(|i| (vec![i; 32], i64::from([2, 5, 9].contains(&i)))).collect::<Vec<_>>());
    let ballots: Vec<(i64, String)> =
        sqlx::query_as("SELECT slot, score FROM ballots WHERE objective_id = 7 ORDER BY slot").fetch_all(&pool).await.unwrap();
    let expected = ["-", "4", "-", "-", "-", "-", "2", "-", "5", "-"];
    assert_eq!(ballots, expected.iter().enumerate().map(|(s, v)| (s as i64, v.to_string())).collect::<Vec<_>>());
    let empty: (i64, Vec<u8>, Vec<u8>) =
        sqlx::query_as("SELECT slots, voted, scores FROM vote_boxes WHERE objective_id = 8").fetch_one(&pool).await.unwrap();
    assert_eq!(empty, (0, vec![], vec![]));
    pool.close().await;
}
