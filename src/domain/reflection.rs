//! End of a wave: each team reflects and grades its key results; unfinished
//! objectives can carry over into the next wave.

use super::ids::{KeyResultId, ObjectiveId};
use super::key_result::KrView;
use super::key_result::{KrKind, KrSpec};
use super::objective::ObjectiveSummary;
use super::org::TeamRef;
use super::validation::{bounded_text, ValidationError};
use super::wave::WaveSummary;
use crate::domain::msg::Msg;
use crate::msg;
use serde::{Deserialize, Serialize};

/// The grade a key result's progress suggests: 0.0–1.0 in steps of 0.1.
pub fn suggest_grade(progress_pct: f64) -> f64 {
    (progress_pct.clamp(0.0, 100.0) / 10.0).round() / 10.0
}

pub fn parse_grade(raw: &str, kr_title: &str) -> Result<f64, ValidationError> {
    let g: f64 =
        raw.trim().replace(',', ".").parse().map_err(|_| ValidationError::new("grades", msg!("invalid-grade-number", kr = kr_title)))?;
    if !(0.0..=1.0).contains(&g) {
        return Err(ValidationError::new("grades", msg!("invalid-grade-range", kr = kr_title)));
    }
    Ok(g)
}

/// (what worked, what didn't, what we change), each required.
pub fn parse_reflection(worked: &str, didnt: &str, change: &str) -> Result<[String; 3], ValidationError> {
    let one = |field: &str, label: Msg, raw: &str| {
        bounded_text(field, label.clone(), raw, 2000).map_err(|e| {
            if raw.trim().is_empty() {
                ValidationError::new(field, msg!("invalid-reflection-empty", label = label))
            } else {
                e
            }
        })
    };
    Ok([
        one("worked", msg!("label-worked"), worked)?,
        one("didnt", msg!("label-didnt"), didnt)?,
        one("change", msg!("label-change"), change)?,
    ])
}

/// Whether an objective is unfinished (some key result short of its target).
pub fn unfinished(o: &ObjectiveSummary) -> bool {
    o.krs.iter().any(|k| k.progress < 100.0)
}

/// The key results a carried-over objective starts with: the unfinished
/// ones, starting from where they got to.
pub fn carry_over(krs: &[KrView]) -> Vec<KrSpec> {
    krs.iter()
        .filter(|k| k.progress < 100.0)
        .map(|k| KrSpec {
            title: k.title.clone(),
            weight: k.weight,
            kind: match &k.kind {
                KrKind::Numeric { target, unit, .. } => KrKind::Numeric { start: k.current, target: *target, unit: unit.clone() },
                KrKind::Percentage { target, .. } => KrKind::Percentage { start: k.current, target: *target },
                KrKind::Milestone => KrKind::Milestone,
            },
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reflection {
    pub worked: String,
    pub didnt: String,
    pub change: String,
    pub author: String,
    pub updated_at: i64,
}

/// A grade typed into the reflection form.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GradeInput {
    #[serde(default)]
    pub kr_id: String,
    #[serde(default)]
    pub grade: String,
}

/// One team at the end of a wave: reflection and graded objectives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamWaveReview {
    pub team: TeamRef,
    pub reflection: Option<Reflection>,
    pub objectives: Vec<ObjectiveSummary>,
}

/// What the team page offers at the end of a wave and at the start of the next.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamReflectionPage {
    /// The wave being reflected on, if one is reflecting.
    pub reflecting: Option<(WaveSummary, TeamWaveReview)>,
    pub is_member: bool,
    pub carry: Option<CarryOver>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CarryOver {
    pub from_wave: WaveSummary,
    pub into_wave: WaveSummary,
    /// Unfinished objectives not carried over yet.
    pub candidates: Vec<ObjectiveSummary>,
    /// Wave objectives of the new wave to align to.
    pub parents: Vec<(ObjectiveId, String)>,
}

/// A key result's grade as stored.
pub type Graded = (KeyResultId, f64);

#[cfg(test)]
mod tests {
    use super::*;

    fn kr(kind: KrKind, current: f64) -> KrView {
        KrView { id: KeyResultId(1), title: "K".into(), progress: kind.progress(current), kind, current, weight: 1.0, grade: None }
    }

    #[test]
    fn grades() {
        assert_eq!(suggest_grade(0.0), 0.0);
        assert_eq!(suggest_grade(64.0), 0.6);
        assert_eq!(suggest_grade(66.0), 0.7);
        assert_eq!(suggest_grade(150.0), 1.0);
        assert!(parse_grade("1.2", "K").is_err());
        assert!(parse_grade("x", "K").is_err());
        assert_eq!(parse_grade("0,5", "K").unwrap(), 0.5);
    }

    #[test]
    fn reflection_needs_all_three() {
        assert_eq!(parse_reflection("a", " ", "c").unwrap_err().field, "didnt");
        assert!(parse_reflection("a", "b", "c").is_ok());
    }

    #[test]
    fn carry_over_starts_from_current_values_and_drops_finished_krs() {
        let krs = vec![
            kr(KrKind::Numeric { start: 120.0, target: 200.0, unit: "signups".into() }, 160.0),
            kr(KrKind::Numeric { start: 10.0, target: 4.0, unit: String::new() }, 4.0),
            kr(KrKind::Milestone, 0.0),
        ];
        let next = carry_over(&krs);
        assert_eq!(next.len(), 2, "the finished key result stays behind");
        assert_eq!(next[0].kind, KrKind::Numeric { start: 160.0, target: 200.0, unit: "signups".into() });
        assert_eq!(next[1].kind, KrKind::Milestone);
    }
}
