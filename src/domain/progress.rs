//! How progress adds up: objectives from their key results (weighted),
//! teams from their objectives, and when progress lags the wave's clock.

/// "Needs support" when progress trails the share of the wave elapsed by
/// more than this many percentage points.
pub const NEEDS_SUPPORT_MARGIN: f64 = 20.0;

/// Weighted mean of `(progress, weight)` pairs; `None` when there is nothing to average.
pub fn weighted_mean(items: impl IntoIterator<Item = (f64, f64)>) -> Option<f64> {
    let (sum, weights) = items.into_iter().filter(|(_, w)| *w > 0.0).fold((0.0, 0.0), |(s, ws), (p, w)| (s + p * w, ws + w));
    (weights > 0.0).then(|| sum / weights)
}

/// Plain mean (a team's score is the mean of its objectives' progress).
pub fn mean(items: impl IntoIterator<Item = f64>) -> Option<f64> {
    weighted_mean(items.into_iter().map(|p| (p, 1.0)))
}

/// True when progress lags the time elapsed by more than the margin.
pub fn lags_time(progress_pct: f64, elapsed_pct: f64) -> bool {
    elapsed_pct - progress_pct > NEEDS_SUPPORT_MARGIN
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn means_and_lag() {
        assert_eq!(weighted_mean([(100.0, 3.0), (0.0, 1.0)]), Some(75.0));
        assert_eq!(mean([]), None);
        assert_eq!(mean([20.0, 40.0]), Some(30.0));
        assert!(lags_time(10.0, 50.0));
        assert!(!lags_time(30.0, 50.0));
    }

    proptest! {
        #[test]
        fn mean_lies_between_min_and_max(xs in prop::collection::vec(0f64..100.0, 1..10)) {
            let m = mean(xs.iter().copied()).unwrap();
            let lo = xs.iter().copied().fold(f64::MAX, f64::min);
            let hi = xs.iter().copied().fold(f64::MIN, f64::max);
            prop_assert!(m >= lo - 1e-9 && m <= hi + 1e-9);
        }
    }
}
