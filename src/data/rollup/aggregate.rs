//! Pure aggregation rules: rolling months or quarters up into years by each indicator's
//! `time_agg`, and the share of a target met respecting its `direction`. Combining
//! clusters by `cluster_agg` is the yearly cube's ([`super::yearly_cube`]).

use crate::data::format::vocabulary::{Direction, TimeAgg};

/// Rolls the parts of a series (each with its year, in time order) up into one value
/// per year: the sum, the mean or the last part, as `rule` says.
pub fn roll_up(
    parts: impl IntoIterator<Item = (i32, f64)>,
    rule: TimeAgg,
) -> impl Iterator<Item = (i32, f64)> {
    let mut parts = parts.into_iter().peekable();
    std::iter::from_fn(move || {
        let (year, first) = parts.next()?;
        let (mut sum, mut count, mut last) = (first, 1u32, first);
        while let Some((_, value)) = parts.next_if(|&(y, _)| y == year) {
            sum += value;
            last = value;
            count += 1;
        }
        let value = match rule {
            TimeAgg::Sum => sum,
            TimeAgg::Mean => sum / f64::from(count),
            TimeAgg::Last => last,
        };
        Some((year, value))
    })
}

/// How far a value goes towards its target, as a fraction (1.0 = target met exactly).
///
/// - `higher` is better: `actual / target`; a target of zero or below is met (1.0) by
///   any actual at or above it, and missed (0.0) otherwise.
/// - `lower` is better: `target / actual`; an actual of zero or below is met (1.0) when
///   it is at or below the target, and missed (0.0) otherwise.
/// - `neutral` indicators are never judged: `None`.
pub fn attainment(actual: f64, target: f64, direction: Direction) -> Option<f64> {
    match direction {
        Direction::Neutral => None,
        Direction::Higher if target > 0.0 => Some((actual / target).max(0.0)),
        Direction::Higher => Some(if actual >= target { 1.0 } else { 0.0 }),
        Direction::Lower if actual > 0.0 && target >= 0.0 => Some(target / actual),
        Direction::Lower => Some(if actual <= target { 1.0 } else { 0.0 }),
    }
}

/// Whether a target is met, respecting direction; `None` for neutral indicators.
pub fn target_met(actual: f64, target: f64, direction: Direction) -> Option<bool> {
    attainment(actual, target, direction).map(|share| share >= 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_of_a_year_roll_up_by_the_rule() {
        let parts = [
            (2023, 9.0),
            (2024, 1.0),
            (2024, 2.0),
            (2024, 4.0),
            (2025, 5.0),
        ];
        let rolled = |rule| roll_up(parts, rule).collect::<Vec<_>>();
        assert_eq!(
            rolled(TimeAgg::Sum),
            [(2023, 9.0), (2024, 7.0), (2025, 5.0)]
        );
        assert_eq!(rolled(TimeAgg::Last)[1], (2024, 4.0));
        assert_eq!(rolled(TimeAgg::Mean)[1], (2024, 7.0 / 3.0));
        assert_eq!(roll_up([], TimeAgg::Sum).count(), 0);
    }

    #[test]
    fn attainment_respects_direction() {
        assert_eq!(attainment(8.0, 10.0, Direction::Higher), Some(0.8));
        assert_eq!(attainment(12.0, 10.0, Direction::Higher), Some(1.2));
        assert_eq!(attainment(40.0, 50.0, Direction::Lower), Some(1.25));
        assert_eq!(attainment(60.0, 30.0, Direction::Lower), Some(0.5));
        assert_eq!(attainment(5.0, 10.0, Direction::Neutral), None);
        assert_eq!(attainment(0.0, 0.0, Direction::Higher), Some(1.0));
        assert_eq!(attainment(-1.0, 0.0, Direction::Higher), Some(0.0));
        assert_eq!(attainment(0.0, 5.0, Direction::Lower), Some(1.0));
        assert_eq!(target_met(9.99, 10.0, Direction::Higher), Some(false));
        assert_eq!(target_met(10.0, 10.0, Direction::Higher), Some(true));
        assert_eq!(target_met(49.0, 50.0, Direction::Lower), Some(true));
    }
}
