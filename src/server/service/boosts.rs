//! Boost requests: teams ask each other for help and self-organise it.

use super::access;
use super::access::Caller;
use crate::domain::boost::{apply, board_cutoff, Action, BoostBoard, BoostDetail, BoostProblem, BoostRequest, BoostStep, Parties, Refusal};
use crate::domain::ids::{BoostId, PppItemId, TeamId};
use crate::domain::org::TeamRef;
use crate::domain::ppp::Section;
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::msg;
use crate::server::store::{boosts, objectives, objectives::Scope, ppp, teams, waves};
use std::collections::HashMap;

fn refused(r: Refusal) -> AppError {
    match r {
        Refusal::Illegal(m) => AppError::Conflict(m),
        Refusal::NotYours(m) => AppError::Forbidden(m),
    }
}

pub async fn create(ctx: &ServerCtx, caller: &Caller, f: BoostRequest) -> Result<BoostId, AppError> {
    let mut tx = super::write(ctx).await?;
    let objective = access::objective(&mut tx, caller, f.objective).await?;
    let Some(from) = objective.team_id else {
        return Err(AppError::Invalid { field: "objective_id".into(), message: msg!("invalid-boost-objective-choice") });
    };
    if !access::is_in_team(&mut tx, caller, from).await? {
        return Err(AppError::forbidden(msg!("forbidden-only-members-team-ask")));
    }
    access::active_team(&mut tx, caller, from).await?;
    let to = match f.to_team {
        None => None,
        Some(id) => {
            let team = access::team(&mut tx, caller, id).await?;
            if id == from {
                return Err(AppError::Invalid { field: "to_team_id".into(), message: msg!("invalid-ask-another-team-anyone") });
            }
            if team.archived() {
                return Err(AppError::Invalid { field: "to_team_id".into(), message: msg!("invalid-team-archived") });
            }
            Some(id)
        }
    };
    let BoostRequest { need, needed_by, .. } = &f;
    let problem_item = match f.problem_item {
        None => None,
        Some(id) => match ppp::item(&mut *tx, caller.org_id, id).await? {
            Some(item) if item.section == Section::Problems && item.team_id == from => Some(id),
            _ => return Err(AppError::not_found(msg!("what-problem"))),
        },
    };
    let new = boosts::NewBoost {
        org: caller.org_id,
        from,
        to,
        objective: f.objective,
        problem_item,
        need,
        needed_by: *needed_by,
        by: caller.user_id,
        now: ctx.now(),
    };
    let id = boosts::create(&mut tx, new).await?;
    tx.commit().await?;
    Ok(id)
}

/// accept (with `team_id` and `helper_id`), complete, decline (with `reason`) or withdraw.
pub async fn act(ctx: &ServerCtx, caller: &Caller, id: BoostId, step: BoostStep) -> Result<(), AppError> {
    let mut tx = super::write(ctx).await?;
    let b = boosts::get(&mut *tx, caller.org_id, id).await?.ok_or_else(|| AppError::not_found(msg!("what-boost")))?;
    let mine = teams::teams_of(&mut *tx, caller.org_id, caller.user_id).await?;
    let parties =
        Parties { requester: b.from_team.id, asked: b.to_team.as_ref().map(|t| t.id), helper: b.helper_team.as_ref().map(|t| t.id) };
    let (act, helper, note) = match step {
        BoostStep::Accept { team, helper } => (Action::Accept { team }, Some((team, helper)), None),
        BoostStep::Complete => (Action::Complete, None, None),
        BoostStep::Decline { reason } => (Action::Decline, None, Some(reason)),
        BoostStep::Withdraw => (Action::Withdraw, None, None),
    };
    // The state machine first: it refuses a team that is not the caller's,
    // so nothing below answers questions about other people's teams.
    let to = apply(b.state, act, parties, &mine).map_err(refused)?;
    if let Some((team, helper)) = helper {
        if !teams::is_member(&mut *tx, caller.org_id, team, helper).await? {
            return Err(AppError::Invalid { field: "helper_id".into(), message: msg!("invalid-helper-must-member-helping") });
        }
    }
    let t = boosts::Transition {
        org: caller.org_id,
        boost: id,
        from: b.state,
        to,
        helper,
        reason: note.as_deref(),
        actor: caller.user_id,
        now: ctx.now(),
    };
    if !boosts::transition(&mut tx, t).await? {
        return Err(AppError::Conflict(msg!("conflict-someone-else-changed-boost")));
    }
    tx.commit().await?;
    Ok(())
}

pub async fn board(
    ctx: &ServerCtx,
    caller: &Caller,
    team_filter: Option<TeamId>,
    problem: Option<PppItemId>,
) -> Result<BoostBoard, AppError> {
    let mut conn = super::read(ctx).await?;
    let all_teams = teams::list(&mut *conn, caller.org_id, caller.user_id).await?;
    if let Some(t) = team_filter {
        if !all_teams.iter().any(|x| x.id == t) {
            return Err(AppError::not_found(msg!("what-team")));
        }
    }
    let filter = team_filter.map_or(boosts::Filter::All, boosts::Filter::Team);
    let now = ctx.now();
    let list = boosts::board(&mut *conn, caller.org_id, filter, board_cutoff(now)).await?;
    let mut objectives = Vec::new();
    if let Some(wave) = waves::current(&mut *conn, caller.org_id).await? {
        let names: HashMap<TeamId, &str> = all_teams.iter().filter(|t| t.is_mine && !t.archived).map(|t| (t.id, t.name.as_str())).collect();
        for o in objectives::heads(&mut conn, caller.org_id, wave.id, Scope::VotableBy(caller.user_id)).await? {
            if let Some(name) = o.team.and_then(|t| names.get(&t.id).copied()) {
                objectives.push((o.id, format!("{name} — {}", o.title)));
            }
        }
    }
    let problem = match problem {
        Some(id) => match ppp::item(&mut *conn, caller.org_id, id).await? {
            Some(item) if item.section == Section::Problems => Some((id, item.text)),
            _ => return Err(AppError::not_found(msg!("what-problem"))),
        },
        None => None,
    };
    let teams = all_teams.into_iter().filter(|t| !t.archived).map(|t| TeamRef { id: t.id, name: t.name }).collect();
    Ok(BoostBoard { boosts: list, teams, team_filter, objectives, problem, now })
}

pub async fn detail(ctx: &ServerCtx, caller: &Caller, id: BoostId) -> Result<BoostDetail, AppError> {
    let mut conn = super::read(ctx).await?;
    let b = boosts::get(&mut *conn, caller.org_id, id).await?.ok_or_else(|| AppError::not_found(msg!("what-boost")))?;
    let history = boosts::history(&mut *conn, caller.org_id, id).await?;
    let mine = teams::teams_of(&mut *conn, caller.org_id, caller.user_id).await?;
    let problem = boosts::problem_of(&mut *conn, caller.org_id, id).await?.map(|(item_id, team, text, resolved)| BoostProblem {
        item_id,
        text,
        resolved,
        theirs: mine.contains(&team),
    });
    let parties =
        Parties { requester: b.from_team.id, asked: b.to_team.as_ref().map(|t| t.id), helper: b.helper_team.as_ref().map(|t| t.id) };
    let allowed = |a: Action| apply(b.state, a, parties, &mine).is_ok();
    let helping: Vec<_> = teams::list(&mut *conn, caller.org_id, caller.user_id)
        .await?
        .into_iter()
        .filter(|t| t.is_mine && !t.archived && allowed(Action::Accept { team: t.id }))
        .collect();
    let ids: Vec<TeamId> = helping.iter().map(|t| t.id).collect();
    let people = teams::members_of(&mut *conn, caller.org_id, &ids).await?;
    let accept_as = helping
        .into_iter()
        .map(|t| {
            let members = people.iter().filter(|(team, _)| *team == t.id).map(|(_, m)| (m.user_id, m.name.clone())).collect();
            (TeamRef { id: t.id, name: t.name }, members)
        })
        .collect();
    Ok(BoostDetail {
        can_complete: allowed(Action::Complete),
        can_decline: allowed(Action::Decline),
        can_withdraw: allowed(Action::Withdraw),
        accept_as,
        history,
        problem,
        boost: b,
    })
}
