//! Boost requests: teams ask each other for help and self-organise it.

use crate::domain::boost::{BoostBoard, BoostDetail};
use crate::domain::ids::{ObjectiveId, TeamId};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    api::waves::today,
    domain::boost::{apply, parse_need, parse_reason, Action, BoostState, Parties, Refusal},
    domain::ids::UserId,
    domain::plan::TeamRef,
    domain::ppp::Section,
    domain::wave::parse_date,
    server::{auth, ctx, store, store::boosts, store::objectives, store::objectives::Scope, store::ppp, store::teams, store::waves},
};

#[cfg(feature = "ssr")]
fn refused(r: Refusal) -> AppError {
    match r {
        Refusal::Illegal(m) => AppError::Conflict(m),
        Refusal::NotYours(m) => AppError::Forbidden(m),
    }
}

#[server(endpoint = "create_boost")]
pub async fn create_boost(
    objective_id: ObjectiveId,
    to_team_id: String,
    need: String,
    #[server(default)] needed_by: String,
    #[server(default)] problem_item_id: String,
) -> Result<i64, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let objective = objectives::get(&ctx.pool, caller.org_id, objective_id).await?.ok_or_else(|| AppError::not_found("That objective"))?;
    let Some(from) = objective.team_id.map(TeamId) else {
        return Err(AppError::Invalid { field: "objective_id".into(), message: "Choose one of your team's objectives.".into() });
    };
    if !objectives::is_team_member(&ctx.pool, from, caller.user_id).await? {
        return Err(AppError::forbidden("Only members of a team ask for boosts on its objectives."));
    }
    let to = match to_team_id.trim() {
        "" => None,
        raw => {
            let id = raw.parse().map(TeamId).map_err(|_| AppError::BadRequest("The team asked is not valid.".into()))?;
            let (_, archived) = teams::get(&ctx.pool, caller.org_id, id).await?.ok_or_else(|| AppError::not_found("That team"))?;
            if id == from {
                return Err(AppError::Invalid { field: "to_team_id".into(), message: "Ask another team, or anyone.".into() });
            }
            if archived {
                return Err(AppError::Invalid { field: "to_team_id".into(), message: "That team is archived.".into() });
            }
            Some(id)
        }
    };
    let need = parse_need(&need)?;
    let needed_by = match needed_by.trim() {
        "" => None,
        raw => {
            let d = parse_date("needed_by", "The date", raw)?;
            if d < today() {
                return Err(AppError::Invalid { field: "needed_by".into(), message: "The date the help is needed by is in the past.".into() });
            }
            Some(d)
        }
    };
    let problem_item = match problem_item_id.trim() {
        "" => None,
        raw => {
            let id: i64 = raw.parse().map_err(|_| AppError::BadRequest("The problem is not valid.".into()))?;
            match ppp::item(&ctx.pool, caller.org_id, id).await? {
                Some((team, Section::Problems, _)) if team == from => Some(id),
                _ => return Err(AppError::not_found("That problem")),
            }
        }
    };
    let mut tx = ctx.pool.begin().await?;
    let new = boosts::NewBoost { org: caller.org_id, from, to, objective: objective_id, problem_item, need: &need, needed_by, by: caller.user_id, now: store::now() };
    let id = boosts::create(&mut tx, new).await?;
    tx.commit().await?;
    leptos_axum::redirect(&format!("/boosts/{id}"));
    Ok(id)
}

/// accept (with `team_id` and `helper_id`), complete, decline (with `reason`) or withdraw.
#[server(endpoint = "boost_action")]
pub async fn boost_action(
    boost_id: i64,
    action: String,
    #[server(default)] team_id: String,
    #[server(default)] helper_id: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let b = boosts::get(&ctx.pool, caller.org_id, boost_id).await?.ok_or_else(|| AppError::not_found("That boost"))?;
    let mine = boosts::teams_of(&ctx.pool, caller.org_id, caller.user_id).await?;
    let parties = Parties { requester: b.from_team.id, asked: b.to_team.as_ref().map(|t| t.id), helper: b.helper_team.as_ref().map(|t| t.id) };
    let (act, helper, note) = match action.as_str() {
        "accept" => {
            let team = TeamId(team_id.trim().parse().map_err(|_| AppError::BadRequest("Choose the team that helps.".into()))?);
            let helper = UserId(helper_id.trim().parse().map_err(|_| AppError::Invalid {
                field: "helper_id".into(),
                message: "Name the person who will help.".into(),
            })?);
            if !objectives::is_team_member(&ctx.pool, team, helper).await? {
                return Err(AppError::Invalid { field: "helper_id".into(), message: "The helper must be a member of the helping team.".into() });
            }
            (Action::Accept { team }, Some((team, helper)), None)
        }
        "complete" => (Action::Complete, None, None),
        "decline" => (Action::Decline, None, Some(parse_reason(&reason)?)),
        "withdraw" => (Action::Withdraw, None, None),
        other => return Err(AppError::BadRequest(format!("Unknown boost action \u{201c}{other}\u{201d}."))),
    };
    let to = apply(b.state, act, parties, &mine).map_err(refused)?;
    let mut tx = ctx.pool.begin().await?;
    if !boosts::transition(&mut tx, boost_id, b.state, to, helper, note.as_deref(), caller.user_id, store::now()).await? {
        return Err(AppError::Conflict("Someone else changed this boost just now. Reload to see where it stands.".into()));
    }
    tx.commit().await?;
    Ok(())
}

#[server(endpoint = "boosts")]
pub async fn get_boosts(team_id: Option<TeamId>, problem: Option<i64>) -> Result<BoostBoard, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let all_teams = teams::list(&ctx.pool, caller.org_id, caller.user_id).await?;
    if let Some(t) = team_id {
        if !all_teams.iter().any(|x| x.id == t) {
            return Err(AppError::not_found("That team"));
        }
    }
    let boosts = boosts::list(&ctx.pool, caller.org_id)
        .await?
        .into_iter()
        .filter(|b| team_id.is_none_or(|t| b.from_team.id == t || b.to_team.as_ref().map(|x| x.id) == Some(t) || b.helper_team.as_ref().map(|x| x.id) == Some(t)))
        .collect();
    let mut objectives = Vec::new();
    if let Some(wave) = waves::current(&ctx.pool, caller.org_id).await? {
        for t in all_teams.iter().filter(|t| t.is_mine && !t.archived) {
            for o in objectives::summaries(&ctx.pool, caller.org_id, wave.id, Scope::Team(t.id)).await? {
                objectives.push((o.id, format!("{} — {}", t.name, o.title)));
            }
        }
    }
    let problem = match problem {
        Some(id) => match ppp::item(&ctx.pool, caller.org_id, id).await? {
            Some((_, Section::Problems, text)) => Some((id, text)),
            _ => return Err(AppError::not_found("That problem")),
        },
        None => None,
    };
    let teams = all_teams.into_iter().filter(|t| !t.archived).map(|t| TeamRef { id: t.id, name: t.name }).collect();
    Ok(BoostBoard { boosts, teams, team_filter: team_id, objectives, problem, now: store::now() })
}

#[server(endpoint = "boost")]
pub async fn get_boost(boost_id: i64) -> Result<BoostDetail, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let b = boosts::get(&ctx.pool, caller.org_id, boost_id).await?.ok_or_else(|| AppError::not_found("That boost"))?;
    let history = boosts::history(&ctx.pool, boost_id).await?;
    let mine = boosts::teams_of(&ctx.pool, caller.org_id, caller.user_id).await?;
    let parties = Parties { requester: b.from_team.id, asked: b.to_team.as_ref().map(|t| t.id), helper: b.helper_team.as_ref().map(|t| t.id) };
    let allowed = |a: Action| apply(b.state, a, parties, &mine).is_ok();
    let mut accept_as = Vec::new();
    for t in teams::list(&ctx.pool, caller.org_id, caller.user_id).await?.into_iter().filter(|t| t.is_mine && !t.archived) {
        if allowed(Action::Accept { team: t.id }) {
            let people = teams::members(&ctx.pool, t.id).await?.into_iter().map(|m| (m.user_id, m.name)).collect();
            accept_as.push((TeamRef { id: t.id, name: t.name }, people));
        }
    }
    Ok(BoostDetail {
        can_complete: allowed(Action::Complete),
        can_decline: allowed(Action::Decline),
        can_withdraw: allowed(Action::Withdraw) && b.state != BoostState::Done,
        accept_as,
        history,
        boost: b,
    })
}
