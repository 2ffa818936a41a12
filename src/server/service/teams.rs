//! Teams of the caller's organisation and who is in them.

use super::access::Caller;
use super::access::{self, require_admin};
use crate::domain::account::PersonRef;
use crate::domain::ids::{TeamId, UserId};
use crate::domain::org::TeamName;
use crate::domain::views::{TeamDetail, TeamSummary, CANDIDATE_LIST};
use crate::domain::ValidationError;
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::msg;
use crate::server::store::{orgs, teams};

fn no_team() -> AppError {
    AppError::not_found(msg!("what-team"))
}

pub async fn list(ctx: &ServerCtx, caller: &Caller) -> Result<Vec<TeamSummary>, AppError> {
    teams::list(&ctx.pool, caller.org_id, caller.user_id).await
}

pub async fn create(ctx: &ServerCtx, caller: &Caller, name: TeamName) -> Result<TeamId, AppError> {
    require_admin(caller)?;
    teams::create(&ctx.pool, caller.org_id, &name, ctx.now()).await
}

pub async fn rename(ctx: &ServerCtx, caller: &Caller, team: TeamId, name: TeamName) -> Result<(), AppError> {
    require_admin(caller)?;
    teams::rename(&ctx.pool, caller.org_id, team, &name).await?.then_some(()).ok_or_else(no_team)
}

/// Archives a team (it keeps its history but leaves the active lists) or restores it.
pub async fn set_archived(ctx: &ServerCtx, caller: &Caller, team: TeamId, archived: bool) -> Result<(), AppError> {
    require_admin(caller)?;
    let at = archived.then(|| ctx.now());
    let mut tx = super::write(ctx).await?;
    let row = access::team(&mut tx, caller, team).await?;
    teams::set_archived(&mut *tx, caller.org_id, team, at).await?.then_some(()).ok_or_else(no_team)?;
    let what = if archived { msg!("audit-team-archived", team = &row.name) } else { msg!("audit-team-restored", team = &row.name) };
    crate::server::store::audit::record(&mut *tx, caller.org_id, caller.user_id, what, ctx.now()).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn detail(ctx: &ServerCtx, caller: &Caller, team: TeamId) -> Result<TeamDetail, AppError> {
    let mut conn = super::read(ctx).await?;
    let row = access::team(&mut conn, caller, team).await?;
    let members = teams::members(&mut *conn, caller.org_id, team).await?;
    // A list to pick from while it is short; a large organisation's admin types an e-mail address.
    let outside = if caller.role.is_admin() { orgs::count_outside(&mut *conn, caller.org_id, team).await? } else { 0 };
    let candidates = if outside > 0 && outside <= CANDIDATE_LIST {
        orgs::members(&mut *conn, caller.org_id).await?.into_iter().filter(|m| !members.iter().any(|t| t.user_id == m.user_id)).collect()
    } else {
        Vec::new()
    };
    Ok(TeamDetail { id: team, archived: row.archived(), name: row.name, members, candidates, outside })
}

/// Adds `person` (picked from the list, or named by e-mail address) to the team.
pub async fn add_member(ctx: &ServerCtx, caller: &Caller, team: TeamId, person: PersonRef) -> Result<(), AppError> {
    require_admin(caller)?;
    let mut tx = super::write(ctx).await?;
    access::active_team(&mut tx, caller, team).await?;
    let user = match person {
        PersonRef::Id(user) => user,
        // The same lookup as every "choose a person" field: an address of this organisation.
        other => access::member(&mut tx, caller.org_id, "email", &other)
            .await?
            .ok_or_else(|| AppError::from(ValidationError::new("email", msg!("invalid-add-member-email"))))?,
    };
    if !teams::add_member(&mut tx, caller.org_id, team, user, Some(caller.user_id), ctx.now()).await? {
        return Err(AppError::not_found(msg!("what-member")));
    }
    tx.commit().await?;
    Ok(())
}

pub async fn remove_member(ctx: &ServerCtx, caller: &Caller, team: TeamId, user: UserId) -> Result<(), AppError> {
    require_admin(caller)?;
    let mut tx = super::write(ctx).await?;
    access::team(&mut tx, caller, team).await?;
    teams::remove_member(&mut tx, caller.org_id, team, user, caller.user_id, ctx.now()).await?;
    tx.commit().await?;
    Ok(())
}
