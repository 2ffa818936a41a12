//! Weekly PPP updates: teams write them, everyone reads the feed.

use super::access;
use super::access::Caller;
use super::waves::running_week;
use crate::domain::ids::{optional_id, ObjectiveId, PppItemId, TeamId};
use crate::domain::msg::Msg;
use crate::domain::ppp::{feed_page, parse_update, PppFeed, Section, TeamPpp};
use crate::domain::ValidationError;
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::msg;
use crate::server::service::once::{once_done, Once};
use crate::server::store::{objectives, objectives::Scope, ppp, teams};

/// A team's PPP update for this week: its three sections (from
/// `parse_update`), the objective each is about, and the week the form was
/// opened in, if it said.
pub struct PppUpdate {
    pub team: TeamId,
    pub sections: [(Section, Vec<String>); 3],
    pub refs: [Option<ObjectiveId>; 3],
    pub for_week: Option<u32>,
}

impl PppUpdate {
    /// From the form. A section's objective is checked against the team's
    /// objectives when it is saved; a blank or unreadable week skips the
    /// week's check.
    pub fn parse(team: TeamId, [progress, plans, problems]: [&str; 3], refs: [&str; 3], for_week: &str) -> Result<Self, ValidationError> {
        let sections = parse_update(progress, plans, problems)?;
        let mut ids = [None; 3];
        for (id, (raw, (section, _))) in ids.iter_mut().zip(refs.iter().zip(&sections)) {
            *id = optional_id(&ref_field(*section), not_this_teams(), raw)?;
        }
        Ok(Self { team, sections, refs: ids, for_week: for_week.trim().parse().ok() })
    }
}

fn not_this_teams() -> Msg {
    msg!("invalid-ppp-ref")
}

fn ref_field(section: Section) -> String {
    format!("{}_objective", section.as_str())
}

/// `once` is set for drafts sent from a device's queue (see `Once`).
pub async fn save(ctx: &ServerCtx, caller: &Caller, f: PppUpdate, once: Option<Once<'_>>) -> Result<(), AppError> {
    if once_done(ctx, &once).await?.is_some() {
        return Ok(());
    }
    let mut tx = super::write(ctx).await?;
    access::own_team(&mut tx, caller, f.team, |team| msg!("forbidden-team-ppp", team = team)).await?;
    access::active_team(&mut tx, caller, f.team).await?;
    let (wave, week) = match running_week(&mut tx, caller.org_id, ctx.today()).await? {
        Some((wave, Some(week))) => (wave, week),
        _ => return Err(AppError::Conflict(msg!("conflict-ppp-updates-are-written"))),
    };
    // A draft written last week must not silently become this week's update.
    if let Some(written_for) = f.for_week.filter(|w| *w != week) {
        return Err(AppError::Conflict(msg!("conflict-ppp-old-week", written = written_for, week = week)));
    }
    let allowed = objectives::titles(&mut tx, caller.org_id, wave.id, Scope::Team(f.team)).await?;
    let mut with_refs = Vec::new();
    for ((section, items), id) in f.sections.into_iter().zip(f.refs) {
        if id.is_some_and(|id| !allowed.iter().any(|(a, _)| *a == id)) {
            return Err(AppError::Invalid { field: ref_field(section), message: not_this_teams() });
        }
        with_refs.push((section, items, id));
    }
    let new = ppp::NewUpdate {
        org: caller.org_id,
        team: f.team,
        wave: wave.id,
        week,
        author: caller.user_id,
        now: ctx.now(),
        sections: &with_refs,
    };
    let id = ppp::save(&mut tx, new).await?;
    if let Some(once) = &once {
        if !once.record(&mut tx, id.0, ctx.now()).await? {
            return Ok(()); // a twin send with this key committed first; this one rolls back
        }
    }
    tx.commit().await?;
    Ok(())
}

pub async fn team_page(ctx: &ServerCtx, caller: &Caller, team: TeamId) -> Result<TeamPpp, AppError> {
    let mut conn = super::read(ctx).await?;
    access::team(&mut conn, caller, team).await?;
    let is_member = access::is_in_team(&mut conn, caller, team).await?;
    let Some((wave, week)) = running_week(&mut conn, caller.org_id, ctx.today()).await? else {
        return Ok(TeamPpp { wave: None, week: None, current: None, earlier: Vec::new(), objectives: Vec::new(), is_member });
    };
    let all = ppp::updates(&mut conn, caller.org_id, wave.id, ppp::Filter::Team(team)).await?;
    let (current, earlier): (Vec<_>, Vec<_>) = all.into_iter().partition(|u| Some(u.week) == week);
    let objectives = objectives::titles(&mut conn, caller.org_id, wave.id, Scope::Team(team)).await?;
    Ok(TeamPpp { wave: Some(wave), week, current: current.into_iter().next(), earlier, objectives, is_member })
}

/// Every team's update for `week` (default: the running week) of the active wave.
pub async fn feed(ctx: &ServerCtx, caller: &Caller, week: Option<u32>, page: usize) -> Result<PppFeed, AppError> {
    let mut conn = super::read(ctx).await?;
    let Some((wave, current_week)) = running_week(&mut conn, caller.org_id, ctx.today()).await? else {
        return Ok(PppFeed {
            wave: None,
            week: 0,
            weeks: 0,
            current_week: None,
            teams: Vec::new(),
            posted: 0,
            team_count: 0,
            page: 1,
            pages: 1,
        });
    };
    let weeks = wave.dates.week_count();
    let week = week.or(current_week).unwrap_or(weeks).clamp(1, weeks.max(1));
    let updates = ppp::updates(&mut conn, caller.org_id, wave.id, ppp::Filter::Week(week)).await?;
    let mut by_team: std::collections::HashMap<_, _> = updates.into_iter().map(|u| (u.team_id, u)).collect();
    let all: Vec<_> = teams::refs(&mut conn, caller.org_id, teams::Archived::Leave)
        .await?
        .into_iter()
        .map(|t| {
            let update = by_team.remove(&t.id);
            (t, update)
        })
        .collect();
    let team_count = all.len();
    let (teams, posted, page, pages) = feed_page(all, page);
    Ok(PppFeed { wave: Some(wave), week, weeks, current_week, teams, posted, team_count, page, pages })
}

/// Marks a PPP problem solved (or open again). Team members only.
pub async fn resolve_problem(ctx: &ServerCtx, caller: &Caller, item: PppItemId, resolved: bool) -> Result<(), AppError> {
    let mut tx = super::write(ctx).await?;
    let found = ppp::item(&mut *tx, caller.org_id, item).await?.ok_or_else(|| AppError::not_found(msg!("what-problem")))?;
    if found.section != Section::Problems {
        return Err(AppError::BadRequest(msg!("bad-request-only-problems-marked-solved")));
    }
    if !access::is_in_team(&mut tx, caller, found.team_id).await? {
        return Err(AppError::forbidden(msg!("forbidden-only-team-raised-problem")));
    }
    ppp::set_resolved(&mut *tx, caller.org_id, item, resolved).await?;
    tx.commit().await?;
    Ok(())
}
