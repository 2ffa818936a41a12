//! Weekly confidence votes and their results. The anonymity design is in
//! `server::vote::claims` and `server::vote::vault`; only aggregates leave this module, and a person's own
//! score only towards the browser that holds its ballot secret.

use super::access::Caller;
use crate::domain::confidence::by_team;
use crate::domain::confidence::{
    crowd_among, rows, select, with_restored, CoVoters, ConfidenceReport, ConfidenceRow, ConfidenceView, CrowdSignal, RowHead, Standing,
    VoteItem, VoteSheet,
};
use crate::domain::ids::{ObjectiveId, OrgId, TeamId, WaveId};
use crate::domain::vote::{change_allowed, threshold, Score, VoteRefused, CHANGES_PER_WEEK};
use crate::domain::wave::{WaveState, WaveSummary};
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::msg;
use crate::server::store::objectives::{self, ObjectiveHead, Scope};
use crate::server::store::{restore, teams, vote_box, voters, waves};
use crate::server::vote::claims::{self, Claims};
use crate::server::vote::vault;
use chrono::NaiveDate;
use sqlx::{AnyConnection, AnyPool};

/// The objectives a person votes on: the wave objectives and their teams' ones.
async fn votable(conn: &mut AnyConnection, caller: &Caller, wave: &WaveSummary) -> Result<Vec<ObjectiveHead>, AppError> {
    objectives::heads(conn, caller.org_id, wave.id, Scope::VotableBy(caller.user_id)).await
}

/// The organisation's vote settings: (threshold, never below the minimum; live results).
async fn vote_settings(conn: &mut AnyConnection, org: OrgId) -> Result<(u32, bool), AppError> {
    let (setting, live) = voters::settings(conn, org).await?;
    Ok((threshold(setting), live))
}

/// When the caller became a voter on objectives of `team` (`None` when they
/// are not one).
async fn voter_since(conn: &mut AnyConnection, caller: &Caller, team: Option<TeamId>) -> Result<Option<i64>, AppError> {
    voters::voter_since(conn, caller.org_id, team, caller.user_id).await
}

/// The caller's standing on objectives of `team` in `week`, and who else
/// votes there (only asked when the caller votes).
async fn standing(
    conn: &mut AnyConnection,
    caller: &Caller,
    wave: &WaveSummary,
    week: u32,
    team: Option<TeamId>,
) -> Result<(Standing, CoVoters), AppError> {
    let cutoff = wave.dates.voters_joined_by(week);
    let since = voter_since(&mut *conn, caller, team).await?.unwrap_or(i64::MAX);
    if since > cutoff {
        let standing = wave.dates.first_week_for(since, week).map_or(Standing::NextWave, Standing::FromWeek);
        return Ok((standing, CoVoters::default()));
    }
    let (count, latest) = voters::roll(conn, caller.org_id, team, cutoff, caller.user_id, CoVoters::LIST_ALL_UP_TO + 1).await?;
    Ok((Standing::Votes, CoVoters::new(count, latest, cutoff)))
}

/// This week's sheet: what the caller votes on, with the scores this
/// browser cast (its `claims`).
pub async fn vote_sheet(ctx: &ServerCtx, caller: &Caller, claims: &Claims) -> Result<VoteSheet, AppError> {
    let mut conn = super::read(ctx).await?;
    let Some(wave) = waves::active(&mut *conn, caller.org_id).await? else {
        return Ok(VoteSheet { wave: None, week: None, weeks: 0, items: Vec::new() });
    };
    let week = wave.dates.week_of(ctx.today());
    let mut items = Vec::new();
    if let Some(week) = week {
        let objectives = votable(&mut conn, caller, &wave).await?;
        let tags: Vec<_> = objectives.iter().map(|o| (o.id, claims::voter_tag(&ctx.vote_key, caller.user_id, o.id, week))).collect();
        let voted = vote_box::voted(&ctx.vault.reader, caller.org_id, week, &tags).await?;
        let claimed: Vec<(ObjectiveId, i64)> =
            claims.slots_of_week(&ctx.vote_key, caller.user_id, week).into_iter().filter(|(o, _)| voted.contains(o)).collect();
        let mine = vote_box::own_scores(&mut *ctx.vault.reader.acquire().await?, caller.org_id, week, &claimed).await?;
        // Who votes depends only on the team (none for wave objectives):
        // asked once per team.
        let mut by_team: std::collections::HashMap<Option<TeamId>, (Standing, CoVoters)> = std::collections::HashMap::new();
        for o in objectives {
            let team = o.team.as_ref().map(|t| t.id);
            let (standing, with) = match by_team.get(&team) {
                Some(known) => known.clone(),
                None => {
                    let known = standing(&mut conn, caller, &wave, week, team).await?;
                    by_team.insert(team, known.clone());
                    known
                }
            };
            let my_score = mine.iter().find(|(id, _)| *id == o.id).map(|(_, s)| *s);
            // Only the browser that cast a vote can change it, so only it is told how often it still may.
            let changes_left = my_score.map(|_| {
                let tag = tags.iter().find(|(id, _)| *id == o.id).map(|(_, t)| t.as_slice()).unwrap_or_default();
                CHANGES_PER_WEEK.saturating_sub(ctx.changes.made(tag))
            });
            items.push(VoteItem {
                objective_id: o.id,
                voted: voted.contains(&o.id),
                title: o.title,
                team: o.team.map(|t| t.name),
                my_score,
                changes_left,
                standing,
                with,
            });
        }
    }
    Ok(VoteSheet { weeks: wave.dates.week_count(), wave: Some(wave), week, items })
}

/// A vote to cast: this week's score on an objective.
#[derive(Debug, Clone, Copy)]
pub struct Vote {
    pub objective: ObjectiveId,
    pub score: Score,
}

/// Casts this week's vote on an objective, or changes it from the browser
/// that cast it: `claims` are what that browser holds, and the answer is
/// what it holds after the vote (the caller keeps them for it).
pub async fn cast(ctx: &ServerCtx, caller: &Caller, vote: Vote, mut claims: Claims) -> Result<Claims, AppError> {
    let Vote { objective, score } = vote;
    // One read of the main database: the objective with its wave, the
    // caller's place and the settings. The vault's receipts decide the
    // rest (see `vault::plan_vote`).
    let mut conn = super::read(ctx).await?;
    let target = voters::vote_target(&mut *conn, caller.org_id, objective, caller.user_id)
        .await?
        .ok_or_else(|| AppError::not_found(msg!("what-objective")))?;
    if target.wave.state != WaveState::Active {
        // Only one wave is active at a time: this objective is not in it, and
        // the answer says whether there is one at all.
        return Err(match waves::active(&mut *conn, caller.org_id).await? {
            None => AppError::Vote(VoteRefused::NoActiveWave),
            Some(_) => AppError::not_found(msg!("what-objective")),
        });
    }
    drop(conn);
    let wave = target.wave;
    let week = wave.dates.week_of(ctx.today()).ok_or(AppError::Vote(VoteRefused::Closed))?;
    if !target.in_team {
        // Another team's: not this person's to vote on.
        return Err(AppError::not_found(msg!("what-objective")));
    }
    let key = &ctx.vote_key;
    let claim = claims.slot(key, caller.user_id, objective, week);
    let tag = claims::voter_tag(key, caller.user_id, objective, week);
    if claim.is_some() {
        change_allowed(ctx.changes.made(&tag)).map_err(AppError::Vote)?;
    }
    let mut ballot = vault::Ballot {
        org: caller.org_id,
        wave: wave.id,
        objective,
        week,
        tag: tag.clone(),
        score,
        claim,
        voters: None,
        live_threshold: target.live.then_some(threshold(target.threshold)),
    };
    let mut cast = ctx.vault.cast(ballot.clone()).await?;
    if cast == vault::Cast::Unopened {
        // The first vote of the week on this objective: the box opens with
        // everyone who may vote in it (two first votes at once both read
        // them; the second opening does nothing). Who joined too late is not
        // among them, and the vault refuses them (its receipts are the one
        // place that decides).
        let opened = wave.dates.voters_joined_by(week);
        let people = voters::voters(&mut *super::read(ctx).await?, caller.org_id, target.team, opened).await?;
        ballot.voters = Some(people.into_iter().map(|p| claims::voter_tag(key, p, objective, week)).collect());
        cast = ctx.vault.cast(ballot).await?;
    }
    match cast {
        vault::Cast::New(slot) => claims.record(key, caller.user_id, objective, week, slot),
        vault::Cast::Changed => {
            ctx.changes.record(&tag, ctx.now());
            claims.keep_week(week);
        }
        vault::Cast::Unopened => {
            tracing::error!("a ballot box brought its voters and still was not open");
            return Err(AppError::Internal);
        }
    }
    Ok(claims)
}

/// The heat-map rows of every objective of a wave, shown by the
/// organisation's (threshold, live) settings.
async fn report_rows(
    conn: &mut AnyConnection,
    vault: &AnyPool,
    org: OrgId,
    wave: &WaveSummary,
    (threshold, live): (u32, bool),
    today: NaiveDate,
) -> Result<Vec<ConfidenceRow>, AppError> {
    let objectives = objectives::heads(&mut *conn, org, wave.id, Scope::Wave)
        .await?
        .into_iter()
        .map(|o| RowHead { objective_id: o.id, title: o.title, team: o.team, parent: o.parent })
        .collect();
    let vote_box::Counts { cast, released } = vote_box::counts(vault, org, wave.id).await?;
    let d = wave.dates;
    let mut rows =
        rows(objectives, &cast, &released, d.week_count(), |w| d.week_started(w, today), |w| d.week_closed(w, today), threshold, live);
    restored(conn, org, wave, &mut rows).await?;
    Ok(rows)
}

/// Weeks brought from another installation, where this one has none.
async fn restored(conn: &mut AnyConnection, org: OrgId, wave: &WaveSummary, rows: &mut [ConfidenceRow]) -> Result<(), AppError> {
    let weeks = restore::confidence_of(conn, org, wave.id).await?;
    if !weeks.is_empty() {
        with_restored(rows, &weeks);
    }
    Ok(())
}

/// The heat-map rows of `heads` (objectives of `wave`), with the threshold
/// they are shown under.
pub async fn rows_of(
    conn: &mut AnyConnection,
    vault: &AnyPool,
    org: OrgId,
    wave: &WaveSummary,
    today: NaiveDate,
    heads: Vec<RowHead>,
) -> Result<(Vec<ConfidenceRow>, u32), AppError> {
    let (threshold, live) = vote_settings(&mut *conn, org).await?;
    let vote_box::Counts { cast, released } = vote_box::counts(vault, org, wave.id).await?;
    let d = wave.dates;
    let mut rows =
        rows(heads, &cast, &released, d.week_count(), |w| d.week_started(w, today), |w| d.week_closed(w, today), threshold, live);
    restored(conn, org, wave, &mut rows).await?;
    Ok((rows, threshold))
}

/// The heat-map rows of every objective of `wave`, as its pages show them.
pub async fn wave_rows(
    conn: &mut AnyConnection,
    vault: &AnyPool,
    org: OrgId,
    wave: &WaveSummary,
    today: NaiveDate,
) -> Result<Vec<ConfidenceRow>, AppError> {
    let settings = vote_settings(&mut *conn, org).await?;
    report_rows(conn, vault, org, wave, settings, today).await
}

/// A wave of the caller's organisation with its objectives' weekly
/// confidence, by the same threshold and release rules as the pages.
pub async fn of_wave(ctx: &ServerCtx, caller: &Caller, wave: WaveId) -> Result<(WaveSummary, Vec<ConfidenceRow>), AppError> {
    let mut conn = super::read(ctx).await?;
    let wave = super::waves::get(&mut conn, caller.org_id, wave).await?;
    let rows = wave_rows(&mut conn, &ctx.vault.reader, caller.org_id, &wave, ctx.today()).await?;
    Ok((wave, rows))
}

/// What the crowd says of each of `ids` (objectives of `wave`, whose votes
/// `boxes` covers): falling two weeks running, and this week's shown average.
pub async fn crowd(
    conn: &mut AnyConnection,
    vault: &AnyPool,
    org: OrgId,
    wave: &WaveSummary,
    today: NaiveDate,
    ids: &[ObjectiveId],
    boxes: vote_box::Boxes,
) -> Result<Vec<CrowdSignal>, AppError> {
    let (threshold, live) = vote_settings(&mut *conn, org).await?;
    let vote_box::Counts { cast, released } = vote_box::counts(vault, org, boxes).await?;
    let d = wave.dates;
    // After its last day, a wave not yet closed reads as its last week.
    let current = d.week_of(today).unwrap_or(if today > d.end() { d.week_count() } else { 0 });
    Ok(crowd_among(ids, &cast, &released, d.week_count(), current, |w| d.week_closed(w, today), threshold, live))
}

/// The confidence page: the view picks the rows (see `domain::confidence::select`).
pub async fn report(ctx: &ServerCtx, caller: &Caller, view: ConfidenceView) -> Result<ConfidenceReport, AppError> {
    let team_filter = match view {
        ConfidenceView::Team(t) => Some(t),
        _ => None,
    };
    let mut conn = super::read(ctx).await?;
    let (threshold, live) = vote_settings(&mut conn, caller.org_id).await?;
    let teams = teams::refs(&mut conn, caller.org_id, teams::Archived::Leave).await?;
    if let Some(t) = team_filter {
        if !teams.iter().any(|r| r.id == t) {
            return Err(AppError::not_found(msg!("what-team")));
        }
    }
    let Some(wave) = super::waves::results_wave(&mut conn, caller.org_id).await? else {
        let none = ConfidenceReport {
            wave: None,
            weeks: 0,
            current_week: None,
            threshold,
            live,
            rows: Vec::new(),
            groups: Vec::new(),
            by_team: Default::default(),
            view,
            flagged: 0,
            pages: 1,
            teams,
            team_filter,
        };
        return Ok(none);
    };
    let today = ctx.today();
    // Every row of the wave, so the groups and the flags count them all; only a view's share is sent.
    let all = report_rows(&mut conn, &ctx.vault.reader, caller.org_id, &wave, (threshold, live), today).await?;
    // Only the default view shows the teams.
    let by_team = if view == ConfidenceView::Attention { by_team(&all) } else { Default::default() };
    let (rows, groups, flagged, pages) = select(all, view);
    Ok(ConfidenceReport {
        weeks: wave.dates.week_count(),
        current_week: wave.dates.week_of(today),
        wave: Some(wave),
        threshold,
        live,
        rows,
        groups,
        by_team,
        view,
        flagged,
        pages,
        teams,
        team_filter,
    })
}

/// (threshold, live results) of the caller's organisation.
pub async fn settings(ctx: &ServerCtx, caller: &Caller) -> Result<(u32, bool), AppError> {
    vote_settings(&mut *super::read(ctx).await?, caller.org_id).await
}

/// Sets from how many voters results show (`n`, from `parse_threshold`)
/// and whether they show live.
pub async fn update_settings(ctx: &ServerCtx, caller: &Caller, n: u32, live: bool) -> Result<(), AppError> {
    super::access::require_admin(caller)?;
    let mut tx = super::write(ctx).await?;
    voters::set_settings(&mut *tx, caller.org_id, n, live).await?;
    let what = crate::msg!("audit-votes", threshold = n, live = if live { "on" } else { "off" });
    crate::server::store::audit::record(&mut *tx, caller.org_id, caller.user_id, what, ctx.now()).await?;
    tx.commit().await?;
    Ok(())
}
