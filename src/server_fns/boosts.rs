//! Boost requests: teams ask each other for help and self-organise it.

use crate::domain::boost::{BoostBoard, BoostDetail};
use crate::domain::ids::{BoostId, ObjectiveId, PppItemId, TeamId};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::domain::boost::{BoostRequest, BoostStep};
#[cfg(feature = "ssr")]
use crate::infra::auth;
use crate::infra::ctx::ctx;
use crate::server::service::boosts;

#[server(endpoint = "create_boost")]
pub async fn create_boost(
    objective_id: ObjectiveId,
    to_team_id: String,
    need: String,
    #[server(default)] needed_by: String,
    #[server(default)] problem_item_id: String,
) -> Result<BoostId, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let form = BoostRequest::parse(objective_id, &to_team_id, &need, &needed_by, &problem_item_id, ctx.today())?;
    let id = boosts::create(&ctx, &caller, form).await?;
    leptos_axum::redirect(&format!("/boosts/{id}"));
    Ok(id)
}

/// accept (with `team_id` and `helper_id`), complete, decline (with `reason`) or withdraw.
#[server(endpoint = "boost_action")]
pub async fn boost_action(
    boost_id: BoostId,
    action: String,
    #[server(default)] team_id: String,
    #[server(default)] helper_id: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    boosts::act(&ctx, &caller, boost_id, BoostStep::parse(&action, &team_id, &helper_id, &reason)?).await
}

#[server(endpoint = "boosts")]
pub async fn get_boosts(team_id: Option<TeamId>, problem: Option<PppItemId>) -> Result<BoostBoard, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    boosts::board(&ctx, &caller, team_id, problem).await
}

#[server(endpoint = "boost")]
pub async fn get_boost(boost_id: BoostId) -> Result<BoostDetail, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    boosts::detail(&ctx, &caller, boost_id).await
}
