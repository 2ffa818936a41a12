//! The scorecard as an anonymous organisation survey, one per wave, next to
//! live signals computed from the wave's real activity.

use crate::domain::signals::SurveyPage;
use crate::error::AppError;
use leptos::prelude::*;
use std::collections::HashMap;

#[cfg(feature = "ssr")]
use crate::{
    api::waves::today,
    domain::scorecard::{aggregate, Answers},
    domain::signals::{signals, WaveSurvey},
    domain::vote::week_of,
    domain::wave::{WaveDates, WaveState},
    domain::plan::WaveSummary,
    server::{auth, ballots, ctx, store, store::survey, store::waves, ServerCtx},
};

/// The wave a survey runs in now: the active one, else one reflecting.
#[cfg(feature = "ssr")]
async fn survey_wave(ctx: &ServerCtx, org: crate::domain::ids::OrgId) -> Result<Option<WaveSummary>, AppError> {
    let all = waves::list(&ctx.pool, org).await?;
    Ok(all.iter().find(|w| w.state == WaveState::Active).or_else(|| all.iter().find(|w| w.state == WaveState::Reflecting)).cloned())
}

#[server(endpoint = "open_survey")]
pub async fn open_survey() -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_admin(&ctx).await?;
    let wave = survey_wave(&ctx, caller.org_id)
        .await?
        .ok_or_else(|| AppError::Conflict("Start a wave first: the survey runs once per wave.".into()))?;
    survey::open(&ctx.pool, caller.org_id, wave.id, store::now()).await?;
    Ok(())
}

#[server(endpoint = "answer_survey")]
pub async fn answer_survey(#[server(default)] answers: HashMap<String, String>) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let answers = Answers::parse(|id| answers.get(id).cloned())?;
    let wave = survey_wave(&ctx, caller.org_id).await?.ok_or_else(|| AppError::Conflict("No survey is open.".into()))?;
    let id = survey::surveys(&ctx.pool, caller.org_id)
        .await?
        .into_iter()
        .find(|(_, w)| *w == wave.id)
        .map(|(id, _)| id)
        .ok_or_else(|| AppError::Conflict("No survey is open for this wave.".into()))?;
    let tag = ballots::survey_tag(&ctx.vote_key, caller.user_id, id);
    let mut tx = ctx.pool.begin().await?;
    survey::answer(&mut tx, id, &tag, &answers).await?;
    tx.commit().await?;
    crate::server::store::votes::forget_wal(&ctx.pool).await;
    Ok(())
}

#[server(endpoint = "survey")]
pub async fn get_survey() -> Result<SurveyPage, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let current = survey_wave(&ctx, caller.org_id).await?;
    let all_waves = waves::list(&ctx.pool, caller.org_id).await?;
    let surveys = survey::surveys(&ctx.pool, caller.org_id).await?;
    let mut results = Vec::new();
    let mut open = None;
    for (id, wave_id) in &surveys {
        let name = all_waves.iter().find(|w| w.id == *wave_id).map(|w| w.name.clone()).unwrap_or_default();
        let responses = survey::responses(&ctx.pool, *id).await?;
        results.push(WaveSurvey { wave: name.clone(), result: aggregate(&responses).map(|r| (responses.len(), r)) });
        if current.as_ref().is_some_and(|w| w.id == *wave_id) {
            open = Some((*id, name));
        }
    }
    let answered = match &open {
        Some((id, _)) => survey::has_answered(&ctx.pool, *id, &ballots::survey_tag(&ctx.vote_key, caller.user_id, *id)).await?,
        None => false,
    };
    let can_open = match (&current, &open) {
        (Some(w), None) if caller.role.is_admin() => Some(w.name.clone()),
        _ => None,
    };
    let (signals_wave, signal_list) = match &current {
        Some(w) => {
            let d = WaveDates::new(w.starts_on, w.ends_on).map_err(|_| AppError::Internal)?;
            let weeks = week_of(&d, today()).map(i64::from).unwrap_or_else(|| i64::from(crate::domain::vote::week_count(&d)));
            let counts = survey::counts(&ctx.pool, caller.org_id, w.id, weeks).await?;
            (Some(w.name.clone()), signals(&counts))
        }
        None => (None, Vec::new()),
    };
    Ok(SurveyPage { open, answered, can_open, results, signals_wave, signals: signal_list })
}
