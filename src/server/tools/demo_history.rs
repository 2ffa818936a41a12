//! The demo organisation's finished waves: spring and summer, graded and
//! reflected on, with the crowd's confidence week by week, so the wave
//! review shows calibration and its trend across waves.

use super::demo_waves::{kr, numeric, Ctx, DemoVotes, TEAMS};
use crate::domain::ids::{ObjectiveId, OrgId, TeamId, UserId, WaveId};
use crate::domain::key_result::{KrKind, KrSpec};
use crate::domain::wave::{WaveDates, WaveName, WaveState};
use crate::error::AppError;
use crate::infra::clock::Time;
use crate::server::store::{objectives, reflections, waves};
use chrono::Days;
use sqlx::AnyConnection;

/// One objective of a past wave: its team, title, why, owner (index in
/// `people`), key result, check-ins, the team's grade, and the crowd's
/// scores for weeks 1–4 (votes by `people` indexes: everyone on a wave
/// objective, the team on its own).
struct Past<'a> {
    team: Option<usize>,
    title: &'a str,
    why: &'a str,
    owner: usize,
    kr: KrSpec,
    history: &'a [f64],
    grade: Option<f64>,
    weeks: [&'a [u8]; 4],
}

/// A finished wave: name, first day (days before today), and its objectives
/// (the first is the wave objective the others align to).
struct PastWave<'a> {
    name: &'a str,
    starts: u64,
    objectives: Vec<Past<'a>>,
    reflection: (usize, [&'a str; 3]),
}

fn spring<'a>() -> PastWave<'a> {
    PastWave {
        name: "Spring wave",
        starts: 100,
        objectives: vec![
            Past {
                team: None,
                title: "Customers trust our uptime",
                why: "Two outages in a month cost us renewals; reliability is the product.",
                owner: 1,
                kr: kr("Incidents per month", numeric(8.0, 2.0, "incidents")),
                history: &[7.0, 5.0, 4.0],
                grade: None,
                weeks: [&[4, 4, 3, 4, 3, 4], &[4, 3, 3, 4, 3, 3], &[3, 3, 3, 3, 2, 3], &[3, 2, 3, 3, 2, 3]],
            },
            // Growth was sure of its status page and got half of it.
            Past {
                team: Some(1),
                title: "A status page customers actually read",
                why: "Customers who hear about an incident from us first forgive it.",
                owner: 5,
                kr: kr("Customers subscribed to status updates", KrKind::Percentage { start: 0.0, target: 40.0 }),
                history: &[10.0, 18.0, 22.0],
                grade: Some(0.5),
                weeks: [&[4, 4, 4], &[4, 3, 4], &[3, 3, 3], &[3, 2, 3]],
            },
            Past {
                team: Some(0),
                title: "Alerts wake the right person",
                why: "Half our incident time was spent finding who owns the failing part.",
                owner: 3,
                kr: kr("Minutes to acknowledge an alert", numeric(30.0, 5.0, "min")),
                history: &[25.0, 15.0, 9.0],
                grade: Some(0.8),
                weeks: [&[4, 4], &[4, 4], &[4, 5], &[5, 4]],
            },
        ],
        reflection: (
            5,
            [
                "Writing the incident templates together with support.",
                "We assumed customers would find the subscribe button; most never did.",
                "Test the page with five customers before building the second half.",
            ],
        ),
    }
}

fn summer<'a>() -> PastWave<'a> {
    PastWave {
        name: "Summer wave",
        starts: 60,
        objectives: vec![
            Past {
                team: None,
                title: "The product feels fast",
                why: "Slow pages are the most common complaint in every customer interview.",
                owner: 2,
                kr: kr("Median page load", numeric(1200.0, 600.0, "ms")),
                history: &[1100.0, 900.0, 750.0],
                grade: None,
                weeks: [&[4, 4, 4, 3, 4, 5], &[4, 4, 3, 4, 4, 4], &[4, 4, 4, 4, 3, 4], &[4, 4, 4, 4, 4, 4]],
            },
            Past {
                team: Some(1),
                title: "Sign-up takes under a minute",
                why: "Every extra field loses a tenth of the people who start signing up.",
                owner: 0,
                kr: kr("Sign-ups completed within a minute", KrKind::Percentage { start: 40.0, target: 80.0 }),
                history: &[50.0, 60.0, 66.0],
                grade: Some(0.6),
                weeks: [&[3, 3, 4], &[3, 4, 3], &[4, 3, 3], &[3, 4, 4]],
            },
        ],
        reflection: (
            2,
            [
                "Measuring every step of sign-up showed us where people gave up.",
                "The address lookup took two weeks longer than planned.",
                "Ship the smallest change behind a flag first, then measure.",
            ],
        ),
    }
}

/// Loads the finished waves; returns each with the votes to cast through the vault.
pub async fn load(
    conn: &mut AnyConnection,
    org: OrgId,
    people: &[UserId],
    teams: &[TeamId],
    time: &Time,
) -> Result<Vec<((WaveId, WaveDates), Vec<DemoVotes>)>, AppError> {
    let mut out = Vec::new();
    for past in [spring(), summer()] {
        out.push(one(&mut *conn, org, people, teams, time, past).await?);
    }
    Ok(out)
}

async fn one(
    conn: &mut AnyConnection,
    org: OrgId,
    people: &[UserId],
    teams: &[TeamId],
    time: &Time,
    past: PastWave<'_>,
) -> Result<((WaveId, WaveDates), Vec<DemoVotes>), AppError> {
    let today = time.today();
    let dates = WaveDates::new(today - Days::new(past.starts), today - Days::new(past.starts - 27)).map_err(AppError::from)?;
    let name = WaveName::parse(past.name).map_err(AppError::from)?;
    let day = 86_400;
    let created = time.now() - (past.starts as i64 + 1) * day;
    let wave = waves::create(&mut *conn, org, &name, dates, created).await?;
    for (from, to) in
        [(WaveState::Planned, WaveState::Active), (WaveState::Active, WaveState::Reflecting), (WaveState::Reflecting, WaveState::Closed)]
    {
        waves::set_state(conn, org, wave, from, to).await?;
    }
    // Check-ins count back from the wave's last day.
    let ended = time.now() - (past.starts as i64 - 27) * day;
    let mut c = Ctx { conn, org, wave, now: ended };
    let mut parent: Option<ObjectiveId> = None;
    let mut votes = Vec::new();
    for o in past.objectives {
        let team = o.team.map(|t| teams[t]);
        let aligned = match (team, parent) {
            (Some(t), Some(p)) => Some((t, p)),
            _ => None,
        };
        let id = c.objective(aligned, o.title, o.why, people[o.owner], std::slice::from_ref(&o.kr), &[o.history]).await?;
        parent = parent.or(Some(id));
        if let Some(grade) = o.grade {
            for kr in objectives::key_result_ids(&mut *c.conn, org, id).await? {
                reflections::set_grade(&mut *c.conn, org, kr, grade).await?;
            }
        }
        // Everyone votes on the wave objective; a team on its own.
        let voters: Vec<usize> = match o.team {
            None => (0..people.len()).collect(),
            Some(t) => TEAMS[t].1.to_vec(),
        };
        for (week, scores) in (1..).zip(o.weeks) {
            let ballots = voters.iter().zip(scores).map(|(&p, &s)| (people[p], s)).collect();
            votes.push(DemoVotes { objective: id, team, week, ballots });
        }
    }
    let (author, texts) = past.reflection;
    let texts = texts.map(String::from);
    reflections::save(c.conn, org, wave, teams[1], &texts, Some(people[author]), ended).await?;
    Ok(((wave, dates), votes))
}
