//! What a key result's chart shows, as plain numbers: where each check-in
//! falls in the wave, the pace that would reach the target on the last day,
//! and a sentence saying the same for screen readers. The SVG is drawn from
//! this in `ui::components::kr_chart`.

use super::key_result::{CheckInView, KrKind};
use super::msg::Msg;
use super::wave::WaveDates;
use crate::msg;
use chrono::NaiveDate;

/// A check-in on the chart: `x` is its share of the wave (0 = first day's
/// start, 1 = last day's end).
#[derive(Debug, Clone, PartialEq)]
pub struct ChartPoint {
    pub x: f64,
    pub value: f64,
    pub label: Msg,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KrChartModel {
    /// Each week's first day: (x, "W1").
    pub weeks: Vec<(f64, Msg)>,
    /// The value range drawn: start, target and every check-in fit.
    pub lo: f64,
    pub hi: f64,
    pub start: f64,
    pub target: f64,
    pub start_label: Msg,
    pub target_label: Msg,
    /// Check-ins only (the start is drawn as its own mark, not as a check-in).
    pub points: Vec<ChartPoint>,
    /// Whether a straight pace from start to target means anything (not for milestones).
    pub pace: bool,
    pub summary: Msg,
}

/// Where a moment falls in the wave, 0–1.
fn share(dates: &WaveDates, day: NaiveDate, seconds_into_day: i64) -> f64 {
    let days = (day - dates.start()).num_days() as f64 + seconds_into_day as f64 / 86_400.0;
    (days / dates.total_days() as f64).clamp(0.0, 1.0)
}

/// The value the straight pace from start to target expects at `x`.
pub fn expected_at(start: f64, target: f64, x: f64) -> f64 {
    start + (target - start) * x
}

pub fn model(kind: &KrKind, history: &[CheckInView], dates: &WaveDates) -> KrChartModel {
    let (start, target) = match kind {
        KrKind::Numeric { start, target, .. } | KrKind::Percentage { start, target } => (*start, *target),
        KrKind::Milestone => (0.0, 1.0),
    };
    let points: Vec<ChartPoint> = history
        .iter()
        .map(|c| {
            let at = chrono::DateTime::from_timestamp(c.at, 0).unwrap_or_default();
            let x = share(dates, at.date_naive(), i64::from(chrono::Timelike::num_seconds_from_midnight(&at.time())));
            ChartPoint { x, value: c.value, label: kind.says(c.value) }
        })
        .collect();
    let lo = points.iter().map(|p| p.value).fold(start.min(target), f64::min);
    let hi = points.iter().map(|p| p.value).fold(start.max(target), f64::max);
    let weeks = (1..=dates.week_count()).map(|w| (share(dates, dates.week_start(w), 0), msg!("kr-chart-week", week = w))).collect();
    let pace = !matches!(kind, KrKind::Milestone);
    let summary = summary(kind, &points, start, target, pace, dates);
    KrChartModel { weeks, lo, hi, start, target, start_label: kind.says(start), target_label: kind.says(target), points, pace, summary }
}

fn summary(kind: &KrKind, points: &[ChartPoint], start: f64, target: f64, pace: bool, dates: &WaveDates) -> Msg {
    let (first, last_day) = (dates.start(), dates.end());
    let (from, to) = (kind.says(start), kind.says(target));
    let Some(last) = points.last() else {
        return msg!("kr-chart-none", from = from, to = to, first = first, last = last_day);
    };
    let (count, latest) = (points.len(), last.label.clone());
    if !pace {
        return msg!("kr-chart-milestone", from = from, to = to, first = first, last = last_day, count = count, latest = latest);
    }
    let expected = kind.says((expected_at(start, target, last.x) * 10.0).round() / 10.0);
    let ahead =
        if target >= start { last.value >= expected_at(start, target, last.x) } else { last.value <= expected_at(start, target, last.x) };
    let pace = if ahead { "ahead" } else { "behind" };
    msg!(
        "kr-chart-pace",
        from = from,
        to = to,
        first = first,
        last = last_day,
        count = count,
        latest = latest,
        expected = expected,
        pace = pace
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates() -> WaveDates {
        WaveDates::parse("2026-03-02", "2026-03-29").unwrap() // 4 weeks, 28 days
    }

    fn at(day: &str) -> i64 {
        NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap().and_hms_opt(0, 0, 0).unwrap().and_utc().timestamp()
    }

    fn check_in(value: f64, day: &str) -> CheckInView {
        CheckInView { value, note: None, author: "A".into(), at: at(day) }
    }

    #[test]
    fn check_ins_fall_on_their_day_of_the_wave_and_the_start_is_not_one() {
        let kind = KrKind::Numeric { start: 0.0, target: 100.0, unit: String::new() };
        let m = model(&kind, &[check_in(20.0, "2026-03-09"), check_in(40.0, "2026-03-16")], &dates());
        assert_eq!(m.points.len(), 2, "two check-ins, two points");
        assert_eq!(m.points[0].x, 0.25);
        assert_eq!(m.points[1].x, 0.5);
        assert_eq!(
            m.weeks.iter().map(|(x, l)| (*x, l.to_string())).collect::<Vec<_>>(),
            [(0.0, "W1".to_string()), (0.25, "W2".to_string()), (0.5, "W3".to_string()), (0.75, "W4".to_string())]
        );
        assert_eq!((m.start_label.to_string(), m.target_label.to_string()), ("0".to_string(), "100".to_string()));
        // Halfway through at 40 where the pace expects 50.
        let summary = m.summary.to_string();
        assert!(summary.contains("2 check-ins, the latest 40") && summary.contains("expected 50: behind pace"), "{summary}");
    }

    #[test]
    fn a_falling_target_is_ahead_when_below_the_pace() {
        let kind = KrKind::Numeric { start: 45.0, target: 30.0, unit: "days".into() };
        let m = model(&kind, &[check_in(35.0, "2026-03-16")], &dates());
        assert!(m.summary.to_string().contains("on or ahead of pace"), "{}", m.summary);
        assert_eq!((m.lo, m.hi), (30.0, 45.0));
    }

    #[test]
    fn values_outside_start_and_target_widen_the_range_and_milestones_have_no_pace() {
        let kind = KrKind::Percentage { start: 10.0, target: 35.0 };
        let m = model(&kind, &[check_in(50.0, "2026-03-03")], &dates());
        assert_eq!((m.lo, m.hi), (10.0, 50.0));
        let milestone = model(&KrKind::Milestone, &[check_in(1.0, "2026-03-20")], &dates());
        assert!(!milestone.pace);
        assert!(milestone.summary.to_string().ends_with("1 check-in, the latest done."), "{}", milestone.summary);
        assert!(model(&KrKind::Milestone, &[], &dates()).summary.to_string().ends_with("No check-ins yet."));
    }
}
