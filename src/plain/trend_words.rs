//! A series' trend in words, for plain mode: "rising 12% since 2020", "falling 3.1
//! points since 2020", "steady since 2020".

use crate::data::format::vocabulary::Unit;
use crate::i18n::Lang;

/// How many years back a trend looks, at most.
pub const TREND_YEARS: i32 = 5;

/// The trend of yearly values (oldest first) over the last [`TREND_YEARS`] years:
/// relative change for amounts, change in points for percentages and scores. `None`
/// with fewer than two values.
pub fn trend_words(yearly: &[(i32, f64)], unit: Unit, lang: Lang) -> Option<String> {
    let &(last_year, last) = yearly.last()?;
    let &(since, first) = yearly
        .iter()
        .find(|(year, _)| *year >= last_year - TREND_YEARS)
        .filter(|(year, _)| *year < last_year)?;
    let in_points = matches!(unit, Unit::Pct | Unit::Score);
    let (change, amount) = if in_points {
        let change = last - first;
        let amount = lang.f(
            "plain.trend.points",
            &[("n", &lang.decimal(change.abs(), 1))],
        );
        (change, amount)
    } else if first == 0.0 {
        let key = if last > 0.0 {
            "plain.trend.rising_from_zero"
        } else if last < 0.0 {
            "plain.trend.falling_from_zero"
        } else {
            "plain.trend.steady"
        };
        return Some(lang.f(key, &[("year", &since)]));
    } else {
        let change = (last - first) / first.abs() * 100.0;
        (change, lang.percent_of(&lang.decimal(change.abs(), 0)))
    };
    let steady = if in_points {
        change.abs() < 0.05
    } else {
        change.abs() < 0.5
    };
    let key = if steady {
        "plain.trend.steady"
    } else if change > 0.0 {
        "plain.trend.rising"
    } else {
        "plain.trend.falling"
    };
    Some(lang.f(key, &[("amount", &amount), ("year", &since)]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trends_read_as_words() {
        let en = Lang::En;
        let series = [(2019, 80.0), (2020, 100.0), (2023, 110.0), (2025, 112.0)];
        assert_eq!(
            trend_words(&series, Unit::Count, en).as_deref(),
            Some("rising 12% since 2020"),
            "five years back at most"
        );
        let falling = [(2022, 5.2), (2024, 4.0)];
        assert_eq!(
            trend_words(&falling, Unit::Pct, en).as_deref(),
            Some("falling 1.2 points since 2022")
        );
        assert_eq!(
            trend_words(&[(2020, 50.0), (2024, 50.1)], Unit::Count, en).as_deref(),
            Some("steady since 2020")
        );
        assert_eq!(
            trend_words(&[(2020, 0.0), (2024, 3.0)], Unit::Count, en).as_deref(),
            Some("rising from 0 since 2020")
        );
        assert_eq!(
            trend_words(&[(2020, 0.0), (2024, -50.0)], Unit::EurK, en).as_deref(),
            Some("falling from 0 since 2020")
        );
        assert_eq!(trend_words(&[(2024, 3.0)], Unit::Count, en), None);
        assert_eq!(trend_words(&[], Unit::Count, en), None);
        assert_eq!(
            trend_words(&series, Unit::Count, Lang::Es).as_deref(),
            Some(Lang::Es.f(
                "plain.trend.rising",
                &[("amount", &"12\u{a0}%"), ("year", &2020)]
            ))
            .as_deref()
        );
    }
}
