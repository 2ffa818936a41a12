//! Calibration: how well the crowd's early confidence in an objective
//! predicted how it ended. Only aggregates go in: each objective's weekly
//! averages as the heat map shows them (above the anonymity threshold) and
//! its final grade.
//!
//! Confidence 1–5 maps onto the grade scale 0.0–1.0 ((average − 1) / 4), so
//! "Steady" (3) expects 0.5 and "Exceeding" (5) expects 1.0. An objective's
//! error is how far its early expectation was from its final grade; a
//! wave's calibration is 100 % minus the mean error, and its bias says
//! whether the crowd hoped for more (over-confident) or less than it got.

use super::ids::{ObjectiveId, WaveId};
use super::key_result::KrView;
use super::msg::Msg;
use super::reflection::suggest_grade;
use crate::msg;
use serde::{Deserialize, Serialize};

/// Bias within this of zero (on the 0–1 scale) reads as neither over- nor under-confident.
pub const BIAS_NOISE: f64 = 0.05;
/// A calibration this much better (or worse) than the wave before is a trend, not noise.
pub const TREND_NOISE: f64 = 0.05;

/// An objective's final grade, 0.0–1.0: the weighted mean of its key
/// results' grades, with the grade its progress suggests for any key result
/// the team left ungraded. `None` without key results.
pub fn final_grade(krs: &[KrView]) -> Option<f64> {
    let (sum, weights) = krs
        .iter()
        .filter(|k| k.weight > 0.0)
        .fold((0.0, 0.0), |(s, w), k| (s + k.grade.unwrap_or_else(|| suggest_grade(k.progress)) * k.weight, w + k.weight));
    (weights > 0.0).then(|| sum / weights)
}

/// The crowd's early view: the mean of the shown weekly averages in the
/// first half of the wave (rounded up, so a 3-week wave uses weeks 1–2).
/// `weekly` holds one entry per week, `None` where nothing was shown.
pub fn early_confidence(weekly: &[Option<f64>]) -> Option<f64> {
    let half = weekly.len().div_ceil(2);
    let shown: Vec<f64> = weekly.iter().take(half).flatten().copied().collect();
    (!shown.is_empty()).then(|| shown.iter().sum::<f64>() / shown.len() as f64)
}

/// What a confidence average expects on the grade scale.
pub fn expected_grade(average: f64) -> f64 {
    ((average - 1.0) / 4.0).clamp(0.0, 1.0)
}

/// One objective at the end of a wave: the crowd's weeks beside its grade.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ObjectiveCalibration {
    pub objective_id: ObjectiveId,
    pub title: String,
    pub team: Option<String>,
    /// Shown weekly averages, week 1 first (`None`: too few votes).
    pub weekly: Vec<Option<f64>>,
    pub early: Option<f64>,
    pub grade: Option<f64>,
}

impl ObjectiveCalibration {
    /// Early expectation minus final grade: positive when the crowd hoped for more.
    pub fn miss(&self) -> Option<f64> {
        Some(expected_grade(self.early?) - self.grade?)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Bias {
    OverConfident,
    UnderConfident,
    Even,
}

/// A wave's calibration across its objectives that have both an early
/// confidence and a grade.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WaveCalibration {
    /// 0.0–1.0: 1 − the mean absolute miss.
    pub score: f64,
    /// The mean signed miss (early expectation − grade).
    pub bias: f64,
    /// Objectives it is computed from.
    pub objectives: u32,
}

impl WaveCalibration {
    pub fn bias_kind(&self) -> Bias {
        if self.bias > BIAS_NOISE {
            Bias::OverConfident
        } else if self.bias < -BIAS_NOISE {
            Bias::UnderConfident
        } else {
            Bias::Even
        }
    }

    /// "Early confidence came within 18 points of the final grades, on
    /// average; the crowd hoped for more than it got."
    pub fn sentence(&self) -> Msg {
        let off = ((1.0 - self.score) * 100.0).round() as i64;
        let count = self.objectives;
        match self.bias_kind() {
            Bias::OverConfident => msg!("calibration-over", off = off, count = count),
            Bias::UnderConfident => msg!("calibration-under", off = off, count = count),
            Bias::Even => msg!("calibration-even", off = off, count = count),
        }
    }
}

pub fn wave_calibration(objectives: &[ObjectiveCalibration]) -> Option<WaveCalibration> {
    let misses: Vec<f64> = objectives.iter().filter_map(ObjectiveCalibration::miss).collect();
    if misses.is_empty() {
        return None;
    }
    let n = misses.len() as f64;
    Some(WaveCalibration {
        score: 1.0 - misses.iter().map(|m| m.abs()).sum::<f64>() / n,
        bias: misses.iter().sum::<f64>() / n,
        objectives: misses.len() as u32,
    })
}

/// One finished wave in the organisation's calibration history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CalibrationPoint {
    pub wave_id: WaveId,
    pub wave: String,
    pub calibration: WaveCalibration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Direction {
    Improving,
    Worsening,
    Steady,
}

/// The organisation's calibration across finished waves, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CalibrationHistory {
    pub points: Vec<CalibrationPoint>,
}

impl CalibrationHistory {
    /// Mean calibration across every wave's objectives (each objective counts once).
    pub fn overall(&self) -> Option<f64> {
        let n: u32 = self.points.iter().map(|p| p.calibration.objectives).sum();
        (n > 0).then(|| self.points.iter().map(|p| p.calibration.score * f64::from(p.calibration.objectives)).sum::<f64>() / f64::from(n))
    }

    /// The latest wave against the one before.
    pub fn trend(&self) -> Option<Direction> {
        let [.., before, last] = self.points.as_slice() else { return None };
        let change = last.calibration.score - before.calibration.score;
        Some(if change > TREND_NOISE {
            Direction::Improving
        } else if change < -TREND_NOISE {
            Direction::Worsening
        } else {
            Direction::Steady
        })
    }
}

/// Objectives the wave review lists at most: the wave objectives, then the
/// team objectives the crowd misjudged most.
pub const REVIEW_ROWS: usize = 40;
/// Finished waves the history covers at most, newest kept.
pub const HISTORY_WAVES: usize = 8;

/// The wave review's calibration section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CalibrationReport {
    pub weeks: u32,
    /// At most [`REVIEW_ROWS`]; see [`review_rows`].
    pub objectives: Vec<ObjectiveCalibration>,
    /// Objectives of the wave in all.
    pub objective_count: usize,
    pub wave: Option<WaveCalibration>,
    pub history: CalibrationHistory,
}

/// The rows a review lists: wave objectives first (in their order), then
/// team objectives by how far the crowd missed, largest first, then those
/// without both numbers.
pub fn review_rows(mut all: Vec<ObjectiveCalibration>) -> Vec<ObjectiveCalibration> {
    let miss = |o: &ObjectiveCalibration| o.miss().map_or(-1.0, f64::abs);
    let (wave, mut team): (Vec<_>, Vec<_>) = all.drain(..).partition(|o| o.team.is_none());
    team.sort_by(|a, b| miss(b).total_cmp(&miss(a)));
    let mut rows = wave;
    rows.extend(team);
    rows.truncate(REVIEW_ROWS);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::KeyResultId;
    use crate::domain::key_result::KrKind;
    use proptest::prelude::*;

    fn kr(progress: f64, grade: Option<f64>, weight: f64) -> KrView {
        KrView { id: KeyResultId(1), title: "K".into(), kind: KrKind::Milestone, weight, current: 0.0, progress, grade }
    }

    fn objective(weekly: &[Option<f64>], grade: Option<f64>) -> ObjectiveCalibration {
        ObjectiveCalibration {
            objective_id: ObjectiveId(1),
            title: "O".into(),
            team: None,
            weekly: weekly.to_vec(),
            early: early_confidence(weekly),
            grade,
        }
    }

    #[test]
    fn a_final_grade_uses_the_teams_grades_and_progress_where_ungraded() {
        let close = |a: Option<f64>, b: f64| a.is_some_and(|a| (a - b).abs() < 1e-9);
        assert!(close(final_grade(&[kr(30.0, Some(0.8), 1.0), kr(40.0, None, 1.0)]), 0.6), "0.8 and the 0.4 that 40 % suggests");
        assert!(close(final_grade(&[kr(100.0, Some(0.5), 3.0), kr(0.0, Some(1.0), 1.0)]), 0.625), "weighted");
        assert_eq!(final_grade(&[]), None);
    }

    #[test]
    fn early_confidence_is_the_first_half_of_the_wave() {
        assert_eq!(early_confidence(&[Some(4.0), Some(2.0), Some(1.0), Some(1.0)]), Some(3.0));
        assert_eq!(early_confidence(&[None, Some(3.5), Some(1.0)]), Some(3.5), "three weeks: weeks 1 and 2");
        assert_eq!(early_confidence(&[None, None, Some(5.0), Some(5.0)]), None, "nothing shown early");
        assert_eq!(early_confidence(&[]), None);
    }

    #[test]
    fn a_wave_that_hoped_for_more_is_over_confident() {
        // Expected 0.75 and 0.5; graded 0.35 and 0.3: misses 0.4 and 0.2.
        let c = wave_calibration(&[
            objective(&[Some(4.0), None], Some(0.35)),
            objective(&[Some(3.0)], Some(0.3)),
            objective(&[None], Some(1.0)),
        ])
        .unwrap();
        assert_eq!(c.objectives, 2, "an objective without early confidence does not count");
        assert!((c.score - 0.7).abs() < 1e-9 && (c.bias - 0.3).abs() < 1e-9, "{c:?}");
        assert_eq!(c.bias_kind(), Bias::OverConfident);
        assert_eq!(
            c.sentence(),
            "Early confidence came within 30 points of the final grades on average (out of 100), across 2 objectives: the crowd expected more than the teams achieved."
        );
        assert_eq!(wave_calibration(&[objective(&[None], Some(0.5))]), None);
    }

    #[test]
    fn the_history_weights_objectives_and_reads_a_trend() {
        let point = |score: f64, objectives: u32| CalibrationPoint {
            wave_id: WaveId(1),
            wave: "W".into(),
            calibration: WaveCalibration { score, bias: 0.0, objectives },
        };
        let h = CalibrationHistory { points: vec![point(0.6, 1), point(0.9, 3)] };
        assert!((h.overall().unwrap() - 0.825).abs() < 1e-9);
        assert_eq!(h.trend(), Some(Direction::Improving));
        assert_eq!(CalibrationHistory { points: vec![point(0.9, 1), point(0.88, 1)] }.trend(), Some(Direction::Steady));
        assert_eq!(CalibrationHistory { points: vec![point(0.9, 1), point(0.7, 1)] }.trend(), Some(Direction::Worsening));
        assert_eq!(CalibrationHistory { points: vec![point(0.9, 1)] }.trend(), None);
        assert_eq!(CalibrationHistory::default().overall(), None);
    }

    #[test]
    fn the_review_lists_wave_objectives_then_the_largest_misses() {
        let mut all = vec![];
        for (i, grade) in [0.5, 0.9, 0.1].into_iter().enumerate() {
            let mut o = objective(&[Some(3.0)], Some(grade));
            o.objective_id = ObjectiveId(10 + i as i64);
            o.team = Some("T".into());
            all.push(o);
        }
        all.push(objective(&[Some(3.0)], Some(0.5)));
        let mut ungraded = objective(&[None], None);
        ungraded.team = Some("T".into());
        ungraded.objective_id = ObjectiveId(20);
        all.push(ungraded);
        let ids: Vec<i64> = review_rows(all).iter().map(|o| o.objective_id.0).collect();
        assert_eq!(ids, [1, 11, 12, 10, 20]);
        let many = (0..100)
            .map(|i| {
                let mut o = objective(&[Some(3.0)], Some(0.5));
                o.team = Some(format!("T{i}"));
                o
            })
            .collect();
        assert_eq!(review_rows(many).len(), REVIEW_ROWS);
    }

    proptest! {
        /// Calibration stays in 0–1 and is perfect exactly when every expectation was met.
        #[test]
        fn calibration_is_a_share(cases in prop::collection::vec((1.0f64..=5.0, 0.0f64..=1.0), 1..20)) {
            let objectives: Vec<_> = cases.iter().map(|(a, g)| objective(&[Some(*a)], Some(*g))).collect();
            let c = wave_calibration(&objectives).unwrap();
            prop_assert!((0.0..=1.0).contains(&c.score));
            prop_assert!(c.bias.abs() <= 1.0 - c.score + 1e-9, "the bias never exceeds the mean error");
            let exact: Vec<_> = cases.iter().map(|(a, _)| objective(&[Some(*a)], Some(expected_grade(*a)))).collect();
            prop_assert!((wave_calibration(&exact).unwrap().score - 1.0).abs() < 1e-9);
        }
    }
}
