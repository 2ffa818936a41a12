//! Weekly PPP updates: teams write them, everyone reads the feed.

// A server function takes one argument per form field; the browser-side
// function the macro generates for `save_ppp` cannot carry an attribute.
#![allow(clippy::too_many_arguments)]

use crate::domain::ids::{PppItemId, TeamId};
use crate::domain::ppp::{PppFeed, TeamPpp};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::infra::auth;
use crate::infra::ctx::ctx;
#[cfg(feature = "ssr")]
use crate::server::service::once::Once;
use crate::server::service::ppp;

#[server(endpoint = "save_ppp")]
pub async fn save_ppp(
    team_id: TeamId,
    progress: String,
    plans: String,
    problems: String,
    #[server(default)] progress_objective: String,
    #[server(default)] plans_objective: String,
    #[server(default)] problems_objective: String,
    /// The week the form was opened in; blank skips the check.
    #[server(default)]
    for_week: String,
    /// Set by drafts sent from the device's queue: the same key is stored once.
    #[server(default)]
    client_key: String,
    /// Set by the device's queue: whose draft it is (`<organisation>.<person>`).
    #[server(default)]
    author: String,
) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    // Whose draft it is first (a draft of someone else's stays theirs), and
    // the fingerprint of the fields exactly as received, in form order.
    let sent = (team_id, &progress, &plans, &problems, &progress_objective, &plans_objective, &problems_objective, &for_week);
    let once = Once::new(&client_key, &author, "ppp", &caller, &sent)?;
    let refs = [progress_objective.as_str(), plans_objective.as_str(), problems_objective.as_str()];
    let update = ppp::PppUpdate::parse(team_id, [&progress, &plans, &problems], refs, &for_week)?;
    ppp::save(&ctx, &caller, update, once).await
}

#[server(endpoint = "team_ppp")]
pub async fn get_team_ppp(team_id: TeamId) -> Result<TeamPpp, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    ppp::team_page(&ctx, &caller, team_id).await
}

/// Every team's update for `week` (default: the running week) of the active wave.
#[server(endpoint = "ppp_feed")]
pub async fn get_ppp_feed(week: Option<u32>, #[server(default)] page: Option<usize>) -> Result<PppFeed, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    ppp::feed(&ctx, &caller, week, page.unwrap_or(1)).await
}

/// Marks a PPP problem solved (or open again). Team members only.
#[server(endpoint = "resolve_problem")]
pub async fn resolve_problem(item_id: PppItemId, resolved: bool) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    ppp::resolve_problem(&ctx, &caller, item_id, resolved).await
}
