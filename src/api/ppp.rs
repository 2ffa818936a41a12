//! Weekly PPP updates: teams write them, everyone reads the feed.

// A server function takes one argument per form field; the browser-side
// function the macro generates for `save_ppp` cannot carry an attribute.
#![allow(clippy::too_many_arguments)]

use crate::domain::ids::TeamId;
use crate::domain::ppp::{PppFeed, TeamPpp};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    api::waves::today,
    domain::ids::ObjectiveId,
    domain::plan::{TeamRef, WaveSummary},
    domain::ppp::{parse_update, Section},
    domain::vote::{week_count, week_of},
    domain::wave::WaveDates,
    server::idempotency::{once_done, Once},
    server::{auth, ctx, store, store::objectives, store::objectives::Scope, store::ppp, store::teams, store::waves, ServerCtx},
};

/// The active wave and its running week.
#[cfg(feature = "ssr")]
async fn running_week(ctx: &ServerCtx, org: crate::domain::ids::OrgId) -> Result<Option<(WaveSummary, Option<u32>, u32)>, AppError> {
    let Some(wave) = waves::active(&ctx.pool, org).await? else { return Ok(None) };
    let d = WaveDates::new(wave.starts_on, wave.ends_on).map_err(|_| AppError::Internal)?;
    Ok(Some((wave, week_of(&d, today()), week_count(&d))))
}

#[cfg(feature = "ssr")]
fn parse_reference(raw: &str, allowed: &[(ObjectiveId, String)], section: Section) -> Result<Option<ObjectiveId>, AppError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let id = raw.parse().map(ObjectiveId).ok().filter(|id| allowed.iter().any(|(a, _)| a == id));
    id.map(Some).ok_or_else(|| AppError::Invalid {
        field: format!("{}_objective", section.as_str()),
        message: "Items can only refer to this team's objectives in the current wave.".into(),
    })
}

#[server(endpoint = "save_ppp")]
pub async fn save_ppp(
    team_id: TeamId,
    progress: String,
    plans: String,
    problems: String,
    #[server(default)] progress_objective: String,
    #[server(default)] plans_objective: String,
    #[server(default)] problems_objective: String,
    /// The week the form was opened in; blank skips the check.
    #[server(default)]
    for_week: String,
    /// Set by drafts sent from the device's queue: the same key is stored once.
    #[server(default)]
    client_key: String,
) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let payload = (team_id, &progress, &plans, &problems, &progress_objective, &plans_objective, &problems_objective, &for_week);
    let once = Once::new(&client_key, "ppp", &caller, &payload)?;
    if once_done(&ctx, &once).await?.is_some() {
        return Ok(());
    }
    let (name, _) = teams::get(&ctx.pool, caller.org_id, team_id).await?.ok_or_else(|| AppError::not_found("That team"))?;
    if !objectives::is_team_member(&ctx.pool, team_id, caller.user_id).await? {
        return Err(AppError::Forbidden(format!("Only members of {name} can write its PPP.")));
    }
    let (wave, week, _) = match running_week(&ctx, caller.org_id).await? {
        Some((wave, Some(week), n)) => (wave, week, n),
        _ => return Err(AppError::Conflict("PPP updates are written during an active wave's weeks.".into())),
    };
    // A draft written last week must not silently become this week's update.
    if let Ok(written_for) = for_week.trim().parse::<u32>() {
        if written_for != week {
            return Err(AppError::Conflict(format!(
                "This PPP was written for week {written_for}, but week {week} has begun. Check it still holds, then save it as this week's update."
            )));
        }
    }
    let sections = parse_update(&progress, &plans, &problems)?;
    let allowed: Vec<(ObjectiveId, String)> = objectives::summaries(&ctx.pool, caller.org_id, wave.id, Scope::Team(team_id))
        .await?
        .into_iter()
        .map(|o| (o.id, o.title))
        .collect();
    let refs = [progress_objective, plans_objective, problems_objective];
    let mut with_refs = Vec::new();
    for ((section, items), raw) in sections.into_iter().zip(refs) {
        with_refs.push((section, items, parse_reference(&raw, &allowed, section)?));
    }
    let mut tx = ctx.pool.begin().await?;
    let id = ppp::save(&mut tx, caller.org_id, team_id, wave.id, week, caller.user_id, store::now(), &with_refs).await?;
    if let Some(once) = &once {
        if !once.record(&mut tx, id).await? {
            return Ok(()); // a twin send with this key committed first; this one rolls back
        }
    }
    tx.commit().await?;
    Ok(())
}

#[server(endpoint = "team_ppp")]
pub async fn get_team_ppp(team_id: TeamId) -> Result<TeamPpp, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    teams::get(&ctx.pool, caller.org_id, team_id).await?.ok_or_else(|| AppError::not_found("That team"))?;
    let is_member = objectives::is_team_member(&ctx.pool, team_id, caller.user_id).await?;
    let Some((wave, week, _)) = running_week(&ctx, caller.org_id).await? else {
        return Ok(TeamPpp { wave: None, week: None, current: None, earlier: Vec::new(), objectives: Vec::new(), is_member });
    };
    let all = ppp::updates(&ctx.pool, caller.org_id, wave.id, ppp::Filter::Team(team_id)).await?;
    let (current, earlier): (Vec<_>, Vec<_>) = all.into_iter().partition(|u| Some(u.week) == week);
    let objectives = objectives::summaries(&ctx.pool, caller.org_id, wave.id, Scope::Team(team_id))
        .await?
        .into_iter()
        .map(|o| (o.id, o.title))
        .collect();
    Ok(TeamPpp { wave: Some(wave), week, current: current.into_iter().next(), earlier, objectives, is_member })
}

/// Every team's update for `week` (default: the running week) of the active wave.
#[server(endpoint = "ppp_feed")]
pub async fn get_ppp_feed(week: Option<u32>) -> Result<PppFeed, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let Some((wave, current_week, weeks)) = running_week(&ctx, caller.org_id).await? else {
        return Ok(PppFeed { wave: None, week: 0, weeks: 0, current_week: None, teams: Vec::new() });
    };
    let week = week.or(current_week).unwrap_or(weeks).clamp(1, weeks.max(1));
    let mut updates = ppp::updates(&ctx.pool, caller.org_id, wave.id, ppp::Filter::Week(week)).await?;
    let teams = teams::list(&ctx.pool, caller.org_id, caller.user_id)
        .await?
        .into_iter()
        .filter(|t| !t.archived)
        .map(|t| {
            let update = updates.iter().position(|u| u.team_id == t.id).map(|i| updates.remove(i));
            (TeamRef { id: t.id, name: t.name }, update)
        })
        .collect();
    Ok(PppFeed { wave: Some(wave), week, weeks, current_week, teams })
}

/// Marks a PPP problem solved (or open again). Team members only.
#[server(endpoint = "resolve_problem")]
pub async fn resolve_problem(item_id: i64, resolved: bool) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    let (team, section, _) = ppp::item(&ctx.pool, caller.org_id, item_id).await?.ok_or_else(|| AppError::not_found("That problem"))?;
    if section != Section::Problems {
        return Err(AppError::BadRequest("Only problems can be marked solved.".into()));
    }
    if !objectives::is_team_member(&ctx.pool, team, caller.user_id).await? {
        return Err(AppError::forbidden("Only the team that raised a problem marks it solved."));
    }
    ppp::set_resolved(&ctx.pool, item_id, resolved).await
}
