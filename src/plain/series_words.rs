//! A chart over periods in words: its values by year and its trend.

use crate::app::models::time_series::TimeSeries;
use crate::data::format::vocabulary::Unit;
use crate::i18n::Lang;
use crate::plain::trend_words::trend_words;
use crate::words::text::{safe, with_unit};

/// The frequency of yearly charts, by its id.
pub(crate) const YEARLY: &str = "yearly"; // not translated: a frequency's id

/// A time series as a short table of its last values, then its trend: one line.
pub(crate) fn series_line(series: &TimeSeries, unit: Unit, frequency: &str, lang: Lang) -> String {
    let shown: Vec<String> = series
        .points
        .iter()
        .rev()
        .take(8)
        .rev()
        .map(|&(x, y)| {
            format!(
                "{} {}",
                period_label(x, frequency),
                with_unit(lang, y, unit)
            )
        })
        .collect();
    let yearly = last_of_each_year(&series.points);
    let trend = trend_words(&yearly, unit, lang).unwrap_or_default();
    let values = if shown.is_empty() {
        lang.t("chart.no_data").to_string()
    } else {
        shown.join("; ")
    };
    if trend.is_empty() {
        format!("{}: {values}.", safe(&series.name))
    } else {
        format!("{}: {values}. {trend}.", safe(&series.name))
    }
}

/// The period of a point on a time axis (`2024.5` is 2024-Q3 by quarter).
fn period_label(x: f64, frequency: &str) -> String {
    let year = x.floor() as i32;
    let parts = match frequency {
        "quarterly" => 4.0, // not translated: a frequency's id
        "monthly" => 12.0,  // not translated: a frequency's id
        _ => return year.to_string(),
    };
    let part = ((x - x.floor()) * parts).round() as i32 + 1;
    if parts == 4.0 {
        format!("{year}-Q{part}")
    } else {
        format!("{year}-{part:02}")
    }
}

/// The value each year ends on, for a trend over years.
fn last_of_each_year(points: &[(f64, f64)]) -> Vec<(i32, f64)> {
    let mut yearly: Vec<(i32, f64)> = Vec::new();
    for &(x, y) in points {
        let year = x.floor() as i32;
        match yearly.last_mut() {
            Some(last) if last.0 == year => last.1 = y,
            _ => yearly.push((year, y)),
        }
    }
    yearly
}
