//! The demo's next wave: planned to follow the current one, started from
//! its structure (its wave objectives copied, key results from their start
//! values) with the teams' objectives proposed to their teams, so each
//! team's page shows what it is asked to adopt or discard.

use crate::domain::ids::{ObjectiveId, OrgId, UserId, WaveId};
use crate::domain::key_result::KrSpec;
use crate::domain::wave::{WaveDates, WaveName};
use crate::error::AppError;
use crate::infra::clock::Time;
use crate::server::store::objectives::{self, NewObjective, Scope};
use crate::server::store::{proposals, waves};
use chrono::Days;
use sqlx::AnyConnection;
use std::collections::HashMap;

/// Plans "Winter wave" after `current` (which ends in 17 days), as `leader`
/// starting it from `current` would.
pub async fn load(conn: &mut AnyConnection, org: OrgId, current: WaveId, leader: UserId, time: &Time) -> Result<(), AppError> {
    let (now, today) = (time.now(), time.today());
    let dates = WaveDates::new(today + Days::new(18), today + Days::new(45)).map_err(AppError::from)?;
    let name = WaveName::parse("Winter wave").map_err(AppError::from)?;
    let wave = waves::create(&mut *conn, org, &name, dates, now).await?;
    let earlier = objectives::summaries(&mut *conn, org, current, Scope::Wave).await?;
    let mut whys = objectives::whys(&mut *conn, org, current).await?;
    let specs = |o: &crate::domain::objective::ObjectiveSummary| -> Vec<KrSpec> {
        o.krs.iter().map(|k| KrSpec { title: k.title.clone(), kind: k.kind.clone(), weight: k.weight }).collect()
    };
    let mut copy_of: HashMap<ObjectiveId, ObjectiveId> = HashMap::new();
    for o in earlier.iter().filter(|o| o.team.is_none()) {
        let why = whys.remove(&o.id).unwrap_or_default();
        let new = NewObjective { org, wave, team: None, title: &o.title, why: &why, owner: None, created_by: leader, now };
        copy_of.insert(o.id, objectives::insert(&mut *conn, new, &specs(o)).await?);
    }
    for o in earlier.iter() {
        let (Some(team), Some(parent)) = (&o.team, o.parent_id.and_then(|p| copy_of.get(&p))) else { continue };
        let rationale = whys.remove(&o.id).unwrap_or_default();
        let krs = specs(o);
        let p = proposals::NewProposal {
            org,
            wave,
            team: team.id,
            parent: *parent,
            title: &o.title,
            rationale: &rationale,
            krs: &krs,
            by: leader,
            now,
        };
        proposals::insert(&mut *conn, p).await?;
    }
    Ok(())
}
