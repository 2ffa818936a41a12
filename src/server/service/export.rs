//! The organisation export (see `domain::export` for what it holds and why
//! nothing in it links a vote or answer to a person).

use super::access::Caller;
use crate::domain::export::{
    confidence_weeks, survey_outcome, ExportedBoost, ExportedKeyResult, ExportedMember, ExportedObjective, ExportedReflection,
    ExportedTeam, OrgExport, WaveExport, FORMAT,
};
use crate::domain::ids::{OrgId, SurveyId, TeamId};
use crate::domain::signals::survey_result;
use crate::domain::vote::threshold;
use crate::domain::wave::WaveSummary;
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::msg;
use crate::server::store::objectives::{self, Scope};
use crate::server::store::{audit, boosts, check_ins, orgs, ppp, reflections, restore, survey, survey_box, teams, voters, waves};
use sqlx::AnyConnection;
use std::collections::HashMap;

/// Everything of the caller's organisation, for admins. The main database
/// is read in one transaction, so the export is one consistent moment.
pub async fn export(ctx: &ServerCtx, caller: &Caller) -> Result<OrgExport, AppError> {
    super::access::require_admin(caller)?;
    let org = caller.org_id;
    let mut tx = crate::infra::db::begin_snapshot(&ctx.pool).await?;
    let organisation = orgs::org_name(&mut *tx, org).await?.unwrap_or_default();
    let k = threshold(voters::settings(&mut *tx, org).await?.0);
    let members = orgs::members(&mut *tx, org)
        .await?
        .into_iter()
        .map(|m| ExportedMember { user_id: m.user_id, name: m.name, email: m.email, role: m.role })
        .collect();
    let teams: Vec<ExportedTeam> = teams::list(&mut *tx, org, caller.user_id)
        .await?
        .into_iter()
        .map(|t| ExportedTeam { id: t.id, name: t.name, archived: t.archived })
        .collect();
    let team_names: HashMap<TeamId, String> = teams.iter().map(|t| (t.id, t.name.clone())).collect();
    let surveys = survey::surveys(&mut *tx, org).await?;
    let closed: Vec<SurveyId> = surveys.iter().filter(|s| s.closed).map(|s| s.id).collect();
    let mut answers = survey_box::responses(&ctx.vault.reader, org, &closed).await?;
    let mut out = Vec::new();
    for wave in waves::list(&mut *tx, org).await? {
        let mut w = wave_export(&mut tx, ctx, org, &team_names, wave).await?;
        if let Some(s) = surveys.iter().find(|s| s.wave_id == w.wave.id) {
            w.survey = survey_outcome(survey_result(s.closed, &answers.remove(&s.id).unwrap_or_default(), k)).or(w.survey);
        }
        out.push(w);
    }
    let mut history = boosts::all_history(&mut *tx, org).await?;
    let boosts = boosts::list(&mut *tx, org, boosts::Filter::All)
        .await?
        .into_iter()
        .map(|b| ExportedBoost { history: history.remove(&b.id).unwrap_or_default(), boost: b })
        .collect();
    tx.commit().await?;
    // Recorded after the read: a write inside it could find its snapshot stale.
    audit::record(&ctx.pool, org, caller.user_id, msg!("audit-exported"), ctx.now()).await?;
    Ok(OrgExport { format: FORMAT.into(), organisation, exported_at: ctx.now(), threshold: k, members, teams, waves: out, boosts })
}

async fn wave_export(
    conn: &mut AnyConnection,
    ctx: &ServerCtx,
    org: OrgId,
    team_names: &HashMap<TeamId, String>,
    wave: WaveSummary,
) -> Result<WaveExport, AppError> {
    let mut whys = objectives::whys(&mut *conn, org, wave.id).await?;
    let mut check_ins = check_ins::wave_history(&mut *conn, org, wave.id).await?;
    let objectives = objectives::summaries(&mut *conn, org, wave.id, Scope::Wave)
        .await?
        .into_iter()
        .map(|o| ExportedObjective {
            why: whys.remove(&o.id).unwrap_or_default(),
            key_results: o
                .krs
                .into_iter()
                .map(|kr| ExportedKeyResult { check_ins: check_ins.remove(&kr.id).unwrap_or_default(), kr })
                .collect(),
            id: o.id,
            title: o.title,
            team: o.team.map(|t| t.name),
            parent_id: o.parent_id,
            owner: o.owner,
            progress: o.progress,
        })
        .collect();
    let ppp_updates = ppp::updates(&mut *conn, org, wave.id, ppp::Filter::All).await?;
    let reflections = reflections::all(&mut *conn, org, wave.id)
        .await?
        .into_iter()
        .map(|(team, reflection)| ExportedReflection { team: team_names.get(&team).cloned().unwrap_or_default(), reflection })
        .collect();
    let rows = super::vote::wave_rows(conn, &ctx.vault.reader, org, &wave, ctx.today()).await?;
    // A survey result brought from another installation (`service::restore`);
    // its confidence weeks are in the rows already.
    let survey = restore::survey_of(conn, org, wave.id).await?;
    Ok(WaveExport { wave, objectives, ppp_updates, reflections, confidence: confidence_weeks(&rows), survey })
}
