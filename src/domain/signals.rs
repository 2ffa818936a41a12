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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signal {
    pub dimension: Dimension,
    pub value: String,
    pub explanation: String,
}

/// `part` of `whole` as a percentage; `None` while there is nothing to count.
fn share(part: i64, whole: i64) -> Option<String> {
    (whole > 0).then(|| format!("{} %", (part.min(whole) as f64 * 100.0 / whole as f64).round() as i64))
}

/// A signal that is one share: its value and the words after it, or, with
/// nothing to count yet, "No data yet" and what it will show.
fn share_signal(dimension: Dimension, part: i64, whole: i64, after: &str, until: &str) -> Signal {
    match share(part, whole) {
        Some(value) => Signal { dimension, value, explanation: after.into() },
        None => Signal { dimension, value: "No data yet".into(), explanation: until.into() },
    }
}

pub fn signals(c: &Counts) -> Vec<Signal> {
    let boosts = match c.mean_hours_to_answer {
        Some(h) if c.boosts_answered > 0 => format!("; boosts answered in {:.0} h on average", h),
        _ => String::new(),
    };
    vec![
        share_signal(
            Dimension::StrategicClarity,
            c.teams_with_aligned_objective,
            c.active_teams,
            "of teams have an objective aligned, with a written rationale, to this wave's objectives.",
            "(no active team yet): this will be the share of teams with an objective aligned, with a written rationale, to this wave's objectives.",
        ),
        share_signal(
            Dimension::DecisionAutonomy,
            c.team_objectives_by_own_members,
            c.team_objectives,
            "of team objectives were written by the team itself rather than handed down.",
            "(no team objective yet): this will be the share of team objectives written by the team itself rather than handed down.",
        ),
        Signal {
            dimension: Dimension::ContextFlow,
            value: match share(c.team_weeks_with_ppp, c.team_weeks) {
                Some(s) => format!("{s} of weeks with a PPP{boosts}"),
                None => format!("No team week yet{boosts}"),
            },
            explanation: "Teams that post weekly updates and answer each other's boosts share context without meetings.".into(),
        },
        Signal {
            dimension: Dimension::ExecutionVelocity,
            value: format!(
                "{} check-ins per week; {}",
                if c.weeks_elapsed > 0 { format!("{:.1}", c.check_ins as f64 / c.weeks_elapsed as f64) } else { "0".into() },
                match share(c.key_results_moved, c.key_results) {
                    Some(s) => format!("{s} of key results moved"),
                    None => "no key results yet".into(),
                }
            ),
            explanation: "Frequent check-ins and key results that move show work turning into results.".into(),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_and_empty_data() {
        // A new organisation: no share stands where a percentage should.
        let s = signals(&Counts::default());
        assert_eq!(s[0].value, "No data yet");
        assert!(s[0].explanation.starts_with("(no active team yet): this will be the share"));
        assert_eq!(s[2].value, "No team week yet");
        assert_eq!(s[3].value, "0 check-ins per week; no key results yet");
        assert!(s.iter().all(|s| !format!("{} {}", s.value, s.explanation).contains("yet of")));
        let c = Counts {
            active_teams: 4,
            teams_with_aligned_objective: 3,
            check_ins: 9,
            weeks_elapsed: 2,
            key_results: 4,
            key_results_moved: 1,
            ..Counts::default()
        };
        let s = signals(&c);
        assert_eq!(s[0].value, "75 %");
        assert_eq!(s[3].value, "4.5 check-ins per week; 25 % of key results moved");
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
