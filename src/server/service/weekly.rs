//! The weekly messages: at each organisation's moment, in its time zone,
//! one reminder per member who wants it (by e-mail, and on each device
//! they get notifications on) and, on Friday, one digest per leader. A run
//! is claimed in `weekly_runs` in the transaction that queues its messages
//! on every channel, so it happens once however many servers look. The
//! sender (`crate::infra::sender`) asks at every round; links in the
//! messages start at `base`, the server's public address.

use super::dashboard;
use crate::domain::chat::NudgeFacts;
use crate::domain::ids::{TeamId, UserId, WaveId};
use crate::domain::locale::Locale;
use crate::domain::mail::text::{self, DigestFacts, ReminderFacts};
use crate::domain::mail::{due, Weekly};
use crate::domain::msg::Msg;
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::msg;
use crate::server::store::mailing::{self, OrgSchedule};
use crate::server::store::outbox::{self, Outgoing};
use crate::server::store::waves;
use chrono::DateTime;
use chrono_tz::Tz;
use std::collections::HashMap;

/// Queues every weekly message that is due now and not yet queued; returns
/// how many messages it queued.
pub async fn queue_due(ctx: &ServerCtx, base: &str) -> Result<u64, AppError> {
    let mut total = 0;
    let now = ctx.now();
    let utc = DateTime::from_timestamp(now, 0).ok_or(AppError::Internal)?;
    for org in mailing::schedules(&ctx.pool).await? {
        // Stored names were checked against this database when saved.
        let zone: Tz = org.time_zone.parse().unwrap_or(Tz::UTC);
        let local = utc.with_timezone(&zone).naive_local();
        for kind in [Weekly::Reminder, Weekly::Digest] {
            let Some(week) = due(kind, org.schedule(), local) else { continue };
            if outbox::weekly_run_exists(&ctx.pool, org.id, kind.as_str(), &week).await? {
                continue;
            }
            // Built before the write turn is taken: the digest reads the dashboard.
            let messages = match kind {
                Weekly::Reminder => reminders(ctx, base, &org, &week).await?,
                Weekly::Digest => digests(ctx, base, &org, &week).await?,
            };
            let mut tx = super::write(ctx).await?;
            if outbox::claim_weekly_run(&mut tx, org.id, kind.as_str(), &week, now).await? {
                let queued = outbox::enqueue_many(&mut tx, org.id, &messages, now).await?;
                tx.commit().await?;
                tracing::info!(org = %org.id, kind = kind.as_str(), week, queued, "weekly messages queued");
                total += queued;
            }
        }
    }
    Ok(total)
}

/// The organisation's active wave, its name and (this week, its weeks);
/// `None` when no wave is running today (there is nothing to vote on).
async fn running_wave(ctx: &ServerCtx, org: &OrgSchedule) -> Result<Option<(WaveId, String, (u32, u32))>, AppError> {
    let mut conn = super::read(ctx).await?;
    let Some(wave) = waves::active(&mut *conn, org.id).await? else { return Ok(None) };
    Ok(wave.dates.week_of(ctx.today()).map(|w| (wave.id, wave.name, (w, wave.dates.week_count()))))
}

async fn reminders(ctx: &ServerCtx, base: &str, org: &OrgSchedule, week: &str) -> Result<Vec<Outgoing>, AppError> {
    let Some((wave_id, wave, wave_week)) = running_wave(ctx, org).await? else { return Ok(Vec::new()) };
    // Each person's teams, read once for the e-mail and the Slack reminders.
    let mut teams: HashMap<UserId, Vec<(TeamId, String)>> = HashMap::new();
    for (user, team, name) in mailing::team_memberships(&ctx.pool, org.id).await? {
        teams.entry(user).or_default().push((team, name));
    }
    // Each person reads in their language; a channel in the organisation's.
    let mut all = super::push::reminders(ctx, org, &wave, wave_week, week).await?;
    all.extend(super::slack::reminders(ctx, base, org, (wave_id, &wave, wave_week, week), &teams).await?);
    let (vote_link, teams_link) = (format!("{base}/vote"), format!("{base}/teams"));
    let nudge = NudgeFacts { org: &org.name, wave: &wave, week: wave_week, vote_link: &vote_link, teams_link: &teams_link };
    all.extend(super::channels::teams_nudges(ctx, org.id, org.locale(), &nudge, week).await?);
    if ctx.mail.is_some() {
        all.extend(email_reminders(ctx, base, org, (week, &wave, wave_week), &teams).await?);
    }
    Ok(all)
}

async fn email_reminders(
    ctx: &ServerCtx,
    base: &str,
    org: &OrgSchedule,
    (week, wave, wave_week): (&str, &str, (u32, u32)),
    teams_of: &HashMap<UserId, Vec<(TeamId, String)>>,
) -> Result<Vec<Outgoing>, AppError> {
    let teams: HashMap<UserId, Vec<(String, String)>> = teams_of
        .iter()
        .map(|(user, teams)| (*user, teams.iter().map(|(id, name)| (name.clone(), format!("{base}/teams/{id}#ppp"))).collect()))
        .collect();
    let (vote_link, account_link) = (format!("{base}/vote"), format!("{base}/account#email"));
    let people = mailing::reminder_recipients(&ctx.pool, org.id).await?;
    Ok(people
        .into_iter()
        .map(|p| {
            let facts = ReminderFacts {
                name: &p.name,
                org: &org.name,
                wave,
                week: wave_week,
                vote_link: &vote_link,
                teams: teams.get(&p.id).map(Vec::as_slice).unwrap_or_default(),
                account_link: &account_link,
            };
            let message = text::reminder(org.locale_of(p.locale.as_deref()), &facts);
            Outgoing::email(format!("reminder:{}:{}:{week}", org.id, p.id), p.email.clone(), message)
        })
        .collect())
}

async fn digests(ctx: &ServerCtx, base: &str, org: &OrgSchedule, week: &str) -> Result<Vec<Outgoing>, AppError> {
    let teams = super::channels::posts_to_teams(ctx, org.id).await?;
    let slack = super::slack::digest_channel(ctx, org.id).await?;
    // The dashboard is the run's one costly read: skipped when no channel takes a digest.
    if ctx.mail.is_none() && !teams && slack.is_none() {
        return Ok(Vec::new());
    }
    let Some(d) = dashboard::of_org(ctx, org.id).await? else { return Ok(Vec::new()) };
    let Some(wave_week) = d.wave.dates.week_of(ctx.today()).map(|w| (w, d.wave.dates.week_count())) else {
        return Ok(Vec::new());
    };
    let problems: Vec<_> = d.open_problems.iter().map(|p| (p.team.name.clone(), p.text.clone())).collect();
    let stale: Vec<_> = d.stale_boosts.iter().map(|b| (b.need.clone(), format!("{base}/boosts/{}", b.id))).collect();
    let falling: Vec<_> = d
        .objectives
        .iter()
        .filter(|o| o.confidence_falling)
        .map(|o| (Msg::Said(o.objective.title.clone()), format!("{base}/objectives/{}", o.objective.id)))
        .chain(
            d.teams
                .iter()
                .filter(|t| t.confidence_falling)
                .map(|t| (msg!("mail-digest-team-objective", team = &t.team.name), format!("{base}/teams/{}", t.team.id))),
        )
        .collect();
    let (dashboard_link, account_link) = (format!("{base}/"), format!("{base}/account#email"));
    let facts = DigestFacts {
        org: &org.name,
        wave: &d.wave.name,
        week: wave_week,
        problem_count: d.open_problem_count,
        problems: &problems,
        boosts_waiting: d.open_boosts,
        stale_count: d.stale_boost_count,
        stale: &stale,
        falling: &falling,
        disagreeing: d.disagreeing_count,
        dashboard_link: &dashboard_link,
        account_link: &account_link,
    };
    let mut all = Vec::new();
    if teams {
        all.push(super::channels::teams_digest_post(org.id, org.locale(), &facts, week));
    }
    if let Some(channel) = slack {
        all.push(super::slack::digest(org.id, channel, org.locale(), &facts, week));
    }
    if ctx.mail.is_some() {
        // Worded once per language among the leaders.
        let mut worded: HashMap<Locale, text::Message> = HashMap::new();
        for p in mailing::digest_recipients(&ctx.pool, org.id).await? {
            let locale = org.locale_of(p.locale.as_deref());
            let message = worded.entry(locale).or_insert_with(|| text::digest(locale, &facts)).clone();
            all.push(Outgoing::email(format!("digest:{}:{}:{week}", org.id, p.id), p.email, message));
        }
    }
    Ok(all)
}
