//! Wave objectives (leaders), team objectives (teams), key-result check-ins,
//! the wave dashboard and present mode.

use crate::domain::dashboard::Dashboard;
use crate::domain::ids::{KeyResultId, ObjectiveId, ProposalId, TeamId, WaveId};
use crate::domain::key_result::KrInput;
use crate::domain::objective::{ObjectiveDetail, TeamPlan};
use crate::domain::present::Present;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::domain::{
    account::PersonRef,
    key_result::CheckInValue,
    objective::{parse_note, parse_rationale, parse_title, Purpose},
};
#[cfg(feature = "ssr")]
use crate::infra::auth;
use crate::infra::ctx::ctx;
use crate::server::service::access;
use crate::server::service::dashboard;
use crate::server::service::objectives;
#[cfg(feature = "ssr")]
use crate::server::service::once::Once;
use crate::server::service::present;
use crate::server::service::proposals;

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
    // The role before the form: a member without it learns nothing from its errors.
    access::require_lead(&caller)?;
    let objective = objectives::NewWaveObjective::parse(wave_id, &title, &why, &owner_id, &krs)?;
    objectives::create_wave_objective(&ctx, &caller, objective).await
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
    /// Set by the device's queue: whose draft it is (`<organisation>.<person>`).
    #[server(default)]
    author: String,
) -> Result<ObjectiveId, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    // Whose draft it is first (a draft of someone else's stays theirs), and
    // the fingerprint of the fields exactly as received, in form order.
    let sent = (team_id, parent_id.as_str(), title.as_str(), rationale.as_str(), krs.as_slice());
    let once = Once::new(&client_key, &author, "team_objective", &caller, &sent)?;
    let objective = objectives::NewTeamObjective::parse(team_id, &parent_id, &title, &rationale, &krs)?;
    objectives::create_team_objective(&ctx, &caller, objective, once).await
}

/// Makes a proposed objective the team's own, in the words its member
/// sends, and opens it (to adjust its key results).
#[server(endpoint = "adopt_proposal")]
pub async fn adopt_proposal(proposal_id: ProposalId, title: String, rationale: String) -> Result<ObjectiveId, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let (title, rationale) = (parse_title(&title)?, parse_rationale(&rationale)?);
    let id = proposals::adopt(&ctx, &caller, proposals::Adoption { id: proposal_id, title, rationale }).await?;
    leptos_axum::redirect(&format!("/objectives/{id}"));
    Ok(id)
}

/// Drops a proposed objective the team does not want, and goes back to the team.
#[server(endpoint = "discard_proposal")]
pub async fn discard_proposal(proposal_id: ProposalId) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let team = proposals::discard(&ctx, &caller, proposal_id).await?;
    leptos_axum::redirect(&format!("/teams/{team}"));
    Ok(())
}

/// Edits an objective's words (and owner, for wave objectives).
#[server(endpoint = "update_objective")]
pub async fn update_objective(objective_id: ObjectiveId, title: String, why: String, owner_id: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let owner = PersonRef::parse("owner_id", &owner_id)?;
    objectives::update(&ctx, &caller, objective_id, parse_title(&title)?, Purpose::parse(&why), owner).await
}

/// Records a new current value for a key result, with an optional note.
#[server(endpoint = "check_in")]
pub async fn check_in(key_result_id: KeyResultId, value: String, note: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let check_in = objectives::CheckIn { kr: key_result_id, value: CheckInValue::parse(&value)?, note: parse_note(&note)? };
    objectives::check_in(&ctx, &caller, check_in).await.map(|_| ())
}

#[server(endpoint = "objective")]
pub async fn get_objective(objective_id: ObjectiveId) -> Result<ObjectiveDetail, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    objectives::detail(&ctx, &caller, objective_id).await
}

/// A team's objectives in the current wave, and what they can align to.
#[server(endpoint = "team_plan")]
pub async fn get_team_plan(team_id: TeamId) -> Result<TeamPlan, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    objectives::team_plan(&ctx, &caller, team_id).await
}

/// The active wave at a glance; `None` when no wave is active.
#[server(endpoint = "dashboard")]
pub async fn get_dashboard() -> Result<Option<Dashboard>, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    dashboard::dashboard(&ctx, &caller).await
}

/// The active wave for an all-hands screen; `None` when no wave is active.
#[server(endpoint = "present")]
pub async fn get_present() -> Result<Option<Present>, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    present::present(&ctx, &caller).await
}
