//! Teams of the caller's organisation and who is in them.

use crate::domain::ids::{TeamId, UserId};
use crate::domain::views::{TeamDetail, TeamSummary};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    domain::org::TeamName,
    server::{auth, ctx, store, store::orgs, store::teams},
};

#[cfg(feature = "ssr")]
fn no_team() -> AppError {
    AppError::not_found("That team")
}

#[server(endpoint = "teams")]
pub async fn list_teams() -> Result<Vec<TeamSummary>, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    teams::list(&ctx.pool, caller.org_id, caller.user_id).await
}

#[server(endpoint = "create_team")]
pub async fn create_team(name: String) -> Result<TeamId, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_admin(&ctx).await?;
    let name = TeamName::parse(&name)?;
    let mut conn = ctx.pool.acquire().await?;
    teams::create(&mut conn, caller.org_id, &name, store::now()).await
}

#[server(endpoint = "rename_team")]
pub async fn rename_team(team_id: TeamId, name: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_admin(&ctx).await?;
    let name = TeamName::parse(&name)?;
    teams::rename(&ctx.pool, caller.org_id, team_id, &name).await?.then_some(()).ok_or_else(no_team)
}

/// Archives a team (it keeps its history but leaves the active lists) or restores it.
#[server(endpoint = "set_team_archived")]
pub async fn set_team_archived(team_id: TeamId, archived: bool) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_admin(&ctx).await?;
    let at = archived.then(store::now);
    teams::set_archived(&ctx.pool, caller.org_id, team_id, at).await?.then_some(()).ok_or_else(no_team)
}

#[server(endpoint = "team")]
pub async fn get_team(team_id: TeamId) -> Result<TeamDetail, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let (name, archived) = teams::get(&ctx.pool, caller.org_id, team_id).await?.ok_or_else(no_team)?;
    let members = teams::members(&ctx.pool, team_id).await?;
    let candidates = if caller.role.is_admin() {
        orgs::members(&ctx.pool, caller.org_id)
            .await?
            .into_iter()
            .filter(|m| !members.iter().any(|t| t.user_id == m.user_id))
            .collect()
    } else {
        Vec::new()
    };
    Ok(TeamDetail { id: team_id, name, archived, members, candidates })
}

#[server(endpoint = "add_team_member")]
pub async fn add_team_member(team_id: TeamId, user_id: UserId) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_admin(&ctx).await?;
    teams::get(&ctx.pool, caller.org_id, team_id).await?.ok_or_else(no_team)?;
    let mut conn = ctx.pool.acquire().await?;
    if teams::add_member(&mut conn, caller.org_id, team_id, user_id, store::now()).await? {
        Ok(())
    } else {
        Err(AppError::not_found("That member"))
    }
}

#[server(endpoint = "remove_team_member")]
pub async fn remove_team_member(team_id: TeamId, user_id: UserId) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_admin(&ctx).await?;
    teams::remove_member(&ctx.pool, caller.org_id, team_id, user_id).await?.then_some(()).ok_or_else(no_team)
}
