//! An organisation's data as one JSON document, for admins to keep or move.
//!
//! What it holds is what members can already read in the app: objectives,
//! key results with their check-ins, PPP updates, boosts, reflections, and
//! confidence and survey results *as the pages show them* (aggregates that
//! meet the threshold and release rules). Nothing in it is per voter: no
//! receipt, slot, claim, or "who has voted" — a vote or survey answer
//! cannot be linked to a person from an export.

use super::boost::{BoostEvent, BoostView};
use super::confidence::ConfidenceRow;
use super::ids::{ObjectiveId, TeamId, UserId};
use super::key_result::{CheckInView, KrView};
use super::org::Role;
use super::ppp::PppUpdate;
use super::reflection::Reflection;
use super::signals::SurveyResult;
use super::vote::{Aggregate, Visible};
use super::wave::WaveSummary;
use serde::{Deserialize, Serialize};

/// The largest export another installation takes in (`service::restore`),
/// in MB: a 10,000-person organisation's is about 65 MB.
pub const RESTORE_MAX_MB: usize = 100;

/// Names the shape, so a reader can tell versions apart.
pub const FORMAT: &str = "mistvine-export/1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrgExport {
    pub format: String,
    pub organisation: String,
    /// Seconds since the epoch.
    pub exported_at: i64,
    /// Results below this many voters or respondents are not in the export.
    pub threshold: u32,
    pub members: Vec<ExportedMember>,
    pub teams: Vec<ExportedTeam>,
    pub waves: Vec<WaveExport>,
    pub boosts: Vec<ExportedBoost>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedMember {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedTeam {
    pub id: TeamId,
    pub name: String,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WaveExport {
    pub wave: WaveSummary,
    pub objectives: Vec<ExportedObjective>,
    pub ppp_updates: Vec<PppUpdate>,
    pub reflections: Vec<ExportedReflection>,
    /// Weekly confidence per objective, only the weeks whose result shows.
    pub confidence: Vec<ConfidenceWeek>,
    /// The wave's scorecard survey result, once closed and with enough answers.
    pub survey: Option<SurveyOutcome>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedObjective {
    pub id: ObjectiveId,
    pub title: String,
    /// The why (wave objective) or the alignment rationale (team objective).
    pub why: String,
    pub team: Option<String>,
    pub parent_id: Option<ObjectiveId>,
    pub owner: Option<String>,
    /// Weighted progress, 0–100.
    pub progress: f64,
    pub key_results: Vec<ExportedKeyResult>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedKeyResult {
    #[serde(flatten)]
    pub kr: KrView,
    /// Oldest first.
    pub check_ins: Vec<CheckInView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedReflection {
    pub team: String,
    #[serde(flatten)]
    pub reflection: Reflection,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConfidenceWeek {
    pub objective_id: ObjectiveId,
    pub week: u32,
    pub result: Aggregate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SurveyOutcome {
    pub answers: usize,
    pub result: super::scorecard::ScorecardResult,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedBoost {
    #[serde(flatten)]
    pub boost: BoostView,
    /// Oldest first.
    pub history: Vec<BoostEvent>,
}

/// The heat map's rows as weeks that may be read: hidden cells (too few
/// voters, or a week still open) leave nothing behind, not even a count.
pub fn confidence_weeks(rows: &[ConfidenceRow]) -> Vec<ConfidenceWeek> {
    rows.iter()
        .flat_map(|r| {
            r.cells.iter().zip(1u32..).filter_map(move |(cell, week)| match cell {
                Visible::Shown(a) => Some(ConfidenceWeek { objective_id: r.objective_id, week, result: a.clone() }),
                Visible::TooFewVotes | Visible::WeekOpen | Visible::NotStarted => None,
            })
        })
        .collect()
}

/// A wave's survey result, if it may be read (closed, with enough answers).
pub fn survey_outcome(result: SurveyResult) -> Option<SurveyOutcome> {
    match result {
        SurveyResult::Shown(answers, result) => Some(SurveyOutcome { answers, result }),
        SurveyResult::Open | SurveyResult::TooFew => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::vote::aggregate;

    fn row(cells: Vec<Visible>) -> ConfidenceRow {
        ConfidenceRow { objective_id: ObjectiveId(7), title: "T".into(), team: None, parent: None, cells, trend: None, falling: false }
    }

    #[test]
    fn only_shown_weeks_are_exported_with_their_week_number() {
        let shown = aggregate([0, 0, 1, 2, 0]).unwrap();
        let rows = [row(vec![Visible::TooFewVotes, Visible::Shown(shown.clone()), Visible::WeekOpen])];
        assert_eq!(confidence_weeks(&rows), vec![ConfidenceWeek { objective_id: ObjectiveId(7), week: 2, result: shown }]);
    }

    #[test]
    fn hidden_weeks_leave_nothing() {
        assert!(confidence_weeks(&[row(vec![Visible::TooFewVotes, Visible::WeekOpen])]).is_empty());
    }

    #[test]
    fn a_survey_shows_only_when_its_result_does() {
        assert_eq!(survey_outcome(SurveyResult::TooFew), None);
        assert_eq!(survey_outcome(SurveyResult::Open), None);
    }
}
