//! The active wave at a glance.

use crate::domain::dashboard::{build, Dashboard, DashboardInput};
use crate::error::AppError;
use crate::server::auth::Caller;
use crate::server::ctx::ServerCtx;
use crate::server::store::{boosts, objectives, objectives::Scope, ppp, teams, teams::Archived, waves};

/// `None` when no wave is active.
pub async fn dashboard(ctx: &ServerCtx, caller: &Caller) -> Result<Option<Dashboard>, AppError> {
    let mut conn = super::read(ctx).await?;
    let Some(wave) = waves::active(&mut *conn, caller.org_id).await? else { return Ok(None) };
    let today = ctx.today();
    let objectives = objectives::summaries(&mut conn, caller.org_id, wave.id, Scope::Wave).await?;
    let active = teams::refs(&mut *conn, caller.org_id, Archived::Leave).await?;
    let falling = super::confidence::falling(&mut conn, &ctx.vault.reader, caller.org_id, &wave, today).await?;
    let open_problems = ppp::open_problems(&mut *conn, caller.org_id, wave.id).await?;
    let boosts = boosts::list(&mut *conn, caller.org_id, boosts::Filter::Open).await?;
    let clock = wave.dates.clock(today);
    Ok(Some(build(DashboardInput { wave, clock, objectives, teams: active, falling, open_problems, boosts, now: ctx.now() })))
}
