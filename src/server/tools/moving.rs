//! `mistvine move-to-postgres`: copies an SQLite installation (the database
//! and its ballot vault) into an empty PostgreSQL database, in one
//! transaction, then verifies the copy table by table (row counts and a
//! digest of every row) and result by result (every wave's vote counts and
//! survey answers), so an organisation that outgrows one machine keeps
//! everything it has.
//!
//! Vault rows go in primary-key order, so the copy's physical row order says
//! no more than the SQLite vault did; vote boxes become PostgreSQL's one row
//! per box (`store::held_box`), whose views `vote_receipts` and `ballots`
//! are verified against the SQLite tables of those names. The vote key is not copied: the
//! PostgreSQL servers use the same key file (see docs/postgresql.md).

use crate::domain::ids::{ObjectiveId, OrgId, SurveyId, WaveId};
use crate::domain::tally::Tally;
use crate::infra::db::{self, Location};
use crate::server::store::{held_box, survey_box, vote_box};
use crate::server::vote::vault;
use futures_util::StreamExt;
use sha2::{Digest, Sha256};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, AnyPool, Row};
use std::path::Path;

/// Every table, parents before children, with the columns that order it.
/// A table the source has and this list lacks stops the move: nothing is
/// left behind silently.
const MAIN: &[(&str, &str)] = &[
    ("organisations", "id"),
    ("users", "id"),
    ("memberships", "org_id, user_id"),
    ("sessions", "token_hash"),
    ("login_failures", "id"),
    ("known_devices", "token_hash"),
    ("invites", "id"),
    ("teams", "id"),
    ("team_members", "team_id, user_id"),
    ("waves", "id"),
    ("objectives", "id"),
    ("key_results", "id"),
    ("check_ins", "id"),
    ("ppp_updates", "id"),
    ("ppp_items", "id"),
    ("boosts", "id"),
    ("boost_events", "id"),
    ("reflections", "id"),
    ("surveys", "id"),
    ("submissions", "org_id, user_id, client_key"),
    ("membership_events", "id"),
    ("signups", "id"),
    ("audit_log", "id"),
    ("outbox", "id"),
    ("weekly_runs", "org_id, kind, week"),
    ("password_resets", "token_hash"),
    ("reset_requests", "id"),
    ("api_tokens", "id"),
    ("sso_providers", "org_id"),
    ("sso_domains", "domain"),
    ("sso_identities", "org_id, issuer, subject"),
    ("sso_attempts", "state_hash"),
    ("scim_tokens", "org_id"),
    ("scim_users", "org_id, user_id"),
    ("scim_groups", "team_id"),
    ("passkeys", "id"),
    ("passkey_ceremonies", "id_hash"),
    ("email_confirmations", "token_hash"),
    ("push_subscriptions", "id"),
    ("channel_optouts", "user_id, channel"),
    ("org_channels_off", "org_id, channel"),
    ("teams_webhooks", "org_id"),
    ("slack_installs", "org_id"),
    ("slack_links", "org_id, user_id"),
    ("slack_states", "state_hash"),
    ("slack_seen", "signature_hash"),
    ("imports", "id"),
    ("restored_confidence", "objective_id, week"),
    ("restored_surveys", "wave_id"),
    ("proposals", "id"),
];

const VAULT: &[(&str, &str)] = &[
    ("vote_boxes", "objective_id, week"),
    ("vote_receipts", "objective_id, week, voter_tag"),
    ("ballots", "objective_id, week, slot"),
    ("releases", "objective_id, week"),
    ("survey_boxes", "survey_id"),
    ("survey_receipts", "survey_id, voter_tag"),
    ("survey_responses", "survey_id, slot"),
    ("vault_key", "id"),
];

/// Rows rewritten per INSERT (PostgreSQL takes at most 65,535 values).
const CHUNK_VALUES: usize = 30_000;

/// What was copied: (table, rows), in copy order.
pub struct Report {
    pub tables: Vec<(String, i64)>,
    pub waves_checked: usize,
}

/// A column of the target and how its values travel.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Int,
    Real,
    Text,
    Bytes,
}

pub async fn run(from: &Path, to: &str) -> Result<Report, String> {
    if !from.exists() {
        return Err(format!("{} does not exist: name the SQLite database to move with --database", from.display()));
    }
    let main = db::connect(&Location::File(from.to_owned())).await?;
    let vault_path = vault::path_for(from);
    let ballots = vault::connect_file(&vault_path).await?;
    refuse_unknown_tables(&main, MAIN, "the database").await?;
    refuse_unknown_tables(&ballots, VAULT, "the ballot vault").await?;
    let target = db::connect(&Location::Postgres(to.to_owned())).await?;
    let fail = |e: sqlx::Error| format!("cannot copy into {}: {e}", Location::Postgres(to.to_owned()));
    for (table, _) in MAIN.iter().chain(VAULT) {
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&target).await.map_err(fail)?;
        if n > 0 {
            return Err(format!("the PostgreSQL database is not empty ({table} has {n} rows): move into a new, empty database"));
        }
    }

    let mut tx = target.begin().await.map_err(fail)?;
    let mut copied = Vec::new();
    for (source, tables) in [(&main, MAIN), (&ballots, VAULT)] {
        for (table, key) in tables {
            let n = match *table {
                "vote_boxes" => copy_vote_boxes(source, &mut tx).await?,
                // Written with their boxes; views on PostgreSQL.
                "vote_receipts" | "ballots" => {
                    sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(source).await.map_err(fail)?
                }
                _ => {
                    let columns = target_columns(&mut tx, table).await.map_err(fail)?;
                    copy_table(source, &mut tx, table, key, &columns).await.map_err(|e| format!("cannot copy {table}: {e}"))?
                }
            };
            copied.push(((*table).to_owned(), n));
        }
    }
    crate::server::store::bulk::move_sequences(&mut tx).await.map_err(|e| format!("cannot move the id sequences: {e}"))?;
    tx.commit().await.map_err(fail)?;

    // Verify from the committed copy, as the app will read it.
    for (source, tables) in [(&main, MAIN), (&ballots, VAULT)] {
        for (table, key) in tables {
            let mut conn = target.acquire().await.map_err(fail)?;
            let mut columns = target_columns(&mut conn, table).await.map_err(fail)?;
            // A box's receipts and slots are compared through the views.
            columns.retain(|(name, _)| !(*table == "vote_boxes" && (name == "voted" || name == "scores")));
            let (a, b) = (digest(source, table, key, &columns).await, digest(&target, table, key, &columns).await);
            let (a, b) = (a.map_err(|e| format!("cannot read {table}: {e}"))?, b.map_err(fail)?);
            if a != b {
                return Err(format!("the copy of {table} differs from the original ({} rows, {} copied): nothing is lost, the SQLite files are untouched; empty the PostgreSQL database and move again", a.0, b.0));
            }
        }
    }
    let waves_checked = same_results(&main, &ballots, &target).await?;
    Ok(Report { tables: copied, waves_checked })
}

/// Every vote box of the SQLite vault, as one row per box with its
/// receipts' tags (see `store::held_box`); how many boxes.
async fn copy_vote_boxes(source: &AnyPool, tx: &mut AnyConnection) -> Result<i64, String> {
    let read = |e: sqlx::Error| format!("cannot read the ballot vault: {e}");
    let boxes: Vec<(ObjectiveId, i64, OrgId, WaveId, i64, String)> =
        sqlx::query_as("SELECT objective_id, week, org_id, wave_id, slots, tally FROM vote_boxes ORDER BY objective_id, week")
            .fetch_all(source)
            .await
            .map_err(read)?;
    for (objective, week, org, wave, slots, tally) in &boxes {
        let receipts: Vec<(Vec<u8>, i64)> =
            sqlx::query_as("SELECT voter_tag, voted FROM vote_receipts WHERE objective_id = $1 AND week = $2 ORDER BY voter_tag")
                .bind(objective)
                .bind(week)
                .fetch_all(source)
                .await
                .map_err(read)?;
        let ballots: Vec<String> = sqlx::query_scalar("SELECT score FROM ballots WHERE objective_id = $1 AND week = $2 ORDER BY slot")
            .bind(objective)
            .bind(week)
            .fetch_all(source)
            .await
            .map_err(read)?;
        let damaged = || {
            format!("the ballot vault's box of objective {objective}, week {week} has {slots} slots but {} receipts and {} ballots: it cannot be moved", receipts.len(), ballots.len())
        };
        if receipts.len() as i64 != *slots || ballots.len() as i64 != *slots {
            return Err(damaged());
        }
        let tally = Tally::parse(tally).ok_or_else(damaged)?;
        let (tags, voted): (Vec<Vec<u8>>, Vec<bool>) = receipts.into_iter().map(|(t, v)| (t, v != 0)).unzip();
        let scores: Vec<u8> = ballots.iter().map(|s| s.parse::<u8>().unwrap_or(0)).collect();
        held_box::insert(tx, (*org, *wave, *objective, *week as u32), &tags, &voted, &scores, tally)
            .await
            .map_err(|e| format!("cannot copy the vote boxes: {e}"))?;
    }
    Ok(boxes.len() as i64)
}

async fn refuse_unknown_tables(pool: &AnyPool, known: &[(&str, &str)], what: &str) -> Result<(), String> {
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations'",
    )
    .fetch_all(pool)
    .await
    .map_err(|e| format!("cannot read {what}: {e}"))?;
    if let Some(t) = names.iter().find(|n| n.starts_with("legacy_")) {
        return Err(format!("{what} still holds votes from before the ballot vault ({t}): start Mistvine once on the SQLite file so it moves them, then move"));
    }
    match names.iter().find(|n| !known.iter().any(|(k, _)| k == n)) {
        Some(t) => Err(format!("{what} has a table this version cannot move ({t}): use the Mistvine version that made it")),
        None => Ok(()),
    }
}

/// The target's columns of `table` in order, with their kinds.
async fn target_columns(conn: &mut AnyConnection, table: &str) -> Result<Vec<(String, Kind)>, sqlx::Error> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT CAST(column_name AS TEXT), CAST(data_type AS TEXT) FROM information_schema.columns \
         WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
    )
    .bind(table)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(name, ty)| {
            let kind = match ty.as_str() {
                "bigint" | "integer" | "smallint" => Kind::Int,
                "double precision" | "real" => Kind::Real,
                "bytea" => Kind::Bytes,
                _ => Kind::Text,
            };
            (name, kind)
        })
        .collect())
}

/// One value, read as the target column's kind (a NULL keeps that kind).
#[derive(Debug, PartialEq)]
enum Value {
    Int(Option<i64>),
    Real(Option<f64>),
    Text(Option<String>),
    Bytes(Option<Vec<u8>>),
}

fn value(row: &AnyRow, i: usize, kind: Kind) -> Result<Value, sqlx::Error> {
    Ok(match kind {
        Kind::Int => Value::Int(row.try_get(i)?),
        Kind::Real => Value::Real(row.try_get(i)?),
        Kind::Text => Value::Text(row.try_get(i)?),
        Kind::Bytes => Value::Bytes(row.try_get(i)?),
    })
}

fn select(table: &str, key: &str, columns: &[(String, Kind)]) -> String {
    let names = columns.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join(", ");
    format!("SELECT {names} FROM {table} ORDER BY {key}")
}

async fn copy_table(
    source: &AnyPool,
    tx: &mut AnyConnection,
    table: &str,
    key: &str,
    columns: &[(String, Kind)],
) -> Result<i64, sqlx::Error> {
    let sql = select(table, key, columns);
    let mut rows = sqlx::query(&sql).fetch(source);
    let per_chunk = (CHUNK_VALUES / columns.len().max(1)).max(1);
    let mut chunk: Vec<Vec<Value>> = Vec::with_capacity(per_chunk);
    let mut n = 0;
    while let Some(row) = rows.next().await {
        let row = row?;
        chunk.push(columns.iter().enumerate().map(|(i, (_, kind))| value(&row, i, *kind)).collect::<Result<_, _>>()?);
        if chunk.len() == per_chunk {
            n += insert(tx, table, columns, &chunk).await?;
            chunk.clear();
        }
    }
    n += insert(tx, table, columns, &chunk).await?;
    Ok(n)
}

async fn insert(tx: &mut AnyConnection, table: &str, columns: &[(String, Kind)], rows: &[Vec<Value>]) -> Result<i64, sqlx::Error> {
    if rows.is_empty() {
        return Ok(0);
    }
    let width = columns.len();
    let names = columns.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join(", ");
    let values = (0..rows.len())
        .map(|r| format!("({})", (1..=width).map(|c| format!("${}", r * width + c)).collect::<Vec<_>>().join(", ")))
        .collect::<Vec<_>>()
        .join(", ");
    // Identities are written as they were: the ids are the data.
    let sql = format!("INSERT INTO {table} ({names}) OVERRIDING SYSTEM VALUE VALUES {values}");
    let mut q = sqlx::query(&sql);
    for v in rows.iter().flatten() {
        q = match v {
            Value::Int(x) => q.bind(*x),
            Value::Real(x) => q.bind(*x),
            Value::Text(x) => q.bind(x.clone()),
            Value::Bytes(x) => q.bind(x.clone()),
        };
    }
    q.execute(&mut *tx).await?;
    Ok(rows.len() as i64)
}

/// (rows, SHA-256 over every row in key order), the same from either engine.
async fn digest(pool: &AnyPool, table: &str, key: &str, columns: &[(String, Kind)]) -> Result<(i64, Vec<u8>), sqlx::Error> {
    let sql = select(table, key, columns);
    let mut rows = sqlx::query(&sql).fetch(pool);
    let mut hash = Sha256::new();
    let mut n = 0;
    while let Some(row) = rows.next().await {
        let row = row?;
        for (i, (_, kind)) in columns.iter().enumerate() {
            hash.update(format!("{:?}\u{1f}", value(&row, i, *kind)?).as_bytes());
        }
        hash.update(b"\x1e");
        n += 1;
    }
    Ok((n, hash.finalize().to_vec()))
}

/// Every wave's vote counts and live releases, and every survey's answers,
/// read by the app's own queries from both sides: the same, or the move fails.
async fn same_results(main: &AnyPool, ballots: &AnyPool, target: &AnyPool) -> Result<usize, String> {
    let fail = |e: crate::error::AppError| format!("cannot compare results: {e}");
    let waves: Vec<(OrgId, WaveId)> = sqlx::query_as("SELECT org_id, id FROM waves ORDER BY id")
        .fetch_all(main)
        .await
        .map_err(|e| format!("cannot read the waves: {e}"))?;
    for (org, wave) in &waves {
        let sorted = |mut counts: vote_box::Counts| {
            counts.cast.sort();
            counts.released.sort();
            counts
        };
        let before = sorted(vote_box::counts(ballots, *org, *wave).await.map_err(fail)?);
        let after = sorted(vote_box::counts(target, *org, *wave).await.map_err(fail)?);
        if before != after {
            return Err(format!("the votes of wave {wave} read differently from the copy: empty the PostgreSQL database and move again"));
        }
    }
    let surveys: Vec<(OrgId, SurveyId)> = sqlx::query_as("SELECT org_id, id FROM surveys ORDER BY id")
        .fetch_all(main)
        .await
        .map_err(|e| format!("cannot read the surveys: {e}"))?;
    for (org, survey) in &surveys {
        let count = |m: std::collections::HashMap<SurveyId, Vec<crate::domain::scorecard::Answers>>| {
            let mut codes: Vec<String> = m.into_values().flatten().map(|a| a.to_code()).collect();
            codes.sort();
            codes
        };
        let before = count(survey_box::responses(ballots, *org, &[*survey]).await.map_err(fail)?);
        let after = count(survey_box::responses(target, *org, &[*survey]).await.map_err(fail)?);
        if before != after {
            return Err(format!(
                "the answers to survey {survey} read differently from the copy: empty the PostgreSQL database and move again"
            ));
        }
    }
    Ok(waves.len())
}
