//! The scorecard as an anonymous organisation survey, one per wave, next to
//! live signals computed from the wave's real activity.

use crate::domain::signals::SurveyPage;
use crate::error::AppError;
use leptos::prelude::*;
use std::collections::HashMap;

#[cfg(feature = "ssr")]
use crate::domain::scorecard::Answers;
#[cfg(feature = "ssr")]
use crate::infra::auth;
use crate::infra::ctx::ctx;
use crate::server::service::survey;

#[server(endpoint = "open_survey")]
pub async fn open_survey() -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    survey::open(&ctx, &caller).await
}

#[server(endpoint = "answer_survey")]
pub async fn answer_survey(#[server(default)] answers: HashMap<String, String>) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    survey::answer(&ctx, &caller, Answers::parse(|id| answers.get(id).cloned())?).await
}

#[server(endpoint = "survey")]
pub async fn get_survey() -> Result<SurveyPage, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    survey::page(&ctx, &caller).await
}

/// Closes the open survey (admins): its results show, and it takes no more answers.
#[server(endpoint = "close_survey")]
pub async fn close_survey() -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    survey::close(&ctx, &caller).await
}
