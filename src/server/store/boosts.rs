//! Boost requests and their history.

use super::Day;
use crate::domain::boost::{BoostEvent, BoostState, BoostView};
use crate::domain::ids::{BoostId, ObjectiveId, OrgId, PppItemId, TeamId, UserId};
use crate::domain::org::TeamRef;
use crate::error::AppError;
use chrono::NaiveDate;
use sqlx::{AnyConnection, AnyExecutor};
use std::collections::HashMap;

pub struct NewBoost<'a> {
    pub org: OrgId,
    pub from: TeamId,
    pub to: Option<TeamId>,
    pub objective: ObjectiveId,
    pub problem_item: Option<PppItemId>,
    pub need: &'a str,
    pub needed_by: Option<NaiveDate>,
    pub by: UserId,
    pub now: i64,
}

pub async fn create(conn: &mut AnyConnection, b: NewBoost<'_>) -> Result<BoostId, AppError> {
    let id: BoostId = sqlx::query_scalar(
        "INSERT INTO boosts (org_id, from_team_id, to_team_id, objective_id, problem_item_id, need, needed_by, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(b.org)
    .bind(b.from)
    .bind(b.to)
    .bind(b.objective)
    .bind(b.problem_item)
    .bind(b.need)
    .bind(b.needed_by.map(Day))
    .bind(b.by)
    .bind(b.now)
    .bind(b.now)
    .fetch_one(&mut *conn)
    .await?;
    event(conn, id, BoostState::Open, b.by, None, b.now).await?;
    Ok(id)
}

async fn event(
    conn: &mut AnyConnection,
    boost: BoostId,
    state: BoostState,
    actor: UserId,
    note: Option<&str>,
    now: i64,
) -> Result<(), AppError> {
    sqlx::query("INSERT INTO boost_events (boost_id, state, actor_id, note, at) VALUES ($1, $2, $3, $4, $5)")
        .bind(boost)
        .bind(state)
        .bind(actor)
        .bind(note)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

/// A move of a boost from one state to the next.
pub struct Transition<'a> {
    pub org: OrgId,
    pub boost: BoostId,
    pub from: BoostState,
    pub to: BoostState,
    pub helper: Option<(TeamId, UserId)>,
    pub reason: Option<&'a str>,
    pub actor: UserId,
    pub now: i64,
}

/// Moves a boost of this organisation from `from` to `to` (only if still in
/// `from`) and records it. False when it was not in `from` any more.
pub async fn transition(conn: &mut AnyConnection, t: Transition<'_>) -> Result<bool, AppError> {
    let done = sqlx::query(
        "UPDATE boosts SET state = $1, updated_at = $2, \
         helper_team_id = COALESCE($3, helper_team_id), helper_user_id = COALESCE($4, helper_user_id), \
         decline_reason = COALESCE($5, decline_reason) WHERE id = $6 AND org_id = $7 AND state = $8",
    )
    .bind(t.to)
    .bind(t.now)
    .bind(t.helper.map(|(team, _)| team))
    .bind(t.helper.map(|(_, user)| user))
    .bind(t.reason)
    .bind(t.boost)
    .bind(t.org)
    .bind(t.from)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    event(conn, t.boost, t.to, t.actor, t.reason, t.now).await?;
    Ok(true)
}

#[derive(sqlx::FromRow)]
struct Row {
    id: BoostId,
    state: BoostState,
    from_team_id: TeamId,
    from_team: String,
    to_team_id: Option<TeamId>,
    to_team: Option<String>,
    objective_id: Option<ObjectiveId>,
    objective: Option<String>,
    need: String,
    needed_by: Option<Day>,
    helper_team_id: Option<TeamId>,
    helper_team: Option<String>,
    helper: Option<String>,
    decline_reason: Option<String>,
    created_at: i64,
    updated_at: i64,
}

const SELECT: &str = "SELECT b.id, b.state, b.from_team_id, ft.name AS from_team, b.to_team_id, tt.name AS to_team, \
    b.objective_id, o.title AS objective, b.need, b.needed_by, b.helper_team_id, ht.name AS helper_team, hu.name AS helper, \
    b.decline_reason, b.created_at, b.updated_at FROM boosts b \
    JOIN teams ft ON ft.id = b.from_team_id LEFT JOIN teams tt ON tt.id = b.to_team_id \
    LEFT JOIN objectives o ON o.id = b.objective_id LEFT JOIN teams ht ON ht.id = b.helper_team_id \
    LEFT JOIN users hu ON hu.id = b.helper_user_id";

impl From<Row> for BoostView {
    fn from(r: Row) -> Self {
        let team = |id: Option<TeamId>, name: Option<String>| id.zip(name).map(|(id, name)| TeamRef { id, name });
        BoostView {
            id: r.id,
            state: r.state,
            from_team: TeamRef { id: r.from_team_id, name: r.from_team },
            to_team: team(r.to_team_id, r.to_team),
            objective: r.objective_id.zip(r.objective),
            need: r.need,
            needed_by: r.needed_by.map(|d| d.0),
            helper_team: team(r.helper_team_id, r.helper_team),
            helper: r.helper,
            decline_reason: r.decline_reason,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

/// The PPP problem a boost was asked for: (item, the team whose PPP it is in, text, solved).
pub async fn problem_of(
    conn: impl AnyExecutor<'_>,
    org: OrgId,
    id: BoostId,
) -> Result<Option<(PppItemId, TeamId, String, bool)>, AppError> {
    let row: Option<(PppItemId, TeamId, String, super::Flag)> = sqlx::query_as(
        "SELECT i.id, u.team_id, i.text, i.resolved FROM boosts b JOIN ppp_items i ON i.id = b.problem_item_id \
         JOIN ppp_updates u ON u.id = i.update_id WHERE b.id = $1 AND b.org_id = $2 AND u.org_id = b.org_id",
    )
    .bind(id)
    .bind(org)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|(item, team, text, solved)| (item, team, text, solved.0)))
}

pub async fn get(conn: impl AnyExecutor<'_>, org: OrgId, id: BoostId) -> Result<Option<BoostView>, AppError> {
    let row: Option<Row> =
        sqlx::query_as(&format!("{SELECT} WHERE b.id = $1 AND b.org_id = $2")).bind(id).bind(org).fetch_optional(conn).await?;
    Ok(row.map(BoostView::from))
}

/// Which boosts of an organisation to list.
#[derive(Debug, Clone, Copy)]
pub enum Filter {
    All,
    /// Waiting for a team to take them on.
    Open,
    /// Asked by, asked of, or helped by this team.
    Team(TeamId),
}

/// Boosts of the organisation, newest change first.
pub async fn list(conn: impl AnyExecutor<'_>, org: OrgId, filter: Filter) -> Result<Vec<BoostView>, AppError> {
    listed(conn, org, filter, None).await
}

/// The boosts on the board (`domain::boost::on_board`), newest change
/// first: those not finished, and those finished at `cutoff` or later
/// (`domain::boost::board_cutoff`). Most of an organisation's boosts are
/// finished long ago, so this reads a tenth of them.
pub async fn board(conn: impl AnyExecutor<'_>, org: OrgId, filter: Filter, cutoff: i64) -> Result<Vec<BoostView>, AppError> {
    listed(conn, org, filter, Some(cutoff)).await
}

async fn listed(conn: impl AnyExecutor<'_>, org: OrgId, filter: Filter, cutoff: Option<i64>) -> Result<Vec<BoostView>, AppError> {
    let (clause, team) = match filter {
        Filter::All => ("", None),
        Filter::Open => (" AND b.state = 'open'", None),
        Filter::Team(t) => (" AND $2 IN (b.from_team_id, b.to_team_id, b.helper_team_id)", Some(t)),
    };
    let board = match cutoff {
        None => String::new(),
        Some(_) => {
            let unfinished: Vec<String> =
                BoostState::ALL.iter().filter(|s| !s.is_finished()).map(|s| format!("'{}'", s.as_str())).collect();
            let at = if team.is_some() { 3 } else { 2 };
            format!(" AND (b.state IN ({}) OR b.updated_at >= ${at})", unfinished.join(", "))
        }
    };
    let sql = format!("{SELECT} WHERE b.org_id = $1{clause}{board} ORDER BY b.updated_at DESC, b.id DESC");
    let mut q = sqlx::query_as::<_, Row>(&sql).bind(org);
    if let Some(t) = team {
        q = q.bind(t);
    }
    if let Some(c) = cutoff {
        q = q.bind(c);
    }
    Ok(q.fetch_all(conn).await?.into_iter().map(BoostView::from).collect())
}

#[derive(sqlx::FromRow)]
struct EventRow {
    state: BoostState,
    actor: Option<String>,
    note: Option<String>,
    at: i64,
}

#[derive(sqlx::FromRow)]
struct OwnedEventRow {
    boost_id: BoostId,
    #[sqlx(flatten)]
    event: EventRow,
}

const EVENTS: &str = "SELECT e.boost_id, e.state, u.name AS actor, e.note, e.at FROM boost_events e JOIN boosts b ON b.id = e.boost_id \
     LEFT JOIN users u ON u.id = e.actor_id";

impl From<EventRow> for BoostEvent {
    fn from(r: EventRow) -> Self {
        BoostEvent { state: r.state, actor: r.actor.unwrap_or_else(|| "a former member".into()), note: r.note, at: r.at }
    }
}

pub async fn history(conn: impl AnyExecutor<'_>, org: OrgId, boost: BoostId) -> Result<Vec<BoostEvent>, AppError> {
    let rows: Vec<OwnedEventRow> = sqlx::query_as(&format!("{EVENTS} WHERE e.boost_id = $1 AND b.org_id = $2 ORDER BY e.at, e.id"))
        .bind(boost)
        .bind(org)
        .fetch_all(conn)
        .await?;
    Ok(rows.into_iter().map(|r| r.event.into()).collect())
}

/// The history of every boost of the organisation, oldest event first.
pub async fn all_history(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<HashMap<BoostId, Vec<BoostEvent>>, AppError> {
    let rows: Vec<OwnedEventRow> =
        sqlx::query_as(&format!("{EVENTS} WHERE b.org_id = $1 ORDER BY e.at, e.id")).bind(org).fetch_all(conn).await?;
    let mut out: HashMap<BoostId, Vec<BoostEvent>> = HashMap::new();
    for r in rows {
        out.entry(r.boost_id).or_default().push(r.event.into());
    }
    Ok(out)
}
