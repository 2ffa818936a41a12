//! Objectives, key results and check-ins. Reads are per wave (two queries,
//! grouped in memory) so a dashboard costs the same however many teams there are.

use crate::domain::ids::{KeyResultId, ObjectiveId, OrgId, TeamId, UserId, WaveId};
use crate::domain::key_result::{weighted_mean, KrKind, KrSpec};
use crate::domain::plan::{CheckInView, KrView, ObjectiveSummary, TeamRef};
use crate::error::AppError;
use sqlx::{SqliteConnection, SqlitePool};
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

pub async fn insert(conn: &mut SqliteConnection, o: NewObjective<'_>, krs: &[KrSpec]) -> Result<ObjectiveId, AppError> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO objectives (org_id, wave_id, team_id, parent_id, title, why, owner_id, created_by, created_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(o.org.0)
    .bind(o.wave.0)
    .bind(o.team.map(|(t, _)| t.0))
    .bind(o.team.map(|(_, p)| p.0))
    .bind(o.title)
    .bind(o.why)
    .bind(o.owner.map(|u| u.0))
    .bind(o.created_by.0)
    .bind(o.now)
    .fetch_one(&mut *conn)
    .await?;
    for (position, kr) in krs.iter().enumerate() {
        let (start, target, unit) = match &kr.kind {
            KrKind::Numeric { start, target, unit } => (*start, *target, unit.as_str()),
            KrKind::Percentage { start, target } => (*start, *target, ""),
            KrKind::Milestone => (0.0, 1.0, ""),
        };
        sqlx::query(
            "INSERT INTO key_results (objective_id, position, title, kind, start_value, target_value, unit, weight, current_value) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(&kr.title)
        .bind(kr.kind.name())
        .bind(start)
        .bind(target)
        .bind(unit)
        .bind(kr.weight)
        .bind(kr.kind.initial())
        .execute(&mut *conn)
        .await?;
    }
    Ok(ObjectiveId(id))
}

#[derive(sqlx::FromRow)]
pub struct ObjectiveRow {
    pub id: i64,
    pub wave_id: i64,
    pub team_id: Option<i64>,
    pub parent_id: Option<i64>,
    pub title: String,
    pub why: String,
    pub owner_id: Option<i64>,
}

pub async fn get<'c>(conn: impl sqlx::SqliteExecutor<'c>, org: OrgId, id: ObjectiveId) -> Result<Option<ObjectiveRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT id, wave_id, team_id, parent_id, title, why, owner_id FROM objectives WHERE id = ? AND org_id = ?",
    )
    .bind(id.0)
    .bind(org.0)
    .fetch_optional(conn)
    .await?)
}

pub async fn update(pool: &SqlitePool, org: OrgId, id: ObjectiveId, title: &str, why: &str, owner: Option<UserId>) -> Result<(), AppError> {
    sqlx::query("UPDATE objectives SET title = ?, why = ?, owner_id = ? WHERE id = ? AND org_id = ?")
        .bind(title)
        .bind(why)
        .bind(owner.map(|u| u.0))
        .bind(id.0)
        .bind(org.0)
        .execute(pool)
        .await?;
    Ok(())
}

type KrRow = (i64, i64, String, String, f64, f64, String, f64, f64, Option<f64>);

fn kr_view((id, _objective, title, kind, start, target, unit, weight, current, grade): KrRow) -> KrView {
    let kind = match kind.as_str() {
        "percentage" => KrKind::Percentage { start, target },
        "milestone" => KrKind::Milestone,
        _ => KrKind::Numeric { start, target, unit },
    };
    KrView { id: KeyResultId(id), title, progress: kind.progress(current), kind, current, weight, grade }
}

const KR_COLUMNS: &str =
    "k.id, k.objective_id, k.title, k.kind, k.start_value, k.target_value, k.unit, k.weight, k.current_value, k.grade";

/// Which objectives of a wave to summarise.
pub enum Scope {
    Wave,
    WaveObjectives,
    Team(TeamId),
    AlignedTo(ObjectiveId),
    One(ObjectiveId),
}

/// Objectives of a wave of this organisation with their key results and progress.
pub async fn summaries(pool: &SqlitePool, org: OrgId, wave: WaveId, scope: Scope) -> Result<Vec<ObjectiveSummary>, AppError> {
    let (filter, arg) = match scope {
        Scope::Wave => ("", None),
        Scope::WaveObjectives => (" AND o.team_id IS NULL", None),
        Scope::Team(t) => (" AND o.team_id = ?", Some(t.0)),
        Scope::AlignedTo(p) => (" AND o.parent_id = ?", Some(p.0)),
        Scope::One(id) => (" AND o.id = ?", Some(id.0)),
    };
    let sql = format!(
        "SELECT o.id, o.title, o.team_id, t.name, o.parent_id, u.name FROM objectives o \
         LEFT JOIN teams t ON t.id = o.team_id LEFT JOIN users u ON u.id = o.owner_id \
         WHERE o.org_id = ? AND o.wave_id = ?{filter} ORDER BY o.team_id IS NOT NULL, t.name COLLATE NOCASE, o.id"
    );
    let mut q = sqlx::query_as::<_, (i64, String, Option<i64>, Option<String>, Option<i64>, Option<String>)>(&sql)
        .bind(org.0)
        .bind(wave.0);
    if let Some(a) = arg {
        q = q.bind(a);
    }
    let rows = q.fetch_all(pool).await?;
    let kr_sql = format!(
        "SELECT {KR_COLUMNS} FROM key_results k JOIN objectives o ON o.id = k.objective_id \
         WHERE o.org_id = ? AND o.wave_id = ? ORDER BY k.objective_id, k.position"
    );
    let krs: Vec<KrRow> = sqlx::query_as(&kr_sql).bind(org.0).bind(wave.0).fetch_all(pool).await?;
    let mut by_objective: HashMap<i64, Vec<KrView>> = HashMap::new();
    for row in krs {
        by_objective.entry(row.1).or_default().push(kr_view(row));
    }
    Ok(rows
        .into_iter()
        .map(|(id, title, team_id, team_name, parent_id, owner)| {
            let krs = by_objective.remove(&id).unwrap_or_default();
            let progress = weighted_mean(krs.iter().map(|k| (k.progress, k.weight))).unwrap_or(0.0);
            ObjectiveSummary {
                id: ObjectiveId(id),
                title,
                team: team_id.zip(team_name).map(|(id, name)| TeamRef { id: TeamId(id), name }),
                parent_id: parent_id.map(ObjectiveId),
                owner,
                progress,
                krs,
            }
        })
        .collect())
}

/// How many distinct teams align to each wave objective of the wave.
pub async fn aligned_team_counts(pool: &SqlitePool, org: OrgId, wave: WaveId) -> Result<Vec<(ObjectiveId, i64)>, AppError> {
    let rows: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT parent_id, COUNT(DISTINCT team_id) FROM objectives \
         WHERE org_id = ? AND wave_id = ? AND parent_id IS NOT NULL GROUP BY parent_id",
    )
    .bind(org.0)
    .bind(wave.0)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|(p, n)| (ObjectiveId(p), n)).collect())
}

/// The key result's kind and objective, if it belongs to this organisation.
pub async fn key_result(conn: &mut SqliteConnection, org: OrgId, kr: KeyResultId) -> Result<Option<(ObjectiveId, KrKind)>, AppError> {
    let row: Option<KrRow> = sqlx::query_as(&format!(
        "SELECT {KR_COLUMNS} FROM key_results k JOIN objectives o ON o.id = k.objective_id WHERE k.id = ? AND o.org_id = ?"
    ))
    .bind(kr.0)
    .bind(org.0)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| {
        let objective = ObjectiveId(r.1);
        (objective, kr_view(r).kind)
    }))
}

pub async fn check_in(
    conn: &mut SqliteConnection,
    kr: KeyResultId,
    value: f64,
    note: Option<&str>,
    author: UserId,
    now: i64,
) -> Result<(), AppError> {
    sqlx::query("INSERT INTO check_ins (key_result_id, value, note, author_id, at) VALUES (?, ?, ?, ?, ?)")
        .bind(kr.0)
        .bind(value)
        .bind(note)
        .bind(author.0)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE key_results SET current_value = ? WHERE id = ?").bind(value).bind(kr.0).execute(&mut *conn).await?;
    Ok(())
}

/// Check-ins of every key result of an objective, oldest first, by key result.
pub async fn history(pool: &SqlitePool, objective: ObjectiveId) -> Result<HashMap<KeyResultId, Vec<CheckInView>>, AppError> {
    type Row = (i64, f64, Option<String>, Option<String>, i64);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT c.key_result_id, c.value, c.note, u.name, c.at FROM check_ins c \
         JOIN key_results k ON k.id = c.key_result_id LEFT JOIN users u ON u.id = c.author_id \
         WHERE k.objective_id = ? ORDER BY c.at, c.id",
    )
    .bind(objective.0)
    .fetch_all(pool)
    .await?;
    let mut out: HashMap<KeyResultId, Vec<CheckInView>> = HashMap::new();
    for (kr, value, note, author, at) in rows {
        out.entry(KeyResultId(kr)).or_default().push(CheckInView {
            value,
            note,
            author: author.unwrap_or_else(|| "a former member".into()),
            at,
        });
    }
    Ok(out)
}

pub async fn is_team_member(pool: &SqlitePool, team: TeamId, user: UserId) -> Result<bool, AppError> {
    Ok(sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM team_members WHERE team_id = ? AND user_id = ?)")
        .bind(team.0)
        .bind(user.0)
        .fetch_one(pool)
        .await?)
}

/// The key results of an objective, in their order.
pub async fn key_result_ids(conn: &mut SqliteConnection, objective: ObjectiveId) -> Result<Vec<KeyResultId>, AppError> {
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM key_results WHERE objective_id = ? ORDER BY position")
        .bind(objective.0)
        .fetch_all(conn)
        .await?;
    Ok(ids.into_iter().map(KeyResultId).collect())
}
