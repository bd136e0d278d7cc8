//! A named series of points over time, ready for a line chart.

use crate::data::format::period::Period;

/// One line of a chart: x is the fractional year (2024.5 = 2024-Q3), y the value.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeSeries {
    /// The legend's name for the line.
    pub name: String,
    /// The points, in time order.
    pub points: Vec<(f64, f64)>,
}

impl TimeSeries {
    /// A series from (period, value) pairs.
    pub fn from_periods(name: impl Into<String>, periods: &[(Period, f64)]) -> Self {
        TimeSeries {
            name: name.into(),
            points: periods
                .iter()
                .map(|(p, v)| (p.as_fractional_year(), *v))
                .collect(),
        }
    }

    /// A series from (year, value) pairs.
    pub fn from_years(
        name: impl Into<String>,
        years: impl IntoIterator<Item = (i32, f64)>,
    ) -> Self {
        TimeSeries {
            name: name.into(),
            points: years.into_iter().map(|(y, v)| (f64::from(y), v)).collect(),
        }
    }

    /// The smallest and largest y, or `None` for an empty series.
    pub fn y_range(&self) -> Option<(f64, f64)> {
        self.points
            .iter()
            .map(|p| p.1)
            .fold(None, |range, y| match range {
                None => Some((y, y)),
                Some((low, high)) => Some((low.min(y), high.max(y))),
            })
    }
}

/// The y range covering every series, widened to include zero for counts and a
/// little headroom, so lines never touch the frame.
pub fn y_bounds(series: &[&TimeSeries]) -> [f64; 2] {
    let (low, high) = series
        .iter()
        .filter_map(|s| s.y_range())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), (a, b)| {
            (l.min(a), h.max(b))
        });
    if !low.is_finite() || !high.is_finite() {
        return [0.0, 1.0];
    }
    let low = low.min(0.0);
    let high = if high <= low {
        low + 1.0
    } else {
        high + (high - low) * 0.1
    };
    [low, high]
}
