//! The Aligned Autonomy Scorecard: four dimensions, five statements each,
//! answered on a 1–5 agreement scale; scored 0–100 per dimension and placed
//! on a spectrum from Directive to Autonomous.

use super::validation::ValidationError;
use crate::msg;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Dimension {
    StrategicClarity,
    DecisionAutonomy,
    ContextFlow,
    ExecutionVelocity,
}

/// A dimension of the instrument and the ids of its five statements. What
/// each says, in the reader's language, is the pages' business (messages
/// `scorecard-<id>`): the rules need only the ids and their order.
pub struct DimensionInfo {
    pub dimension: Dimension,
    pub statements: [&'static str; 5],
}

pub const INSTRUMENT: [DimensionInfo; 4] = [
    DimensionInfo { dimension: Dimension::StrategicClarity, statements: ["sc1", "sc2", "sc3", "sc4", "sc5"] },
    DimensionInfo { dimension: Dimension::DecisionAutonomy, statements: ["da1", "da2", "da3", "da4", "da5"] },
    DimensionInfo { dimension: Dimension::ContextFlow, statements: ["cf1", "cf2", "cf3", "cf4", "cf5"] },
    DimensionInfo { dimension: Dimension::ExecutionVelocity, statements: ["ev1", "ev2", "ev3", "ev4", "ev5"] },
];

/// The agreement scale, from "strongly disagree" (1) to "strongly agree" (5).
pub const AGREEMENT: [u8; 5] = [1, 2, 3, 4, 5];

pub fn statement_count() -> usize {
    INSTRUMENT.iter().map(|d| d.statements.len()).sum()
}

/// A complete set of answers, in instrument order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answers(Vec<u8>);

impl Answers {
    /// `get(id)` gives the raw answer to a statement.
    pub fn parse(get: impl Fn(&str) -> Option<String>) -> Result<Self, ValidationError> {
        let mut out = Vec::new();
        let mut missing = 0;
        for d in &INSTRUMENT {
            for id in d.statements {
                match get(id).and_then(|v| v.trim().parse::<u8>().ok()).filter(|v| (1..=5).contains(v)) {
                    Some(v) => out.push(v),
                    None => missing += 1,
                }
            }
        }
        if missing > 0 {
            return Err(ValidationError::new("answers", msg!("invalid-scorecard-open", missing = missing, total = statement_count())));
        }
        Ok(Self(out))
    }

    pub fn values(&self) -> &[u8] {
        &self.0
    }

    /// Compact storage form: one digit per statement.
    pub fn to_code(&self) -> String {
        self.0.iter().map(|v| char::from(b'0' + v)).collect()
    }

    pub fn from_code(code: &str) -> Option<Self> {
        let values: Vec<u8> = code.bytes().map(|b| b.wrapping_sub(b'0')).collect();
        (values.len() == statement_count() && values.iter().all(|v| (1..=5).contains(v))).then_some(Self(values))
    }
}

/// The organisation's result from several respondents: the mean of each
/// dimension's scores. `None` below the anonymity threshold.
pub fn aggregate(responses: &[Answers]) -> Option<ScorecardResult> {
    if responses.len() < super::vote::MIN_VOTERS as usize {
        return None;
    }
    let each: Vec<ScorecardResult> = responses.iter().map(score).collect();
    let scores = INSTRUMENT
        .iter()
        .enumerate()
        .map(|(i, d)| (d.dimension, each.iter().map(|r| r.scores[i].1).sum::<f64>() / each.len() as f64))
        .collect();
    Some(scored(scores))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Band {
    Directive,
    Guided,
    Aligned,
    Autonomous,
}

impl Band {
    pub fn of(position: f64) -> Band {
        match position {
            p if p < 25.0 => Band::Directive,
            p if p < 50.0 => Band::Guided,
            p if p < 75.0 => Band::Aligned,
            _ => Band::Autonomous,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScorecardResult {
    /// 0–100 per dimension, in instrument order.
    pub scores: Vec<(Dimension, f64)>,
    /// 0 (Directive) to 100 (Autonomous).
    pub position: f64,
    pub band: Band,
    /// What to work on first: the lowest-scoring dimensions.
    pub focus: Focus,
}

/// The lowest-scoring dimensions, with ties made plain: advice to "work on
/// Strategic Clarity first" would be arbitrary when it only comes first in
/// the instrument's order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Focus {
    /// One dimension scores lowest.
    One(Dimension),
    /// Several (not all) share the lowest score, in instrument order.
    Tied(Vec<Dimension>),
    /// Every dimension scores the same: none holds the others back.
    Even(f64),
}

impl Focus {
    /// The dimensions to work on first (none when all are even).
    pub fn dimensions(&self) -> Vec<Dimension> {
        match self {
            Focus::One(d) => vec![*d],
            Focus::Tied(ds) => ds.clone(),
            Focus::Even(_) => Vec::new(),
        }
    }
}

/// Mean answer 1–5 mapped to 0–100.
fn to_score(answers: &[u8]) -> f64 {
    let mean = answers.iter().map(|&a| f64::from(a)).sum::<f64>() / answers.len().max(1) as f64;
    (mean - 1.0) / 4.0 * 100.0
}

pub fn score(answers: &Answers) -> ScorecardResult {
    let mut rest = answers.values();
    let scores: Vec<(Dimension, f64)> = INSTRUMENT
        .iter()
        .map(|d| {
            let (mine, tail) = rest.split_at(d.statements.len().min(rest.len()));
            rest = tail;
            (d.dimension, to_score(mine))
        })
        .collect();
    scored(scores)
}

/// Position, band and weakest dimension from per-dimension scores (also used
/// for organisation-wide averages).
pub fn scored(scores: Vec<(Dimension, f64)>) -> ScorecardResult {
    let position = scores.iter().map(|(_, s)| s).sum::<f64>() / scores.len().max(1) as f64;
    // Scores are means of whole answers, so equal ones are exactly equal;
    // the tolerance only absorbs rounding of organisation-wide averages.
    let min = scores.iter().map(|(_, s)| *s).fold(f64::INFINITY, f64::min);
    let lowest: Vec<Dimension> = scores.iter().filter(|(_, s)| *s - min < 1e-9).map(|(d, _)| *d).collect();
    let focus = match lowest.as_slice() {
        [one] => Focus::One(*one),
        _ if lowest.len() == scores.len() => Focus::Even(if min.is_finite() { min } else { 0.0 }),
        _ => Focus::Tied(lowest),
    };
    ScorecardResult { position, band: Band::of(position), focus, scores }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn all(v: &str) -> Answers {
        Answers::parse(|_| Some(v.to_owned())).unwrap()
    }

    #[test]
    fn bounds() {
        let low = score(&all("1"));
        assert_eq!(low.position, 0.0);
        assert_eq!(low.band, Band::Directive);
        let high = score(&all("5"));
        assert_eq!(high.position, 100.0);
        assert_eq!(high.band, Band::Autonomous);
        assert!(high.scores.iter().all(|(_, s)| *s == 100.0));
    }

    #[test]
    fn band_edges() {
        assert_eq!(Band::of(24.9), Band::Directive);
        assert_eq!(Band::of(25.0), Band::Guided);
        assert_eq!(Band::of(50.0), Band::Aligned);
        assert_eq!(Band::of(75.0), Band::Autonomous);
    }

    #[test]
    fn weakest_dimension_and_ties() {
        let r = score(&Answers::parse(|id| Some(if id.starts_with("cf") { "2" } else { "4" }.to_owned())).unwrap());
        assert_eq!(r.focus, Focus::One(Dimension::ContextFlow));
        assert_eq!(r.scores[2], (Dimension::ContextFlow, 25.0));
        // Two dimensions share the lowest score: both are named, in instrument order.
        let tied =
            score(&Answers::parse(|id| Some(if id.starts_with("cf") || id.starts_with("sc") { "2" } else { "4" }.to_owned())).unwrap());
        assert_eq!(tied.focus, Focus::Tied(vec![Dimension::StrategicClarity, Dimension::ContextFlow]));
        // All equal: no dimension is singled out.
        assert_eq!(score(&all("3")).focus, Focus::Even(50.0));
        assert!(score(&all("3")).focus.dimensions().is_empty());
    }

    #[test]
    fn incomplete_answers_are_refused() {
        let e = Answers::parse(|id| if id == "ev5" { None } else { Some("3".to_owned()) }).unwrap_err();
        assert_eq!(e.message, "Answer every statement: 1 of 20 is still open.");
        assert!(Answers::parse(|_| Some("6".to_owned())).is_err());
    }

    #[test]
    fn codes_round_trip_and_aggregates_need_three() {
        let a = all("4");
        assert_eq!(Answers::from_code(&a.to_code()), Some(a.clone()));
        assert_eq!(Answers::from_code("123"), None);
        assert_eq!(aggregate(&[a.clone(), all("2")]), None, "two respondents are never shown");
        let r = aggregate(&[a.clone(), all("2"), all("3")]).unwrap();
        assert_eq!(r.position, 50.0);
    }

    proptest! {
        #[test]
        fn scores_stay_within_0_and_100(values in prop::collection::vec(1u8..=5, 20)) {
            let answers = Answers(values);
            let r = score(&answers);
            prop_assert!((0.0..=100.0).contains(&r.position));
            prop_assert!(r.scores.iter().all(|(_, s)| (0.0..=100.0).contains(s)));
            let min = r.scores.iter().map(|(_, s)| *s).fold(f64::MAX, f64::min);
            // The focus is exactly the dimensions at the minimum; "even" only when that is all of them.
            let at_min: Vec<Dimension> = r.scores.iter().filter(|(_, s)| *s == min).map(|(d, _)| *d).collect();
            match &r.focus {
                Focus::Even(v) => prop_assert!(at_min.len() == r.scores.len() && *v == min),
                f => prop_assert_eq!(f.dimensions(), at_min),
            }
        }
    }
}
