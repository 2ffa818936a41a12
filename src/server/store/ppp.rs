//! PPP updates and their items.

use crate::domain::ids::{ObjectiveId, OrgId, TeamId, UserId, WaveId};
use crate::domain::ppp::{PppItem, PppUpdate, Section};
use crate::error::AppError;
use sqlx::{SqliteConnection, SqlitePool};
use std::collections::HashMap;

/// Writes a team's update for a week, replacing its items. Problems that were
/// marked solved stay solved when their text is unchanged.
#[allow(clippy::too_many_arguments)]
pub async fn save(
    conn: &mut SqliteConnection,
    org: OrgId,
    team: TeamId,
    wave: WaveId,
    week: u32,
    author: UserId,
    now: i64,
    sections: &[(Section, Vec<String>, Option<ObjectiveId>)],
) -> Result<i64, AppError> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO ppp_updates (org_id, team_id, wave_id, week, author_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) \
         ON CONFLICT (team_id, wave_id, week) DO UPDATE SET author_id = excluded.author_id, updated_at = excluded.updated_at \
         RETURNING id",
    )
    .bind(org.0)
    .bind(team.0)
    .bind(wave.0)
    .bind(week)
    .bind(author.0)
    .bind(now)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    let solved: Vec<String> = sqlx::query_scalar("SELECT text FROM ppp_items WHERE update_id = ? AND section = 'problems' AND resolved = 1")
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM ppp_items WHERE update_id = ?").bind(id).execute(&mut *conn).await?;
    for (section, items, objective) in sections {
        for (position, text) in items.iter().enumerate() {
            let resolved = *section == Section::Problems && solved.contains(text);
            sqlx::query("INSERT INTO ppp_items (update_id, section, position, text, objective_id, resolved) VALUES (?, ?, ?, ?, ?, ?)")
                .bind(id)
                .bind(section.as_str())
                .bind(position as i64)
                .bind(text)
                .bind(objective.map(|o| o.0))
                .bind(resolved)
                .execute(&mut *conn)
                .await?;
        }
    }
    Ok(id)
}

/// Which updates of a wave to load.
pub enum Filter {
    Week(u32),
    Team(TeamId),
}

type UpdateRow = (i64, i64, String, u32, Option<i64>, Option<String>, i64);
type ItemRow = (i64, i64, String, String, Option<i64>, Option<String>, bool);

pub async fn updates(pool: &SqlitePool, org: OrgId, wave: WaveId, filter: Filter) -> Result<Vec<PppUpdate>, AppError> {
    let (clause, arg) = match filter {
        Filter::Week(w) => ("u.week = ?", i64::from(w)),
        Filter::Team(t) => ("u.team_id = ?", t.0),
    };
    let rows: Vec<UpdateRow> = sqlx::query_as(&format!(
        "SELECT u.id, u.team_id, t.name, u.week, u.author_id, a.name, u.updated_at FROM ppp_updates u \
         JOIN teams t ON t.id = u.team_id LEFT JOIN users a ON a.id = u.author_id \
         WHERE u.org_id = ? AND u.wave_id = ? AND {clause} ORDER BY u.week DESC, t.name COLLATE NOCASE"
    ))
    .bind(org.0)
    .bind(wave.0)
    .bind(arg)
    .fetch_all(pool)
    .await?;
    let items: Vec<ItemRow> = sqlx::query_as(&format!(
        "SELECT i.id, i.update_id, i.section, i.text, i.objective_id, o.title, i.resolved FROM ppp_items i \
         JOIN ppp_updates u ON u.id = i.update_id LEFT JOIN objectives o ON o.id = i.objective_id \
         WHERE u.org_id = ? AND u.wave_id = ? AND {clause} ORDER BY i.update_id, i.section, i.position"
    ))
    .bind(org.0)
    .bind(wave.0)
    .bind(arg)
    .fetch_all(pool)
    .await?;
    let mut by_update: HashMap<i64, Vec<PppItem>> = HashMap::new();
    for (id, update, section, text, objective_id, title, resolved) in items {
        let Some(section) = Section::parse(&section) else { continue };
        by_update.entry(update).or_default().push(PppItem {
            id,
            section,
            text,
            objective: objective_id.zip(title).map(|(o, t)| (ObjectiveId(o), t)),
            resolved,
        });
    }
    Ok(rows
        .into_iter()
        .map(|(id, team, team_name, week, author_id, author, updated_at)| PppUpdate {
            team_id: TeamId(team),
            team: team_name,
            week,
            author: author.unwrap_or_else(|| "a former member".into()),
            author_id: author_id.map(UserId),
            updated_at,
            items: by_update.remove(&id).unwrap_or_default(),
        })
        .collect())
}

/// A PPP item of this organisation: (team, section, text).
pub async fn item(pool: &SqlitePool, org: OrgId, item: i64) -> Result<Option<(TeamId, Section, String)>, AppError> {
    let row: Option<(i64, String, String)> = sqlx::query_as(
        "SELECT u.team_id, i.section, i.text FROM ppp_items i JOIN ppp_updates u ON u.id = i.update_id WHERE i.id = ? AND u.org_id = ?",
    )
    .bind(item)
    .bind(org.0)
    .fetch_optional(pool)
    .await?;
    Ok(row.and_then(|(team, section, text)| Section::parse(&section).map(|s| (TeamId(team), s, text))))
}

pub async fn set_resolved(pool: &SqlitePool, item: i64, resolved: bool) -> Result<(), AppError> {
    sqlx::query("UPDATE ppp_items SET resolved = ? WHERE id = ?").bind(resolved).bind(item).execute(pool).await?;
    Ok(())
}

/// Unsolved problems of a wave: (item id, team, team name, week, text).
pub async fn open_problems(pool: &SqlitePool, org: OrgId, wave: WaveId) -> Result<Vec<(i64, TeamId, String, u32, String)>, AppError> {
    let rows: Vec<(i64, i64, String, u32, String)> = sqlx::query_as(
        "SELECT i.id, u.team_id, t.name, u.week, i.text FROM ppp_items i JOIN ppp_updates u ON u.id = i.update_id \
         JOIN teams t ON t.id = u.team_id \
         WHERE u.org_id = ? AND u.wave_id = ? AND i.section = 'problems' AND i.resolved = 0 ORDER BY u.week DESC, t.name, i.position",
    )
    .bind(org.0)
    .bind(wave.0)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|(id, team, name, week, text)| (id, TeamId(team), name, week, text)).collect())
}
