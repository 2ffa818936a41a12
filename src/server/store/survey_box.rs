//! Survey boxes in the ballot vault, built like vote boxes (see
//! `vote_box`): opened once with a receipt per respondent, sorted by tag,
//! and as many empty slots; an answer flips its receipt and fills a random
//! empty slot, both in place.

use super::vote_box::Receipt;
use crate::domain::ids::{OrgId, SurveyId};
use crate::domain::scorecard::Answers;
use crate::error::AppError;
use rand::Rng;
use sqlx::{AnyConnection, AnyExecutor};
use std::collections::HashMap;

const EMPTY_ANSWERS: &str = "00000000000000000000";

/// `$3, $4, …` for `n` values bound after two leading ones.
fn placeholders(n: usize) -> String {
    (3..3 + n).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
}

/// Opens a survey's box once: a receipt per eligible respondent, as many empty slots.
pub async fn open_survey_box(conn: &mut AnyConnection, org: OrgId, survey: SurveyId, respondents: &[Vec<u8>]) -> Result<(), AppError> {
    let opened = sqlx::query("INSERT INTO survey_boxes (survey_id, org_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
        .bind(survey)
        .bind(org)
        .execute(&mut *conn)
        .await?;
    if opened.rows_affected() == 0 {
        return Ok(());
    }
    let mut tags = respondents.to_vec();
    tags.sort();
    tags.dedup();
    for tag in &tags {
        sqlx::query("INSERT INTO survey_receipts (survey_id, voter_tag, answered) VALUES ($1, $2, 0)")
            .bind(survey)
            .bind(tag)
            .execute(&mut *conn)
            .await?;
    }
    for slot in 0..tags.len() as i64 {
        sqlx::query("INSERT INTO survey_responses (survey_id, slot, answers) VALUES ($1, $2, $3)")
            .bind(survey)
            .bind(slot)
            .bind(EMPTY_ANSWERS)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

pub async fn survey_box_open(conn: impl AnyExecutor<'_>, org: OrgId, survey: SurveyId) -> Result<bool, AppError> {
    Ok(sqlx::query_scalar::<_, i64>(
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM survey_boxes WHERE survey_id = $1 AND org_id = $2) THEN 1 ELSE 0 END",
    )
    .bind(survey)
    .bind(org)
    .fetch_one(conn)
    .await?
        == 1)
}

pub async fn survey_receipt(conn: &mut AnyConnection, org: OrgId, survey: SurveyId, tag: &[u8]) -> Result<Receipt, AppError> {
    let answered: Option<i64> = sqlx::query_scalar(
        "SELECT r.answered FROM survey_receipts r JOIN survey_boxes b ON b.survey_id = r.survey_id \
         WHERE b.org_id = $1 AND r.survey_id = $2 AND r.voter_tag = $3",
    )
    .bind(org)
    .bind(survey)
    .bind(tag)
    .fetch_optional(conn)
    .await?;
    Ok(answered.into())
}

/// Uses the receipt and puts the answers in a random empty slot. False when
/// already answered. (The vault's writer does the two steps apart, see
/// `vault::commit_batch`; moving old tables into the vault uses this.)
pub async fn answer(conn: &mut AnyConnection, survey: SurveyId, tag: &[u8], answers: &Answers) -> Result<bool, AppError> {
    if !use_receipt(&mut *conn, survey, tag).await? {
        return Ok(false);
    }
    fill_response(conn, survey, answers).await?;
    Ok(true)
}

/// Marks the receipt answered. False when it was already (or is missing).
pub async fn use_receipt(conn: &mut AnyConnection, survey: SurveyId, tag: &[u8]) -> Result<bool, AppError> {
    let used = sqlx::query("UPDATE survey_receipts SET answered = 1 WHERE survey_id = $1 AND voter_tag = $2 AND answered = 0")
        .bind(survey)
        .bind(tag)
        .execute(&mut *conn)
        .await?;
    Ok(used.rows_affected() == 1)
}

/// Puts the answers in an empty slot chosen uniformly at random.
pub async fn fill_response(conn: &mut AnyConnection, survey: SurveyId, answers: &Answers) -> Result<(), AppError> {
    let empty: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM survey_responses WHERE survey_id = $1 AND answers = $2")
        .bind(survey)
        .bind(EMPTY_ANSWERS)
        .fetch_one(&mut *conn)
        .await?;
    if empty == 0 {
        tracing::error!("a survey box has a free receipt but no empty slot");
        return Err(AppError::Internal);
    }
    let pick = rand::rngs::OsRng.gen_range(0..empty);
    sqlx::query(
        "UPDATE survey_responses SET answers = $1 WHERE survey_id = $2 AND slot = \
         (SELECT slot FROM survey_responses WHERE survey_id = $2 AND answers = $3 ORDER BY slot LIMIT 1 OFFSET $4)",
    )
    .bind(answers.to_code())
    .bind(survey)
    .bind(EMPTY_ANSWERS)
    .bind(pick)
    .execute(conn)
    .await?;
    Ok(())
}

/// Every answer given to these surveys of the organisation, by survey.
pub async fn responses(conn: impl AnyExecutor<'_>, org: OrgId, surveys: &[SurveyId]) -> Result<HashMap<SurveyId, Vec<Answers>>, AppError> {
    if surveys.is_empty() {
        return Ok(HashMap::new());
    }
    let sql = format!(
        "SELECT r.survey_id, r.answers FROM survey_responses r JOIN survey_boxes b ON b.survey_id = r.survey_id \
         WHERE b.org_id = $1 AND r.answers <> $2 AND r.survey_id IN ({})",
        placeholders(surveys.len())
    );
    let mut q = sqlx::query_as(&sql).bind(org).bind(EMPTY_ANSWERS);
    for s in surveys {
        q = q.bind(s);
    }
    let rows: Vec<(SurveyId, String)> = q.fetch_all(conn).await?;
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

/// Rewrites a survey's receipts and responses in key order, in the running
/// transaction (PostgreSQL only; see `vote_box::reseal`).
pub async fn reseal(conn: &mut AnyConnection, survey: SurveyId) -> Result<(), AppError> {
    sqlx::query(
        "WITH gone AS (DELETE FROM survey_receipts WHERE survey_id = $1 RETURNING voter_tag, answered) \
         INSERT INTO survey_receipts (survey_id, voter_tag, answered) SELECT $1, voter_tag, answered FROM gone ORDER BY voter_tag",
    )
    .bind(survey)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "WITH gone AS (DELETE FROM survey_responses WHERE survey_id = $1 RETURNING slot, answers) \
         INSERT INTO survey_responses (survey_id, slot, answers) SELECT $1, slot, answers FROM gone ORDER BY slot",
    )
    .bind(survey)
    .execute(conn)
    .await?;
    Ok(())
}
