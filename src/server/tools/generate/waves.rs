//! A generated wave: its objectives and KRs with weekly check-ins, the teams'
//! PPP updates, boosts between teams, reflections, grades and its survey.

use super::names;
use super::{Org, Spec, Written};
use crate::domain::wave::WaveDates;
use crate::error::AppError;
use crate::server::store::bulk::{self, Cell, Table};
use chrono::NaiveDate;
use rand::rngs::StdRng;
use rand::Rng;
use sqlx::AnyConnection;

const DAY: i64 = 86_400;
pub const WEEKS: u32 = 6;

pub struct WavePlan {
    pub id: i64,
    pub name: String,
    pub dates: WaveDates,
    pub created_at: i64,
    /// Weeks whose votes, check-ins and PPPs are all in.
    pub weeks_done: u32,
    /// The running week of the active wave.
    pub current: Option<u32>,
}

impl WavePlan {
    pub fn active(&self) -> bool {
        self.current.is_some()
    }
    pub fn week_start(&self, week: u32) -> i64 {
        midnight(self.dates.week_start(week))
    }
}

fn midnight(day: NaiveDate) -> i64 {
    day.and_hms_opt(0, 0, 0).map_or(0, |t| t.and_utc().timestamp())
}

/// The waves, oldest first: `past` closed 6-week waves, then the active one,
/// in its fourth week (three weeks of results, the fourth under way).
pub fn plan(today: NaiveDate, past: usize) -> Vec<WavePlan> {
    let active_start = today - chrono::Days::new(24);
    let mut out = Vec::new();
    for k in (0..=past).rev() {
        let start = active_start - chrono::Days::new(42 * k as u64);
        let end = start + chrono::Days::new(41);
        let dates = WaveDates::new(start, end).expect("a generated wave lasts six weeks");
        let (weeks_done, current) = if k == 0 { (3, dates.week_of(today)) } else { (WEEKS, None) };
        out.push(WavePlan {
            id: (past - k + 1) as i64,
            name: format!("Wave {}", past - k + 1),
            created_at: midnight(start) - 7 * DAY,
            dates,
            weeks_done,
            current,
        });
    }
    out
}

/// Ids handed out across waves (the database is empty, so they are known up front).
#[derive(Default)]
pub struct Ids {
    objective: i64,
    key_result: i64,
    ppp_update: i64,
    ppp_item: i64,
    boost: i64,
}

fn next(id: &mut i64) -> i64 {
    *id += 1;
    *id
}

/// An objective as the ballot boxes need it.
pub struct Voted {
    pub id: i64,
    pub team: Option<usize>,
    /// The crowd's mean score in week 1, and how it moves each week.
    pub mood: f64,
    pub drift: f64,
}

pub struct Laid {
    pub objectives: Vec<Voted>,
    pub survey: i64,
}

pub async fn write(
    tx: &mut AnyConnection,
    org: &Org,
    spec: &Spec,
    wave: &WavePlan,
    ids: &mut Ids,
    rng: &mut StdRng,
    written: &mut Written,
) -> Result<Laid, AppError> {
    let state = if wave.active() { "active" } else { "closed" };
    let row = vec![
        wave.id.into(),
        org.id.into(),
        wave.name.clone().into(),
        wave.dates.start().to_string().into(),
        wave.dates.end().to_string().into(),
        state.into(),
        wave.created_at.into(),
    ];
    bulk::insert(tx, Table::Waves, &[row]).await?;
    let (objectives, krs) = objectives(tx, org, spec, wave, ids, rng, written).await?;
    check_ins(tx, wave, &krs, rng, written).await?;
    let problems = ppp(tx, org, wave, &objectives, ids, rng, written).await?;
    boosts(tx, org, wave, &objectives, &problems, ids, rng, written).await?;
    if !wave.active() {
        reflections(tx, org, wave).await?;
    }
    let survey = wave.id;
    let closed = if wave.active() { Cell::NullInt } else { Cell::Int(midnight(wave.dates.end()) + DAY) };
    bulk::insert(tx, Table::Surveys, &[vec![survey.into(), org.id.into(), wave.id.into(), (wave.week_start(2) + 9 * 3600).into(), closed]])
        .await?;
    let audit = vec![
        vec![org.id.into(), wave.created_at.into(), 1i64.into(), "".into(), format!("created the wave {}", wave.name).into()],
        vec![org.id.into(), wave.week_start(1).into(), 1i64.into(), "".into(), format!("started the wave {}", wave.name).into()],
    ];
    bulk::insert(tx, Table::AuditLog, &audit).await?;
    Ok(Laid { objectives, survey })
}

/// A KR as the check-ins need it.
struct Kr {
    id: i64,
    kind: &'static str,
    start: f64,
    target: f64,
    pace: f64,
    owner: i64,
}

async fn objectives(
    tx: &mut AnyConnection,
    org: &Org,
    spec: &Spec,
    wave: &WavePlan,
    ids: &mut Ids,
    rng: &mut StdRng,
    written: &mut Written,
) -> Result<(Vec<Voted>, Vec<Kr>), AppError> {
    let mut rows = Vec::new();
    let mut kr_rows = Vec::new();
    let mut voted = Vec::new();
    let mut krs = Vec::new();
    let mut parents = Vec::new();
    let mut add = |rows: &mut Vec<Vec<Cell>>, team: Option<usize>, parent: Option<i64>, title: String, rng: &mut StdRng| {
        let id = next(&mut ids.objective);
        let owner = team.map_or(1, |t| org.lead_of(t));
        rows.push(vec![
            id.into(),
            org.id.into(),
            wave.id.into(),
            team.map(|t| org.team_id(t)).into(),
            parent.into(),
            title.into(),
            "Because our customers told us so, and the numbers agree.".into(),
            owner.into(),
            owner.into(),
            wave.created_at.into(),
        ]);
        let pace: f64 = rng.gen_range(0.3..1.25);
        for position in 0..3 {
            let kr = next(&mut ids.key_result);
            let (kind, start, target, unit) = match (position, rng.gen_range(0..3)) {
                (2, 0) => ("milestone", 0.0, 1.0, ""),
                (1, _) => ("percentage", f64::from(rng.gen_range(10..40)), f64::from(rng.gen_range(60..96)), ""),
                _ => (
                    "numeric",
                    f64::from(rng.gen_range(0..200)),
                    f64::from(rng.gen_range(250..2000)),
                    names::UNITS[rng.gen_range(0..names::UNITS.len())],
                ),
            };
            let title =
                format!("{} {}", names::VERBS[rng.gen_range(0..names::VERBS.len())], names::THINGS[rng.gen_range(0..names::THINGS.len())]);
            let last = value_at(kind, start, target, pace, wave.weeks_done, wave.weeks_done);
            let grade = (!wave.active()).then(|| ((progress(kind, start, target, last) * 10.0).round() / 10.0).clamp(0.0, 1.0));
            kr_rows.push(vec![
                kr.into(),
                id.into(),
                (position as i64).into(),
                title.into(),
                kind.into(),
                start.into(),
                target.into(),
                unit.into(),
                1.0f64.into(),
                last.into(),
                grade.into(),
            ]);
            krs.push(Kr { id: kr, kind, start, target, pace, owner });
        }
        id
    };
    for w in 0..spec.wave_objectives {
        let title = names::WAVE_OBJECTIVES[(w + wave.id as usize * 3) % names::WAVE_OBJECTIVES.len()].to_string();
        let id = add(&mut rows, None, None, title, rng);
        parents.push(id);
        voted.push(Voted { id, team: None, mood: rng.gen_range(2.4..4.4), drift: rng.gen_range(-0.35..0.25) });
    }
    for t in 0..org.teams {
        for j in 0..spec.objectives_per_team {
            let parent = parents[(t + j) % parents.len()];
            let title =
                format!("{} {}", names::VERBS[rng.gen_range(0..names::VERBS.len())], names::THINGS[rng.gen_range(0..names::THINGS.len())]);
            let id = add(&mut rows, Some(t), Some(parent), title, rng);
            voted.push(Voted { id, team: Some(t), mood: rng.gen_range(1.8..4.8), drift: rng.gen_range(-0.5..0.35) });
        }
    }
    written.objectives += rows.len();
    written.key_results += kr_rows.len();
    bulk::insert(tx, Table::Objectives, &rows).await?;
    bulk::insert(tx, Table::KeyResults, &kr_rows).await?;
    Ok((voted, krs))
}

/// A KR's value after `week` of `weeks` at `pace` (1.0 reaches the target at the end).
fn value_at(kind: &str, start: f64, target: f64, pace: f64, week: u32, weeks: u32) -> f64 {
    let share = (pace * f64::from(week) / f64::from(WEEKS.max(weeks))).min(1.0);
    match kind {
        "milestone" => f64::from(u8::from(share >= 0.999)),
        _ => (start + (target - start) * share).round(),
    }
}

fn progress(kind: &str, start: f64, target: f64, value: f64) -> f64 {
    match kind {
        "milestone" => value,
        _ if target == start => 1.0,
        _ => (value - start) / (target - start),
    }
}

async fn check_ins(tx: &mut AnyConnection, wave: &WavePlan, krs: &[Kr], rng: &mut StdRng, written: &mut Written) -> Result<(), AppError> {
    let mut rows = Vec::new();
    for week in 1..=wave.weeks_done {
        let at = wave.week_start(week) + 3 * DAY + 10 * 3600;
        for (n, kr) in krs.iter().enumerate() {
            let value = value_at(kr.kind, kr.start, kr.target, kr.pace, week, WEEKS);
            let note = (rng.gen_range(0..5) == 0).then_some("On track after the review.");
            rows.push(vec![kr.id.into(), value.into(), note.into(), kr.owner.into(), (at + n as i64 % 3600).into()]);
        }
    }
    written.check_ins += rows.len();
    bulk::insert(tx, Table::CheckIns, &rows).await
}

/// Weekly PPP updates of every team; returns the problem items of the
/// running wave that are still open, (item, team, objective), for boosts.
async fn ppp(
    tx: &mut AnyConnection,
    org: &Org,
    wave: &WavePlan,
    objectives: &[Voted],
    ids: &mut Ids,
    rng: &mut StdRng,
    written: &mut Written,
) -> Result<Vec<(i64, usize, i64)>, AppError> {
    let mut updates = Vec::new();
    let mut items = Vec::new();
    let mut open = Vec::new();
    let last_week = wave.current.unwrap_or(wave.weeks_done);
    for week in 1..=last_week {
        for t in 0..org.teams {
            if Some(week) == wave.current && rng.gen_range(0..10) < 4 {
                continue; // this week's update not written yet
            }
            let id = next(&mut ids.ppp_update);
            let at = wave.week_start(week) + 4 * DAY + 15 * 3600;
            updates.push(vec![
                id.into(),
                org.id.into(),
                org.team_id(t).into(),
                wave.id.into(),
                i64::from(week).into(),
                org.lead_of(t).into(),
                at.into(),
                at.into(),
            ]);
            let mine: Vec<i64> = objectives.iter().filter(|o| o.team == Some(t)).map(|o| o.id).collect();
            let mut item = |section: &str, position: i64, text: String, objective: Option<i64>, resolved: bool| {
                let item = next(&mut ids.ppp_item);
                items.push(vec![
                    item.into(),
                    id.into(),
                    section.into(),
                    position.into(),
                    text.into(),
                    objective.into(),
                    i64::from(resolved).into(),
                ]);
                item
            };
            item("progress", 0, format!("Shipped step {week} of the plan"), mine.first().copied(), false);
            item("progress", 1, "Closed the open review comments".into(), None, false);
            item("plans", 0, format!("Start step {} of the plan", week + 1), mine.first().copied(), false);
            item("plans", 1, "Pair with support on the top tickets".into(), None, false);
            if rng.gen_range(0..10) < 3 {
                let objective = mine.get(rng.gen_range(0..mine.len().max(1))).copied();
                let resolved = week + 1 < last_week && rng.gen_range(0..10) < 8 || !wave.active();
                let text = names::PROBLEMS[rng.gen_range(0..names::PROBLEMS.len())].to_string();
                let problem = item("problems", 0, text, objective, resolved);
                if !resolved {
                    open.push((problem, t, objective.unwrap_or(0)));
                }
            }
        }
    }
    written.ppp_updates += updates.len();
    bulk::insert(tx, Table::PppUpdates, &updates).await?;
    bulk::insert(tx, Table::PppItems, &items).await?;
    Ok(open)
}

#[allow(clippy::too_many_arguments)]
async fn boosts(
    tx: &mut AnyConnection,
    org: &Org,
    wave: &WavePlan,
    objectives: &[Voted],
    problems: &[(i64, usize, i64)],
    ids: &mut Ids,
    rng: &mut StdRng,
    written: &mut Written,
) -> Result<(), AppError> {
    let mut rows = Vec::new();
    let mut events = Vec::new();
    let count = org.teams / 4;
    for n in 0..count {
        let id = next(&mut ids.boost);
        let (problem, from, objective) = match problems.get(n) {
            Some(&(item, team, objective)) => (Some(item), team, (objective > 0).then_some(objective)),
            None => {
                let from = rng.gen_range(0..org.teams);
                (None, from, objectives.iter().find(|o| o.team == Some(from)).map(|o| o.id))
            }
        };
        let to = (rng.gen_range(0..5) > 0).then(|| (from + 1 + rng.gen_range(0..org.teams - 1)) % org.teams);
        let roll = rng.gen_range(0..100);
        let state = if wave.active() {
            match roll {
                0..40 => "open",
                40..65 => "accepted",
                65..90 => "done",
                _ => "declined",
            }
        } else {
            match roll {
                0..60 => "done",
                60..80 => "declined",
                _ => "withdrawn",
            }
        };
        let helper = matches!(state, "accepted" | "done").then(|| to.unwrap_or((from + 7) % org.teams));
        let created = wave.week_start(1) + i64::from(rng.gen_range(0..(wave.weeks_done.max(1) * 7))) * DAY + 11 * 3600;
        let updated = created + DAY;
        let needed_by = (wave.dates.end()).to_string();
        rows.push(vec![
            id.into(),
            org.id.into(),
            org.team_id(from).into(),
            to.map(|t| org.team_id(t)).into(),
            objective.into(),
            problem.into(),
            "Two days of review from people who know the payment gateway".into(),
            needed_by.into(),
            state.into(),
            helper.map(|t| org.team_id(t)).into(),
            helper.map(|t| org.lead_of(t)).into(),
            (state == "declined").then_some("We are at capacity until the end of the wave").into(),
            org.lead_of(from).into(),
            created.into(),
            if state == "open" { created } else { updated }.into(),
        ]);
        events.push(vec![id.into(), "open".into(), org.lead_of(from).into(), Cell::NullInt, created.into()]);
        if state != "open" {
            let actor = helper.map_or(org.lead_of(from), |t| org.lead_of(t));
            events.push(vec![id.into(), state.into(), actor.into(), Cell::NullInt, updated.into()]);
        }
    }
    written.boosts += rows.len();
    bulk::insert(tx, Table::Boosts, &rows).await?;
    bulk::insert(tx, Table::BoostEvents, &events).await
}

async fn reflections(tx: &mut AnyConnection, org: &Org, wave: &WavePlan) -> Result<(), AppError> {
    let at = midnight(wave.dates.end()) + 12 * 3600;
    let rows: Vec<Vec<Cell>> = (0..org.teams)
        .map(|t| {
            vec![
                org.id.into(),
                wave.id.into(),
                org.team_id(t).into(),
                "Weekly check-ins kept us honest.".into(),
                "We started two objectives too late.".into(),
                "Fewer objectives, one owner each.".into(),
                org.lead_of(t).into(),
                at.into(),
            ]
        })
        .collect();
    bulk::insert(tx, Table::Reflections, &rows).await
}
