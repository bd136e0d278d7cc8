//! Keeps a generated pyramid of cooperation nested, as a real one is: in each year no
//! level counts more members than the level below it (level 1: than the cluster's
//! members), and no level counts more SMEs than its members or than the level below.
//! Each indicator's series is drawn on its own, so a level's plan can overshoot the one
//! under it; this caps the generated values after the draw. Published figures are never
//! changed.

use crate::data::format::vocabulary::ValueStatus;

use super::indicator_seeds::Model;
use super::value_series::GeneratedValue;

/// Caps each year's illustrative pyramid values at the level below, in place. `series`
/// holds every indicator of one cluster, each with its model.
pub fn nest_pyramid(series: &mut [(Model, Vec<GeneratedValue>)]) {
    let years: Vec<i32> = series
        .iter()
        .find(|(model, _)| *model == Model::Members)
        .map(|(_, values)| values.iter().map(|v| v.period.year).collect())
        .unwrap_or_default();
    for year in years {
        let mut members_cap = value_of(series, Model::Members, year);
        let mut smes_cap = members_cap;
        for level in 1..=4 {
            members_cap = cap(series, Model::PyramidMembers(level), year, members_cap);
            let smes_limit = match (smes_cap, members_cap) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            smes_cap = cap(series, Model::PyramidSmes(level), year, smes_limit);
        }
    }
}

/// The yearly value of the indicator with `model` in `year`, if drawn.
fn value_of(series: &[(Model, Vec<GeneratedValue>)], model: Model, year: i32) -> Option<f64> {
    series
        .iter()
        .find(|(m, _)| *m == model)?
        .1
        .iter()
        .find(|v| v.period.year == year)
        .map(|v| v.value)
}

/// Lowers the illustrative value of `model` in `year` to `limit`; returns the value it
/// keeps, which caps the next level (or the limit, when the level has no value that
/// year, so the level above is still held under the last one known).
fn cap(
    series: &mut [(Model, Vec<GeneratedValue>)],
    model: Model,
    year: i32,
    limit: Option<f64>,
) -> Option<f64> {
    let Some((_, values)) = series.iter_mut().find(|(m, _)| *m == model) else {
        return limit;
    };
    let Some(value) = values.iter_mut().find(|v| v.period.year == year) else {
        return limit;
    };
    if let Some(limit) = limit
        && value.value > limit
        && value.status == ValueStatus::Illustrative
    {
        value.value = limit;
    }
    Some(value.value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::format::period::Period;

    fn at(year: i32, value: f64, status: ValueStatus) -> GeneratedValue {
        GeneratedValue {
            period: Period::year(year),
            value,
            status,
            note: String::new(),
            source: "",
        }
    }

    fn series(members: f64, levels: [f64; 4], smes: [f64; 4]) -> Vec<(Model, Vec<GeneratedValue>)> {
        let mut all = vec![(Model::Members, vec![at(2024, members, ValueStatus::Actual)])];
        for level in 1..=4u8 {
            let i = usize::from(level - 1);
            all.push((
                Model::PyramidMembers(level),
                vec![at(2024, levels[i], ValueStatus::Illustrative)],
            ));
            all.push((
                Model::PyramidSmes(level),
                vec![at(2024, smes[i], ValueStatus::Illustrative)],
            ));
        }
        all
    }

    fn values(all: &[(Model, Vec<GeneratedValue>)]) -> Vec<f64> {
        all.iter().skip(1).map(|(_, v)| v[0].value).collect()
    }

    #[test]
    fn a_level_over_the_one_below_is_capped_there() {
        let mut all = series(308.0, [309.0, 163.0, 81.0, 90.0], [178.0, 92.0, 42.0, 16.0]);
        nest_pyramid(&mut all);
        assert_eq!(
            values(&all),
            [308.0, 178.0, 163.0, 92.0, 81.0, 42.0, 81.0, 16.0]
        );
    }

    #[test]
    fn smes_stay_under_their_level_and_the_level_below() {
        let mut all = series(100.0, [90.0, 50.0, 20.0, 10.0], [60.0, 70.0, 30.0, 12.0]);
        nest_pyramid(&mut all);
        assert_eq!(
            values(&all),
            [90.0, 60.0, 50.0, 50.0, 20.0, 20.0, 10.0, 10.0]
        );
    }

    #[test]
    fn a_published_figure_is_never_changed() {
        let mut all = series(100.0, [120.0, 50.0, 20.0, 10.0], [60.0, 40.0, 15.0, 5.0]);
        all[1].1[0].status = ValueStatus::Actual;
        nest_pyramid(&mut all);
        assert_eq!(all[1].1[0].value, 120.0);
    }
}
