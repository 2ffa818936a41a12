//! The wave dashboard, computed from plain data: which objectives and teams
//! need support.

use super::boost::{is_stale, BoostState, BoostView};
use super::confidence::CrowdSignal;
use super::divergence::{divergence, Divergence};
use super::ids::{ObjectiveId, TeamId};
use super::objective::ObjectiveSummary;
use super::org::TeamRef;
use super::ppp::OpenProblem;
use super::progress::{lags_time, mean};
use super::wave::{WaveClock, WaveSummary};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DashObjective {
    pub objective: ObjectiveSummary,
    pub aligned_teams: i64,
    pub needs_support: bool,
    /// Confidence votes dropped two weeks running.
    pub confidence_falling: bool,
    /// The key results and the crowd disagree.
    pub divergence: Option<Divergence>,
}

/// An objective (wave or team) whose key results and crowd disagree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Disagreeing {
    pub id: ObjectiveId,
    pub title: String,
    /// `None` for a wave objective.
    pub team: Option<TeamRef>,
    pub divergence: Divergence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamScore {
    pub team: TeamRef,
    /// Mean of the team's objectives' progress; `None` without objectives.
    pub score: Option<f64>,
    pub objectives: usize,
    pub needs_support: bool,
    /// Confidence in one of the team's objectives dropped two weeks running.
    pub confidence_falling: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dashboard {
    pub wave: WaveSummary,
    pub clock: WaveClock,
    pub objectives: Vec<DashObjective>,
    /// The teams that need support most, first (at most [`DASH_TEAMS`]).
    pub teams: Vec<TeamScore>,
    pub team_count: usize,
    pub teams_needing_support: usize,
    /// Problems from PPP updates nobody has marked solved, newest first (at most [`DASH_LIST`]).
    pub open_problems: Vec<OpenProblem>,
    pub open_problem_count: usize,
    /// Boosts waiting for a team to take them on.
    pub open_boosts: usize,
    /// Those open for more than a week, longest waiting first (at most [`DASH_LIST`]).
    pub stale_boosts: Vec<BoostView>,
    pub stale_boost_count: usize,
    /// Objectives whose key results and crowd disagree: wave objectives
    /// first, then team objectives furthest from the wave's clock (at most [`DASH_LIST`]).
    pub disagreeing: Vec<Disagreeing>,
    pub disagreeing_count: usize,
}

/// Teams the dashboard lists at most: a small company sees them all, a
/// large one the teams that need support most (the rest are on /teams).
pub const DASH_TEAMS: usize = 30;
/// Problems and waiting boosts the dashboard lists at most.
pub const DASH_LIST: usize = 20;

/// A team objective as the dashboard needs it: whose it is, what it aligns
/// to, and its stored progress (no key results: there are thousands).
#[derive(Debug, Clone, PartialEq)]
pub struct TeamObjectiveProgress {
    pub id: ObjectiveId,
    pub team: TeamId,
    pub parent: Option<ObjectiveId>,
    pub title: String,
    pub progress: f64,
}

/// Everything the dashboard is computed from.
pub struct DashboardInput {
    pub wave: WaveSummary,
    pub clock: WaveClock,
    /// The wave objectives, with their key results.
    pub wave_objectives: Vec<ObjectiveSummary>,
    pub team_objectives: Vec<TeamObjectiveProgress>,
    /// The active teams of the organisation.
    pub teams: Vec<TeamRef>,
    /// What the crowd says about each objective (wave and team).
    pub crowd: Vec<CrowdSignal>,
    pub open_problems: Vec<OpenProblem>,
    /// Every boost of the organisation.
    pub boosts: Vec<BoostView>,
    /// Seconds since the epoch, for "waiting over a week".
    pub now: i64,
}

pub fn build(input: DashboardInput) -> Dashboard {
    let DashboardInput { wave, clock, wave_objectives, team_objectives, teams, crowd, open_problems, boosts, now } = input;
    let elapsed = clock.elapsed_pct();
    let falling: HashSet<ObjectiveId> = crowd.iter().filter(|c| c.falling).map(|c| c.objective_id).collect();
    let recent: HashMap<ObjectiveId, _> = crowd.iter().filter_map(|c| Some((c.objective_id, c.recent?))).collect();
    let diverges = |id: ObjectiveId, progress: f64| divergence(progress, elapsed, recent.get(&id).copied());
    let team_names: HashMap<TeamId, TeamRef> = teams.iter().map(|t| (t.id, t.clone())).collect();
    let mut team_disagreeing: Vec<Disagreeing> = team_objectives
        .iter()
        .filter_map(|o| {
            let divergence = diverges(o.id, o.progress)?;
            Some(Disagreeing { id: o.id, title: o.title.clone(), team: team_names.get(&o.team).cloned(), divergence })
        })
        .collect();
    team_disagreeing.sort_by(|a, b| gap(b).total_cmp(&gap(a)).then(a.id.0.cmp(&b.id.0)));
    let mut by_team: HashMap<TeamId, Vec<&TeamObjectiveProgress>> = HashMap::new();
    let mut aligned_to: HashMap<ObjectiveId, HashSet<TeamId>> = HashMap::new();
    for o in &team_objectives {
        by_team.entry(o.team).or_default().push(o);
        if let Some(parent) = o.parent {
            aligned_to.entry(parent).or_default().insert(o.team);
        }
    }
    let mut teams: Vec<TeamScore> = teams
        .into_iter()
        .map(|team| {
            let own = by_team.remove(&team.id).unwrap_or_default();
            let score = mean(own.iter().map(|o| o.progress));
            let confidence_falling = own.iter().any(|o| falling.contains(&o.id));
            TeamScore {
                team,
                objectives: own.len(),
                needs_support: score.is_some_and(|s| lags_time(s, elapsed)) || confidence_falling,
                confidence_falling,
                score,
            }
        })
        .collect();
    let objectives = wave_objectives
        .into_iter()
        .map(|objective| {
            let aligned = aligned_to.get(&objective.id).map_or(0, HashSet::len);
            let confidence_falling = falling.contains(&objective.id);
            DashObjective {
                needs_support: lags_time(objective.progress, elapsed) || confidence_falling,
                confidence_falling,
                divergence: diverges(objective.id, objective.progress),
                aligned_teams: aligned as i64,
                objective,
            }
        })
        .collect::<Vec<DashObjective>>();
    let mut disagreeing: Vec<Disagreeing> = objectives
        .iter()
        .filter_map(|o| Some(Disagreeing { id: o.objective.id, title: o.objective.title.clone(), team: None, divergence: o.divergence? }))
        .chain(team_disagreeing)
        .collect();
    let disagreeing_count = disagreeing.len();
    disagreeing.truncate(DASH_LIST);
    let team_count = teams.len();
    let teams_needing_support = teams.iter().filter(|t| t.needs_support).count();
    // Needing support first, falling confidence first among those, then the lowest score.
    teams.sort_by(|a, b| {
        (b.needs_support, b.confidence_falling)
            .cmp(&(a.needs_support, a.confidence_falling))
            .then(a.score.unwrap_or(f64::MAX).total_cmp(&b.score.unwrap_or(f64::MAX)))
    });
    teams.truncate(DASH_TEAMS);
    let open_boosts = boosts.iter().filter(|b| b.state == BoostState::Open).count();
    let mut stale_boosts: Vec<BoostView> = boosts.into_iter().filter(|b| is_stale(b, now)).collect();
    stale_boosts.sort_by_key(|b| b.created_at);
    let stale_boost_count = stale_boosts.len();
    stale_boosts.truncate(DASH_LIST);
    let open_problem_count = open_problems.len();
    let mut open_problems = open_problems;
    open_problems.sort_by_key(|p| std::cmp::Reverse(p.week));
    open_problems.truncate(DASH_LIST);
    Dashboard {
        wave,
        clock,
        objectives,
        teams,
        team_count,
        teams_needing_support,
        open_problems,
        open_problem_count,
        open_boosts,
        stale_boosts,
        stale_boost_count,
        disagreeing,
        disagreeing_count,
    }
}

/// How far the key results are from the wave's clock, either way.
fn gap(d: &Disagreeing) -> f64 {
    (d.divergence.elapsed - d.divergence.progress).abs()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::divergence::{CrowdView, Disagreement};
    use crate::domain::ids::WaveId;
    use crate::domain::wave::{WaveDates, WaveState};
    use chrono::NaiveDate;

    fn team_obj(id: i64, team: i64, parent: i64, progress: f64) -> TeamObjectiveProgress {
        TeamObjectiveProgress {
            id: ObjectiveId(id),
            team: TeamId(team),
            parent: Some(ObjectiveId(parent)),
            title: format!("O{id}"),
            progress,
        }
    }

    fn obj(id: i64, team: Option<i64>, parent: Option<i64>, progress: f64) -> ObjectiveSummary {
        ObjectiveSummary {
            id: ObjectiveId(id),
            title: format!("O{id}"),
            team: team.map(|t| TeamRef { id: TeamId(t), name: format!("T{t}") }),
            parent_id: parent.map(ObjectiveId),
            owner: None,
            progress,
            krs: vec![],
        }
    }

    #[test]
    fn flags_lagging_objectives_and_teams() {
        let dates = WaveDates::parse("2026-01-05", "2026-01-18").unwrap();
        let wave = WaveSummary { id: WaveId(1), name: "W".into(), dates, state: WaveState::Active };
        // Day 10 of 14: about 64 % of the wave is behind us.
        let clock = dates.clock(NaiveDate::from_ymd_opt(2026, 1, 14).unwrap());
        let objectives = vec![obj(1, None, None, 60.0), obj(2, None, None, 10.0)];
        let team_objectives = vec![team_obj(3, 7, 1, 80.0), team_obj(4, 7, 1, 40.0), team_obj(5, 8, 1, 5.0)];
        let teams = vec![
            TeamRef { id: TeamId(7), name: "T7".into() },
            TeamRef { id: TeamId(8), name: "T8".into() },
            TeamRef { id: TeamId(9), name: "T9".into() },
        ];
        let input = |crowd: Vec<CrowdSignal>| DashboardInput {
            wave: wave.clone(),
            clock,
            wave_objectives: objectives.clone(),
            team_objectives: team_objectives.clone(),
            teams: teams.clone(),
            crowd,
            open_problems: vec![],
            boosts: vec![],
            now: 0,
        };
        let d = build(input(vec![]));
        assert_eq!(d.objectives.len(), 2);
        assert_eq!(d.objectives[0].aligned_teams, 2, "two distinct teams align to O1");
        assert!(!d.objectives[0].needs_support);
        assert!(d.objectives[1].needs_support);
        let team = |d: &Dashboard, id: i64| d.teams.iter().find(|t| t.team.id == TeamId(id)).cloned().unwrap();
        assert_eq!(team(&d, 7).score, Some(60.0));
        assert!(!team(&d, 7).needs_support);
        assert!(team(&d, 8).needs_support);
        assert_eq!(team(&d, 9).score, None, "a team without objectives has no score");
        assert!(!team(&d, 9).needs_support);
        assert_eq!(d.teams[0].team.id, TeamId(8), "the team that needs support comes first");
        assert_eq!((d.team_count, d.teams_needing_support), (3, 1));

        // Falling confidence flags an objective (and its team) even when progress is on time.
        let d = build(input(vec![falling(1), falling(3)]));
        assert!(d.objectives[0].needs_support && d.objectives[0].confidence_falling);
        assert!(team(&d, 7).needs_support && team(&d, 7).confidence_falling);
        assert_eq!(d.teams[0].team.id, TeamId(7), "falling confidence first among those needing support");
        assert!(d.disagreeing.is_empty(), "falling is not a disagreement");

        // 64 % of the wave gone. O1 (60 %) and team objective 3 (80 %) are on pace with a worried
        // crowd; O2 (10 %) and 5 (5 %) are far behind with a confident one; 4 (40 %) is far behind
        // and its crowd reads Steady, which does not contradict the numbers.
        let d = build(input(vec![says(1, 2.0), says(2, 4.0), says(5, 4.5), says(4, 3.0), says(3, 2.0)]));
        assert_eq!(d.objectives[0].divergence.map(|v| v.kind), Some(Disagreement::OnPaceButWorried));
        assert_eq!(d.objectives[1].divergence.map(|v| v.kind), Some(Disagreement::BehindButConfident));
        let listed: Vec<(i64, Option<&str>)> = d.disagreeing.iter().map(|o| (o.id.0, o.team.as_ref().map(|t| t.name.as_str()))).collect();
        assert_eq!(
            listed,
            [(1, None), (2, None), (5, Some("T8")), (3, Some("T7"))],
            "wave objectives first, then team objectives furthest from the clock"
        );
        assert_eq!(d.disagreeing_count, 4);
    }

    fn falling(id: i64) -> CrowdSignal {
        CrowdSignal { objective_id: ObjectiveId(id), falling: true, recent: None }
    }

    fn says(id: i64, average: f64) -> CrowdSignal {
        CrowdSignal { objective_id: ObjectiveId(id), falling: false, recent: Some(CrowdView { week: 2, average }) }
    }

    #[test]
    fn a_large_organisation_lists_the_teams_that_need_support_most() {
        let dates = WaveDates::parse("2026-01-05", "2026-01-18").unwrap();
        let wave = WaveSummary { id: WaveId(1), name: "W".into(), dates, state: WaveState::Active };
        let clock = dates.clock(NaiveDate::from_ymd_opt(2026, 1, 14).unwrap());
        // 500 teams with one objective each, progress 0.2 % * team number.
        let teams: Vec<TeamRef> = (1..=500).map(|t| TeamRef { id: TeamId(t), name: format!("T{t}") }).collect();
        let wave_objectives = vec![obj(1, None, None, 50.0)];
        let team_objectives = (1..=500).map(|t| team_obj(1000 + t, t, 1, t as f64 * 0.2)).collect();
        // Every crowd is confident; the teams below 44 % (far behind 64 %) disagree with it.
        let crowd = (1..=500).map(|t| says(1000 + t, 4.0)).collect();
        let input =
            DashboardInput { wave, clock, wave_objectives, team_objectives, teams, crowd, open_problems: vec![], boosts: vec![], now: 0 };
        let d = build(input);
        assert_eq!(d.team_count, 500);
        assert_eq!(d.teams.len(), DASH_TEAMS);
        assert_eq!(d.teams[0].team.id, TeamId(1), "the lowest score first");
        assert!(d.teams.windows(2).all(|w| w[0].score <= w[1].score));
        assert_eq!(d.objectives[0].aligned_teams, 500);
        assert_eq!(d.disagreeing_count, 221);
        assert_eq!(d.disagreeing.len(), DASH_LIST);
        assert_eq!(d.disagreeing[0].id, ObjectiveId(1001), "furthest behind first");
    }
}
