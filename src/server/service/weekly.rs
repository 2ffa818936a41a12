//! The weekly e-mails: at each organisation's moment, in its time zone,
//! one reminder per member who wants it and, on Friday, one digest per
//! leader. A run is claimed in `weekly_runs` in the transaction that queues
//! its messages, so it happens once however many servers look. The mail
//! worker (`crate::infra::mail`) asks at every round; links in the
//! messages start at `base`, the server's public address.

use super::dashboard;
use crate::domain::mail::text::{self, DigestFacts, Message, ReminderFacts};
use crate::domain::mail::{due, Weekly};
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::server::store::mailing::{self, OrgSchedule};
use crate::server::store::{outbox, waves};
use chrono::DateTime;
use chrono_tz::Tz;
use std::collections::HashMap;

/// Queues every weekly e-mail that is due now and not yet queued; returns
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
                tracing::info!(org = %org.id, kind = kind.as_str(), week, queued, "weekly e-mail queued");
                total += queued;
            }
        }
    }
    Ok(total)
}

/// "week 3 of 6" of the organisation's active wave, with its name; `None`
/// when no wave is running today (there is nothing to vote on).
async fn running_wave(ctx: &ServerCtx, org: &OrgSchedule) -> Result<Option<(String, String)>, AppError> {
    let mut conn = super::read(ctx).await?;
    let Some(wave) = waves::active(&mut *conn, org.id).await? else { return Ok(None) };
    Ok(wave.dates.week_of(ctx.today()).map(|w| (wave.name, format!("week {w} of {}", wave.dates.week_count()))))
}

async fn reminders(ctx: &ServerCtx, base: &str, org: &OrgSchedule, week: &str) -> Result<Vec<(String, String, Message)>, AppError> {
    let Some((wave, wave_week)) = running_wave(ctx, org).await? else { return Ok(Vec::new()) };
    let mut conn = super::read(ctx).await?;
    let mut teams: HashMap<_, Vec<(String, String)>> = HashMap::new();
    for (user, team, name) in mailing::team_memberships(&mut *conn, org.id).await? {
        teams.entry(user).or_default().push((name, format!("{base}/teams/{team}#ppp")));
    }
    let (vote_link, account_link) = (format!("{base}/vote"), format!("{base}/account#email"));
    let people = mailing::reminder_recipients(&mut *conn, org.id).await?;
    Ok(people
        .into_iter()
        .map(|p| {
            let facts = ReminderFacts {
                name: &p.name,
                org: &org.name,
                wave: &wave,
                week: &wave_week,
                vote_link: &vote_link,
                teams: teams.get(&p.id).map(Vec::as_slice).unwrap_or_default(),
                account_link: &account_link,
            };
            (format!("reminder:{}:{}:{week}", org.id, p.id), p.email.clone(), text::reminder(&facts))
        })
        .collect())
}

async fn digests(ctx: &ServerCtx, base: &str, org: &OrgSchedule, week: &str) -> Result<Vec<(String, String, Message)>, AppError> {
    let Some(d) = dashboard::of_org(ctx, org.id).await? else { return Ok(Vec::new()) };
    let Some(wave_week) = d.wave.dates.week_of(ctx.today()).map(|w| format!("week {w} of {}", d.wave.dates.week_count())) else {
        return Ok(Vec::new());
    };
    let problems: Vec<_> = d.open_problems.iter().map(|p| (p.team.name.clone(), p.text.clone())).collect();
    let stale: Vec<_> = d.stale_boosts.iter().map(|b| (b.need.clone(), format!("{base}/boosts/{}", b.id))).collect();
    let falling: Vec<_> = d
        .objectives
        .iter()
        .filter(|o| o.confidence_falling)
        .map(|o| (o.objective.title.clone(), format!("{base}/objectives/{}", o.objective.id)))
        .chain(
            d.teams
                .iter()
                .filter(|t| t.confidence_falling)
                .map(|t| (format!("an objective of {}", t.team.name), format!("{base}/teams/{}", t.team.id))),
        )
        .collect();
    let (dashboard_link, account_link) = (format!("{base}/"), format!("{base}/account#email"));
    let message = text::digest(&DigestFacts {
        org: &org.name,
        wave: &d.wave.name,
        week: &wave_week,
        problem_count: d.open_problem_count,
        problems: &problems,
        boosts_waiting: d.open_boosts,
        stale_count: d.stale_boost_count,
        stale: &stale,
        falling: &falling,
        disagreeing: d.disagreeing_count,
        dashboard_link: &dashboard_link,
        account_link: &account_link,
    });
    let leaders = mailing::digest_recipients(&ctx.pool, org.id).await?;
    Ok(leaders.into_iter().map(|p| (format!("digest:{}:{}:{week}", org.id, p.id), p.email, message.clone())).collect())
}
