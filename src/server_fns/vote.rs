//! Weekly confidence votes and their results (aggregates only; the
//! anonymity design is in `server::vote::claims`).

use crate::domain::confidence::{ConfidenceReport, VoteSheet};
use crate::domain::ids::{ObjectiveId, TeamId};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::domain::validation::ticked;
#[cfg(feature = "ssr")]
use crate::domain::{
    confidence::parse_view,
    vote::{parse_threshold, Score},
};
#[cfg(feature = "ssr")]
use crate::infra::auth;
use crate::infra::ctx::ctx;
use crate::server::service::access;
use crate::server::service::vote;

#[server(endpoint = "vote_sheet")]
pub async fn get_vote_sheet() -> Result<VoteSheet, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    // The sheet shows this person's own scores: no offline copy of the page.
    crate::infra::security::never_offline();
    vote::vote_sheet(&ctx, &caller, &auth::presented_claims(&ctx, caller.user_id)).await
}

/// Casts this week's vote on an objective, or changes it from the browser
/// that cast it.
#[server(endpoint = "cast_vote")]
pub async fn cast_vote(objective_id: ObjectiveId, score: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let vote = vote::Vote { objective: objective_id, score: Score::parse(&score)? };
    let claims = vote::cast(&ctx, &caller, vote, auth::presented_claims(&ctx, caller.user_id)).await?;
    auth::keep_claims(&ctx, caller.user_id, &claims);
    Ok(())
}

/// `show`: "all" for the full list, a page of it at a time; else what needs attention.
#[server(endpoint = "confidence")]
pub async fn get_confidence(
    team_id: Option<TeamId>,
    #[server(default)] show: Option<String>,
    #[server(default)] page: Option<u32>,
) -> Result<ConfidenceReport, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    vote::report(&ctx, &caller, parse_view(team_id, show.as_deref(), page)).await
}

/// (threshold, live results) of the caller's organisation.
#[server(endpoint = "vote_settings")]
pub async fn get_vote_settings() -> Result<(u32, bool), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    vote::settings(&ctx, &caller).await
}

#[server(endpoint = "update_vote_settings")]
pub async fn update_vote_settings(threshold: String, #[server(default)] live: Option<String>) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    // The role before the form: a member without it learns nothing from its errors.
    access::require_admin(&caller)?;
    vote::update_settings(&ctx, &caller, parse_threshold(&threshold)?, ticked(live.as_deref())).await
}
