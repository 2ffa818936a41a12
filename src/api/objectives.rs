//! Wave objectives (leaders), team objectives (teams), key-result check-ins,
//! and the wave dashboard.

use crate::domain::ids::{KeyResultId, ObjectiveId, TeamId, WaveId};
use crate::domain::key_result::KrInput;
use crate::domain::plan::{Dashboard, ObjectiveDetail, TeamPlan};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    api::waves::{require_lead, today},
    domain::ids::{OrgId, UserId},
    domain::key_result::KrSpec,
    domain::objective::{parse_note, parse_rationale, parse_title, parse_why},
    domain::plan::{KrDetail, TeamRef, WaveSummary},
    server::idempotency::{once_done, Once},
    server::{auth, ctx, store, store::objectives, store::objectives::Scope, store::orgs, store::teams, store::waves, ServerCtx},
};

#[cfg(feature = "ssr")]
async fn open_wave(ctx: &ServerCtx, org: OrgId, wave: WaveId) -> Result<WaveSummary, AppError> {
    let wave = waves::get(&ctx.pool, org, wave).await?.ok_or_else(|| AppError::not_found("That wave"))?;
    if !wave.state.open_for_objectives() {
        return Err(AppError::Conflict(format!(
            "The wave \u{201c}{}\u{201d} is {}: its objectives can no longer change.",
            wave.name,
            wave.state.as_str()
        )));
    }
    Ok(wave)
}

/// An optional owner from a form: blank means none; otherwise a member of this organisation.
#[cfg(feature = "ssr")]
async fn parse_owner(ctx: &ServerCtx, org: OrgId, raw: &str) -> Result<Option<UserId>, AppError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let id = raw.parse().map(UserId).map_err(|_| AppError::BadRequest("The owner is not a valid person.".into()))?;
    orgs::role_of(&ctx.pool, org, id).await?.ok_or_else(|| AppError::not_found("That person"))?;
    Ok(Some(id))
}

/// Whether the caller may edit and check in on this objective: leaders (and
/// the owner) for wave objectives, the team's members for team objectives.
#[cfg(feature = "ssr")]
async fn may_change(ctx: &ServerCtx, caller: &auth::Caller, o: &objectives::ObjectiveRow) -> Result<bool, AppError> {
    Ok(match o.team_id {
        None => caller.role.can_lead() || o.owner_id == Some(caller.user_id.0),
        Some(team) => objectives::is_team_member(&ctx.pool, TeamId(team), caller.user_id).await?,
    })
}

#[server(endpoint = "create_wave_objective")]
pub async fn create_wave_objective(
    wave_id: WaveId,
    title: String,
    why: String,
    owner_id: String,
    #[server(default)] krs: Vec<KrInput>,
) -> Result<ObjectiveId, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    require_lead(&caller)?;
    let wave = open_wave(&ctx, caller.org_id, wave_id).await?;
    let title = parse_title(&title)?;
    let why = parse_why(&why)?;
    let krs = KrSpec::parse_all(&krs)?;
    let owner = parse_owner(&ctx, caller.org_id, &owner_id).await?;
    let mut tx = ctx.pool.begin().await?;
    let new = objectives::NewObjective {
        org: caller.org_id,
        wave: wave.id,
        team: None,
        title: &title,
        why: &why,
        owner,
        created_by: caller.user_id,
        now: store::now(),
    };
    let id = objectives::insert(&mut tx, new, &krs).await?;
    tx.commit().await?;
    Ok(id)
}

#[server(endpoint = "create_team_objective")]
pub async fn create_team_objective(
    team_id: TeamId,
    parent_id: String,
    title: String,
    rationale: String,
    #[server(default)] krs: Vec<KrInput>,
    /// Set by drafts sent from the device's queue: the same key is stored once.
    #[server(default)]
    client_key: String,
) -> Result<ObjectiveId, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    // A resend of something already stored returns it, even if the wave has closed since.
    let once = Once::new(&client_key, "team_objective", &caller, &(team_id, &parent_id, &title, &rationale, &krs))?;
    if let Some(done) = once_done(&ctx, &once).await? {
        return Ok(ObjectiveId(done));
    }
    let (team_name, archived) =
        teams::get(&ctx.pool, caller.org_id, team_id).await?.ok_or_else(|| AppError::not_found("That team"))?;
    if !objectives::is_team_member(&ctx.pool, team_id, caller.user_id).await? {
        return Err(AppError::Forbidden(format!("Only members of {team_name} can write its objectives.")));
    }
    if archived {
        return Err(AppError::Conflict(format!("{team_name} is archived: restore it before adding objectives.")));
    }
    let parent_id: ObjectiveId = parent_id
        .trim()
        .parse()
        .map_err(|_| AppError::Invalid { field: "parent_id".into(), message: "Choose the wave objective this contributes to.".into() })?;
    let parent = objectives::get(&ctx.pool, caller.org_id, parent_id)
        .await?
        .ok_or_else(|| AppError::not_found("That wave objective"))?;
    if parent.team_id.is_some() {
        return Err(AppError::Invalid {
            field: "parent_id".into(),
            message: "Align to a wave objective, not to another team's objective.".into(),
        });
    }
    let wave = open_wave(&ctx, caller.org_id, WaveId(parent.wave_id)).await?;
    let title = parse_title(&title)?;
    let rationale = parse_rationale(&rationale)?;
    let krs = KrSpec::parse_all(&krs)?;
    let mut tx = ctx.pool.begin().await?;
    let new = objectives::NewObjective {
        org: caller.org_id,
        wave: wave.id,
        team: Some((team_id, parent_id)),
        title: &title,
        why: &rationale,
        owner: Some(caller.user_id),
        created_by: caller.user_id,
        now: store::now(),
    };
    let id = objectives::insert(&mut tx, new, &krs).await?;
    if let Some(once) = &once {
        if !once.record(&mut tx, id.0).await? {
            // A twin send with this key committed first; this one rolls back.
            drop(tx);
            return once.earlier(&ctx.pool).await?.map(ObjectiveId).ok_or(AppError::Internal);
        }
    }
    tx.commit().await?;
    Ok(id)
}

/// Edits an objective's words (and owner, for wave objectives).
#[server(endpoint = "update_objective")]
pub async fn update_objective(objective_id: ObjectiveId, title: String, why: String, owner_id: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let o = objectives::get(&ctx.pool, caller.org_id, objective_id).await?.ok_or_else(|| AppError::not_found("That objective"))?;
    if !may_change(&ctx, &caller, &o).await? {
        return Err(AppError::forbidden("Only the team (or, for wave objectives, leaders) can edit this objective."));
    }
    open_wave(&ctx, caller.org_id, WaveId(o.wave_id)).await?;
    let title = parse_title(&title)?;
    let (why, owner) = if o.team_id.is_some() {
        (parse_rationale(&why)?, o.owner_id.map(UserId))
    } else {
        (parse_why(&why)?, parse_owner(&ctx, caller.org_id, &owner_id).await?)
    };
    objectives::update(&ctx.pool, caller.org_id, objective_id, &title, &why, owner).await
}

/// Records a new current value for a key result, with an optional note.
#[server(endpoint = "check_in")]
pub async fn check_in(key_result_id: KeyResultId, value: String, note: String) -> Result<(), AppError> {
    use crate::domain::key_result::KrKind;
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let mut tx = ctx.pool.begin().await?;
    let (objective_id, kind) = objectives::key_result(&mut tx, caller.org_id, key_result_id)
        .await?
        .ok_or_else(|| AppError::not_found("That key result"))?;
    let o = objectives::get(&mut *tx, caller.org_id, objective_id).await?.ok_or(AppError::Internal)?;
    if !may_change(&ctx, &caller, &o).await? {
        return Err(AppError::forbidden("Only the team that owns this objective can check in on it."));
    }
    open_wave(&ctx, caller.org_id, WaveId(o.wave_id)).await?;
    let invalid = |m: &str| AppError::Invalid { field: "value".into(), message: m.into() };
    let value: f64 = value.trim().replace(',', ".").parse().map_err(|_| invalid("The new value must be a number."))?;
    if !value.is_finite() {
        return Err(invalid("The new value must be a number."));
    }
    match kind {
        KrKind::Percentage { .. } if !(0.0..=100.0).contains(&value) => return Err(invalid("A percentage is between 0 and 100.")),
        KrKind::Milestone if value != 0.0 && value != 1.0 => return Err(invalid("A milestone is either done or not done.")),
        _ => {}
    }
    let note = parse_note(&note)?;
    objectives::check_in(&mut tx, key_result_id, value, note.as_deref(), caller.user_id, store::now()).await?;
    tx.commit().await?;
    Ok(())
}

#[server(endpoint = "objective")]
pub async fn get_objective(objective_id: ObjectiveId) -> Result<ObjectiveDetail, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let o = objectives::get(&ctx.pool, caller.org_id, objective_id).await?.ok_or_else(|| AppError::not_found("That objective"))?;
    let wave_id = WaveId(o.wave_id);
    let wave = waves::get(&ctx.pool, caller.org_id, wave_id).await?.ok_or(AppError::Internal)?;
    let summary = objectives::summaries(&ctx.pool, caller.org_id, wave_id, Scope::One(objective_id))
        .await?
        .pop()
        .ok_or(AppError::Internal)?;
    let mut history = objectives::history(&ctx.pool, objective_id).await?;
    let krs = summary.krs.iter().map(|kr| KrDetail { kr: kr.clone(), history: history.remove(&kr.id).unwrap_or_default() }).collect();
    let parent = match o.parent_id {
        Some(p) => objectives::get(&ctx.pool, caller.org_id, ObjectiveId(p)).await?.map(|p| (ObjectiveId(p.id), p.title)),
        None => None,
    };
    let aligned = if o.team_id.is_none() {
        objectives::summaries(&ctx.pool, caller.org_id, wave_id, Scope::AlignedTo(objective_id)).await?
    } else {
        Vec::new()
    };
    let allowed = may_change(&ctx, &caller, &o).await? && wave.state.open_for_objectives();
    let members = if allowed && o.team_id.is_none() { orgs::members(&ctx.pool, caller.org_id).await? } else { Vec::new() };
    Ok(ObjectiveDetail {
        summary,
        wave,
        why: o.why,
        owner_id: o.owner_id.map(UserId),
        parent,
        krs,
        aligned,
        can_edit: allowed,
        can_check_in: allowed,
        members,
    })
}

/// A team's objectives in the current wave, and what they can align to.
#[server(endpoint = "team_plan")]
pub async fn get_team_plan(team_id: TeamId) -> Result<TeamPlan, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    teams::get(&ctx.pool, caller.org_id, team_id).await?.ok_or_else(|| AppError::not_found("That team"))?;
    let is_member = objectives::is_team_member(&ctx.pool, team_id, caller.user_id).await?;
    let Some(wave) = waves::current(&ctx.pool, caller.org_id).await? else {
        return Ok(TeamPlan { wave: None, objectives: Vec::new(), parents: Vec::new(), is_member });
    };
    let objectives = objectives::summaries(&ctx.pool, caller.org_id, wave.id, Scope::Team(team_id)).await?;
    let parents = objectives::summaries(&ctx.pool, caller.org_id, wave.id, Scope::WaveObjectives)
        .await?
        .into_iter()
        .map(|o| (o.id, o.title))
        .collect();
    Ok(TeamPlan { wave: Some(wave), objectives, parents, is_member })
}

/// The active wave at a glance; `None` when no wave is active.
#[server(endpoint = "dashboard")]
pub async fn get_dashboard() -> Result<Option<Dashboard>, AppError> {
    use crate::domain::wave::WaveDates;
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let Some(wave) = waves::active(&ctx.pool, caller.org_id).await? else { return Ok(None) };
    let clock = WaveDates::new(wave.starts_on, wave.ends_on).map_err(|_| AppError::Internal)?.clock(today());
    let all = objectives::summaries(&ctx.pool, caller.org_id, wave.id, Scope::Wave).await?;
    let team_refs = teams::list(&ctx.pool, caller.org_id, caller.user_id)
        .await?
        .into_iter()
        .filter(|t| !t.archived)
        .map(|t| TeamRef { id: t.id, name: t.name })
        .collect();
    let falling = crate::api::votes::falling_objectives(&ctx, caller.org_id, &wave).await?;
    let open_problems = crate::server::store::ppp::open_problems(&ctx.pool, caller.org_id, wave.id)
        .await?
        .into_iter()
        .map(|(item_id, id, name, week, text)| crate::domain::ppp::OpenProblem { item_id, team: TeamRef { id, name }, week, text })
        .collect();
    let mut dashboard = crate::domain::dashboard::build(wave, clock, all, team_refs, &falling);
    dashboard.open_problems = open_problems;
    let now = crate::server::store::now();
    let boosts = crate::server::store::boosts::list(&ctx.pool, caller.org_id).await?;
    dashboard.open_boosts = boosts.iter().filter(|b| b.state == crate::domain::boost::BoostState::Open).count();
    dashboard.stale_boosts = boosts.into_iter().filter(|b| crate::domain::boost::is_stale(b, now)).collect();
    Ok(Some(dashboard))
}
