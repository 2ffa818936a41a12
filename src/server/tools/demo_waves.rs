//! The demo organisation's current wave: objectives, aligned team
//! objectives and a few weeks of check-ins, so the dashboard has a story.

use crate::domain::ids::{ObjectiveId, OrgId, TeamId, UserId, WaveId};
use crate::domain::key_result::{KrKind, KrSpec};
use crate::domain::wave::{WaveDates, WaveName, WaveState};
use crate::error::AppError;
use crate::infra::clock::Time;
use crate::server::store::{check_ins, objectives, objectives::NewObjective, waves};
use chrono::Days;
use sqlx::AnyConnection;

/// The demo's teams: name and the indexes in `demo::PEOPLE` of its members.
pub(super) const TEAMS: [(&str, &[usize]); 3] = [("Platform", &[3, 4]), ("Growth", &[0, 2, 5]), ("Mobile", &[4, 5])];

pub(super) fn kr(title: &str, kind: KrKind) -> KrSpec {
    KrSpec { title: title.into(), kind, weight: 1.0 }
}

pub(super) fn numeric(start: f64, target: f64, unit: &str) -> KrKind {
    KrKind::Numeric { start, target, unit: unit.into() }
}

/// Where objectives go, and the moment check-ins count back from.
pub(super) struct Ctx<'a> {
    pub conn: &'a mut AnyConnection,
    pub org: OrgId,
    pub wave: crate::domain::ids::WaveId,
    pub now: i64,
}

impl Ctx<'_> {
    /// Adds an objective and replays `history` (per key result: values, oldest first).
    pub async fn objective(
        &mut self,
        team: Option<(TeamId, ObjectiveId)>,
        title: &str,
        why: &str,
        owner: UserId,
        krs: &[KrSpec],
        history: &[&[f64]],
    ) -> Result<ObjectiveId, AppError> {
        let o = NewObjective { org: self.org, wave: self.wave, team, title, why, owner: Some(owner), created_by: owner, now: self.now };
        let id = objectives::insert(self.conn, o, krs).await?;
        let ids = objectives::key_result_ids(&mut *self.conn, self.org, id).await?;
        for (kr, values) in ids.into_iter().zip(history) {
            let n = values.len() as i64;
            for (i, v) in values.iter().enumerate() {
                let at = self.now - (n - i as i64) * 3 * 86_400;
                let note = (i + 1 == values.len()).then_some("Weekly check-in");
                check_ins::check_in(self.conn, self.org, kr, *v, note, owner, at).await?;
            }
        }
        Ok(id)
    }
}

/// Votes the demo casts (through the ballot vault, once the rest is saved).
pub struct DemoVotes {
    pub objective: ObjectiveId,
    pub team: Option<TeamId>,
    pub week: u32,
    pub ballots: Vec<(UserId, u8)>,
}

/// `people` and `teams` in the order `demo.rs` creates them.
pub async fn load(
    conn: &mut AnyConnection,
    org: OrgId,
    people: &[UserId],
    teams: &[TeamId],
    time: &Time,
) -> Result<((WaveId, WaveDates), Vec<DemoVotes>), AppError> {
    let (now, today) = (time.now(), time.today());
    let dates = WaveDates::new(today - Days::new(10), today + Days::new(17)).map_err(AppError::from)?;
    let name = WaveName::parse("Autumn wave").map_err(AppError::from)?;
    // Planned before it started, like a real wave (and so before week 1's voting opened).
    let wave = waves::create(&mut *conn, org, &name, dates, now - 11 * 86_400).await?;
    waves::set_state(conn, org, wave, WaveState::Planned, WaveState::Active).await?;
    let (lena, adam) = (people[2], people[1]);
    let (platform, growth, mobile) = (teams[0], teams[1], teams[2]);
    let mut c = Ctx { conn, org, wave, now };

    let value = c
        .objective(
            None,
            "New customers get value in their first week",
            "Most churn happens before a customer sees their first report. If they get value in week one, they stay.",
            lena,
            &[
                kr("Week-one activation", KrKind::Percentage { start: 30.0, target: 60.0 }),
                kr("Minutes to first report", numeric(12.0, 5.0, "min")),
            ],
            &[&[34.0, 39.0, 42.0], &[11.0, 9.0]],
        )
        .await?;
    let ship = c
        .objective(
            None,
            "Ship safely every day",
            "Small daily releases mean faster learning and fewer big-bang incidents.",
            adam,
            &[kr("Deploys per week", numeric(3.0, 15.0, "deploys")), kr("Automated rollback in place", KrKind::Milestone)],
            &[&[4.0, 5.0], &[]],
        )
        .await?;
    let onboarding = c
        .objective(
            Some((growth, value)),
            "An onboarding checklist inside the app",
            "A checklist walks new customers to their first report, which is what week-one activation measures.",
            people[5],
            &[kr("New users completing the checklist", KrKind::Percentage { start: 0.0, target: 50.0 })],
            &[&[10.0, 20.0]],
        )
        .await?;
    let signup = c
        .objective(
            Some((mobile, value)),
            "Sign-up works on flaky connections",
            "Mobile sign-ups fail on trains; every failed sign-up is a customer who never reaches week one.",
            people[4],
            &[kr("Sign-up crash rate", numeric(4.0, 0.5, "%"))],
            &[&[3.9, 3.6]],
        )
        .await?;
    let deploys = c
        .objective(
            Some((platform, ship)),
            "One-click deploys",
            "Every manual step is a reason not to deploy today; removing them is how we reach daily releases.",
            people[3],
            &[kr("Manual steps per deploy", numeric(9.0, 1.0, "steps"))],
            &[&[8.0, 6.0]],
        )
        .await?;

    // Week 1 (closed) votes: everyone on the wave objectives, teams on their own.
    let everyone: Vec<usize> = (0..people.len()).collect();
    // (objective, its team, who voted (indexes in `people`), their scores)
    type Votes<'a> = (ObjectiveId, Option<TeamId>, &'a [usize], &'a [u8]);
    let votes: [Votes; 5] = [
        (value, None, &everyone, &[4, 3, 4, 3, 4, 3]),
        // Everyone is sure of daily releases though deploys are far behind
        // (the rollback is nearly done, not yet checked in): the dashboard
        // flags the numbers and the crowd disagreeing.
        (ship, None, &everyone, &[4, 4, 3, 4, 4, 3]),
        // Growth is worried about its checklist (the reports API it waits for)
        // while its numbers are on pace: the heat map flags it, lists Growth
        // under "By team", and the dashboard asks what the numbers miss.
        (onboarding, Some(growth), &[0, 2, 5], &[2, 3, 2]),
        (signup, Some(mobile), &[4, 5], &[2, 3]),
        (deploys, Some(platform), &[3, 4], &[3, 3]),
    ];
    let mut week_one = Vec::new();
    for (objective, team, who, scores) in votes {
        let ballots = who.iter().zip(scores).map(|(&person, &score)| (people[person], score)).collect();
        week_one.push(DemoVotes { objective, team, week: 1, ballots });
    }

    // PPP: Growth and Platform posted both weeks, Mobile only week 1.
    use crate::domain::ppp::Section::{Plans, Problems, Progress};
    let lines = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    // (team, week, author, [progress, plans, problems], objective the progress is about)
    type Update = (TeamId, u32, usize, [Vec<String>; 3], Option<ObjectiveId>);
    let updates: [Update; 5] = [
        (
            growth,
            1,
            5,
            [lines(&["Checklist designs tested with 5 customers"]), lines(&["Build the first three steps"]), vec![]],
            Some(onboarding),
        ),
        (
            growth,
            2,
            2,
            [
                lines(&["First three steps live for 10 % of sign-ups"]),
                lines(&["Roll out to everyone", "Measure completion"]),
                lines(&["Need the reports API to expose 'first report' events"]),
            ],
            Some(onboarding),
        ),
        (mobile, 1, 4, [lines(&["Reproduced the crash on slow 3G"]), lines(&["Queue sign-ups while offline"]), vec![]], Some(signup)),
        (platform, 1, 3, [lines(&["Scripted the database migration step"]), lines(&["Automate the smoke tests"]), vec![]], Some(deploys)),
        (
            platform,
            2,
            3,
            [
                lines(&["Smoke tests run on every deploy"]),
                lines(&["Automate rollback"]),
                lines(&["Staging is shared with QA and often busy"]),
            ],
            Some(deploys),
        ),
    ];
    for (team, week, author, [progress, plans, problems], objective) in updates {
        let at = now - i64::from(2 - week) * 7 * 86_400;
        let sections = [(Progress, progress, objective), (Plans, plans, None), (Problems, problems, None)];
        let update = crate::server::store::ppp::NewUpdate { org, team, wave, week, author: people[author], now: at, sections: &sections };
        crate::server::store::ppp::save(c.conn, update).await?;
    }

    // Boosts: one waiting for over a week, one done.
    use crate::domain::boost::BoostState;
    use crate::server::store::boosts::{create, transition, NewBoost, Transition};
    let waiting = NewBoost {
        org,
        from: growth,
        to: Some(platform),
        objective: onboarding,
        problem_item: None,
        need: "An event when a customer's first report is generated",
        needed_by: None,
        by: people[5],
        now: now - 9 * 86_400,
    };
    create(c.conn, waiting).await?;
    let helped = NewBoost {
        org,
        from: mobile,
        to: None,
        objective: signup,
        problem_item: None,
        need: "Someone to review our offline queue design",
        needed_by: None,
        by: people[4],
        now: now - 6 * 86_400,
    };
    let id = create(c.conn, helped).await?;
    let helper = Some((platform, people[3]));
    let step = |from, to, helper, at| Transition { org, boost: id, from, to, helper, reason: None, actor: people[3], now: at };
    transition(c.conn, step(BoostState::Open, BoostState::Accepted, helper, now - 5 * 86_400)).await?;
    transition(c.conn, step(BoostState::Accepted, BoostState::Done, None, now - 3 * 86_400)).await?;
    Ok(((wave, dates), week_one))
}
