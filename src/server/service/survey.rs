//! The scorecard as an anonymous organisation survey, one per wave, next to
//! live signals computed from the wave's real activity. Answers go to the
//! ballot vault like votes; results show only once the survey is closed.

use super::access::require_admin;
use super::access::Caller;
use super::waves::survey_wave;
use crate::domain::confidence::CoVoters;
use crate::domain::ids::SurveyId;
use crate::domain::scorecard::Answers;
use crate::domain::signals::{signals, survey_result, SurveyPage, WaveSurvey};
use crate::domain::vote::{eligible_by, threshold, SurveyRefused};
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::msg;
use crate::server::store::survey::SurveyRow;
use crate::server::store::{audit, survey, survey_box, vote_box, voters, waves};
use crate::server::vote::claims;
use crate::server::vote::vault;
use sqlx::AnyConnection;

pub async fn open(ctx: &ServerCtx, caller: &Caller) -> Result<(), AppError> {
    require_admin(caller)?;
    let mut tx = super::write(ctx).await?;
    let wave = survey_wave(&mut tx, caller.org_id).await?.ok_or_else(|| AppError::Conflict(msg!("conflict-start-wave-survey-runs")))?;
    survey::open(&mut *tx, caller.org_id, wave.id, ctx.now()).await?;
    audit::record(&mut *tx, caller.org_id, caller.user_id, msg!("audit-survey-opened", wave = &wave.name), ctx.now()).await?;
    tx.commit().await?;
    Ok(())
}

/// The survey open now (of the current wave, not closed).
async fn open_survey(conn: &mut AnyConnection, caller: &Caller) -> Result<Option<SurveyRow>, AppError> {
    let Some(wave) = survey_wave(&mut *conn, caller.org_id).await? else { return Ok(None) };
    Ok(survey::surveys(conn, caller.org_id).await?.into_iter().find(|s| s.wave_id == wave.id && !s.closed))
}

/// Closes the open survey: its results show from then on and never change.
pub async fn close(ctx: &ServerCtx, caller: &Caller) -> Result<(), AppError> {
    require_admin(caller)?;
    let mut tx = super::write(ctx).await?;
    let open = open_survey(&mut tx, caller).await?.ok_or(AppError::Survey(SurveyRefused::NoneOpen))?;
    survey::close(&mut *tx, caller.org_id, open.id, ctx.now()).await?;
    audit::record(&mut *tx, caller.org_id, caller.user_id, msg!("audit-survey-closed"), ctx.now()).await?;
    tx.commit().await?;
    Ok(())
}

/// Whether the caller had been a member for the tenure (`vote::eligible_by`)
/// when the survey opened: an admin opens it when they like, so only people
/// who were members a full week before count, and later joiners answer the
/// next one.
async fn may_answer(conn: &mut AnyConnection, caller: &Caller, s: &SurveyRow) -> Result<bool, AppError> {
    Ok(voters::voter_since(conn, caller.org_id, None, caller.user_id).await?.is_some_and(|since| since <= eligible_by(s.opened_at)))
}

/// Stores the caller's answers to the open survey, anonymously.
pub async fn answer(ctx: &ServerCtx, caller: &Caller, answers: Answers) -> Result<(), AppError> {
    let mut conn = super::read(ctx).await?;
    let s = open_survey(&mut conn, caller).await?.ok_or(AppError::Survey(SurveyRefused::NoneOpen))?;
    // Who joined too late is not among the respondents: the vault refuses
    // them (its receipts are the one place that decides).
    let respondents = if survey_box::survey_box_open(&ctx.vault.reader, caller.org_id, s.id).await? {
        Vec::new()
    } else {
        let people = voters::voters(&mut *conn, caller.org_id, None, eligible_by(s.opened_at)).await?;
        people.into_iter().map(|p| claims::survey_tag(&ctx.vote_key, p, s.id)).collect()
    };
    drop(conn);
    let tag = claims::survey_tag(&ctx.vote_key, caller.user_id, s.id);
    ctx.vault.answer(vault::SurveyAnswer { org: caller.org_id, survey: s.id, tag, answers, respondents }).await
}

pub async fn page(ctx: &ServerCtx, caller: &Caller) -> Result<SurveyPage, AppError> {
    let mut conn = super::read(ctx).await?;
    let current = survey_wave(&mut conn, caller.org_id).await?;
    let all_waves = waves::list(&mut *conn, caller.org_id).await?;
    let surveys = survey::surveys(&mut *conn, caller.org_id).await?;
    let (setting, _) = voters::settings(&mut *conn, caller.org_id).await?;
    let k = threshold(setting);
    // Only closed surveys are read: an open one's answers stay unread until it closes.
    let closed: Vec<SurveyId> = surveys.iter().filter(|s| s.closed).map(|s| s.id).collect();
    let mut responses = survey_box::responses(&ctx.vault.reader, caller.org_id, &closed).await?;
    let mut results = Vec::new();
    let mut open = None;
    for s in &surveys {
        let name = all_waves.iter().find(|w| w.id == s.wave_id).map(|w| w.name.clone()).unwrap_or_default();
        let answers = responses.remove(&s.id).unwrap_or_default();
        results.push(WaveSurvey { wave: name.clone(), result: survey_result(s.closed, &answers, k) });
        if !s.closed && current.as_ref().is_some_and(|w| w.id == s.wave_id) {
            open = Some((s.clone(), name));
        }
    }
    let (answered, joined_late, with) = match &open {
        Some((s, _)) => {
            let tag = claims::survey_tag(&ctx.vote_key, caller.user_id, s.id);
            let answered = survey_box::survey_receipt(&mut *ctx.vault.reader.acquire().await?, caller.org_id, s.id, &tag).await?
                == vote_box::Receipt::Voted;
            let joined_late = !answered && !may_answer(&mut conn, caller, s).await?;
            let cutoff = eligible_by(s.opened_at);
            let (count, latest) =
                voters::roll(&mut conn, caller.org_id, None, cutoff, caller.user_id, CoVoters::LIST_ALL_UP_TO + 1).await?;
            (answered, joined_late, CoVoters::new(count, latest, cutoff))
        }
        None => (false, false, CoVoters::default()),
    };
    let has_survey = |w: &crate::domain::wave::WaveSummary| surveys.iter().any(|s| s.wave_id == w.id);
    let can_open = match &current {
        Some(w) if caller.role.is_admin() && !has_survey(w) => Some(w.name.clone()),
        _ => None,
    };
    let (signals_wave, signal_list) = match &current {
        Some(w) => {
            let counts = survey::counts(
                &mut conn,
                caller.org_id,
                w.id,
                i64::from(w.dates.week_of(ctx.today()).unwrap_or_else(|| w.dates.week_count())),
            )
            .await?;
            (Some(w.name.clone()), signals(&counts))
        }
        None => (None, Vec::new()),
    };
    Ok(SurveyPage {
        can_close: open.is_some() && caller.role.is_admin(),
        open: open.map(|(s, name)| (s.id, name)),
        answered,
        joined_late,
        with,
        threshold: k,
        can_open,
        results,
        signals_wave,
        signals: signal_list,
    })
}
