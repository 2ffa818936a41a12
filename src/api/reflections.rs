//! End of wave: team reflections and grades, the wave review, and carrying
//! unfinished objectives over into the next wave.

use crate::domain::ids::{ObjectiveId, TeamId, WaveId};
use crate::domain::reflection::{GradeInput, TeamReflectionPage, TeamWaveReview};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    domain::ids::{KeyResultId, OrgId},
    domain::plan::{ObjectiveSummary, WaveSummary},
    domain::reflection::{carry_over, parse_grade, parse_reflection, unfinished, CarryOver},
    domain::wave::WaveState,
    server::{auth, ctx, store, store::objectives, store::objectives::Scope, store::reflections, store::teams, store::waves, ServerCtx},
};

#[cfg(feature = "ssr")]
async fn reviews(ctx: &ServerCtx, org: OrgId, wave: &WaveSummary, only: Option<TeamId>) -> Result<Vec<TeamWaveReview>, AppError> {
    let all = objectives::summaries(&ctx.pool, org, wave.id, Scope::Wave).await?;
    let mut written = reflections::all(&ctx.pool, org, wave.id).await?;
    let mut out = Vec::new();
    for t in teams::refs(&ctx.pool, org).await? {
        if only.is_some_and(|o| o != t.id) {
            continue;
        }
        let objectives: Vec<ObjectiveSummary> = all.iter().filter(|o| o.team.as_ref().is_some_and(|x| x.id == t.id)).cloned().collect();
        let reflection = written.iter().position(|(id, _)| *id == t.id).map(|i| written.remove(i).1);
        if only.is_some() || !objectives.is_empty() || reflection.is_some() {
            out.push(TeamWaveReview { team: t, reflection, objectives });
        }
    }
    Ok(out)
}

#[server(endpoint = "save_reflection")]
pub async fn save_reflection(
    team_id: TeamId,
    wave_id: WaveId,
    worked: String,
    didnt: String,
    change: String,
    #[server(default)] grades: Vec<GradeInput>,
) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let (name, _) = teams::get(&ctx.pool, caller.org_id, team_id).await?.ok_or_else(|| AppError::not_found("That team"))?;
    let wave = waves::get(&ctx.pool, caller.org_id, wave_id).await?.ok_or_else(|| AppError::not_found("That wave"))?;
    if !objectives::is_team_member(&ctx.pool, team_id, caller.user_id).await? {
        return Err(AppError::Forbidden(format!("Only members of {name} write its reflection.")));
    }
    if wave.state != WaveState::Reflecting {
        return Err(AppError::Conflict("Reflections are written while a wave is reflecting.".into()));
    }
    let texts = parse_reflection(&worked, &didnt, &change)?;
    let krs: Vec<_> =
        objectives::summaries(&ctx.pool, caller.org_id, wave_id, Scope::Team(team_id)).await?.into_iter().flat_map(|o| o.krs).collect();
    let mut parsed = Vec::new();
    for g in grades.iter().filter(|g| !g.grade.trim().is_empty()) {
        let id = g.kr_id.trim().parse().map(KeyResultId).ok().and_then(|id| krs.iter().find(|k| k.id == id));
        let kr = id.ok_or_else(|| AppError::not_found("That key result"))?;
        parsed.push((kr.id, parse_grade(&g.grade, &kr.title)?));
    }
    let mut tx = ctx.pool.begin().await?;
    reflections::save(&mut tx, caller.org_id, wave_id, team_id, &texts, caller.user_id, store::now()).await?;
    for (kr, grade) in parsed {
        reflections::set_grade(&mut tx, kr, grade).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Every team's reflection and grades for a wave that is reflecting or closed.
#[server(endpoint = "wave_reviews")]
pub async fn get_wave_reviews(wave_id: WaveId) -> Result<Vec<TeamWaveReview>, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let wave = waves::get(&ctx.pool, caller.org_id, wave_id).await?.ok_or_else(|| AppError::not_found("That wave"))?;
    if !matches!(wave.state, WaveState::Reflecting | WaveState::Closed) {
        return Ok(Vec::new());
    }
    reviews(&ctx, caller.org_id, &wave, None).await
}

#[server(endpoint = "team_reflection")]
pub async fn get_team_reflection(team_id: TeamId) -> Result<TeamReflectionPage, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    teams::get(&ctx.pool, caller.org_id, team_id).await?.ok_or_else(|| AppError::not_found("That team"))?;
    let is_member = objectives::is_team_member(&ctx.pool, team_id, caller.user_id).await?;
    let all = waves::list(&ctx.pool, caller.org_id).await?;
    let reflecting = match all.iter().find(|w| w.state == WaveState::Reflecting) {
        Some(w) => reviews(&ctx, caller.org_id, w, Some(team_id)).await?.pop().map(|r| (w.clone(), r)),
        None => None,
    };
    // Carrying over: from the latest finished wave into the wave teams are now in.
    let finished = all.iter().find(|w| matches!(w.state, WaveState::Reflecting | WaveState::Closed));
    let carry = match (finished, waves::current(&ctx.pool, caller.org_id).await?) {
        (Some(from), Some(into)) if is_member && into.starts_on >= from.starts_on => {
            let done = reflections::carried(&ctx.pool, caller.org_id).await?;
            let candidates = objectives::summaries(&ctx.pool, caller.org_id, from.id, Scope::Team(team_id))
                .await?
                .into_iter()
                .filter(|o| unfinished(o) && !done.contains(&o.id))
                .collect();
            let parents = objectives::summaries(&ctx.pool, caller.org_id, into.id, Scope::WaveObjectives)
                .await?
                .into_iter()
                .map(|o| (o.id, o.title))
                .collect();
            Some(CarryOver { from_wave: from.clone(), into_wave: into, candidates, parents })
        }
        _ => None,
    };
    Ok(TeamReflectionPage { reflecting, is_member, carry })
}

/// Copies an unfinished team objective into the current wave, its key
/// results starting where they got to, linked to the original.
#[server(endpoint = "carry_over")]
pub async fn carry_over_objective(objective_id: ObjectiveId, parent_id: ObjectiveId) -> Result<ObjectiveId, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let origin = objectives::get(&ctx.pool, caller.org_id, objective_id).await?.ok_or_else(|| AppError::not_found("That objective"))?;
    let team = origin.team_id.map(TeamId).ok_or_else(|| AppError::BadRequest("Only team objectives carry over.".into()))?;
    if !objectives::is_team_member(&ctx.pool, team, caller.user_id).await? {
        return Err(AppError::forbidden("Only the team carries its objectives over."));
    }
    let from = waves::get(&ctx.pool, caller.org_id, WaveId(origin.wave_id)).await?.ok_or(AppError::Internal)?;
    if !matches!(from.state, WaveState::Reflecting | WaveState::Closed) {
        return Err(AppError::Conflict("Objectives carry over once their wave has ended.".into()));
    }
    let parent = objectives::get(&ctx.pool, caller.org_id, parent_id).await?.ok_or_else(|| AppError::not_found("That wave objective"))?;
    let into = waves::get(&ctx.pool, caller.org_id, WaveId(parent.wave_id)).await?.ok_or(AppError::Internal)?;
    if parent.team_id.is_some() || !into.state.open_for_objectives() || into.id == from.id {
        return Err(AppError::Invalid { field: "parent_id".into(), message: "Align to a wave objective of the new wave.".into() });
    }
    let summary = objectives::summaries(&ctx.pool, caller.org_id, from.id, Scope::One(objective_id)).await?.pop().ok_or(AppError::Internal)?;
    let krs = carry_over(&summary.krs);
    if krs.is_empty() {
        return Err(AppError::Conflict("Every key result of this objective was reached: nothing to carry over.".into()));
    }
    let mut tx = ctx.pool.begin().await?;
    let new = objectives::NewObjective {
        org: caller.org_id,
        wave: into.id,
        team: Some((team, parent_id)),
        title: &origin.title,
        why: &origin.why,
        owner: Some(caller.user_id),
        created_by: caller.user_id,
        now: store::now(),
    };
    let id = objectives::insert(&mut tx, new, &krs).await?;
    reflections::link_carried(&mut tx, id, objective_id).await?;
    tx.commit().await?;
    leptos_axum::redirect(&format!("/objectives/{id}"));
    Ok(id)
}
