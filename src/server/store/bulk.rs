//! Bulk writes for the large-organisation generator (`mistvine generate`).
//! Rows go in many at a time in one statement, into tables named here so
//! the generator holds no SQL. Ballot boxes are written in the same shape
//! the vault's writer gives them: a box, a receipt per voter sorted by tag,
//! and as many slots as receipts (on PostgreSQL, one row: `held_box`).

use crate::domain::ids::{ObjectiveId, OrgId, WaveId};
use crate::domain::tally::Tally;
use crate::error::AppError;
use crate::infra::db::{self, Engine};
use sqlx::AnyConnection;

/// One value of a row. A missing value keeps its type: PostgreSQL refuses
/// a NULL of one type in a column of another.
#[derive(Debug, Clone)]
pub enum Cell {
    Int(i64),
    Real(f64),
    Text(String),
    NullInt,
    NullReal,
    NullText,
}

impl From<i64> for Cell {
    fn from(v: i64) -> Self {
        Cell::Int(v)
    }
}
impl From<f64> for Cell {
    fn from(v: f64) -> Self {
        Cell::Real(v)
    }
}
impl From<&str> for Cell {
    fn from(v: &str) -> Self {
        Cell::Text(v.to_owned())
    }
}
impl From<String> for Cell {
    fn from(v: String) -> Self {
        Cell::Text(v)
    }
}
impl From<Option<i64>> for Cell {
    fn from(v: Option<i64>) -> Self {
        v.map_or(Cell::NullInt, Cell::Int)
    }
}
impl From<Option<f64>> for Cell {
    fn from(v: Option<f64>) -> Self {
        v.map_or(Cell::NullReal, Cell::Real)
    }
}
impl From<Option<String>> for Cell {
    fn from(v: Option<String>) -> Self {
        v.map_or(Cell::NullText, Cell::Text)
    }
}
impl From<Option<&str>> for Cell {
    fn from(v: Option<&str>) -> Self {
        v.map_or(Cell::NullText, Cell::from)
    }
}

/// The main database's tables the generator fills, each with its columns in
/// the order a row gives them.
#[derive(Debug, Clone, Copy)]
pub enum Table {
    Organisations,
    Users,
    Memberships,
    MembershipEvents,
    Teams,
    TeamMembers,
    Waves,
    Objectives,
    KeyResults,
    CheckIns,
    PppUpdates,
    PppItems,
    Boosts,
    BoostEvents,
    Reflections,
    Surveys,
    AuditLog,
}

impl Table {
    fn sql(self) -> (&'static str, &'static str) {
        match self {
            Table::Organisations => ("organisations", "id, name, created_at, vote_threshold, live_results"),
            Table::Users => ("users", "id, email, name, password_hash, created_at, email_confirmed_at"),
            Table::Memberships => ("memberships", "org_id, user_id, role, joined_at"),
            Table::MembershipEvents => ("membership_events", "org_id, at, kind, user_id, person, team, role, by_name"),
            Table::Teams => ("teams", "id, org_id, name, archived_at, created_at"),
            Table::TeamMembers => ("team_members", "team_id, user_id, added_at"),
            Table::Waves => ("waves", "id, org_id, name, starts_on, ends_on, state, created_at"),
            Table::Objectives => ("objectives", "id, org_id, wave_id, team_id, parent_id, title, why, owner_id, created_by, created_at"),
            Table::KeyResults => {
                ("key_results", "id, objective_id, position, title, kind, start_value, target_value, unit, weight, current_value, grade")
            }
            Table::CheckIns => ("check_ins", "key_result_id, value, note, author_id, at"),
            Table::PppUpdates => ("ppp_updates", "id, org_id, team_id, wave_id, week, author_id, created_at, updated_at"),
            Table::PppItems => ("ppp_items", "id, update_id, section, position, text, objective_id, resolved"),
            Table::Boosts => (
                "boosts",
                "id, org_id, from_team_id, to_team_id, objective_id, problem_item_id, need, needed_by, state, helper_team_id, \
                 helper_user_id, decline_reason, created_by, created_at, updated_at",
            ),
            Table::BoostEvents => ("boost_events", "boost_id, state, actor_id, note, at"),
            Table::Reflections => ("reflections", "org_id, wave_id, team_id, worked, didnt, change, author_id, updated_at"),
            Table::Surveys => ("surveys", "id, org_id, wave_id, opened_at, closed_at"),
            Table::AuditLog => ("audit_log", "org_id, at, actor_id, actor_name, action"),
        }
    }
}

/// SQLite's limit on bound values in one statement is 32,766 (PostgreSQL's 65,535).
pub(super) const MAX_VALUES: usize = 30_000;

/// `VALUES ($1, $2), ($3, $4), …` for `rows` rows of `width` values.
pub(super) fn values_list(rows: usize, width: usize) -> String {
    (0..rows)
        .map(|r| format!("({})", (1..=width).map(|c| format!("${}", r * width + c)).collect::<Vec<_>>().join(", ")))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Inserts `rows` (each in the table's column order) in as few statements as the value limit allows.
pub async fn insert(conn: &mut AnyConnection, table: Table, rows: &[Vec<Cell>]) -> Result<(), AppError> {
    let Some(width) = rows.first().map(Vec::len) else { return Ok(()) };
    let (name, columns) = table.sql();
    for chunk in rows.chunks((MAX_VALUES / width.max(1)).max(1)) {
        let sql = format!("INSERT INTO {name} ({columns}) VALUES {}", values_list(chunk.len(), width));
        let mut q = sqlx::query(&sql);
        for cell in chunk.iter().flatten() {
            q = match cell {
                Cell::Int(v) => q.bind(*v),
                Cell::Real(v) => q.bind(*v),
                Cell::Text(v) => q.bind(v.clone()),
                Cell::NullInt => q.bind(None::<i64>),
                Cell::NullReal => q.bind(None::<f64>),
                Cell::NullText => q.bind(None::<String>),
            };
        }
        q.execute(&mut *conn).await?;
    }
    Ok(())
}

/// Moves every identity past the highest id written, after rows went in
/// with their ids (PostgreSQL; SQLite takes the next id from the rows).
pub async fn move_sequences(conn: &mut AnyConnection) -> Result<(), AppError> {
    if db::engine_of(conn) != Engine::Postgres {
        return Ok(());
    }
    let identities: Vec<(String, String)> = sqlx::query_as(
        "SELECT CAST(table_name AS TEXT), CAST(column_name AS TEXT) FROM information_schema.columns \
         WHERE table_schema = current_schema() AND is_identity = 'YES'",
    )
    .fetch_all(&mut *conn)
    .await?;
    for (table, column) in identities {
        sqlx::query(&format!(
            "SELECT setval(pg_get_serial_sequence('{table}', '{column}'), COALESCE((SELECT MAX({column}) FROM {table}), 0) + 1, false)"
        ))
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Writes one vote box of the vault: `tags` sorted, `voted[i]` for `tags[i]`,
/// `scores` one character per slot ('-' empty, '1'..'5'), as many as tags,
/// and their `tally`.
/// One statement per box: the rows are cut out of two long values by SQL.
pub async fn vote_box(
    conn: &mut AnyConnection,
    (org, wave, objective, week): (i64, i64, i64, i64),
    tags: &[u8],
    tag_len: usize,
    voted: &str,
    scores: &str,
    tally: Tally,
) -> Result<(), AppError> {
    if db::engine_of(conn) == Engine::Postgres {
        // A box is one row there (`held_box`).
        let tags: Vec<Vec<u8>> = tags.chunks(tag_len.max(1)).map(<[u8]>::to_vec).collect();
        let voted: Vec<bool> = voted.bytes().map(|f| f == b'1').collect();
        let scores: Vec<u8> = scores.bytes().map(|s| if s.is_ascii_digit() { s - b'0' } else { 0 }).collect();
        let key = (OrgId(org), WaveId(wave), ObjectiveId(objective), week as u32);
        super::held_box::insert(conn, key, &tags, &voted, &scores, tally).await?;
        return Ok(());
    }
    let n = voted.len() as i64;
    sqlx::query("INSERT INTO vote_boxes (objective_id, week, org_id, wave_id, slots, tally) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(objective)
        .bind(week)
        .bind(org)
        .bind(wave)
        .bind(n)
        .bind(tally.to_text())
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i WHERE n + 1 < $1) \
         INSERT INTO vote_receipts (objective_id, week, voter_tag, voted) \
         SELECT $2, $3, substr($4, CAST(n * $5 + 1 AS INTEGER), CAST($5 AS INTEGER)), CAST(substr($6, n + 1, 1) AS INTEGER) FROM i",
    )
    .bind(n)
    .bind(objective)
    .bind(week)
    .bind(tags)
    .bind(tag_len as i64)
    .bind(voted)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i WHERE n + 1 < $1) \
         INSERT INTO ballots (objective_id, week, slot, score) SELECT $2, $3, n, substr($4, n + 1, 1) FROM i",
    )
    .bind(n)
    .bind(objective)
    .bind(week)
    .bind(scores)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Writes one survey box: receipts as in `vote_box`, and `answers` twenty
/// characters per slot ("0"×20 for an empty one).
pub async fn survey_box(
    conn: &mut AnyConnection,
    org: i64,
    survey: i64,
    tags: &[u8],
    tag_len: usize,
    answered: &str,
    answers: &str,
) -> Result<(), AppError> {
    let n = answered.len() as i64;
    sqlx::query("INSERT INTO survey_boxes (survey_id, org_id) VALUES ($1, $2)").bind(survey).bind(org).execute(&mut *conn).await?;
    sqlx::query(
        "WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i WHERE n + 1 < $1) \
         INSERT INTO survey_receipts (survey_id, voter_tag, answered) \
         SELECT $2, substr($3, CAST(n * $4 + 1 AS INTEGER), CAST($4 AS INTEGER)), CAST(substr($5, n + 1, 1) AS INTEGER) FROM i",
    )
    .bind(n)
    .bind(survey)
    .bind(tags)
    .bind(tag_len as i64)
    .bind(answered)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i WHERE n + 1 < $1) \
         INSERT INTO survey_responses (survey_id, slot, answers) SELECT $2, n, substr($3, n * 20 + 1, 20) FROM i",
    )
    .bind(n)
    .bind(survey)
    .bind(answers)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Whether the database holds any organisation (the generator wants an empty one).
pub async fn has_organisations(conn: &mut AnyConnection) -> Result<bool, AppError> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM (SELECT 1 FROM organisations LIMIT 1) o").fetch_one(conn).await?;
    Ok(n > 0)
}
