//! Team objectives proposed to their teams when a leader starts a wave from
//! the last one's structure: each waits on its team's page as a draft, and
//! the team adopts it in its own words (one transaction: the proposal goes,
//! the objective comes, by the same rules as any team objective) or
//! discards it. (The team's page reads them with its plan:
//! `objectives::team_plan`.)

use super::access::{self, Caller};
use super::objectives::{create_team_objective_in, NewTeamObjective};
use crate::domain::ids::{ObjectiveId, ProposalId, TeamId};
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::msg;
use crate::server::store::proposals;
use sqlx::AnyConnection;

/// The team's words for a proposal it adopts: its title and rationale
/// (parsed by the objective's own rules).
pub struct Adoption {
    pub id: ProposalId,
    pub title: String,
    pub rationale: String,
}

/// Makes the proposal the team's objective, aligned to the wave objective
/// it was proposed under, with the proposed key results. Members of the
/// team only; the proposal is gone afterwards.
pub async fn adopt(ctx: &ServerCtx, caller: &Caller, a: Adoption) -> Result<ObjectiveId, AppError> {
    let mut tx = super::write(ctx).await?;
    let p = waiting(&mut tx, caller, a.id).await?;
    let new = NewTeamObjective { team: p.team, parent: p.parent, title: a.title, rationale: a.rationale, krs: p.krs };
    let id = create_team_objective_in(&mut tx, ctx, caller, &new).await?;
    proposals::delete(&mut tx, caller.org_id, p.id).await?;
    tx.commit().await?;
    Ok(id)
}

/// Drops a proposal the team does not want; the team it was for.
pub async fn discard(ctx: &ServerCtx, caller: &Caller, id: ProposalId) -> Result<TeamId, AppError> {
    let mut tx = super::write(ctx).await?;
    let p = waiting(&mut tx, caller, id).await?;
    proposals::delete(&mut tx, caller.org_id, p.id).await?;
    tx.commit().await?;
    Ok(p.team)
}

/// A proposal of the caller's organisation for a team the caller is in.
async fn waiting(conn: &mut AnyConnection, caller: &Caller, id: ProposalId) -> Result<proposals::Stored, AppError> {
    let p = proposals::get(&mut *conn, caller.org_id, id).await?.ok_or_else(|| AppError::not_found(msg!("what-proposal")))?;
    access::own_team(&mut *conn, caller, p.team, |team| msg!("forbidden-team-objectives", team = team)).await?;
    Ok(p)
}
