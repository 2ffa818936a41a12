//! The active wave at a glance.

use super::access::Caller;
use crate::domain::dashboard::{build, Dashboard, DashboardInput};
use crate::domain::ids::OrgId;
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::server::store::vote_box::Boxes;
use crate::server::store::{boosts, objectives, objectives::Scope, ppp, progress, teams, teams::Archived, waves};

/// `None` when no wave is active.
pub async fn dashboard(ctx: &ServerCtx, caller: &Caller) -> Result<Option<Dashboard>, AppError> {
    of_org(ctx, caller.org_id).await
}

/// The dashboard of `org` (also what the leaders' Friday digest summarises).
pub async fn of_org(ctx: &ServerCtx, org: OrgId) -> Result<Option<Dashboard>, AppError> {
    let mut conn = super::read(ctx).await?;
    let Some(wave) = waves::active(&mut *conn, org).await? else { return Ok(None) };
    let today = ctx.today();
    // The wave objectives with their key results; team objectives only with
    // their stored progress (a large organisation has thousands).
    let wave_objectives = objectives::summaries(&mut conn, org, wave.id, Scope::WaveObjectives).await?;
    let team_objectives = progress::team_objectives(&mut conn, org, wave.id).await?;
    let active = teams::refs(&mut conn, org, Archived::Leave).await?;
    let ids: Vec<_> = wave_objectives.iter().map(|o| o.id).chain(team_objectives.iter().map(|o| o.id)).collect();
    let crowd = super::vote::crowd(&mut conn, &ctx.vault.reader, org, &wave, today, &ids, Boxes::Wave(wave.id)).await?;
    let open_problems = ppp::open_problems(&mut conn, org, wave.id).await?;
    let boosts = boosts::list(&mut *conn, org, boosts::Filter::Open).await?;
    let clock = wave.dates.clock(today);
    Ok(Some(build(DashboardInput {
        wave,
        clock,
        wave_objectives,
        team_objectives,
        teams: active,
        crowd,
        open_problems,
        boosts,
        now: ctx.now(),
    })))
}
