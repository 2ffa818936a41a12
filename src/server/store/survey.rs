//! Scorecard surveys (their answers live in the ballot vault, see
//! `store::vote_box`), and the counts behind the live signals.

use crate::domain::ids::{OrgId, SurveyId, WaveId};
use crate::domain::signals::Counts;
use crate::error::AppError;
use crate::msg;
use sqlx::{AnyConnection, AnyExecutor};

pub async fn open(conn: impl AnyExecutor<'_>, org: OrgId, wave: WaveId, now: i64) -> Result<SurveyId, AppError> {
    sqlx::query_scalar("INSERT INTO surveys (org_id, wave_id, opened_at) VALUES ($1, $2, $3) RETURNING id")
        .bind(org)
        .bind(wave)
        .bind(now)
        .fetch_one(conn)
        .await
        .map_err(|e| super::conflict_or_internal(e, msg!("conflict-survey-open")))
}

/// One survey as its page needs it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SurveyRow {
    pub id: SurveyId,
    pub wave_id: WaveId,
    pub opened_at: i64,
    /// Closed by an admin, or because its wave closed.
    #[sqlx(try_from = "super::Flag")]
    pub closed: bool,
}

/// Every survey of the organisation, oldest wave first.
pub async fn surveys(conn: impl AnyExecutor<'_>, org: OrgId) -> Result<Vec<SurveyRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT s.id, s.wave_id, s.opened_at, CASE WHEN s.closed_at IS NOT NULL OR w.state = 'closed' THEN 1 ELSE 0 END AS closed \
         FROM surveys s JOIN waves w ON w.id = s.wave_id WHERE s.org_id = $1 ORDER BY w.starts_on, s.id",
    )
    .bind(org)
    .fetch_all(conn)
    .await?)
}

/// Closes a survey for good. False when it was not open.
pub async fn close(conn: impl AnyExecutor<'_>, org: OrgId, survey: SurveyId, now: i64) -> Result<bool, AppError> {
    let done = sqlx::query("UPDATE surveys SET closed_at = $1 WHERE id = $2 AND org_id = $3 AND closed_at IS NULL")
        .bind(now)
        .bind(survey)
        .bind(org)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// What teams did in a wave, for the live signals.
pub async fn counts(conn: &mut AnyConnection, org: OrgId, wave: WaveId, weeks_elapsed: i64) -> Result<Counts, AppError> {
    let (active_teams, teams_with_aligned_objective, team_objectives, team_objectives_by_own_members): (i64, i64, i64, i64) =
        sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM teams WHERE org_id = $1 AND archived_at IS NULL), \
                (SELECT COUNT(DISTINCT team_id) FROM objectives WHERE org_id = $1 AND wave_id = $2 AND parent_id IS NOT NULL), \
                (SELECT COUNT(*) FROM objectives WHERE org_id = $1 AND wave_id = $2 AND team_id IS NOT NULL), \
                (SELECT COUNT(*) FROM objectives o WHERE o.org_id = $1 AND o.wave_id = $2 AND o.team_id IS NOT NULL \
                   AND EXISTS (SELECT 1 FROM team_members tm WHERE tm.team_id = o.team_id AND tm.user_id = o.created_by))",
        )
        .bind(org)
        .bind(wave)
        .fetch_one(&mut *conn)
        .await?;
    let team_weeks_with_ppp: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM ppp_updates WHERE org_id = $1 AND wave_id = $2")
        .bind(org)
        .bind(wave)
        .fetch_one(&mut *conn)
        .await?;
    let (boosts_answered, mean_seconds): (i64, Option<f64>) = sqlx::query_as(
        "SELECT COUNT(*), CAST(AVG(e.at - b.created_at) AS DOUBLE PRECISION) FROM boosts b \
         JOIN boost_events e ON e.boost_id = b.id AND e.state IN ('accepted', 'declined') \
         JOIN objectives o ON o.id = b.objective_id WHERE b.org_id = $1 AND o.wave_id = $2",
    )
    .bind(org)
    .bind(wave)
    .fetch_one(&mut *conn)
    .await?;
    let (key_results, key_results_moved, check_ins): (i64, i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), CAST(COALESCE(SUM(CASE WHEN k.current_value <> k.start_value THEN 1 ELSE 0 END), 0) AS BIGINT), \
                (SELECT COUNT(*) FROM check_ins c JOIN key_results k2 ON k2.id = c.key_result_id \
                   JOIN objectives o2 ON o2.id = k2.objective_id WHERE o2.org_id = $1 AND o2.wave_id = $2) \
         FROM key_results k JOIN objectives o ON o.id = k.objective_id WHERE o.org_id = $1 AND o.wave_id = $2",
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
