//! Reads of thousands of rows: on SQLite, answered as one row.
//!
//! sqlx's SQLite driver runs each connection on a thread of its own and hands
//! a query's rows to the request one at a time through a channel of 50: once
//! it is full, every further row costs a wake-up of that thread and a switch
//! back. On the 10,000-person organisation the dashboard read about 10,000
//! rows per view and spent half its CPU in the kernel switching threads. The
//! typed driver could widen the channel (`row_buffer_size`); through `Any`
//! it cannot be set. So on SQLite the few reads that return thousands of
//! rows ask the engine to pack them into one JSON array of arrays, decoded
//! here: one row crosses, whatever the count. PostgreSQL's driver decodes
//! rows in the request's own task, and there building the JSON costs more
//! than it saves (the bench's 10,000-row read: 9.3 ms as rows, 14.5 ms
//! packed), so there they stay rows.

use crate::error::AppError;
use crate::infra::db::{self, Engine};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use sqlx::any::{AnyRow, AnyTypeInfo, AnyValueRef};
use sqlx::{Any, AnyConnection, FromRow};

/// The rows of `SELECT columns rest ORDER BY order` (`rest`: the query
/// from `FROM` on; `order` empty for any order, as sorting thousands of
/// rows nobody needs sorted is much of such a read), with `binds` as `$1`,
/// `$2`…. A row type reads both ways: as a row, and as the JSON array of
/// its columns (a tuple, or a tuple struct deriving `FromRow` and `Deserialize`).
pub async fn fetch<T>(conn: &mut AnyConnection, columns: &str, rest: &str, order: &str, binds: &[i64]) -> Result<Vec<T>, AppError>
where
    T: DeserializeOwned + for<'r> FromRow<'r, AnyRow> + Send + Unpin,
{
    let order = if order.is_empty() { String::new() } else { format!(" ORDER BY {order}") };
    match db::engine_of(conn) {
        Engine::Sqlite => {
            let sql = format!("SELECT json_group_array(json_array({columns}){order}) {rest}");
            let mut query = sqlx::query_scalar(&sql);
            for b in binds {
                query = query.bind(*b);
            }
            let packed: String = query.fetch_one(&mut *conn).await?;
            serde_json::from_str(&packed).map_err(|e| {
                tracing::error!(error = %e, "unreadable packed rows");
                AppError::Internal
            })
        }
        Engine::Postgres => {
            let sql = format!("SELECT {columns} {rest}{order}");
            let mut query = sqlx::query_as(&sql);
            for b in binds {
                query = query.bind(*b);
            }
            Ok(query.fetch_all(&mut *conn).await?)
        }
    }
}

/// A floating-point column in [`fetch`]'s `columns`, carried exactly:
/// SQLite's JSON writes a REAL with 15 significant digits (a third comes
/// back as 33.3333333333333), so there it travels as text with 17, enough
/// for any `f64`. Read it as [`Real`].
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

impl sqlx::Type<Any> for Real {
    fn type_info() -> AnyTypeInfo {
        <f64 as sqlx::Type<Any>>::type_info()
    }

    fn compatible(ty: &AnyTypeInfo) -> bool {
        <f64 as sqlx::Type<Any>>::compatible(ty)
    }
}

impl<'r> sqlx::Decode<'r, Any> for Real {
    fn decode(value: AnyValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        <f64 as sqlx::Decode<'r, Any>>::decode(value).map(Real)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_real_reads_from_a_number_or_from_text_exactly() {
        let read: Vec<(i64, Real)> = serde_json::from_str(r#"[[1, 0.5], [2, "33.333333333333336"], [3, "1e-300"]]"#).unwrap();
        assert_eq!(read, vec![(1, Real(0.5)), (2, Real(100.0 / 3.0)), (3, Real(1e-300))]);
        assert!(serde_json::from_str::<Vec<(i64, Real)>>(r#"[[1, "a third"]]"#).is_err());
    }
}
