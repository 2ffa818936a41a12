//! Teams of the caller's organisation and who is in them.

use crate::domain::ids::{TeamId, UserId};
use crate::domain::views::{TeamDetail, TeamSummary};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::domain::{account::PersonRef, org::TeamName};
#[cfg(feature = "ssr")]
use crate::infra::auth;
use crate::infra::ctx::ctx;
use crate::server::service::access;
use crate::server::service::teams;

#[server(endpoint = "teams")]
pub async fn list_teams() -> Result<Vec<TeamSummary>, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    teams::list(&ctx, &caller).await
}

#[server(endpoint = "create_team")]
pub async fn create_team(name: String) -> Result<TeamId, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    // The role before the form: a member without it learns nothing from its errors.
    access::require_admin(&caller)?;
    teams::create(&ctx, &caller, TeamName::parse(&name)?).await
}

#[server(endpoint = "rename_team")]
pub async fn rename_team(team_id: TeamId, name: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    // The role before the form: a member without it learns nothing from its errors.
    access::require_admin(&caller)?;
    teams::rename(&ctx, &caller, team_id, TeamName::parse(&name)?).await
}

/// Archives a team (it keeps its history but leaves the active lists) or restores it.
#[server(endpoint = "set_team_archived")]
pub async fn set_team_archived(team_id: TeamId, archived: bool) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    teams::set_archived(&ctx, &caller, team_id, archived).await
}

#[server(endpoint = "team")]
pub async fn get_team(team_id: TeamId) -> Result<TeamDetail, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    teams::detail(&ctx, &caller, team_id).await
}

/// The person is picked from the list (`user_id`) or named by `email`.
#[server(endpoint = "add_team_member")]
pub async fn add_team_member(
    team_id: TeamId,
    #[server(default)] user_id: Option<UserId>,
    #[server(default)] email: Option<String>,
) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    // The role before the form: a member without it learns nothing from its errors.
    access::require_admin(&caller)?;
    let person = match user_id {
        Some(id) => PersonRef::Id(id),
        None => PersonRef::parse("email", email.as_deref().unwrap_or(""))?,
    };
    teams::add_member(&ctx, &caller, team_id, person).await
}

#[server(endpoint = "remove_team_member")]
pub async fn remove_team_member(team_id: TeamId, user_id: UserId) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    teams::remove_member(&ctx, &caller, team_id, user_id).await
}
