//! The Aligned Autonomy Scorecard: four dimensions, five statements each,
//! answered on a 1–5 agreement scale; scored 0–100 per dimension and placed
//! on a spectrum from Directive to Autonomous.

use super::validation::ValidationError;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Dimension {
    StrategicClarity,
    DecisionAutonomy,
    ContextFlow,
    ExecutionVelocity,
}

pub struct DimensionInfo {
    pub dimension: Dimension,
    pub name: &'static str,
    pub question: &'static str,
    pub statements: [(&'static str, &'static str); 5],
    /// What to do first when this is the weakest dimension.
    pub advice: &'static str,
}

pub const INSTRUMENT: [DimensionInfo; 4] = [
    DimensionInfo {
        dimension: Dimension::StrategicClarity,
        name: "Strategic Clarity",
        question: "Do teams understand the why?",
        statements: [
            ("sc1", "I can explain our organisation's top objectives for this period in my own words."),
            ("sc2", "I know why those objectives matter more than other things we could do."),
            ("sc3", "My team's work clearly connects to at least one of those objectives."),
            ("sc4", "When priorities change, we hear the reason, not just the new plan."),
            ("sc5", "Two people on my team would describe our goals the same way."),
        ],
        advice: "Cut the wave's objectives to the few that matter and write the why of each in two sentences; ask every team to write how its objectives contribute.",
    },
    DimensionInfo {
        dimension: Dimension::DecisionAutonomy,
        name: "Decision Autonomy",
        question: "Can teams act without approval?",
        statements: [
            ("da1", "My team decides how to reach its goals without asking for sign-off."),
            ("da2", "We can change our plan mid-cycle when we learn something new."),
            ("da3", "Decisions about our work are made by the people closest to it."),
            ("da4", "We rarely wait for a manager before we can take the next step."),
            ("da5", "When a decision goes wrong, we learn from it rather than add approvals."),
        ],
        advice: "Name the decisions teams may take alone this wave (and the few that still need a leader) and remove one approval step.",
    },
    DimensionInfo {
        dimension: Dimension::ContextFlow,
        name: "Context Flow",
        question: "Do teams understand cross-team impact?",
        statements: [
            ("cf1", "I know what the teams that depend on us are working on."),
            ("cf2", "We hear about problems in other teams before they hit us."),
            ("cf3", "Asking another team for help is easy and usually answered quickly."),
            ("cf4", "Leaders share what they learn from customers and the market."),
            ("cf5", "Our weekly updates are read by the people who need them."),
        ],
        advice: "Make a short weekly update (progress, plans, problems) the norm for every team, and answer help requests within a few days.",
    },
    DimensionInfo {
        dimension: Dimension::ExecutionVelocity,
        name: "Execution Velocity",
        question: "Can teams move quickly?",
        statements: [
            ("ev1", "We ship something customers can use at least every couple of weeks."),
            ("ev2", "We measure progress weekly against clear key results."),
            ("ev3", "Most of our time goes to planned work, not firefighting or waiting."),
            ("ev4", "We finish what we start before taking on more."),
            ("ev5", "Tools and processes help us move rather than slow us down."),
        ],
        advice: "Check in on key results every week, limit work in progress, and remove the slowest recurring wait in your delivery.",
    },
];

pub const AGREEMENT: [(u8, &str); 5] = [(1, "Strongly disagree"), (2, "Disagree"), (3, "Neutral"), (4, "Agree"), (5, "Strongly agree")];

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
            for (id, _) in d.statements {
                match get(id).and_then(|v| v.trim().parse::<u8>().ok()).filter(|v| (1..=5).contains(v)) {
                    Some(v) => out.push(v),
                    None => missing += 1,
                }
            }
        }
        if missing > 0 {
            return Err(ValidationError::new(
                "answers",
                format!(
                    "Answer every statement: {missing} of {} {} still open.",
                    statement_count(),
                    if missing == 1 { "is" } else { "are" }
                ),
            ));
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

    pub fn name(self) -> &'static str {
        match self {
            Band::Directive => "Directive",
            Band::Guided => "Guided",
            Band::Aligned => "Aligned",
            Band::Autonomous => "Autonomous",
        }
    }

    pub fn interpretation(self) -> &'static str {
        match self {
            Band::Directive => {
                "Leadership directs and teams execute. It is predictable, but decisions queue at the top and teams rarely know the why."
            }
            Band::Guided => "Teams have some room, but direction and approvals still come mostly from above; context arrives late.",
            Band::Aligned => "Teams understand the goals and own much of the how; the gaps are in sharing context and moving fast.",
            Band::Autonomous => "Teams execute with speed and ownership inside a clear, shared strategy. Keep the strategy few and clear.",
        }
    }

    pub fn next_steps(self) -> &'static str {
        match self {
            Band::Directive => {
                "Start with one short wave: three objectives with their why, and let each team write one aligned objective of its own."
            }
            Band::Guided => "Let teams choose their own key results and replace one status meeting with a weekly written update.",
            Band::Aligned => "Make help between teams explicit (ask, accept, done) and check in on key results weekly.",
            Band::Autonomous => "Protect it: keep waves short, keep the objectives few, and keep listening to anonymous confidence.",
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

pub fn info(d: Dimension) -> &'static DimensionInfo {
    INSTRUMENT.iter().find(|i| i.dimension == d).unwrap_or(&INSTRUMENT[0])
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
