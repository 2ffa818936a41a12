//! Read models for waves, objectives and the dashboard.

use super::ids::{KeyResultId, ObjectiveId, TeamId, UserId, WaveId};
use super::key_result::KrKind;
use super::views::MemberView;
use super::wave::{WaveClock, WaveState};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WaveSummary {
    pub id: WaveId,
    pub name: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub state: WaveState,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KrView {
    pub id: KeyResultId,
    pub title: String,
    pub kind: KrKind,
    pub current: f64,
    pub weight: f64,
    /// 0–100, from `kind.progress(current)`.
    pub progress: f64,
    /// The end-of-wave grade, 0.0–1.0, once the team has graded it.
    pub grade: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamRef {
    pub id: TeamId,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ObjectiveSummary {
    pub id: ObjectiveId,
    pub title: String,
    pub team: Option<TeamRef>,
    pub parent_id: Option<ObjectiveId>,
    pub owner: Option<String>,
    /// Weighted mean of the key results' progress, 0–100.
    pub progress: f64,
    pub krs: Vec<KrView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckInView {
    pub value: f64,
    pub note: Option<String>,
    pub author: String,
    /// Seconds since the epoch.
    pub at: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KrDetail {
    pub kr: KrView,
    /// Oldest first.
    pub history: Vec<CheckInView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ObjectiveDetail {
    pub summary: ObjectiveSummary,
    pub wave: WaveSummary,
    /// The why (wave objective) or the alignment rationale (team objective).
    pub why: String,
    pub owner_id: Option<UserId>,
    pub parent: Option<(ObjectiveId, String)>,
    pub krs: Vec<KrDetail>,
    /// Team objectives aligned to this wave objective.
    pub aligned: Vec<ObjectiveSummary>,
    pub can_edit: bool,
    pub can_check_in: bool,
    /// People who can own a wave objective (filled when `can_edit`).
    pub members: Vec<MemberView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WaveDetail {
    pub wave: WaveSummary,
    pub clock: WaveClock,
    pub objectives: Vec<ObjectiveSummary>,
    /// How many teams align to each wave objective, by id.
    pub aligned_teams: Vec<(ObjectiveId, i64)>,
    pub can_lead: bool,
    pub members: Vec<MemberView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DashObjective {
    pub objective: ObjectiveSummary,
    pub aligned_teams: i64,
    pub needs_support: bool,
    /// Confidence votes dropped two weeks running.
    pub confidence_falling: bool,
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
    pub teams: Vec<TeamScore>,
    /// Problems from PPP updates nobody has marked solved.
    pub open_problems: Vec<super::ppp::OpenProblem>,
    /// Boosts waiting for a team to take them on.
    pub open_boosts: usize,
    /// Those open for more than a week.
    pub stale_boosts: Vec<super::boost::BoostView>,
}

/// A team's objectives for the wave teams are currently planning or working in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamPlan {
    pub wave: Option<WaveSummary>,
    pub objectives: Vec<ObjectiveSummary>,
    /// The wave objectives a new team objective can align to.
    pub parents: Vec<(ObjectiveId, String)>,
    pub is_member: bool,
}
