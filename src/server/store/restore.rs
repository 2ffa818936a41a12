//! Writing an organisation's export into an empty organisation (see
//! `service::restore`): each row as the export describes it, with its own
//! times and states, and the results it carried as aggregates.

use crate::domain::boost::BoostState;
use crate::domain::export::SurveyOutcome;
use crate::domain::ids::{BoostId, KeyResultId, ObjectiveId, OrgId, PppItemId, PppUpdateId, TeamId, UserId, WaveId};
use crate::domain::key_result::{KrKind, KrSpec};
use crate::domain::ppp::Section;
use crate::domain::vote::Aggregate;
use crate::domain::wave::WaveState;
use crate::error::AppError;
use sqlx::AnyConnection;

/// Has the organisation nothing but its one member (`owner`)?
pub async fn is_empty(conn: &mut AnyConnection, org: OrgId, owner: UserId) -> Result<bool, AppError> {
    let (teams, waves, others): (i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM teams WHERE org_id = $1), (SELECT COUNT(*) FROM waves WHERE org_id = $1), \
         (SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND user_id <> $2)",
    )
    .bind(org)
    .bind(owner)
    .fetch_one(&mut *conn)
    .await?;
    Ok(teams == 0 && waves == 0 && others == 0)
}

/// The account with this address on this installation, if any.
pub async fn user_by_email(conn: &mut AnyConnection, email: &str) -> Result<Option<UserId>, AppError> {
    Ok(sqlx::query_scalar("SELECT id FROM users WHERE email = $1").bind(email).fetch_optional(&mut *conn).await?)
}

pub async fn set_wave_state(conn: &mut AnyConnection, org: OrgId, wave: WaveId, state: WaveState) -> Result<(), AppError> {
    sqlx::query("UPDATE waves SET state = $1 WHERE id = $2 AND org_id = $3")
        .bind(state.as_str())
        .bind(wave)
        .bind(org)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// An objective as exported: `team` and `parent` together, or neither.
pub struct Objective<'a> {
    pub wave: WaveId,
    pub team: Option<TeamId>,
    pub parent: Option<ObjectiveId>,
    pub title: &'a str,
    pub why: &'a str,
    pub owner: Option<UserId>,
    pub now: i64,
}

pub async fn objective(conn: &mut AnyConnection, org: OrgId, o: Objective<'_>) -> Result<ObjectiveId, AppError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO objectives (org_id, wave_id, team_id, parent_id, title, why, owner_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(org)
    .bind(o.wave)
    .bind(o.team)
    .bind(o.parent)
    .bind(o.title)
    .bind(o.why)
    .bind(o.owner)
    .bind(o.now)
    .fetch_one(&mut *conn)
    .await?)
}

/// A key result as it stood, with its current value and grade.
pub async fn key_result(
    conn: &mut AnyConnection,
    objective: ObjectiveId,
    position: usize,
    (title, kind, weight): (&str, &KrKind, f64),
    current: f64,
    grade: Option<f64>,
) -> Result<KeyResultId, AppError> {
    let spec = KrSpec { title: title.to_owned(), kind: kind.clone(), weight };
    let id = super::objectives::insert_key_result(&mut *conn, objective, position, &spec, current).await?;
    // Set apart: a NULL bound as a float is not one to PostgreSQL through `Any`.
    if let Some(grade) = grade {
        sqlx::query("UPDATE key_results SET grade = $1 WHERE id = $2").bind(grade).bind(id).execute(&mut *conn).await?;
    }
    Ok(id)
}

/// A check-in as history only. Not `check_ins::check_in`, which also moves
/// the key result and refreshes its objective's progress: a restore writes
/// each key result where it stood already, and at 10,000 people that
/// would be three more statements for each of some 300,000 check-ins.
pub async fn check_in(
    conn: &mut AnyConnection,
    kr: KeyResultId,
    value: f64,
    note: Option<&str>,
    author: Option<UserId>,
    at: i64,
) -> Result<(), AppError> {
    sqlx::query("INSERT INTO check_ins (key_result_id, value, note, author_id, at) VALUES ($1, $2, $3, $4, $5)")
        .bind(kr)
        .bind(value)
        .bind(note)
        .bind(author)
        .bind(at)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn ppp_update(
    conn: &mut AnyConnection,
    org: OrgId,
    (team, wave, week): (TeamId, WaveId, u32),
    author: Option<UserId>,
    updated_at: i64,
) -> Result<PppUpdateId, AppError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO ppp_updates (org_id, team_id, wave_id, week, author_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
    )
    .bind(org)
    .bind(team)
    .bind(wave)
    .bind(i64::from(week))
    .bind(author)
    .bind(updated_at)
    .fetch_one(&mut *conn)
    .await?)
}

pub async fn ppp_item(
    conn: &mut AnyConnection,
    update: PppUpdateId,
    (section, position): (Section, usize),
    text: &str,
    objective: Option<ObjectiveId>,
    resolved: bool,
) -> Result<PppItemId, AppError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO ppp_items (update_id, section, position, text, objective_id, resolved) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(update)
    .bind(section.as_str())
    .bind(position as i64)
    .bind(text)
    .bind(objective)
    .bind(i64::from(resolved))
    .fetch_one(&mut *conn)
    .await?)
}

pub struct Boost<'a> {
    pub from_team: TeamId,
    pub to_team: Option<TeamId>,
    pub objective: Option<ObjectiveId>,
    pub need: &'a str,
    pub needed_by: Option<chrono::NaiveDate>,
    pub state: BoostState,
    pub helper_team: Option<TeamId>,
    pub helper: Option<UserId>,
    pub decline_reason: Option<&'a str>,
    pub created_at: i64,
    pub updated_at: i64,
}

pub async fn boost(conn: &mut AnyConnection, org: OrgId, b: Boost<'_>) -> Result<BoostId, AppError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO boosts (org_id, from_team_id, to_team_id, objective_id, need, needed_by, state, helper_team_id, helper_user_id, \
         decline_reason, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
    )
    .bind(org)
    .bind(b.from_team)
    .bind(b.to_team)
    .bind(b.objective)
    .bind(b.need)
    .bind(b.needed_by.map(|d| d.format("%Y-%m-%d").to_string()))
    .bind(b.state.as_str())
    .bind(b.helper_team)
    .bind(b.helper)
    .bind(b.decline_reason)
    .bind(b.created_at)
    .bind(b.updated_at)
    .fetch_one(&mut *conn)
    .await?)
}

pub async fn boost_event(
    conn: &mut AnyConnection,
    boost: BoostId,
    state: BoostState,
    actor: Option<UserId>,
    note: Option<&str>,
    at: i64,
) -> Result<(), AppError> {
    sqlx::query("INSERT INTO boost_events (boost_id, state, actor_id, note, at) VALUES ($1, $2, $3, $4, $5)")
        .bind(boost)
        .bind(state.as_str())
        .bind(actor)
        .bind(note)
        .bind(at)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn confidence(
    conn: &mut AnyConnection,
    org: OrgId,
    objective: ObjectiveId,
    week: u32,
    result: &Aggregate,
) -> Result<(), AppError> {
    let json = serde_json::to_string(result).map_err(|_| AppError::Internal)?;
    sqlx::query("INSERT INTO restored_confidence (org_id, objective_id, week, result) VALUES ($1, $2, $3, $4)")
        .bind(org)
        .bind(objective)
        .bind(i64::from(week))
        .bind(json)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn survey(conn: &mut AnyConnection, org: OrgId, wave: WaveId, outcome: &SurveyOutcome) -> Result<(), AppError> {
    let json = serde_json::to_string(outcome).map_err(|_| AppError::Internal)?;
    sqlx::query("INSERT INTO restored_surveys (wave_id, org_id, outcome) VALUES ($1, $2, $3)")
        .bind(wave)
        .bind(org)
        .bind(json)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The weekly confidence a wave's objectives brought from another installation.
pub async fn confidence_of(conn: &mut AnyConnection, org: OrgId, wave: WaveId) -> Result<Vec<(ObjectiveId, u32, Aggregate)>, AppError> {
    // One index probe for the organisations that never restored (nearly
    // all) instead of a lookup per objective of the wave.
    let restored: Option<i64> =
        sqlx::query_scalar("SELECT org_id FROM restored_confidence WHERE org_id = $1 LIMIT 1").bind(org).fetch_optional(&mut *conn).await?;
    if restored.is_none() {
        return Ok(Vec::new());
    }
    let rows: Vec<(ObjectiveId, i64, String)> = sqlx::query_as(
        // By the wave's objectives, each read by its key (a join let the
        // planner read the whole organisation's rows by org_id instead).
        "SELECT r.objective_id, r.week, r.result FROM restored_confidence r \
         WHERE r.objective_id IN (SELECT o.id FROM objectives o WHERE o.org_id = $1 AND o.wave_id = $2) \
         ORDER BY r.objective_id, r.week",
    )
    .bind(org)
    .bind(wave)
    .fetch_all(&mut *conn)
    .await?;
    rows.into_iter()
        .map(|(objective, week, result)| {
            let result = serde_json::from_str(&result).map_err(|_| {
                tracing::error!("an unreadable restored confidence result");
                AppError::Internal
            })?;
            Ok((objective, week as u32, result))
        })
        .collect()
}

/// The survey result a wave brought from another installation.
pub async fn survey_of(conn: &mut AnyConnection, org: OrgId, wave: WaveId) -> Result<Option<SurveyOutcome>, AppError> {
    let survey: Option<String> = sqlx::query_scalar("SELECT outcome FROM restored_surveys WHERE org_id = $1 AND wave_id = $2")
        .bind(org)
        .bind(wave)
        .fetch_optional(&mut *conn)
        .await?;
    survey
        .map(|s| {
            serde_json::from_str(&s).map_err(|_| {
                tracing::error!("an unreadable restored survey result");
                AppError::Internal
            })
        })
        .transpose()
}
