//! Wave objectives (leaders), team objectives (teams) and key-result check-ins.

use super::access::Caller;
use super::access::{self, require_lead};
use super::waves::open_for_objectives;
use crate::domain::account::PersonRef;
use crate::domain::divergence::divergence;
use crate::domain::ids::{required_id, KeyResultId, ObjectiveId, TeamId, WaveId};
use crate::domain::import::view::range;
use crate::domain::key_result::{CheckInValue, KrDetail, KrInput, KrSpec};
use crate::domain::objective::Proposal;
use crate::domain::objective::{parse_rationale, parse_title, parse_why, Note, ObjectiveDetail, ObjectiveSummary, Purpose, TeamPlan};
use crate::domain::views::PersonChoices;
use crate::domain::wave::WaveState;
use crate::domain::ValidationError;
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::msg;
use crate::server::service::once::{once_done, Once};
use crate::server::store::vote_box::Boxes;
use crate::server::store::{check_ins, objectives, objectives::Scope, proposals, waves};
use sqlx::AnyConnection;

/// A wave objective to add: its words, its owner (if named) and key results.
pub struct NewWaveObjective {
    pub wave: WaveId,
    pub title: String,
    pub why: String,
    pub owner: PersonRef,
    pub krs: Vec<KrSpec>,
}

impl NewWaveObjective {
    /// From the form, field by field in its order.
    pub fn parse(wave: WaveId, title: &str, why: &str, owner: &str, krs: &[KrInput]) -> Result<Self, ValidationError> {
        let (title, why, krs) = (parse_title(title)?, parse_why(why)?, KrSpec::parse_all(krs)?);
        Ok(Self { wave, title, why, owner: PersonRef::parse("owner_id", owner)?, krs })
    }
}

pub async fn create_wave_objective(ctx: &ServerCtx, caller: &Caller, o: NewWaveObjective) -> Result<ObjectiveId, AppError> {
    require_lead(caller)?;
    let mut tx = super::write(ctx).await?;
    let wave = open_for_objectives(&mut tx, caller.org_id, o.wave).await?;
    let NewWaveObjective { title, why, krs, .. } = &o;
    let owner = access::member(&mut tx, caller.org_id, "owner_id", &o.owner).await?;
    let new = objectives::NewObjective {
        org: caller.org_id,
        wave: wave.id,
        team: None,
        title,
        why,
        owner,
        created_by: caller.user_id,
        now: ctx.now(),
    };
    let id = objectives::insert(&mut tx, new, krs).await?;
    tx.commit().await?;
    Ok(id)
}

/// A team objective to add, aligned to a wave objective (`parent`).
pub struct NewTeamObjective {
    pub team: TeamId,
    pub parent: ObjectiveId,
    pub title: String,
    pub rationale: String,
    pub krs: Vec<KrSpec>,
}

impl NewTeamObjective {
    /// From the form, field by field in its order.
    pub fn parse(team: TeamId, parent: &str, title: &str, rationale: &str, krs: &[KrInput]) -> Result<Self, ValidationError> {
        Ok(Self {
            team,
            parent: required_id("parent_id", msg!("invalid-parent-choice"), parent)?,
            title: parse_title(title)?,
            rationale: parse_rationale(rationale)?,
            krs: KrSpec::parse_all(krs)?,
        })
    }
}

/// `once` is set for drafts sent from a device's queue (see `Once`): a
/// resend of something already stored returns it, even if the wave has
/// closed since.
pub async fn create_team_objective(
    ctx: &ServerCtx,
    caller: &Caller,
    f: NewTeamObjective,
    once: Option<Once<'_>>,
) -> Result<ObjectiveId, AppError> {
    if let Some(done) = once_done(ctx, &once).await? {
        return Ok(ObjectiveId(done));
    }
    let mut tx = super::write(ctx).await?;
    let id = create_team_objective_in(&mut tx, ctx, caller, &f).await?;
    if let Some(once) = &once {
        if !once.record(&mut tx, id.0, ctx.now()).await? {
            // A twin send with this key committed first; this one rolls back.
            drop(tx);
            return once.earlier(&ctx.pool).await?.map(ObjectiveId).ok_or(AppError::Internal);
        }
    }
    tx.commit().await?;
    Ok(id)
}

/// Creates a team objective inside the caller's transaction: the caller is
/// in the team, the team is not archived, the parent is a wave objective of
/// a wave open for objectives.
pub(super) async fn create_team_objective_in(
    tx: &mut AnyConnection,
    ctx: &ServerCtx,
    caller: &Caller,
    f: &NewTeamObjective,
) -> Result<ObjectiveId, AppError> {
    let team = access::own_team(&mut *tx, caller, f.team, |team| msg!("forbidden-team-objectives", team = team)).await?;
    if team.archived() {
        return Err(AppError::Conflict(msg!("conflict-team-archived-objectives", team = team.name.as_str())));
    }
    let parent_id = f.parent;
    let parent =
        objectives::get(&mut *tx, caller.org_id, parent_id).await?.ok_or_else(|| AppError::not_found(msg!("what-wave-objective")))?;
    if parent.team_id.is_some() {
        return Err(AppError::Invalid { field: "parent_id".into(), message: msg!("invalid-align-wave-objective-another") });
    }
    let wave = open_for_objectives(&mut *tx, caller.org_id, parent.wave_id).await?;
    let NewTeamObjective { title, rationale, krs, .. } = f;
    let new = objectives::NewObjective {
        org: caller.org_id,
        wave: wave.id,
        team: Some((f.team, parent_id)),
        title,
        why: rationale,
        owner: Some(caller.user_id),
        created_by: caller.user_id,
        now: ctx.now(),
    };
    objectives::insert(&mut *tx, new, krs).await
}

/// Edits an objective's words (and owner, for wave objectives).
/// `title` comes from `parse_title`; `why` is taken as a wave objective's
/// why or a team objective's rationale, whichever this one is; `owner`
/// counts for wave objectives only.
pub async fn update(
    ctx: &ServerCtx,
    caller: &Caller,
    id: ObjectiveId,
    title: String,
    why: Purpose,
    owner: PersonRef,
) -> Result<(), AppError> {
    let mut tx = super::write(ctx).await?;
    let o = access::objective(&mut tx, caller, id).await?;
    if !access::may_change(&mut tx, caller, &o).await? {
        return Err(AppError::forbidden(msg!("forbidden-only-team-wave-objectives")));
    }
    if let Some(team) = o.team_id {
        access::active_team(&mut tx, caller, team).await?;
    }
    open_for_objectives(&mut tx, caller.org_id, o.wave_id).await?;
    let (why, owner) = if o.team_id.is_some() {
        (why.rationale()?, o.owner_id)
    } else {
        (why.why()?, access::member(&mut tx, caller.org_id, "owner_id", &owner).await?)
    };
    objectives::update(&mut *tx, caller.org_id, id, &title, &why, owner).await?;
    tx.commit().await?;
    Ok(())
}

/// A check-in: a key result's new current value, with an optional note.
#[derive(Debug, Clone)]
pub struct CheckIn {
    pub kr: KeyResultId,
    pub value: CheckInValue,
    pub note: Option<Note>,
}

/// Records a check-in; answers the key result's objective.
pub async fn check_in(ctx: &ServerCtx, caller: &Caller, c: CheckIn) -> Result<ObjectiveId, AppError> {
    let mut tx = super::write(ctx).await?;
    let (objective_id, kind) =
        objectives::key_result(&mut *tx, caller.org_id, c.kr).await?.ok_or_else(|| AppError::not_found(msg!("what-key-result")))?;
    let o = access::objective(&mut tx, caller, objective_id).await?;
    if !access::may_change(&mut tx, caller, &o).await? {
        return Err(AppError::forbidden(msg!("forbidden-only-team-owns-objective")));
    }
    if let Some(team) = o.team_id {
        access::active_team(&mut tx, caller, team).await?;
    }
    open_for_objectives(&mut tx, caller.org_id, o.wave_id).await?;
    let value = kind.accepts(c.value)?;
    let note = c.note.as_ref().map(Note::as_str);
    check_ins::check_in(&mut tx, caller.org_id, c.kr, value, note, caller.user_id, ctx.now()).await?;
    tx.commit().await?;
    Ok(objective_id)
}

/// One objective with its key results and progress (what the JSON API
/// answers), without the history and alignment its page shows.
pub async fn summary(ctx: &ServerCtx, caller: &Caller, id: ObjectiveId) -> Result<ObjectiveSummary, AppError> {
    let mut conn = super::read(ctx).await?;
    let o = access::objective(&mut conn, caller, id).await?;
    objectives::summaries(&mut conn, caller.org_id, o.wave_id, Scope::One(id)).await?.pop().ok_or(AppError::Internal)
}

/// Every objective of a wave of the caller's organisation (wave objectives
/// and team objectives) with its key results.
pub async fn of_wave(ctx: &ServerCtx, caller: &Caller, wave: WaveId) -> Result<Vec<ObjectiveSummary>, AppError> {
    let mut conn = super::read(ctx).await?;
    super::waves::get(&mut conn, caller.org_id, wave).await?;
    objectives::summaries(&mut conn, caller.org_id, wave, Scope::Wave).await
}

pub async fn detail(ctx: &ServerCtx, caller: &Caller, id: ObjectiveId) -> Result<ObjectiveDetail, AppError> {
    let mut conn = super::read(ctx).await?;
    let o = access::objective(&mut conn, caller, id).await?;
    let wave = super::waves::get(&mut conn, caller.org_id, o.wave_id).await?;
    let summary = objectives::summaries(&mut conn, caller.org_id, o.wave_id, Scope::One(id)).await?.pop().ok_or(AppError::Internal)?;
    let mut history = check_ins::history(&mut *conn, caller.org_id, id).await?;
    let krs = summary.krs.iter().map(|kr| KrDetail { kr: kr.clone(), history: history.remove(&kr.id).unwrap_or_default() }).collect();
    let parent = match o.parent_id {
        Some(p) => objectives::get(&mut *conn, caller.org_id, p).await?.map(|p| (p.id, p.title)),
        None => None,
    };
    let aligned = if o.team_id.is_none() {
        objectives::summaries(&mut conn, caller.org_id, o.wave_id, Scope::AlignedTo(id)).await?
    } else {
        Vec::new()
    };
    let allowed = access::may_change(&mut conn, caller, &o).await? && wave.state.open_for_objectives();
    let owners = if allowed && o.team_id.is_none() {
        access::person_choices(&mut conn, caller.org_id, o.owner_id).await?
    } else {
        PersonChoices::default()
    };
    // Crowd versus numbers only means something while the wave runs.
    let divergence = if wave.state == WaveState::Active {
        let crowd =
            super::vote::crowd(&mut conn, &ctx.vault.reader, caller.org_id, &wave, ctx.today(), &[id], Boxes::Objective(id)).await?;
        divergence(summary.progress, wave.dates.clock(ctx.today()).elapsed_pct(), crowd.first().and_then(|c| c.recent))
    } else {
        None
    };
    Ok(ObjectiveDetail {
        divergence,
        summary,
        wave,
        why: o.why,
        owner_id: o.owner_id,
        parent,
        krs,
        aligned,
        can_edit: allowed,
        can_check_in: allowed,
        owners,
    })
}

/// A team's objectives in the current wave, and what they can align to.
pub async fn team_plan(ctx: &ServerCtx, caller: &Caller, team: TeamId) -> Result<TeamPlan, AppError> {
    let mut conn = super::read(ctx).await?;
    access::team(&mut conn, caller, team).await?;
    let is_member = access::is_in_team(&mut conn, caller, team).await?;
    let Some(wave) = waves::current(&mut *conn, caller.org_id).await? else {
        return Ok(TeamPlan { wave: None, objectives: Vec::new(), parents: Vec::new(), is_member, proposals: Vec::new() });
    };
    let objectives = objectives::summaries(&mut conn, caller.org_id, wave.id, Scope::Team(team)).await?;
    let parents = objectives::titles(&mut conn, caller.org_id, wave.id, Scope::WaveObjectives).await?;
    let proposals = proposals::of_team(&mut *conn, caller.org_id, team)
        .await?
        .into_iter()
        .map(|p| Proposal {
            id: p.id,
            wave: p.wave_name,
            parent: p.parent_title,
            title: p.title,
            rationale: p.rationale,
            krs: p.krs.iter().map(|k| (k.title.clone(), range(&k.kind, None))).collect(),
            proposed_by: p.proposed_by,
        })
        .collect();
    Ok(TeamPlan { wave: Some(wave), objectives, parents, is_member, proposals })
}
