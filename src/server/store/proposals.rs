//! Team objectives proposed to their teams (drafts a leader's "start from
//! the last wave" left for each team): written by an import, read on the
//! team's page, and gone once the team adopts or discards them. Every read
//! names the organisation.

use crate::domain::ids::{ObjectiveId, OrgId, ProposalId, TeamId, UserId, WaveId};
use crate::domain::key_result::KrSpec;
use crate::error::AppError;
use sqlx::{AnyConnection, AnyExecutor};

/// A proposal as stored.
#[derive(Debug, Clone)]
pub struct Stored {
    pub id: ProposalId,
    pub wave_name: String,
    pub team: TeamId,
    pub parent: ObjectiveId,
    pub parent_title: String,
    pub title: String,
    pub rationale: String,
    pub krs: Vec<KrSpec>,
    pub proposed_by: Option<String>,
}

pub struct NewProposal<'a> {
    pub org: OrgId,
    pub wave: WaveId,
    pub team: TeamId,
    pub parent: ObjectiveId,
    pub title: &'a str,
    pub rationale: &'a str,
    pub krs: &'a [KrSpec],
    pub by: UserId,
    pub now: i64,
}

pub async fn insert(conn: &mut AnyConnection, p: NewProposal<'_>) -> Result<ProposalId, AppError> {
    let krs = serde_json::to_string(p.krs).map_err(|_| AppError::Internal)?;
    Ok(sqlx::query_scalar(
        "INSERT INTO proposals (org_id, wave_id, team_id, parent_id, title, rationale, key_results, proposed_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(p.org)
    .bind(p.wave)
    .bind(p.team)
    .bind(p.parent)
    .bind(p.title)
    .bind(p.rationale)
    .bind(krs)
    .bind(p.by)
    .bind(p.now)
    .fetch_one(&mut *conn)
    .await?)
}

#[derive(sqlx::FromRow)]
struct Row {
    id: ProposalId,
    wave_name: String,
    team_id: TeamId,
    parent_id: ObjectiveId,
    parent_title: String,
    title: String,
    rationale: String,
    key_results: String,
    proposed_by: Option<String>,
}

impl TryFrom<Row> for Stored {
    type Error = AppError;
    fn try_from(r: Row) -> Result<Self, AppError> {
        Ok(Stored {
            id: r.id,
            wave_name: r.wave_name,
            team: r.team_id,
            parent: r.parent_id,
            parent_title: r.parent_title,
            title: r.title,
            rationale: r.rationale,
            krs: serde_json::from_str(&r.key_results).map_err(|_| AppError::Internal)?,
            proposed_by: r.proposed_by,
        })
    }
}

const COLUMNS: &str = "p.id, w.name AS wave_name, p.team_id, p.parent_id, o.title AS parent_title, p.title, p.rationale, \
     p.key_results, u.name AS proposed_by FROM proposals p JOIN waves w ON w.id = p.wave_id \
     JOIN objectives o ON o.id = p.parent_id LEFT JOIN users u ON u.id = p.proposed_by";

/// The proposals waiting for `team` in waves still open for objectives
/// (planned or active), earliest wave first, in the order they were made.
pub async fn of_team(conn: impl AnyExecutor<'_>, org: OrgId, team: TeamId) -> Result<Vec<Stored>, AppError> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} WHERE p.org_id = $1 AND p.team_id = $2 AND w.state IN ('planned', 'active') \
         ORDER BY w.starts_on, p.id"
    ))
    .bind(org)
    .bind(team)
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(Stored::try_from).collect()
}

pub async fn get(conn: impl AnyExecutor<'_>, org: OrgId, id: ProposalId) -> Result<Option<Stored>, AppError> {
    let row: Option<Row> =
        sqlx::query_as(&format!("SELECT {COLUMNS} WHERE p.org_id = $1 AND p.id = $2")).bind(org).bind(id).fetch_optional(conn).await?;
    row.map(Stored::try_from).transpose()
}

/// Each proposal's team and title in `wave` (what an import leaves alone).
pub async fn titles(conn: impl AnyExecutor<'_>, org: OrgId, wave: WaveId) -> Result<Vec<(TeamId, String)>, AppError> {
    Ok(sqlx::query_as("SELECT team_id, title FROM proposals WHERE org_id = $1 AND wave_id = $2")
        .bind(org)
        .bind(wave)
        .fetch_all(conn)
        .await?)
}

/// Removes a proposal; `false` if it was gone already (adopted or
/// discarded meanwhile, perhaps by a teammate).
pub async fn delete(conn: &mut AnyConnection, org: OrgId, id: ProposalId) -> Result<bool, AppError> {
    let done = sqlx::query("DELETE FROM proposals WHERE org_id = $1 AND id = $2").bind(org).bind(id).execute(conn).await?;
    Ok(done.rows_affected() == 1)
}
