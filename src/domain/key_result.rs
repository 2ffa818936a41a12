//! Key results and the progress maths: every number on the dashboard comes
//! from here.

use super::ids::KeyResultId;
use super::validation::{bounded_text, ValidationError};
use crate::domain::msg::Msg;
use crate::msg;
use serde::{Deserialize, Serialize};

pub const MAX_KEY_RESULTS: usize = 5;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum KrKind {
    /// From `start` to `target` in some unit; the target may be below the start.
    Numeric { start: f64, target: f64, unit: String },
    /// Like numeric, but both ends are percentages (0–100).
    Percentage { start: f64, target: f64 },
    /// Done or not done.
    Milestone,
}

impl KrKind {
    pub fn name(&self) -> &'static str {
        match self {
            KrKind::Numeric { .. } => "numeric",
            KrKind::Percentage { .. } => "percentage",
            KrKind::Milestone => "milestone",
        }
    }

    /// Progress 0–100 for a current value (for milestones, ≥ 1 means done).
    pub fn progress(&self, current: f64) -> f64 {
        let pct = match self {
            KrKind::Numeric { start, target, .. } | KrKind::Percentage { start, target } => {
                // Parsing refuses start == target, so the range is never empty;
                // guard anyway so a bad row can never divide by zero.
                let range = target - start;
                if range == 0.0 {
                    if current == *target {
                        100.0
                    } else {
                        0.0
                    }
                } else {
                    (current - start) / range * 100.0
                }
            }
            KrKind::Milestone => {
                if current >= 1.0 {
                    100.0
                } else {
                    0.0
                }
            }
        };
        // `+ 0.0` turns the -0 of a falling target at its start into 0 (else shown as "-0 %").
        if pct.is_nan() {
            0.0
        } else {
            pct.clamp(0.0, 100.0) + 0.0
        }
    }

    /// The one way progress is said everywhere: the value, and how far it is
    /// along the way from start to target (what the progress bar shows).
    pub fn describe(&self, current: f64) -> Msg {
        match self {
            KrKind::Numeric { start, target, .. } | KrKind::Percentage { start, target } => msg!(
                "kr-now",
                now = self.says(current),
                share = self.progress(current).round() as i64,
                from = self.says(*start),
                to = self.says(*target)
            ),
            KrKind::Milestone if current >= 1.0 => msg!("kr-milestone-done"),
            KrKind::Milestone => msg!("kr-milestone-not-done"),
        }
    }

    /// The value a fresh key result starts at.
    pub fn initial(&self) -> f64 {
        match self {
            KrKind::Numeric { start, .. } | KrKind::Percentage { start, .. } => *start,
            KrKind::Milestone => 0.0,
        }
    }

    /// Human text for a value of this key result.
    /// A value as a reader sees it, in their language (`1.234,5 km`, `done`).
    pub fn says(&self, value: f64) -> Msg {
        match self {
            KrKind::Numeric { unit, .. } if unit.is_empty() => msg!("kr-value", value = value),
            KrKind::Numeric { unit, .. } => msg!("kr-value-unit", value = value, unit = unit.as_str()),
            KrKind::Percentage { .. } => msg!("kr-value-percent", value = value),
            KrKind::Milestone if value >= 1.0 => msg!("kr-done"),
            KrKind::Milestone => msg!("kr-not-done"),
        }
    }
}

/// The largest value (either sign) a key result takes.
pub const MAX_VALUE: f64 = 1e12;

fn parse_number(field: &str, label: Msg, raw: &str) -> Result<f64, ValidationError> {
    let v: f64 =
        raw.trim().replace(',', ".").parse().map_err(|_| ValidationError::new(field, msg!("invalid-number", label = label.clone())))?;
    number_in_range(field, label, v)
}

fn number_in_range(field: &str, label: Msg, v: f64) -> Result<f64, ValidationError> {
    if !v.is_finite() {
        return Err(ValidationError::new(field, msg!("invalid-number", label = label)));
    }
    // A trillion covers money, users and milliseconds; beyond it a number is
    // a typo that would only run off the page.
    if v.abs() > MAX_VALUE {
        return Err(ValidationError::new(field, msg!("invalid-number-range", label = label, max = MAX_VALUE as i64)));
    }
    Ok(v)
}

/// A check-in's new value: a finite number within [`MAX_VALUE`] either
/// way. Whether it suits a key result (a percentage, a milestone) is
/// [`KrKind::accepts`], once the key result is known.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CheckInValue(f64);

impl CheckInValue {
    /// As typed into a form (a decimal comma is read as a point).
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        parse_number("value", msg!("label-check-in-value"), raw).map(Self)
    }

    /// A number that arrived as a number (the JSON API).
    pub fn new(value: f64) -> Result<Self, ValidationError> {
        number_in_range("value", msg!("label-check-in-value"), value).map(Self)
    }
}

impl KrKind {
    /// A check-in value typed into the form, checked against this kind.
    pub fn parse_value(&self, raw: &str) -> Result<f64, ValidationError> {
        self.accepts(CheckInValue::parse(raw)?)
    }

    /// The value, if a key result of this kind can take it.
    pub fn accepts(&self, value: CheckInValue) -> Result<f64, ValidationError> {
        let CheckInValue(value) = value;
        match self {
            KrKind::Percentage { .. } if !(0.0..=100.0).contains(&value) => Err(ValidationError::new("value", msg!("invalid-percentage"))),
            KrKind::Milestone if value != 0.0 && value != 1.0 => Err(ValidationError::new("value", msg!("invalid-milestone"))),
            _ => Ok(value),
        }
    }
}

/// A key result as typed into a form, before it is checked.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KrInput {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub start: String,
    #[serde(default)]
    pub target: String,
    #[serde(default)]
    pub unit: String,
    /// Optional; blank means 1.
    #[serde(default)]
    pub weight: String,
}

impl KrInput {
    pub fn is_blank(&self) -> bool {
        self.title.trim().is_empty() && self.start.trim().is_empty() && self.target.trim().is_empty()
    }
}

/// A valid key result definition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KrSpec {
    pub title: String,
    pub kind: KrKind,
    /// How much this key result counts in its objective's progress (default 1).
    pub weight: f64,
}

impl KrSpec {
    /// `n` is the key result's 1-based position, used in messages.
    pub fn parse(input: &KrInput, n: usize) -> Result<Self, ValidationError> {
        let field = |f: &str| format!("kr{n}_{f}");
        let title = bounded_text(&field("title"), msg!("label-kr-title", n = n), &input.title, 140)?;
        let kind = match input.kind.trim() {
            "milestone" => KrKind::Milestone,
            k @ ("numeric" | "percentage" | "") => {
                let start = parse_number(&field("start"), msg!("label-kr-start", n = n), &input.start)?;
                let target = parse_number(&field("target"), msg!("label-kr-target", n = n), &input.target)?;
                if start == target {
                    return Err(ValidationError::new(&field("target"), msg!("invalid-kr-target-is-start", n = n)));
                }
                if k == "percentage" {
                    if !(0.0..=100.0).contains(&start) || !(0.0..=100.0).contains(&target) {
                        return Err(ValidationError::new(&field("target"), msg!("invalid-kr-percentages", n = n)));
                    }
                    KrKind::Percentage { start, target }
                } else {
                    let unit = input.unit.trim().chars().take(20).collect();
                    KrKind::Numeric { start, target, unit }
                }
            }
            _ => return Err(ValidationError::new(&field("kind"), msg!("invalid-kr-kind"))),
        };
        let weight = if input.weight.trim().is_empty() {
            1.0
        } else {
            let w = parse_number(&field("weight"), msg!("label-kr-weight", n = n), &input.weight)?;
            if !(w > 0.0 && w <= 10.0) {
                return Err(ValidationError::new(&field("weight"), msg!("invalid-kr-weight", n = n)));
            }
            w
        };
        Ok(Self { title, kind, weight })
    }

    /// Parses the non-blank rows of a form: 1 to 5 key results.
    pub fn parse_all(inputs: &[KrInput]) -> Result<Vec<Self>, ValidationError> {
        let filled: Vec<&KrInput> = inputs.iter().filter(|k| !k.is_blank()).collect();
        if filled.is_empty() {
            return Err(ValidationError::new("kr1_title", msg!("invalid-krs-none")));
        }
        if filled.len() > MAX_KEY_RESULTS {
            return Err(ValidationError::new("krs", msg!("invalid-krs-many", max = MAX_KEY_RESULTS, count = filled.len())));
        }
        filled.into_iter().enumerate().map(|(i, k)| Self::parse(k, i + 1)).collect()
    }
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

#[cfg(test)]
mod tests {

    #[test]
    fn progress_is_said_as_a_share_of_the_way_from_start_to_target() {
        // A percentage KR at 20 % from 10 % toward 35 % is 40 % of the way: both numbers are named.
        let k = KrKind::Percentage { start: 10.0, target: 35.0 };
        assert_eq!(k.describe(20.0).to_string(), "Now 20 % · 40 % of the way from 10 % to 35 %");
        let down = KrKind::Numeric { start: 45.0, target: 30.0, unit: "days".into() };
        assert_eq!(down.describe(36.0).to_string(), "Now 36 days · 60 % of the way from 45 days to 30 days");
        assert_eq!(KrKind::Milestone.describe(0.0).to_string(), "Not done yet · 0 %");
        assert_eq!(down.describe(45.0).to_string(), "Now 45 days · 0 % of the way from 45 days to 30 days", "never -0 %");
    }
    use super::*;
    use proptest::prelude::*;

    fn numeric(start: f64, target: f64) -> KrKind {
        KrKind::Numeric { start, target, unit: String::new() }
    }

    #[test]
    fn numeric_progress_up_and_down() {
        let signups = numeric(120.0, 200.0);
        assert_eq!(signups.progress(160.0), 50.0);
        assert_eq!(signups.progress(100.0), 0.0, "below start clamps to 0");
        assert_eq!(signups.progress(260.0), 100.0, "beyond target clamps to 100");
        let churn = numeric(10.0, 4.0);
        assert_eq!(churn.progress(7.0), 50.0, "decreasing targets count down");
        assert_eq!(churn.progress(12.0), 0.0);
        assert_eq!(churn.progress(1.0), 100.0);
    }

    #[test]
    fn zero_length_range_never_divides_by_zero() {
        let k = numeric(5.0, 5.0);
        assert_eq!(k.progress(5.0), 100.0);
        assert_eq!(k.progress(4.0), 0.0);
    }

    #[test]
    fn milestones_are_all_or_nothing() {
        assert_eq!(KrKind::Milestone.progress(0.0), 0.0);
        assert_eq!(KrKind::Milestone.progress(1.0), 100.0);
    }

    fn input(title: &str, kind: &str, start: &str, target: &str) -> KrInput {
        KrInput { title: title.into(), kind: kind.into(), start: start.into(), target: target.into(), ..Default::default() }
    }

    #[test]
    fn parsing_rules() {
        assert!(KrSpec::parse(&input("Signups", "numeric", "120", "200"), 1).is_ok());
        let same = KrSpec::parse(&input("Signups", "numeric", "5", "5"), 2).unwrap_err();
        assert_eq!(same.field, "kr2_target");
        assert!(same.message.to_string().contains("must differ"));
        assert!(KrSpec::parse(&input("NPS", "percentage", "20", "120"), 1).is_err());
        assert_eq!(KrSpec::parse(&input("Launch", "milestone", "", ""), 1).unwrap().kind, KrKind::Milestone);
        assert!(KrSpec::parse(&input("X", "numeric", "ten", "20"), 1).unwrap_err().message.to_string().contains("must be a number"));
        assert!(KrSpec::parse(&input(" ", "numeric", "1", "2"), 1).is_err());
        let heavy = KrInput { weight: "2".into(), ..input("W", "numeric", "0", "1") };
        assert_eq!(KrSpec::parse(&heavy, 1).unwrap().weight, 2.0);
        let zero = KrInput { weight: "0".into(), ..input("W", "numeric", "0", "1") };
        assert_eq!(KrSpec::parse(&zero, 1).unwrap_err().field, "kr1_weight");
    }

    #[test]
    fn check_in_values_follow_the_kind() {
        let pct = KrKind::Percentage { start: 0.0, target: 50.0 };
        assert_eq!(pct.parse_value(" 12,5 ").unwrap(), 12.5);
        assert!(pct.parse_value("101").unwrap_err().message.to_string().contains("between 0 and 100"));
        assert!(KrKind::Milestone.parse_value("0.5").unwrap_err().message.to_string().contains("done or not done"));
        assert_eq!(KrKind::Milestone.parse_value("1").unwrap(), 1.0);
        let e = KrKind::Numeric { start: 0.0, target: 9.0, unit: String::new() }.parse_value("lots").unwrap_err();
        assert_eq!((e.field.as_str(), e.message.to_string().as_str()), ("value", "The new value must be a number."));
        assert!(pct.parse_value("NaN").is_err());
    }

    #[test]
    fn one_to_five_key_results() {
        let k = input("K", "numeric", "0", "1");
        assert!(KrSpec::parse_all(&[KrInput::default()]).is_err());
        assert_eq!(KrSpec::parse_all(&vec![k.clone(); 5]).unwrap().len(), 5);
        let six = KrSpec::parse_all(&vec![k; 6]).unwrap_err();
        assert_eq!(six.message, "An objective has at most 5 key results; this one has 6.");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn values_are_written_the_reader_s_way_without_trailing_zeros() {
        let km = KrKind::Numeric { start: 0.0, target: 10.0, unit: "km".into() };
        assert_eq!(km.says(3.0).to_string(), "3 km");
        assert_eq!(km.says(1234.50).to_string(), "1,234.5 km");
        assert_eq!(crate::i18n::said_in(crate::domain::locale::Locale::De, &km.says(1234.5)), "1.234,5 km");
        assert_eq!(KrKind::Milestone.says(1.0).to_string(), "done");
    }

    #[test]
    fn values_stay_within_a_trillion() {
        let k = KrKind::Numeric { start: 0.0, target: 10.0, unit: String::new() };
        assert_eq!(k.parse_value("1e12").unwrap(), 1e12);
        for bad in ["1e308", "-1e13", "1000000000001", "inf", "NaN"] {
            assert_eq!(k.parse_value(bad).unwrap_err().field, "value", "{bad}");
        }
    }

    proptest! {
        /// Whatever is typed, a check-in value is refused or a finite number
        /// within bounds: nothing typed can panic or reach the page as junk.
        #[test]
        fn any_typed_value_is_refused_or_bounded(raw in "\\PC{0,40}") {
            let k = KrKind::Numeric { start: 0.0, target: 10.0, unit: String::new() };
            if let Ok(v) = k.parse_value(&raw) {
                prop_assert!(v.is_finite() && v.abs() <= MAX_VALUE);
            }
        }

        #[test]
        fn progress_is_always_within_0_and_100(start in -1e6f64..1e6, target in -1e6f64..1e6, current in -1e7f64..1e7) {
            let p = numeric(start, target).progress(current);
            prop_assert!((0.0..=100.0).contains(&p));
        }

        #[test]
        fn reaching_the_target_is_100(start in -1e6f64..1e6, delta in 1e-3f64..1e6, up in any::<bool>()) {
            let target = if up { start + delta } else { start - delta };
            prop_assert!((numeric(start, target).progress(target) - 100.0).abs() < 1e-6);
            prop_assert!(numeric(start, target).progress(start).abs() < 1e-6);
        }
    }
}
