//! Boost requests and their history.

use crate::domain::boost::{BoostEvent, BoostState, BoostView};
use crate::domain::ids::{ObjectiveId, OrgId, TeamId, UserId};
use crate::domain::plan::TeamRef;
use crate::error::AppError;
use chrono::NaiveDate;
use sqlx::{SqliteConnection, SqlitePool};

pub struct NewBoost<'a> {
    pub org: OrgId,
    pub from: TeamId,
    pub to: Option<TeamId>,
    pub objective: ObjectiveId,
    pub problem_item: Option<i64>,
    pub need: &'a str,
    pub needed_by: Option<NaiveDate>,
    pub by: UserId,
    pub now: i64,
}

pub async fn create(conn: &mut SqliteConnection, b: NewBoost<'_>) -> Result<i64, AppError> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO boosts (org_id, from_team_id, to_team_id, objective_id, problem_item_id, need, needed_by, created_by, created_at, updated_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(b.org.0)
    .bind(b.from.0)
    .bind(b.to.map(|t| t.0))
    .bind(b.objective.0)
    .bind(b.problem_item)
    .bind(b.need)
    .bind(b.needed_by.map(|d| d.format("%Y-%m-%d").to_string()))
    .bind(b.by.0)
    .bind(b.now)
    .bind(b.now)
    .fetch_one(&mut *conn)
    .await?;
    event(conn, id, BoostState::Open, b.by, None, b.now).await?;
    Ok(id)
}

async fn event(conn: &mut SqliteConnection, boost: i64, state: BoostState, actor: UserId, note: Option<&str>, now: i64) -> Result<(), AppError> {
    sqlx::query("INSERT INTO boost_events (boost_id, state, actor_id, note, at) VALUES (?, ?, ?, ?, ?)")
        .bind(boost)
        .bind(state.as_str())
        .bind(actor.0)
        .bind(note)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

/// Moves a boost from `from` to `to` (only if still in `from`) and records it.
#[allow(clippy::too_many_arguments)]
pub async fn transition(
    conn: &mut SqliteConnection,
    boost: i64,
    from: BoostState,
    to: BoostState,
    helper: Option<(TeamId, UserId)>,
    reason: Option<&str>,
    actor: UserId,
    now: i64,
) -> Result<bool, AppError> {
    let done = sqlx::query(
        "UPDATE boosts SET state = ?, updated_at = ?, \
         helper_team_id = COALESCE(?, helper_team_id), helper_user_id = COALESCE(?, helper_user_id), \
         decline_reason = COALESCE(?, decline_reason) WHERE id = ? AND state = ?",
    )
    .bind(to.as_str())
    .bind(now)
    .bind(helper.map(|(t, _)| t.0))
    .bind(helper.map(|(_, u)| u.0))
    .bind(reason)
    .bind(boost)
    .bind(from.as_str())
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    event(conn, boost, to, actor, reason, now).await?;
    Ok(true)
}

type Row = (
    i64,
    String,
    i64,
    String,
    Option<i64>,
    Option<String>,
    Option<i64>,
    Option<String>,
    String,
    Option<String>,
    Option<i64>,
    Option<String>,
    Option<String>,
    Option<String>,
    i64,
    i64,
);

const SELECT: &str = "SELECT b.id, b.state, b.from_team_id, ft.name, b.to_team_id, tt.name, b.objective_id, o.title, b.need, b.needed_by, \
    b.helper_team_id, ht.name, hu.name, b.decline_reason, b.created_at, b.updated_at FROM boosts b \
    JOIN teams ft ON ft.id = b.from_team_id LEFT JOIN teams tt ON tt.id = b.to_team_id \
    LEFT JOIN objectives o ON o.id = b.objective_id LEFT JOIN teams ht ON ht.id = b.helper_team_id \
    LEFT JOIN users hu ON hu.id = b.helper_user_id";

fn view(r: Row) -> BoostView {
    let team = |id: Option<i64>, name: Option<String>| id.zip(name).map(|(id, name)| TeamRef { id: TeamId(id), name });
    BoostView {
        id: r.0,
        state: BoostState::parse(&r.1).unwrap_or(BoostState::Open),
        from_team: TeamRef { id: TeamId(r.2), name: r.3 },
        to_team: team(r.4, r.5),
        objective: r.6.zip(r.7).map(|(id, t)| (ObjectiveId(id), t)),
        need: r.8,
        needed_by: r.9.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
        helper_team: team(r.10, r.11),
        helper: r.12,
        decline_reason: r.13,
        created_at: r.14,
        updated_at: r.15,
    }
}

pub async fn get(pool: &SqlitePool, org: OrgId, id: i64) -> Result<Option<BoostView>, AppError> {
    let row: Option<Row> = sqlx::query_as(&format!("{SELECT} WHERE b.id = ? AND b.org_id = ?")).bind(id).bind(org.0).fetch_optional(pool).await?;
    Ok(row.map(view))
}

/// Every boost of the organisation, newest change first.
pub async fn list(pool: &SqlitePool, org: OrgId) -> Result<Vec<BoostView>, AppError> {
    let rows: Vec<Row> = sqlx::query_as(&format!("{SELECT} WHERE b.org_id = ? ORDER BY b.updated_at DESC, b.id DESC")).bind(org.0).fetch_all(pool).await?;
    Ok(rows.into_iter().map(view).collect())
}

pub async fn history(pool: &SqlitePool, boost: i64) -> Result<Vec<BoostEvent>, AppError> {
    let rows: Vec<(String, Option<String>, Option<String>, i64)> = sqlx::query_as(
        "SELECT e.state, u.name, e.note, e.at FROM boost_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.boost_id = ? ORDER BY e.at, e.id",
    )
    .bind(boost)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(state, actor, note, at)| {
            Some(BoostEvent { state: BoostState::parse(&state)?, actor: actor.unwrap_or_else(|| "a former member".into()), note, at })
        })
        .collect())
}

/// The teams a person is in (ids only).
pub async fn teams_of(pool: &SqlitePool, org: OrgId, user: UserId) -> Result<Vec<TeamId>, AppError> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT tm.team_id FROM team_members tm JOIN teams t ON t.id = tm.team_id WHERE t.org_id = ? AND tm.user_id = ?",
    )
    .bind(org.0)
    .bind(user.0)
    .fetch_all(pool)
    .await?;
    Ok(ids.into_iter().map(TeamId).collect())
}
