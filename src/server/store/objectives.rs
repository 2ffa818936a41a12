//! Objectives and key results (check-ins are in `check_ins`). A summary read is two queries
//! (objectives, then the key results of exactly those objectives), grouped in
//! memory, so a page costs the same however many teams there are.

use super::packed;
use super::types::KrKindName;
use crate::domain::ids::{KeyResultId, ObjectiveId, OrgId, TeamId, UserId, WaveId};
use crate::domain::key_result::{KrKind, KrSpec, KrView};
use crate::domain::objective::ObjectiveSummary;
use crate::domain::org::TeamRef;
use crate::domain::progress::weighted_mean;
use crate::error::AppError;
use sqlx::{AnyConnection, AnyExecutor};
use std::collections::HashMap;

pub struct NewObjective<'a> {
    pub org: OrgId,
    pub wave: WaveId,
    /// Team and aligned wave objective, for team objectives.
    pub team: Option<(TeamId, ObjectiveId)>,
    pub title: &'a str,
    pub why: &'a str,
    pub owner: Option<UserId>,
    pub created_by: UserId,
    pub now: i64,
}

pub async fn insert(conn: &mut AnyConnection, o: NewObjective<'_>, krs: &[KrSpec]) -> Result<ObjectiveId, AppError> {
    let id: ObjectiveId = sqlx::query_scalar(
        "INSERT INTO objectives (org_id, wave_id, team_id, parent_id, title, why, owner_id, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(o.org)
    .bind(o.wave)
    .bind(o.team.map(|(t, _)| t))
    .bind(o.team.map(|(_, p)| p))
    .bind(o.title)
    .bind(o.why)
    .bind(o.owner)
    .bind(o.created_by)
    .bind(o.now)
    .fetch_one(&mut *conn)
    .await?;
    for (position, kr) in krs.iter().enumerate() {
        insert_key_result(&mut *conn, id, position, kr, kr.kind.initial()).await?;
    }
    super::progress::refresh(conn, o.org, id).await?;
    Ok(id)
}

/// Writes `objective`'s key result at `position`, standing at `current`
/// (a new one at its start; a restored one where it stood).
pub async fn insert_key_result(
    conn: &mut AnyConnection,
    objective: ObjectiveId,
    position: usize,
    kr: &KrSpec,
    current: f64,
) -> Result<KeyResultId, AppError> {
    let (start, target, unit) = match &kr.kind {
        KrKind::Numeric { start, target, unit } => (*start, *target, unit.as_str()),
        KrKind::Percentage { start, target } => (*start, *target, ""),
        KrKind::Milestone => (0.0, 1.0, ""),
    };
    Ok(sqlx::query_scalar(
        "INSERT INTO key_results (objective_id, position, title, kind, start_value, target_value, unit, weight, current_value) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(objective)
    .bind(position as i64)
    .bind(&kr.title)
    .bind(KrKindName::of(&kr.kind))
    .bind(start)
    .bind(target)
    .bind(unit)
    .bind(kr.weight)
    .bind(current)
    .fetch_one(&mut *conn)
    .await?)
}

#[derive(sqlx::FromRow)]
pub struct ObjectiveRow {
    pub id: ObjectiveId,
    pub wave_id: WaveId,
    pub team_id: Option<TeamId>,
    pub parent_id: Option<ObjectiveId>,
    pub title: String,
    pub why: String,
    pub owner_id: Option<UserId>,
}

pub async fn get(conn: impl AnyExecutor<'_>, org: OrgId, id: ObjectiveId) -> Result<Option<ObjectiveRow>, AppError> {
    Ok(sqlx::query_as("SELECT id, wave_id, team_id, parent_id, title, why, owner_id FROM objectives WHERE id = $1 AND org_id = $2")
        .bind(id)
        .bind(org)
        .fetch_optional(conn)
        .await?)
}

pub async fn update(
    conn: impl AnyExecutor<'_>,
    org: OrgId,
    id: ObjectiveId,
    title: &str,
    why: &str,
    owner: Option<UserId>,
) -> Result<(), AppError> {
    sqlx::query("UPDATE objectives SET title = $1, why = $2, owner_id = $3 WHERE id = $4 AND org_id = $5")
        .bind(title)
        .bind(why)
        .bind(owner)
        .bind(id)
        .bind(org)
        .execute(conn)
        .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct KrRow {
    id: KeyResultId,
    objective_id: ObjectiveId,
    title: String,
    kind: KrKindName,
    start_value: f64,
    target_value: f64,
    unit: String,
    weight: f64,
    current_value: f64,
    grade: Option<f64>,
}

impl KrRow {
    fn kind(&self) -> KrKind {
        self.kind.kind(self.start_value, self.target_value, &self.unit)
    }

    fn view(self) -> KrView {
        let kind = self.kind();
        KrView {
            id: self.id,
            progress: kind.progress(self.current_value),
            title: self.title,
            kind,
            current: self.current_value,
            weight: self.weight,
            grade: self.grade,
        }
    }
}

const KR_COLUMNS: &str = "k.id, k.objective_id, k.title, k.kind, k.start_value, k.target_value, k.unit, k.weight, k.current_value, k.grade";

/// Which objectives of a wave to summarise.
#[derive(Debug, Clone, Copy)]
pub enum Scope {
    Wave,
    WaveObjectives,
    Team(TeamId),
    AlignedTo(ObjectiveId),
    One(ObjectiveId),
    /// The wave objectives and those of the person's teams: what they vote
    /// on, a few dozen of a 10,000-person organisation's thousands.
    VotableBy(UserId),
}

impl Scope {
    /// The SQL condition on `o` and its argument.
    fn filter(self) -> (&'static str, Option<i64>) {
        match self {
            Scope::Wave => ("", None),
            Scope::WaveObjectives => (" AND o.team_id IS NULL", None),
            Scope::Team(t) => (" AND o.team_id = $3", Some(t.0)),
            Scope::AlignedTo(p) => (" AND o.parent_id = $3", Some(p.0)),
            Scope::One(id) => (" AND o.id = $3", Some(id.0)),
            Scope::VotableBy(u) => {
                (" AND (o.team_id IS NULL OR o.team_id IN (SELECT tm.team_id FROM team_members tm WHERE tm.user_id = $3))", Some(u.0))
            }
        }
    }
}

type QueryAs<'q, T> = sqlx::query::QueryAs<'q, sqlx::Any, T, sqlx::any::AnyArguments<'q>>;

fn bind_scope<T>(q: QueryAs<'_, T>, arg: Option<i64>) -> QueryAs<'_, T> {
    match arg {
        Some(a) => q.bind(a),
        None => q,
    }
}

#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: ObjectiveId,
    title: String,
    team_id: Option<TeamId>,
    team_name: Option<String>,
    parent_id: Option<ObjectiveId>,
    owner: Option<String>,
}

/// Objectives of a wave of this organisation with their key results and progress.
pub async fn summaries(conn: &mut AnyConnection, org: OrgId, wave: WaveId, scope: Scope) -> Result<Vec<ObjectiveSummary>, AppError> {
    let (filter, arg) = scope.filter();
    let sql = format!(
        "SELECT o.id, o.title, o.team_id, t.name AS team_name, o.parent_id, u.name AS owner FROM objectives o \
         LEFT JOIN teams t ON t.id = o.team_id LEFT JOIN users u ON u.id = o.owner_id \
         WHERE o.org_id = $1 AND o.wave_id = $2{filter} ORDER BY o.team_id IS NOT NULL, lower(t.name), o.id"
    );
    let rows: Vec<SummaryRow> = bind_scope(sqlx::query_as(&sql).bind(org).bind(wave), arg).fetch_all(&mut *conn).await?;
    let kr_sql = format!(
        "SELECT {KR_COLUMNS} FROM key_results k JOIN objectives o ON o.id = k.objective_id \
         WHERE o.org_id = $1 AND o.wave_id = $2{filter} ORDER BY k.objective_id, k.position"
    );
    let krs: Vec<KrRow> = bind_scope(sqlx::query_as(&kr_sql).bind(org).bind(wave), arg).fetch_all(&mut *conn).await?;
    let mut by_objective: HashMap<ObjectiveId, Vec<KrView>> = HashMap::new();
    for row in krs {
        by_objective.entry(row.objective_id).or_default().push(row.view());
    }
    Ok(rows
        .into_iter()
        .map(|r| {
            let krs = by_objective.remove(&r.id).unwrap_or_default();
            let progress = weighted_mean(krs.iter().map(|k| (k.progress, k.weight))).unwrap_or(0.0);
            ObjectiveSummary {
                id: r.id,
                title: r.title,
                team: r.team_id.zip(r.team_name).map(|(id, name)| TeamRef { id, name }),
                parent_id: r.parent_id,
                owner: r.owner,
                progress,
                krs,
            }
        })
        .collect())
}

/// An objective's id, title and team, without its key results.
#[derive(Debug, Clone)]
pub struct ObjectiveHead {
    pub id: ObjectiveId,
    pub title: String,
    pub team: Option<TeamRef>,
    pub parent: Option<ObjectiveId>,
}

/// id, title, team id, team name, parent: a row of [`heads`].
#[derive(serde::Deserialize, sqlx::FromRow)]
struct HeadRow(ObjectiveId, String, Option<TeamId>, Option<String>, Option<ObjectiveId>);

/// The objectives in `scope`, in page order, without their key results (a
/// wave's are thousands: see `packed`).
pub async fn heads(conn: &mut AnyConnection, org: OrgId, wave: WaveId, scope: Scope) -> Result<Vec<ObjectiveHead>, AppError> {
    let (filter, arg) = scope.filter();
    let binds: Vec<i64> = [org.0, wave.0].into_iter().chain(arg).collect();
    let rows: Vec<HeadRow> = packed::fetch(
        conn,
        "o.id, o.title, o.team_id, t.name, o.parent_id",
        &format!("FROM objectives o LEFT JOIN teams t ON t.id = o.team_id WHERE o.org_id = $1 AND o.wave_id = $2{filter}"),
        "o.team_id IS NOT NULL, lower(t.name), o.id",
        &binds,
    )
    .await?;
    Ok(rows
        .into_iter()
        .map(|HeadRow(id, title, team_id, team_name, parent)| ObjectiveHead {
            id,
            title,
            team: team_id.zip(team_name).map(|(id, name)| TeamRef { id, name }),
            parent,
        })
        .collect())
}

/// (id, title) of the objectives in `scope`, for choosers.
pub async fn titles(conn: &mut AnyConnection, org: OrgId, wave: WaveId, scope: Scope) -> Result<Vec<(ObjectiveId, String)>, AppError> {
    Ok(heads(conn, org, wave, scope).await?.into_iter().map(|h| (h.id, h.title)).collect())
}

/// How many distinct teams align to each wave objective of the wave.
pub async fn aligned_team_counts(conn: impl AnyExecutor<'_>, org: OrgId, wave: WaveId) -> Result<Vec<(ObjectiveId, i64)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT parent_id, COUNT(DISTINCT team_id) FROM objectives \
         WHERE org_id = $1 AND wave_id = $2 AND parent_id IS NOT NULL GROUP BY parent_id",
    )
    .bind(org)
    .bind(wave)
    .fetch_all(conn)
    .await?)
}

/// The key result's kind and objective, if it belongs to this organisation.
pub async fn key_result(conn: impl AnyExecutor<'_>, org: OrgId, kr: KeyResultId) -> Result<Option<(ObjectiveId, KrKind)>, AppError> {
    let row: Option<KrRow> = sqlx::query_as(&format!(
        "SELECT {KR_COLUMNS} FROM key_results k JOIN objectives o ON o.id = k.objective_id WHERE k.id = $1 AND o.org_id = $2"
    ))
    .bind(kr)
    .bind(org)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| (r.objective_id, r.kind())))
}

/// The why (or alignment rationale) of every objective of a wave.
pub async fn whys(conn: impl AnyExecutor<'_>, org: OrgId, wave: WaveId) -> Result<HashMap<ObjectiveId, String>, AppError> {
    let rows: Vec<(ObjectiveId, String)> =
        sqlx::query_as("SELECT id, why FROM objectives WHERE org_id = $1 AND wave_id = $2").bind(org).bind(wave).fetch_all(conn).await?;
    Ok(rows.into_iter().collect())
}

/// The key results of an objective of this organisation, in their order.
pub async fn key_result_ids(conn: impl AnyExecutor<'_>, org: OrgId, objective: ObjectiveId) -> Result<Vec<KeyResultId>, AppError> {
    Ok(sqlx::query_scalar(
        "SELECT k.id FROM key_results k JOIN objectives o ON o.id = k.objective_id \
         WHERE k.objective_id = $1 AND o.org_id = $2 ORDER BY k.position",
    )
    .bind(objective)
    .bind(org)
    .fetch_all(conn)
    .await?)
}
