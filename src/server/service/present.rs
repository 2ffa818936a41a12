//! Present mode: the dashboard's wave, the wave objectives' heat map and the
//! open boosts, in one read (see `domain::present`).

use super::access::Caller;
use crate::domain::confidence::RowHead;
use crate::domain::present::{waiting_boosts, Present};
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::server::store::boosts;

/// `None` when no wave is active.
pub async fn present(ctx: &ServerCtx, caller: &Caller) -> Result<Option<Present>, AppError> {
    let Some(dashboard) = super::dashboard::dashboard(ctx, caller).await? else { return Ok(None) };
    let today = ctx.today();
    let mut conn = super::read(ctx).await?;
    let heads = dashboard
        .objectives
        .iter()
        .map(|o| RowHead { objective_id: o.objective.id, title: o.objective.title.clone(), team: None, parent: None })
        .collect();
    let (heat, threshold) = super::vote::rows_of(&mut conn, &ctx.vault.reader, caller.org_id, &dashboard.wave, today, heads).await?;
    let open = boosts::list(&mut *conn, caller.org_id, boosts::Filter::Open).await?;
    Ok(Some(Present {
        week: dashboard.wave.dates.week_of(today),
        heat,
        threshold,
        boosts: waiting_boosts(open),
        now: ctx.now(),
        dashboard,
    }))
}
