//! Weekly confidence votes and their results. The anonymity design is in
//! `server::ballots`; these functions only ever return aggregates, and a
//! person's own score only to the browser that holds its ballot secret.

use crate::domain::confidence::{ConfidenceReport, VoteSheet};
use crate::domain::ids::{ObjectiveId, TeamId};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    api::waves::today,
    domain::confidence::{rows, VoteItem},
    domain::ids::OrgId,
    domain::plan::{ObjectiveSummary, TeamRef, WaveSummary},
    domain::vote::{threshold, week_closed, week_count, week_of, Score},
    domain::wave::WaveDates,
    server::{auth, ballots, ctx, store::objectives, store::objectives::Scope, store::teams, store::votes, store::waves, ServerCtx},
};

#[cfg(feature = "ssr")]
fn dates(w: &WaveSummary) -> Result<WaveDates, AppError> {
    WaveDates::new(w.starts_on, w.ends_on).map_err(|_| AppError::Internal)
}

/// The objectives a person votes on: the wave objectives and their teams' ones.
#[cfg(feature = "ssr")]
async fn votable(ctx: &ServerCtx, caller: &auth::Caller, wave: &WaveSummary) -> Result<Vec<ObjectiveSummary>, AppError> {
    let mine: Vec<TeamId> =
        teams::list(&ctx.pool, caller.org_id, caller.user_id).await?.into_iter().filter(|t| t.is_mine).map(|t| t.id).collect();
    Ok(objectives::summaries(&ctx.pool, caller.org_id, wave.id, Scope::Wave)
        .await?
        .into_iter()
        .filter(|o| o.team.as_ref().is_none_or(|t| mine.contains(&t.id)))
        .collect())
}

#[server(endpoint = "vote_sheet")]
pub async fn get_vote_sheet() -> Result<VoteSheet, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let Some(wave) = waves::active(&ctx.pool, caller.org_id).await? else {
        return Ok(VoteSheet { wave: None, week: None, weeks: 0, items: Vec::new() });
    };
    let d = dates(&wave)?;
    let week = week_of(&d, today());
    let mut items = Vec::new();
    if let Some(week) = week {
        let held = ballots::held(caller.user_id);
        let mut conn = ctx.pool.acquire().await?;
        for o in votable(&ctx, &caller, &wave).await? {
            let tag = ballots::voter_tag(&ctx.vote_key, caller.user_id, o.id, week);
            let voted = votes::has_receipt(&mut conn, o.id, week, &tag).await?;
            let my_score = match held.iter().find(|(obj, w, _)| *obj == o.id && *w == week) {
                Some((_, _, secret)) if voted => votes::own_score(&ctx.pool, o.id, week, &ballots::change_hash(secret)).await?,
                _ => None,
            };
            items.push(VoteItem { objective_id: o.id, title: o.title, team: o.team.map(|t| t.name), voted, my_score });
        }
    }
    Ok(VoteSheet { weeks: week_count(&d), wave: Some(wave), week, items })
}

/// Casts this week's vote on an objective, or changes it from the browser
/// that cast it.
#[server(endpoint = "cast_vote")]
pub async fn cast_vote(objective_id: ObjectiveId, score: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let score = Score::parse(&score)?;
    objectives::get(&ctx.pool, caller.org_id, objective_id).await?.ok_or_else(|| AppError::not_found("That objective"))?;
    let wave = waves::active(&ctx.pool, caller.org_id)
        .await?
        .ok_or_else(|| AppError::Conflict("No wave is active, so there is nothing to vote on.".into()))?;
    let week = week_of(&dates(&wave)?, today())
        .ok_or_else(|| AppError::Conflict("Voting is closed: today is outside the wave's weeks.".into()))?;
    if !votable(&ctx, &caller, &wave).await?.iter().any(|o| o.id == objective_id) {
        // Not in this organisation, not in the active wave, or another team's.
        return Err(AppError::not_found("That objective"));
    }
    let tag = ballots::voter_tag(&ctx.vote_key, caller.user_id, objective_id, week);
    let mut held = ballots::held(caller.user_id);
    let secret = ballots::new_secret();
    // Writing first (rather than checking for a receipt, then writing) takes
    // the write lock at once, so concurrent submissions queue instead of
    // racing; the receipt's primary key refuses all but the first.
    let mut tx = ctx.pool.begin().await?;
    match votes::cast(&mut tx, objective_id, week, &tag, score, &ballots::change_hash(&secret)).await {
        Ok(()) => {
            held.retain(|(o, w, _)| !(*o == objective_id && *w == week));
            held.push((objective_id, week, secret));
        }
        Err(AppError::Conflict(_)) => {
            let mine = held.iter().find(|(o, w, _)| *o == objective_id && *w == week).map(|(_, _, s)| s.clone());
            let changed = match mine {
                Some(s) => votes::change(&mut tx, objective_id, week, &ballots::change_hash(&s), score).await?,
                None => false,
            };
            if !changed {
                return Err(AppError::Conflict(
                    "You already voted on this objective this week. A vote can only be changed from the browser it was cast in."
                        .into(),
                ));
            }
        }
        Err(e) => return Err(e),
    }
    tx.commit().await?;
    votes::forget_wal(&ctx.pool).await;
    ballots::remember(caller.user_id, week, held, ctx.settings.https());
    Ok(())
}

/// The wave whose results to show: the active one, else the latest started.
#[cfg(feature = "ssr")]
async fn results_wave(ctx: &ServerCtx, org: OrgId) -> Result<Option<WaveSummary>, AppError> {
    if let Some(w) = waves::active(&ctx.pool, org).await? {
        return Ok(Some(w));
    }
    Ok(waves::list(&ctx.pool, org).await?.into_iter().find(|w| w.state != crate::domain::wave::WaveState::Planned))
}

/// Objectives whose confidence dropped two weeks running in `wave`.
#[cfg(feature = "ssr")]
pub(crate) async fn falling_objectives(ctx: &ServerCtx, org: OrgId, wave: &WaveSummary) -> Result<Vec<ObjectiveId>, AppError> {
    let report = build_report(ctx, org, wave, None).await?;
    Ok(report.into_iter().filter(|r| r.falling).map(|r| r.objective_id).collect())
}

#[cfg(feature = "ssr")]
async fn build_report(
    ctx: &ServerCtx,
    org: OrgId,
    wave: &WaveSummary,
    team: Option<TeamId>,
) -> Result<Vec<crate::domain::confidence::ConfidenceRow>, AppError> {
    let d = dates(wave)?;
    let (setting, live) = votes::settings(&ctx.pool, org).await?;
    let objectives = objectives::summaries(&ctx.pool, org, wave.id, Scope::Wave)
        .await?
        .into_iter()
        .filter(|o| team.is_none() || o.team.is_none() || o.team.as_ref().map(|t| t.id) == team)
        .map(|o| (o.id, o.title, o.team))
        .collect();
    let dist = votes::distributions(&ctx.pool, org, wave.id).await?;
    let today = today();
    Ok(rows(objectives, &dist, week_count(&d), |w| week_closed(&d, w, today), threshold(setting), live))
}

#[server(endpoint = "confidence")]
pub async fn get_confidence(team_id: Option<TeamId>) -> Result<ConfidenceReport, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let (setting, live) = votes::settings(&ctx.pool, caller.org_id).await?;
    let team_refs: Vec<TeamRef> = teams::list(&ctx.pool, caller.org_id, caller.user_id)
        .await?
        .into_iter()
        .filter(|t| !t.archived)
        .map(|t| TeamRef { id: t.id, name: t.name })
        .collect();
    if let Some(t) = team_id {
        if !team_refs.iter().any(|r| r.id == t) {
            return Err(AppError::not_found("That team"));
        }
    }
    let Some(wave) = results_wave(&ctx, caller.org_id).await? else {
        return Ok(ConfidenceReport {
            wave: None,
            weeks: 0,
            current_week: None,
            threshold: threshold(setting),
            live,
            rows: Vec::new(),
            teams: team_refs,
            team_filter: team_id,
        });
    };
    let d = dates(&wave)?;
    let rows = build_report(&ctx, caller.org_id, &wave, team_id).await?;
    Ok(ConfidenceReport {
        weeks: week_count(&d),
        current_week: week_of(&d, today()),
        wave: Some(wave),
        threshold: threshold(setting),
        live,
        rows,
        teams: team_refs,
        team_filter: team_id,
    })
}

/// (threshold, live results) of the caller's organisation.
#[server(endpoint = "vote_settings")]
pub async fn get_vote_settings() -> Result<(u32, bool), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let (setting, live) = votes::settings(&ctx.pool, caller.org_id).await?;
    Ok((threshold(setting), live))
}

#[server(endpoint = "update_vote_settings")]
pub async fn update_vote_settings(threshold: String, #[server(default)] live: Option<String>) -> Result<(), AppError> {
    use crate::domain::vote::MIN_VOTERS;
    let ctx = ctx()?;
    let caller = auth::require_admin(&ctx).await?;
    let n: u32 = threshold.trim().parse().map_err(|_| AppError::Invalid {
        field: "threshold".into(),
        message: "The minimum number of voters must be a whole number.".into(),
    })?;
    if !(MIN_VOTERS..=50).contains(&n) {
        return Err(AppError::Invalid {
            field: "threshold".into(),
            message: format!("Results need at least {MIN_VOTERS} voters to stay anonymous (and at most 50)."),
        });
    }
    votes::set_settings(&ctx.pool, caller.org_id, n, live.is_some_and(|v| v == "on" || v == "true")).await
}
