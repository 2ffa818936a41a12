//! Live signals for each scorecard dimension, computed from what teams
//! actually do in the wave (not from what they say).

use super::scorecard::Dimension;
use serde::{Deserialize, Serialize};

/// Raw counts for one wave, gathered by the store.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Counts {
    pub active_teams: i64,
    pub teams_with_aligned_objective: i64,
    pub team_objectives: i64,
    pub team_objectives_by_own_members: i64,
    /// Team-weeks so far (active teams × weeks elapsed) and those with a PPP.
    pub team_weeks: i64,
    pub team_weeks_with_ppp: i64,
    pub boosts_answered: i64,
    /// Mean hours from asking to an answer (accepted or declined).
    pub mean_hours_to_answer: Option<f64>,
    pub key_results: i64,
    pub key_results_moved: i64,
    pub check_ins: i64,
    pub weeks_elapsed: i64,
}

/// What teams did in the wave, for one dimension: numbers only; the page
/// says them in the reader's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signal {
    pub dimension: Dimension,
    pub reading: Reading,
}

/// A dimension's live numbers. A share is a whole percentage, `None` while
/// there is nothing to count yet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Reading {
    /// Teams with an objective aligned, with a written rationale, to the wave's.
    AlignedTeams(Option<i64>),
    /// Team objectives written by the team itself rather than handed down.
    OwnObjectives(Option<i64>),
    /// Team-weeks with a PPP update, and the mean hours until a boost was answered.
    Context { weeks_with_ppp: Option<i64>, boost_hours: Option<i64> },
    /// Check-ins per week (one decimal), and key results that moved.
    Velocity { check_ins_per_week: f64, moved: Option<i64> },
}

/// `part` of `whole` as a whole percentage; `None` while there is nothing to count.
fn share(part: i64, whole: i64) -> Option<i64> {
    (whole > 0).then(|| (part.min(whole) as f64 * 100.0 / whole as f64).round() as i64)
}

pub fn signals(c: &Counts) -> Vec<Signal> {
    let boost_hours = c.mean_hours_to_answer.filter(|_| c.boosts_answered > 0).map(|h| h.round() as i64);
    let per_week = if c.weeks_elapsed > 0 { (c.check_ins as f64 / c.weeks_elapsed as f64 * 10.0).round() / 10.0 } else { 0.0 };
    vec![
        Signal {
            dimension: Dimension::StrategicClarity,
            reading: Reading::AlignedTeams(share(c.teams_with_aligned_objective, c.active_teams)),
        },
        Signal {
            dimension: Dimension::DecisionAutonomy,
            reading: Reading::OwnObjectives(share(c.team_objectives_by_own_members, c.team_objectives)),
        },
        Signal {
            dimension: Dimension::ContextFlow,
            reading: Reading::Context { weeks_with_ppp: share(c.team_weeks_with_ppp, c.team_weeks), boost_hours },
        },
        Signal {
            dimension: Dimension::ExecutionVelocity,
            reading: Reading::Velocity { check_ins_per_week: per_week, moved: share(c.key_results_moved, c.key_results) },
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_and_empty_data() {
        // A new organisation: nothing to count, so no share at all (not 0 %).
        let s = signals(&Counts::default());
        assert_eq!(s[0].reading, Reading::AlignedTeams(None));
        assert_eq!(s[2].reading, Reading::Context { weeks_with_ppp: None, boost_hours: None });
        assert_eq!(s[3].reading, Reading::Velocity { check_ins_per_week: 0.0, moved: None });
        let c = Counts {
            active_teams: 4,
            teams_with_aligned_objective: 3,
            check_ins: 9,
            weeks_elapsed: 2,
            key_results: 4,
            key_results_moved: 1,
            boosts_answered: 2,
            mean_hours_to_answer: Some(30.4),
            team_weeks: 8,
            team_weeks_with_ppp: 9,
            ..Counts::default()
        };
        let s = signals(&c);
        assert_eq!(s[0].reading, Reading::AlignedTeams(Some(75)));
        assert_eq!(s[2].reading, Reading::Context { weeks_with_ppp: Some(100), boost_hours: Some(30) }, "a share never passes 100 %");
        assert_eq!(s[3].reading, Reading::Velocity { check_ins_per_week: 4.5, moved: Some(25) });
    }
}

/// One wave's survey result; nothing is shown below 3 respondents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WaveSurvey {
    pub wave: String,
    pub result: SurveyResult,
}

/// What a wave's survey may show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum SurveyResult {
    /// Still open: results show once it closes, so that no one can read
    /// them before and after a colleague answers.
    Open,
    /// Closed with fewer answers than the threshold (perhaps none).
    TooFew,
    /// Closed: (answers, result). It never changes after this.
    Shown(usize, super::scorecard::ScorecardResult),
}

/// The result of a survey: only once it is closed, and only from `threshold` answers.
pub fn survey_result(closed: bool, answers: &[super::scorecard::Answers], threshold: u32) -> SurveyResult {
    if !closed {
        return SurveyResult::Open;
    }
    match super::scorecard::aggregate(answers) {
        Some(r) if answers.len() >= threshold.max(super::vote::MIN_VOTERS) as usize => SurveyResult::Shown(answers.len(), r),
        _ => SurveyResult::TooFew,
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SurveyPage {
    /// The survey open now: (survey id, wave name).
    pub open: Option<(super::ids::SurveyId, String)>,
    pub answered: bool,
    /// The person joined less than a full week before the open survey
    /// started (see `vote::TENURE_DAYS`): they answer the next one.
    pub joined_late: bool,
    /// Who else answers the open survey.
    pub with: super::confidence::CoVoters,
    /// For admins while a survey is open: closing it shows its results.
    pub can_close: bool,
    /// Answers needed before a result shows (the organisation's vote threshold).
    pub threshold: u32,
    /// Set for admins when the current wave has no survey yet: its name.
    pub can_open: Option<String>,
    /// Oldest wave first, so the trend reads left to right.
    pub results: Vec<WaveSurvey>,
    pub signals_wave: Option<String>,
    pub signals: Vec<Signal>,
}
