//! End of wave: team reflections and grades, the wave review, and carrying
//! unfinished objectives over into the next wave.

use super::access;
use super::access::Caller;
use crate::domain::ids::{KeyResultId, ObjectiveId, OrgId, TeamId, WaveId};
use crate::domain::objective::ObjectiveSummary;
use crate::domain::org::TeamRef;
use crate::domain::reflection::{
    carry_over, parse_grade, parse_reflection, unfinished, CarryOver, GradeInput, TeamReflectionPage, TeamWaveReview,
};
use crate::domain::wave::{WaveState, WaveSummary};
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::msg;
use crate::server::store::{objectives, objectives::Scope, reflections, teams, waves};
use sqlx::AnyConnection;

/// Each team's reflection and objectives for a wave: every team that has
/// either, or just `only` (with or without).
async fn reviews(conn: &mut AnyConnection, org: OrgId, wave: &WaveSummary, only: Option<TeamRef>) -> Result<Vec<TeamWaveReview>, AppError> {
    let scope = only.as_ref().map_or(Scope::Wave, |t| Scope::Team(t.id));
    let all = objectives::summaries(&mut *conn, org, wave.id, scope).await?;
    let mut written = reflections::all(&mut *conn, org, wave.id).await?;
    let single = only.is_some();
    let candidates = match only {
        Some(t) => vec![t],
        None => teams::refs(&mut *conn, org, teams::Archived::Include).await?,
    };
    let mut out = Vec::new();
    for t in candidates {
        let objectives: Vec<ObjectiveSummary> = all.iter().filter(|o| o.team.as_ref().is_some_and(|x| x.id == t.id)).cloned().collect();
        let reflection = written.iter().position(|(id, _)| *id == t.id).map(|i| written.remove(i).1);
        if single || !objectives.is_empty() || reflection.is_some() {
            out.push(TeamWaveReview { team: t, reflection, objectives });
        }
    }
    Ok(out)
}

/// What the reflection form sends.
pub struct ReflectionForm<'a> {
    pub team: TeamId,
    pub wave: WaveId,
    pub worked: &'a str,
    pub didnt: &'a str,
    pub change: &'a str,
    pub grades: &'a [GradeInput],
}

pub async fn save(ctx: &ServerCtx, caller: &Caller, f: ReflectionForm<'_>) -> Result<(), AppError> {
    let mut tx = super::write(ctx).await?;
    let team = access::team(&mut tx, caller, f.team).await?;
    let wave = super::waves::get(&mut tx, caller.org_id, f.wave).await?;
    if !access::is_in_team(&mut tx, caller, f.team).await? {
        return Err(AppError::Forbidden(msg!("forbidden-team-reflection", team = team.name.as_str())));
    }
    access::active_team(&mut tx, caller, f.team).await?;
    if wave.state != WaveState::Reflecting {
        return Err(AppError::Conflict(msg!("conflict-reflections-are-written-while")));
    }
    let texts = parse_reflection(f.worked, f.didnt, f.change)?;
    let krs: Vec<_> =
        objectives::summaries(&mut tx, caller.org_id, f.wave, Scope::Team(f.team)).await?.into_iter().flat_map(|o| o.krs).collect();
    let mut parsed = Vec::new();
    for g in f.grades.iter().filter(|g| !g.grade.trim().is_empty()) {
        let kr = g.kr_id.trim().parse::<KeyResultId>().ok().and_then(|id| krs.iter().find(|k| k.id == id));
        let kr = kr.ok_or_else(|| AppError::not_found(msg!("what-key-result")))?;
        parsed.push((kr.id, parse_grade(&g.grade, &kr.title)?));
    }
    reflections::save(&mut tx, caller.org_id, f.wave, f.team, &texts, Some(caller.user_id), ctx.now()).await?;
    for (kr, grade) in parsed {
        reflections::set_grade(&mut *tx, caller.org_id, kr, grade).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Every team's reflection and grades for a wave that is reflecting or closed.
pub async fn wave_reviews(ctx: &ServerCtx, caller: &Caller, wave: WaveId) -> Result<Vec<TeamWaveReview>, AppError> {
    let mut conn = super::read(ctx).await?;
    let wave = super::waves::get(&mut conn, caller.org_id, wave).await?;
    if !matches!(wave.state, WaveState::Reflecting | WaveState::Closed) {
        return Ok(Vec::new());
    }
    reviews(&mut conn, caller.org_id, &wave, None).await
}

pub async fn team_page(ctx: &ServerCtx, caller: &Caller, team: TeamId) -> Result<TeamReflectionPage, AppError> {
    let mut conn = super::read(ctx).await?;
    let row = access::team(&mut conn, caller, team).await?;
    let is_member = access::is_in_team(&mut conn, caller, team).await?;
    let all = waves::list(&mut *conn, caller.org_id).await?;
    let me = TeamRef { id: row.id, name: row.name };
    let reflecting = match all.iter().find(|w| w.state == WaveState::Reflecting) {
        Some(w) => reviews(&mut conn, caller.org_id, w, Some(me)).await?.pop().map(|r| (w.clone(), r)),
        None => None,
    };
    // Carrying over: from the latest finished wave into the wave teams are now in.
    let finished = all.iter().find(|w| matches!(w.state, WaveState::Reflecting | WaveState::Closed));
    let carry = match (finished, waves::current(&mut *conn, caller.org_id).await?) {
        (Some(from), Some(into)) if is_member && into.dates.start() >= from.dates.start() => {
            let done = reflections::carried(&mut *conn, caller.org_id).await?;
            let candidates = objectives::summaries(&mut conn, caller.org_id, from.id, Scope::Team(team))
                .await?
                .into_iter()
                .filter(|o| unfinished(o) && !done.contains(&o.id))
                .collect();
            let parents = objectives::titles(&mut conn, caller.org_id, into.id, Scope::WaveObjectives).await?;
            Some(CarryOver { from_wave: from.clone(), into_wave: into, candidates, parents })
        }
        _ => None,
    };
    Ok(TeamReflectionPage { reflecting, is_member, carry })
}

/// Copies an unfinished team objective into the current wave, its key
/// results starting where they got to, linked to the original.
pub async fn carry(ctx: &ServerCtx, caller: &Caller, objective: ObjectiveId, parent: ObjectiveId) -> Result<ObjectiveId, AppError> {
    let mut tx = super::write(ctx).await?;
    let origin = access::objective(&mut tx, caller, objective).await?;
    let team = origin.team_id.ok_or_else(|| AppError::BadRequest(msg!("bad-request-only-team-objectives-carry")))?;
    if !access::is_in_team(&mut tx, caller, team).await? {
        return Err(AppError::forbidden(msg!("forbidden-only-team-carries-objectives")));
    }
    access::active_team(&mut tx, caller, team).await?;
    let from = super::waves::get(&mut tx, caller.org_id, origin.wave_id).await?;
    if !matches!(from.state, WaveState::Reflecting | WaveState::Closed) {
        return Err(AppError::Conflict(msg!("conflict-objectives-carry-over-once")));
    }
    let parent_row =
        objectives::get(&mut *tx, caller.org_id, parent).await?.ok_or_else(|| AppError::not_found(msg!("what-wave-objective")))?;
    let into = super::waves::get(&mut tx, caller.org_id, parent_row.wave_id).await?;
    if parent_row.team_id.is_some() || !into.state.open_for_objectives() || into.id == from.id {
        return Err(AppError::Invalid { field: "parent_id".into(), message: msg!("invalid-align-wave-objective-new") });
    }
    let summary = objectives::summaries(&mut tx, caller.org_id, from.id, Scope::One(objective)).await?.pop().ok_or(AppError::Internal)?;
    let krs = carry_over(&summary.krs);
    if krs.is_empty() {
        return Err(AppError::Conflict(msg!("conflict-every-key-result-objective")));
    }
    let new = objectives::NewObjective {
        org: caller.org_id,
        wave: into.id,
        team: Some((team, parent)),
        title: &origin.title,
        why: &origin.why,
        owner: Some(caller.user_id),
        created_by: caller.user_id,
        now: ctx.now(),
    };
    let id = objectives::insert(&mut tx, new, &krs).await?;
    reflections::link_carried(&mut *tx, caller.org_id, id, objective).await?;
    tx.commit().await?;
    Ok(id)
}
