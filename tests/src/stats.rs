//! Summary statistics of measured samples, shared by the benchmarks so that
//! every table computes its percentiles the same way. No I/O here.

/// The `p`-th percentile (0–100) of `sorted` (ascending), by nearest rank:
/// the sample at rank `round(p / 100 × (n − 1))`, so `p = 0` is the minimum,
/// `p = 100` the maximum, and every answer is one of the samples. A `p`
/// outside 0–100 is clamped to it. `NaN` when there are no samples, so that an
/// empty measurement prints as missing instead of as a plausible zero.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    debug_assert!(
        sorted.is_sorted_by(|a, b| a.total_cmp(b).is_le()),
        "percentile needs ascending samples"
    );
    let Some(last) = sorted.len().checked_sub(1) else {
        return f64::NAN;
    };
    let rank = (p.clamp(0.0, 100.0) / 100.0 * last as f64).round() as usize;
    sorted[rank.min(last)]
}

/// Sorts `samples` ascending for [`percentile`] (total order: a `NaN` sorts last).
pub fn sorted(mut samples: Vec<f64>) -> Vec<f64> {
    samples.sort_by(f64::total_cmp);
    samples
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_samples_have_no_percentile() {
        assert!(percentile(&[], 50.0).is_nan());
        assert!(percentile(&[], 0.0).is_nan());
    }

    #[test]
    fn one_sample_is_every_percentile() {
        for p in [0.0, 50.0, 95.0, 99.0, 100.0] {
            assert_eq!(percentile(&[7.0], p), 7.0, "p{p}");
        }
    }

    #[test]
    fn the_ends_are_the_minimum_and_the_maximum() {
        let s = [1.0, 2.0, 3.0, 4.0, 5.0];
        assert_eq!(percentile(&s, 0.0), 1.0);
        assert_eq!(percentile(&s, 100.0), 5.0);
        assert_eq!(percentile(&s, 50.0), 3.0);
    }

    #[test]
    fn out_of_range_and_nan_ranks_are_clamped() {
        let s = [1.0, 2.0, 3.0];
        assert_eq!(percentile(&s, -10.0), 1.0);
        assert_eq!(percentile(&s, 250.0), 3.0);
        // `clamp` keeps NaN; the cast then takes it as rank 0.
        assert_eq!(percentile(&s, f64::NAN), 1.0);
    }

    #[test]
    fn ranks_round_to_the_nearest_sample() {
        // Four samples: the median's rank 1.5 rounds up to the third.
        assert_eq!(percentile(&[10.0, 20.0, 30.0, 40.0], 50.0), 30.0);
        // 100 samples 1..=100: p95 is rank round(94.05) = 94, the value 95;
        // p99 is rank round(98.01) = 98, the value 99.
        let hundred: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&hundred, 95.0), 95.0);
        assert_eq!(percentile(&hundred, 99.0), 99.0);
        // 20 samples: p95 is rank round(18.05) = 18, not the maximum.
        let twenty: Vec<f64> = (1..=20).map(f64::from).collect();
        assert_eq!(percentile(&twenty, 95.0), 19.0);
    }

    #[test]
    fn sorting_puts_samples_in_order_and_nan_last() {
        let s = sorted(vec![3.0, f64::NAN, 1.0, 2.0]);
        assert_eq!(&s[..3], &[1.0, 2.0, 3.0]);
        assert!(s[3].is_nan());
        assert_eq!(percentile(&s, 0.0), 1.0);
    }
}
