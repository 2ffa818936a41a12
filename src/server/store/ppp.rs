//! PPP updates and their items.

use super::packed;
use crate::domain::ids::{BoostId, ObjectiveId, OrgId, PppItemId, PppUpdateId, TeamId, UserId, WaveId};
use crate::domain::org::TeamRef;
use crate::domain::ppp::{OpenProblem, PppItem, PppUpdate, Section};
use crate::error::AppError;
use sqlx::{AnyConnection, AnyExecutor};
use std::collections::HashMap;

/// A team's update for one week of a wave, as written.
pub struct NewUpdate<'a> {
    pub org: OrgId,
    pub team: TeamId,
    pub wave: WaveId,
    pub week: u32,
    pub author: UserId,
    pub now: i64,
    pub sections: &'a [(Section, Vec<String>, Option<ObjectiveId>)],
}

/// Writes a team's update for a week, replacing its items. Problems that were
/// marked solved stay solved when their text is unchanged.
pub async fn save(conn: &mut AnyConnection, u: NewUpdate<'_>) -> Result<PppUpdateId, AppError> {
    let id: PppUpdateId = sqlx::query_scalar(
        "INSERT INTO ppp_updates (org_id, team_id, wave_id, week, author_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (team_id, wave_id, week) DO UPDATE SET author_id = excluded.author_id, updated_at = excluded.updated_at \
         RETURNING id",
    )
    .bind(u.org)
    .bind(u.team)
    .bind(u.wave)
    .bind(i64::from(u.week))
    .bind(u.author)
    .bind(u.now)
    .bind(u.now)
    .fetch_one(&mut *conn)
    .await?;
    let solved: Vec<String> =
        sqlx::query_scalar("SELECT text FROM ppp_items WHERE update_id = $1 AND section = 'problems' AND resolved = 1")
            .bind(id)
            .fetch_all(&mut *conn)
            .await?;
    sqlx::query("DELETE FROM ppp_items WHERE update_id = $1").bind(id).execute(&mut *conn).await?;
    for (section, items, objective) in u.sections {
        for (position, text) in items.iter().enumerate() {
            let resolved = *section == Section::Problems && solved.contains(text);
            sqlx::query(
                "INSERT INTO ppp_items (update_id, section, position, text, objective_id, resolved) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(id)
            .bind(section)
            .bind(position as i64)
            .bind(text)
            .bind(objective)
            .bind(i64::from(resolved))
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(id)
}

/// Which updates of a wave to load.
#[derive(Debug, Clone, Copy)]
pub enum Filter {
    Week(u32),
    Team(TeamId),
    /// Every update of the wave (the export).
    All,
}

#[derive(sqlx::FromRow)]
struct UpdateRow {
    id: PppUpdateId,
    team_id: TeamId,
    team: String,
    #[sqlx(try_from = "i64")]
    week: u32,
    author_id: Option<UserId>,
    author: Option<String>,
    updated_at: i64,
}

#[derive(sqlx::FromRow)]
struct ItemRow {
    id: PppItemId,
    update_id: PppUpdateId,
    section: Section,
    text: String,
    objective_id: Option<ObjectiveId>,
    objective: Option<String>,
    resolved: i64,
}

pub async fn updates(conn: &mut AnyConnection, org: OrgId, wave: WaveId, filter: Filter) -> Result<Vec<PppUpdate>, AppError> {
    let (clause, arg) = match filter {
        Filter::Week(w) => ("u.week = $3", i64::from(w)),
        Filter::Team(t) => ("u.team_id = $3", t.0),
        Filter::All => ("1 = $3", 1),
    };
    let rows: Vec<UpdateRow> = sqlx::query_as(&format!(
        "SELECT u.id, u.team_id, t.name AS team, u.week, u.author_id, a.name AS author, u.updated_at FROM ppp_updates u \
         JOIN teams t ON t.id = u.team_id LEFT JOIN users a ON a.id = u.author_id \
         WHERE u.org_id = $1 AND u.wave_id = $2 AND {clause} ORDER BY u.week DESC, lower(t.name)"
    ))
    .bind(org)
    .bind(wave)
    .bind(arg)
    .fetch_all(&mut *conn)
    .await?;
    let items: Vec<ItemRow> = sqlx::query_as(&format!(
        "SELECT i.id, i.update_id, i.section, i.text, i.objective_id, o.title AS objective, i.resolved FROM ppp_items i \
         JOIN ppp_updates u ON u.id = i.update_id LEFT JOIN objectives o ON o.id = i.objective_id \
         WHERE u.org_id = $1 AND u.wave_id = $2 AND {clause} ORDER BY i.update_id, i.section, i.position"
    ))
    .bind(org)
    .bind(wave)
    .bind(arg)
    .fetch_all(&mut *conn)
    .await?;
    let mut by_update: HashMap<PppUpdateId, Vec<PppItem>> = HashMap::new();
    for i in items {
        by_update.entry(i.update_id).or_default().push(PppItem {
            id: i.id,
            section: i.section,
            text: i.text,
            objective: i.objective_id.zip(i.objective),
            resolved: i.resolved != 0,
        });
    }
    Ok(rows
        .into_iter()
        .map(|r| PppUpdate {
            team_id: r.team_id,
            team: r.team,
            week: r.week,
            author: r.author.unwrap_or_else(|| "a former member".into()),
            author_id: r.author_id,
            updated_at: r.updated_at,
            items: by_update.remove(&r.id).unwrap_or_default(),
        })
        .collect())
}

/// A PPP item of this organisation.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ItemRef {
    pub team_id: TeamId,
    pub section: Section,
    pub text: String,
}

pub async fn item(conn: impl AnyExecutor<'_>, org: OrgId, item: PppItemId) -> Result<Option<ItemRef>, AppError> {
    Ok(sqlx::query_as(
        "SELECT u.team_id, i.section, i.text FROM ppp_items i JOIN ppp_updates u ON u.id = i.update_id WHERE i.id = $1 AND u.org_id = $2",
    )
    .bind(item)
    .bind(org)
    .fetch_optional(conn)
    .await?)
}

pub async fn set_resolved(conn: impl AnyExecutor<'_>, org: OrgId, item: PppItemId, resolved: bool) -> Result<(), AppError> {
    sqlx::query("UPDATE ppp_items SET resolved = $1 WHERE id = $2 AND update_id IN (SELECT id FROM ppp_updates WHERE org_id = $3)")
        .bind(i64::from(resolved))
        .bind(item)
        .bind(org)
        .execute(conn)
        .await?;
    Ok(())
}

/// Unsolved problems of a wave, newest week first, each with its latest
/// done boost if one was asked for it.
pub async fn open_problems(conn: &mut AnyConnection, org: OrgId, wave: WaveId) -> Result<Vec<OpenProblem>, AppError> {
    // Hundreds in a large organisation: see `packed`.
    let rows: Vec<(PppItemId, TeamId, String, i64, String, Option<BoostId>)> = packed::fetch(
        conn,
        "i.id, u.team_id, t.name, u.week, i.text, \
         (SELECT b.id FROM boosts b WHERE b.problem_item_id = i.id AND b.state = 'done' AND b.org_id = u.org_id ORDER BY b.updated_at DESC LIMIT 1)",
        "FROM ppp_items i JOIN ppp_updates u ON u.id = i.update_id JOIN teams t ON t.id = u.team_id \
         WHERE u.org_id = $1 AND u.wave_id = $2 AND i.section = 'problems' AND i.resolved = 0",
        "u.week DESC, t.name, i.position",
        &[org.0, wave.0],
    )
    .await?;
    Ok(rows
        .into_iter()
        .map(|(item_id, team_id, team, week, text, done_boost)| OpenProblem {
            item_id,
            team: TeamRef { id: team_id, name: team },
            week: week as u32,
            text,
            done_boost,
        })
        .collect())
}
