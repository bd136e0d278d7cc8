//! The scales of a line chart: y ticks at round numbers (from zero for amounts, fitted
//! with a marked break for rates) and x ticks at round years, so values can be read off.

/// The y axis of a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct YScale {
    /// The value at the bottom of the plot.
    pub low: f64,
    /// The value at the top of the plot.
    pub high: f64,
    /// The labelled values, bottom to top, every one a multiple of the step.
    pub ticks: Vec<f64>,
    /// Whether the axis is cut: it starts above zero, and the chart must say so.
    pub broken: bool,
}

impl YScale {
    /// Whether zero lies strictly inside the plot, where a zero line belongs.
    pub fn crosses_zero(&self) -> bool {
        self.low < 0.0 && self.high > 0.0
    }
}

/// The y scale over values from `low` to `high`, with at most `intervals` steps (2 to 4)
/// between ticks, each step a whole number of `finest` (the smallest difference the
/// labels write, 0.1 for one decimal): from zero when `from_zero` (counts and money), else
/// fitted to the values (rates), marked broken where it does not reach zero.
pub fn y_scale(low: f64, high: f64, from_zero: bool, intervals: usize, finest: f64) -> YScale {
    let (mut low, mut high) = if low.is_finite() && high.is_finite() && low <= high {
        (low, high)
    } else {
        (0.0, 1.0)
    };
    if from_zero {
        low = low.min(0.0);
        high = high.max(0.0);
    }
    // Flat, or as good as flat (float noise of a few ulps): given a range of its own.
    if high - low <= 1e-9 * high.abs().max(low.abs()).max(1.0) {
        let pad = if high.abs() > f64::EPSILON {
            high.abs() * 0.1
        } else {
            1.0
        };
        high += pad;
        if !from_zero || low < 0.0 {
            low -= pad;
        }
    }
    let intervals = intervals.clamp(1, 4);
    let step = round_step(low, high, intervals, finest);
    let bottom = floor_steps(low, step) * step;
    let top = ceil_steps(high, step) * step;
    // Three ticks at the least, where the rows allow: one step more above a range that
    // one step covers.
    let one_step = ((top - bottom) / step).round() < 2.0;
    let top = if one_step && intervals >= 2 {
        top + step
    } else {
        top
    };
    let count = ((top - bottom) / step).round() as usize;
    let ticks = (0..=count)
        .map(|i| clean(bottom + step * i as f64))
        .collect();
    YScale {
        low: clean(bottom),
        high: clean(top),
        ticks,
        broken: bottom > 0.0 || top < 0.0,
    }
}

/// The smallest round step (1, 2, 2.5 or 5 times a power of ten, and a whole number of
/// `finest`, so that no two labels read alike) that covers the range in at most
/// `intervals` steps between round ends.
fn round_step(low: f64, high: f64, intervals: usize, finest: f64) -> f64 {
    let finest = if finest > 0.0 { finest } else { 1e-9 };
    let rough = ((high - low) / intervals as f64).max(finest);
    let mut power = 10f64.powf(rough.log10().floor() - 1.0);
    loop {
        for factor in [1.0, 2.0, 2.5, 5.0] {
            let step = factor * power;
            let whole = (step / finest - (step / finest).round()).abs() < 1e-6;
            if step + 1e-12 < finest || !whole {
                continue;
            }
            if ceil_steps(high, step) - floor_steps(low, step) <= intervals as f64 {
                return step;
            }
        }
        power *= 10.0;
    }
}

/// How many steps fit under `value`, float noise aside (4.2 / 0.05 is 84, not 84.000…1).
fn ceil_steps(value: f64, step: f64) -> f64 {
    (value / step - 1e-9).ceil()
}

/// How many steps fit under `value` rounded down, float noise aside.
fn floor_steps(value: f64, step: f64) -> f64 {
    (value / step + 1e-9).floor()
}

/// A tick without the float noise of repeated steps (0.30000000000000004 is 0.3), and
/// never a negative zero.
fn clean(value: f64) -> f64 {
    let rounded = (value * 1e9).round() / 1e9;
    if rounded == 0.0 { 0.0 } else { rounded }
}

/// Round years to label from `first` to `last`: every 1, 2, 5 or 10 years so that at most
/// `room` labels fit, and never more than five.
pub fn year_ticks(first: i32, last: i32, room: usize) -> Vec<i32> {
    let room = room.clamp(1, 5);
    for every in [1, 2, 5, 10, 20, 50] {
        let start = first + (every - first.rem_euclid(every)) % every;
        let ticks: Vec<i32> = (start..=last).step_by(every as usize).collect();
        if !ticks.is_empty() && ticks.len() <= room {
            return ticks;
        }
    }
    vec![first]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_start_at_zero_with_three_to_five_round_ticks() {
        let scale = y_scale(12.0, 28.6, true, 4, 0.1);
        assert_eq!(scale.ticks, vec![0.0, 10.0, 20.0, 30.0]);
        assert!(!scale.broken);
        let scale = y_scale(0.0, 100.0, true, 4, 0.1);
        assert_eq!(scale.ticks, vec![0.0, 25.0, 50.0, 75.0, 100.0]);
    }

    #[test]
    fn rates_are_fitted_and_marked_broken() {
        let scale = y_scale(4.1, 5.4, false, 4, 0.1);
        assert!(scale.broken);
        assert!(scale.low <= 4.1 && scale.high >= 5.4);
        assert!((3..=5).contains(&scale.ticks.len()), "{:?}", scale.ticks);
        assert_eq!(scale.ticks, vec![4.0, 4.5, 5.0, 5.5]);
    }

    #[test]
    fn a_range_across_zero_has_zero_as_a_tick() {
        let scale = y_scale(-17.5, 14.3, false, 4, 0.1);
        assert!(scale.crosses_zero());
        assert!(!scale.broken);
        assert!(scale.ticks.contains(&0.0), "{:?}", scale.ticks);
        assert_eq!(scale.ticks, vec![-20.0, -10.0, 0.0, 10.0, 20.0]);
    }

    #[test]
    fn a_flat_series_still_gets_a_range() {
        let scale = y_scale(7.0, 7.0, true, 4, 0.1);
        assert!(scale.high > 7.0 && scale.low == 0.0);
        let scale = y_scale(0.0, 0.0, false, 4, 0.1);
        assert!(scale.high > scale.low);
        assert!(scale.ticks.len() >= 2);
    }

    #[test]
    fn few_rows_mean_few_ticks() {
        assert!(y_scale(0.0, 97.0, true, 2, 0.1).ticks.len() <= 3);
    }

    #[test]
    fn years_are_labelled_at_round_years_within_the_room() {
        assert_eq!(year_ticks(2015, 2025, 3), vec![2015, 2020, 2025]);
        assert_eq!(
            year_ticks(2016, 2025, 5),
            vec![2016, 2018, 2020, 2022, 2024]
        );
        assert_eq!(year_ticks(2021, 2024, 5), vec![2021, 2022, 2023, 2024]);
        assert_eq!(year_ticks(2015, 2025, 2), vec![2020]);
    }

    #[test]
    fn ticks_are_as_fine_as_their_labels_and_float_noise_is_no_range() {
        // One decimal: no 0.05 or 0.25 steps, so no two labels read alike.
        let scale = y_scale(4.1, 4.2, false, 4, 0.1);
        assert_eq!(scale.ticks, vec![4.1, 4.2, 4.3]);
        let scale = y_scale(0.0, 0.9, true, 4, 0.1);
        assert!(
            scale
                .ticks
                .iter()
                .all(|t| ((t * 10.0) - (t * 10.0).round()).abs() < 1e-9)
        );
        assert_eq!(scale.ticks, vec![0.0, 0.5, 1.0]);
        // Counts: whole steps.
        assert_eq!(
            y_scale(0.0, 3.0, true, 4, 1.0).ticks,
            vec![0.0, 1.0, 2.0, 3.0]
        );
        // 4.3 and 4.300000000000001 are one value: padded, never a range of zero.
        let scale = y_scale(4.3, 4.300000000000001, false, 4, 0.1);
        assert!(scale.high > scale.low, "{scale:?}");
    }
}
