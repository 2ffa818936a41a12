//! End of wave: team reflections and grades, the wave review, and carrying
//! unfinished objectives over into the next wave.

use crate::domain::calibration::CalibrationReport;
use crate::domain::ids::{ObjectiveId, TeamId, WaveId};
use crate::domain::reflection::{GradeInput, TeamReflectionPage, TeamWaveReview};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::infra::auth;
use crate::infra::ctx::ctx;
use crate::server::service::calibration;
use crate::server::service::reflections;

#[server(endpoint = "save_reflection")]
pub async fn save_reflection(
    team_id: TeamId,
    wave_id: WaveId,
    worked: String,
    didnt: String,
    change: String,
    #[server(default)] grades: Vec<GradeInput>,
) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let form =
        reflections::ReflectionForm { team: team_id, wave: wave_id, worked: &worked, didnt: &didnt, change: &change, grades: &grades };
    reflections::save(&ctx, &caller, form).await
}

/// Every team's reflection and grades for a wave that is reflecting or closed.
#[server(endpoint = "wave_reviews")]
pub async fn get_wave_reviews(wave_id: WaveId) -> Result<Vec<TeamWaveReview>, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    reflections::wave_reviews(&ctx, &caller, wave_id).await
}

#[server(endpoint = "team_reflection")]
pub async fn get_team_reflection(team_id: TeamId) -> Result<TeamReflectionPage, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    reflections::team_page(&ctx, &caller, team_id).await
}

/// Copies an unfinished team objective into the current wave, its key
/// results starting where they got to, linked to the original.
#[server(endpoint = "carry_over")]
pub async fn carry_over_objective(objective_id: ObjectiveId, parent_id: ObjectiveId) -> Result<ObjectiveId, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let id = reflections::carry(&ctx, &caller, objective_id, parent_id).await?;
    leptos_axum::redirect(&format!("/objectives/{id}"));
    Ok(id)
}

/// How the crowd's confidence compared with the final grades, once a wave has ended.
#[server(endpoint = "calibration")]
pub async fn get_calibration(wave_id: WaveId) -> Result<Option<CalibrationReport>, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    calibration::report(&ctx, &caller, wave_id).await
}
