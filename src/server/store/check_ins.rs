//! Check-ins of key results: writing one (which moves the key result and
//! its objective's stored progress) and reading their history.

use crate::domain::ids::{KeyResultId, ObjectiveId, OrgId, UserId, WaveId};
use crate::domain::key_result::CheckInView;
use crate::error::AppError;
use sqlx::{AnyConnection, AnyExecutor};
use std::collections::HashMap;

/// Records a check-in and moves the key result's current value. Writes
/// nothing for a key result outside `org`.
pub async fn check_in(
    conn: &mut AnyConnection,
    org: OrgId,
    kr: KeyResultId,
    value: f64,
    note: Option<&str>,
    author: UserId,
    now: i64,
) -> Result<(), AppError> {
    const IN_ORG: &str =
        "EXISTS (SELECT 1 FROM key_results k JOIN objectives o ON o.id = k.objective_id WHERE k.id = $1 AND o.org_id = $2)";
    sqlx::query(&format!("INSERT INTO check_ins (key_result_id, value, note, author_id, at) SELECT $1, $3, $4, $5, $6 WHERE {IN_ORG}"))
        .bind(kr)
        .bind(org)
        .bind(value)
        .bind(note)
        .bind(author)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    sqlx::query(&format!("UPDATE key_results SET current_value = $3 WHERE id = $1 AND {IN_ORG}"))
        .bind(kr)
        .bind(org)
        .bind(value)
        .execute(&mut *conn)
        .await?;
    super::progress::refresh_for_kr(conn, org, kr).await
}

#[derive(sqlx::FromRow)]
struct CheckInRow {
    key_result_id: KeyResultId,
    value: f64,
    note: Option<String>,
    author: Option<String>,
    at: i64,
}

const CHECK_IN_COLUMNS: &str = "c.key_result_id, c.value, c.note, u.name AS author, c.at FROM check_ins c \
     JOIN key_results k ON k.id = c.key_result_id JOIN objectives o ON o.id = k.objective_id \
     LEFT JOIN users u ON u.id = c.author_id";

fn by_key_result(rows: Vec<CheckInRow>) -> HashMap<KeyResultId, Vec<CheckInView>> {
    let mut out: HashMap<KeyResultId, Vec<CheckInView>> = HashMap::new();
    for r in rows {
        out.entry(r.key_result_id).or_default().push(CheckInView {
            value: r.value,
            note: r.note,
            author: r.author.unwrap_or_else(|| "a former member".into()),
            at: r.at,
        });
    }
    out
}

/// Check-ins of every key result of an objective, oldest first, by key result.
pub async fn history(
    conn: impl AnyExecutor<'_>,
    org: OrgId,
    objective: ObjectiveId,
) -> Result<HashMap<KeyResultId, Vec<CheckInView>>, AppError> {
    let rows: Vec<CheckInRow> =
        sqlx::query_as(&format!("SELECT {CHECK_IN_COLUMNS} WHERE k.objective_id = $1 AND o.org_id = $2 ORDER BY c.at, c.id"))
            .bind(objective)
            .bind(org)
            .fetch_all(conn)
            .await?;
    Ok(by_key_result(rows))
}

/// Check-ins of every key result of a wave, oldest first, by key result.
pub async fn wave_history(
    conn: impl AnyExecutor<'_>,
    org: OrgId,
    wave: WaveId,
) -> Result<HashMap<KeyResultId, Vec<CheckInView>>, AppError> {
    let rows: Vec<CheckInRow> =
        sqlx::query_as(&format!("SELECT {CHECK_IN_COLUMNS} WHERE o.wave_id = $1 AND o.org_id = $2 ORDER BY c.at, c.id"))
            .bind(wave)
            .bind(org)
            .fetch_all(conn)
            .await?;
    Ok(by_key_result(rows))
}
