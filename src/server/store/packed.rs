//! Reads of thousands of rows, answered as one row.
//!
//! sqlx's SQLite driver runs each connection on a thread of its own and hands
//! a query's rows to the request one at a time through a channel of 50: once
//! it is full, every further row costs a wake-up of that thread and a switch
//! back. On the 10,000-person organisation the dashboard read about 10,000
//! rows per view and spent half its CPU in the kernel switching threads. The
//! typed driver could widen the channel (`row_channel_size`); through `Any`
//! it cannot be set. So the few reads that return thousands of rows ask the
//! engine to pack them into one JSON array of arrays, decoded here: one row
//! crosses, whatever the count.

use crate::error::AppError;
use crate::infra::db::{self, Engine};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use sqlx::AnyConnection;

/// `SELECT` (for `conn`'s engine) of one text value: a JSON array holding, per row of `rest` (the
/// query from `FROM` on, without `ORDER BY`), the array of `columns`, in
/// `order`. Without rows it is `[]` on SQLite and NULL on PostgreSQL.
pub fn select(conn: &AnyConnection, columns: &str, rest: &str, order: &str) -> String {
    match db::engine_of(conn) {
        Engine::Sqlite => format!("SELECT json_group_array(json_array({columns}) ORDER BY {order}) {rest}"),
        Engine::Postgres => format!("SELECT json_agg(json_build_array({columns}) ORDER BY {order})::text {rest}"),
    }
}

/// A floating-point column in [`select`]'s `columns`, carried exactly:
/// SQLite's JSON writes a REAL with 15 significant digits (a third comes
/// back as 33.3333333333333), so there it travels as text with 17, enough
/// for any `f64`; PostgreSQL writes the shortest exact form. Decode it as [`Real`].
pub fn real(conn: &AnyConnection, expr: &str) -> String {
    match db::engine_of(conn) {
        Engine::Sqlite => format!("printf('%!.17g', {expr})"),
        Engine::Postgres => expr.to_owned(),
    }
}

/// A [`real`] column's value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Real(pub f64);

impl<'de> Deserialize<'de> for Real {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum NumberOrText {
            Number(f64),
            Text(String),
        }
        match NumberOrText::deserialize(d)? {
            NumberOrText::Number(n) => Ok(Real(n)),
            NumberOrText::Text(t) => t.parse().map(Real).map_err(serde::de::Error::custom),
        }
    }
}

/// The rows of a [`select`]'s value.
pub fn rows<T: DeserializeOwned>(packed: Option<String>) -> Result<Vec<T>, AppError> {
    let Some(text) = packed else { return Ok(Vec::new()) };
    serde_json::from_str(&text).map_err(|e| {
        tracing::error!(error = %e, "unreadable packed rows");
        AppError::Internal
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_real_reads_from_a_number_or_from_text_exactly() {
        let read: Vec<(i64, Real)> = rows(Some(r#"[[1, 0.5], [2, "33.333333333333336"], [3, "1e-300"]]"#.into())).unwrap();
        assert_eq!(read, vec![(1, Real(0.5)), (2, Real(100.0 / 3.0)), (3, Real(1e-300))]);
        assert!(rows::<(i64, Real)>(Some(r#"[[1, "a third"]]"#.into())).is_err());
        assert!(rows::<(i64, Real)>(None).unwrap().is_empty());
    }
}
