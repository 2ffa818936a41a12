//! Scorecard surveys: responses and receipts (unlinkable, like ballots), and
//! the counts behind the live signals.

use crate::domain::ids::{OrgId, SurveyId, WaveId};
use crate::domain::scorecard::Answers;
use crate::domain::signals::Counts;
use crate::error::AppError;
use rand::RngCore;
use sqlx::{SqliteConnection, SqliteExecutor};
use std::collections::HashMap;

pub async fn open(conn: impl SqliteExecutor<'_>, org: OrgId, wave: WaveId, now: i64) -> Result<SurveyId, AppError> {
    sqlx::query_scalar("INSERT INTO surveys (org_id, wave_id, opened_at) VALUES (?, ?, ?) RETURNING id")
        .bind(org)
        .bind(wave)
        .bind(now)
        .fetch_one(conn)
        .await
        .map_err(|e| super::conflict_or_internal(e, "The survey for this wave is already open."))
}

/// (survey id, wave id) of every survey of the organisation, oldest wave first.
pub async fn surveys(conn: impl SqliteExecutor<'_>, org: OrgId) -> Result<Vec<(SurveyId, WaveId)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT s.id, s.wave_id FROM surveys s JOIN waves w ON w.id = s.wave_id WHERE s.org_id = ? ORDER BY w.starts_on, s.id",
    )
    .bind(org)
    .fetch_all(conn)
    .await?)
}

/// The survey of one wave of this organisation, if it was opened.
pub async fn of_wave(conn: impl SqliteExecutor<'_>, org: OrgId, wave: WaveId) -> Result<Option<SurveyId>, AppError> {
    Ok(sqlx::query_scalar("SELECT id FROM surveys WHERE org_id = ? AND wave_id = ?").bind(org).bind(wave).fetch_optional(conn).await?)
}

pub async fn has_answered(conn: impl SqliteExecutor<'_>, org: OrgId, survey: SurveyId, tag: &[u8]) -> Result<bool, AppError> {
    Ok(sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM survey_receipts r JOIN surveys s ON s.id = r.survey_id \
         WHERE r.survey_id = ? AND r.voter_tag = ? AND s.org_id = ?)",
    )
    .bind(survey)
    .bind(tag)
    .bind(org)
    .fetch_one(conn)
    .await?)
}

/// Receipt first (its key refuses a second answer), then the response.
pub async fn answer(conn: &mut SqliteConnection, org: OrgId, survey: SurveyId, tag: &[u8], answers: &Answers) -> Result<(), AppError> {
    let written = sqlx::query("INSERT INTO survey_receipts (survey_id, voter_tag) SELECT id, ? FROM surveys WHERE id = ? AND org_id = ?")
        .bind(tag)
        .bind(survey)
        .bind(org)
        .execute(&mut *conn)
        .await
        .map_err(|e| super::conflict_or_internal(e, "You have already answered this survey."))?;
    if written.rows_affected() != 1 {
        return Err(AppError::not_found("That survey"));
    }
    let mut id = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut id);
    sqlx::query("INSERT INTO survey_responses (id, survey_id, answers) VALUES (?, ?, ?)")
        .bind(&id[..])
        .bind(survey)
        .bind(answers.to_code())
        .execute(conn)
        .await?;
    Ok(())
}

/// Every response to every survey of the organisation, by survey.
pub async fn responses(conn: impl SqliteExecutor<'_>, org: OrgId) -> Result<HashMap<SurveyId, Vec<Answers>>, AppError> {
    let rows: Vec<(SurveyId, String)> = sqlx::query_as(
        "SELECT r.survey_id, r.answers FROM survey_responses r JOIN surveys s ON s.id = r.survey_id WHERE s.org_id = ?",
    )
    .bind(org)
    .fetch_all(conn)
    .await?;
    let mut out: HashMap<SurveyId, Vec<Answers>> = HashMap::new();
    for (survey, code) in rows {
        let answers = Answers::from_code(&code).ok_or_else(|| {
            tracing::error!(survey = %survey, "unreadable answers stored in survey_responses.answers");
            AppError::Internal
        })?;
        out.entry(survey).or_default().push(answers);
    }
    Ok(out)
}

/// What teams did in a wave, for the live signals.
pub async fn counts(conn: &mut SqliteConnection, org: OrgId, wave: WaveId, weeks_elapsed: i64) -> Result<Counts, AppError> {
    let (active_teams, teams_with_aligned_objective, team_objectives, team_objectives_by_own_members): (i64, i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM teams WHERE org_id = ?1 AND archived_at IS NULL), \
                (SELECT COUNT(DISTINCT team_id) FROM objectives WHERE org_id = ?1 AND wave_id = ?2 AND parent_id IS NOT NULL), \
                (SELECT COUNT(*) FROM objectives WHERE org_id = ?1 AND wave_id = ?2 AND team_id IS NOT NULL), \
                (SELECT COUNT(*) FROM objectives o WHERE o.org_id = ?1 AND o.wave_id = ?2 AND o.team_id IS NOT NULL \
                   AND EXISTS (SELECT 1 FROM team_members tm WHERE tm.team_id = o.team_id AND tm.user_id = o.created_by))",
    )
    .bind(org)
    .bind(wave)
    .fetch_one(&mut *conn)
    .await?;
    let team_weeks_with_ppp: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM ppp_updates WHERE org_id = ? AND wave_id = ?")
        .bind(org)
        .bind(wave)
        .fetch_one(&mut *conn)
        .await?;
    let (boosts_answered, mean_seconds): (i64, Option<f64>) = sqlx::query_as(
        "SELECT COUNT(*), AVG(e.at - b.created_at) FROM boosts b \
         JOIN boost_events e ON e.boost_id = b.id AND e.state IN ('accepted', 'declined') \
         JOIN objectives o ON o.id = b.objective_id WHERE b.org_id = ? AND o.wave_id = ?",
    )
    .bind(org)
    .bind(wave)
    .fetch_one(&mut *conn)
    .await?;
    let (key_results, key_results_moved, check_ins): (i64, i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(k.current_value <> k.start_value), 0), \
                (SELECT COUNT(*) FROM check_ins c JOIN key_results k2 ON k2.id = c.key_result_id \
                   JOIN objectives o2 ON o2.id = k2.objective_id WHERE o2.org_id = ?1 AND o2.wave_id = ?2) \
         FROM key_results k JOIN objectives o ON o.id = k.objective_id WHERE o.org_id = ?1 AND o.wave_id = ?2",
    )
    .bind(org)
    .bind(wave)
    .fetch_one(&mut *conn)
    .await?;
    Ok(Counts {
        active_teams,
        teams_with_aligned_objective,
        team_objectives,
        team_objectives_by_own_members,
        team_weeks: active_teams * weeks_elapsed,
        team_weeks_with_ppp,
        boosts_answered,
        mean_hours_to_answer: mean_seconds.map(|s| s / 3600.0),
        key_results,
        key_results_moved,
        check_ins,
        weeks_elapsed,
    })
}
