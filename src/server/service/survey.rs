//! The scorecard as an anonymous organisation survey, one per wave, next to
//! live signals computed from the wave's real activity.

use super::access::require_admin;
use super::waves::survey_wave;
use crate::domain::scorecard::{aggregate, Answers};
use crate::domain::signals::{signals, SurveyPage, WaveSurvey};
use crate::error::AppError;
use crate::server::auth::Caller;
use crate::server::ballots;
use crate::server::ctx::ServerCtx;
use crate::server::store::{survey, votes, waves};

pub async fn open(ctx: &ServerCtx, caller: &Caller) -> Result<(), AppError> {
    require_admin(caller)?;
    let mut tx = super::write(ctx).await?;
    let wave = survey_wave(&mut tx, caller.org_id)
        .await?
        .ok_or_else(|| AppError::Conflict("Start a wave first: the survey runs once per wave.".into()))?;
    survey::open(&mut *tx, caller.org_id, wave.id, ctx.now()).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn answer(ctx: &ServerCtx, caller: &Caller, get: impl Fn(&str) -> Option<String>) -> Result<(), AppError> {
    let answers = Answers::parse(get)?;
    let mut tx = super::write(ctx).await?;
    let wave = survey_wave(&mut tx, caller.org_id).await?.ok_or_else(|| AppError::Conflict("No survey is open.".into()))?;
    let id = survey::of_wave(&mut *tx, caller.org_id, wave.id)
        .await?
        .ok_or_else(|| AppError::Conflict("No survey is open for this wave.".into()))?;
    let tag = ballots::survey_tag(&ctx.vote_key, caller.user_id, id);
    survey::answer(&mut tx, caller.org_id, id, &tag, &answers).await?;
    tx.commit().await?;
    votes::forget_wal(&ctx.pool).await;
    Ok(())
}

pub async fn page(ctx: &ServerCtx, caller: &Caller) -> Result<SurveyPage, AppError> {
    let mut conn = super::read(ctx).await?;
    let current = survey_wave(&mut conn, caller.org_id).await?;
    let all_waves = waves::list(&mut *conn, caller.org_id).await?;
    let surveys = survey::surveys(&mut *conn, caller.org_id).await?;
    let mut responses = survey::responses(&mut *conn, caller.org_id).await?;
    let mut results = Vec::new();
    let mut open = None;
    for (id, wave_id) in &surveys {
        let name = all_waves.iter().find(|w| w.id == *wave_id).map(|w| w.name.clone()).unwrap_or_default();
        let answers = responses.remove(id).unwrap_or_default();
        results.push(WaveSurvey { wave: name.clone(), result: aggregate(&answers).map(|r| (answers.len(), r)) });
        if current.as_ref().is_some_and(|w| w.id == *wave_id) {
            open = Some((*id, name));
        }
    }
    let answered = match &open {
        Some((id, _)) => survey::has_answered(&mut *conn, caller.org_id, *id, &ballots::survey_tag(&ctx.vote_key, caller.user_id, *id)).await?,
        None => false,
    };
    let can_open = match (&current, &open) {
        (Some(w), None) if caller.role.is_admin() => Some(w.name.clone()),
        _ => None,
    };
    let (signals_wave, signal_list) = match &current {
        Some(w) => {
            let counts = survey::counts(&mut conn, caller.org_id, w.id, i64::from(w.dates.week_of(ctx.today()).unwrap_or_else(|| w.dates.week_count()))).await?;
            (Some(w.name.clone()), signals(&counts))
        }
        None => (None, Vec::new()),
    };
    Ok(SurveyPage { open, answered, can_open, results, signals_wave, signals: signal_list })
}
