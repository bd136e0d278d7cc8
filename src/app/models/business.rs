//! The Business tab: progress of each business innovation action line against its
//! target (or, without one, against the year before), and the percentages over the years.

use crate::data::format::vocabulary::{Unit, ValueStatus};
use crate::data::loading::dataset::Dataset;
use crate::data::queries::selection::{CombinedYearly, goal_progress};
use crate::data::rollup::combination::Combination;
use crate::i18n::Lang;

use super::catalogue_roles::{business_action_lines, business_trend_indicators};
use super::goal_status::GoalStatus;
use super::time_series::TimeSeries;

/// What a progress bar measures against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    /// The year's target.
    Target,
    /// The year before's value.
    LastYear,
}

/// One action line as a progress bar.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressRow {
    /// The indicator's name.
    pub name: String,
    /// Its unit.
    pub unit: Unit,
    /// The value in the year.
    pub actual: Option<f64>,
    /// What it is measured against, and that value.
    pub reference: Option<(Reference, f64)>,
    /// The share of the reference reached (1.0 = equal).
    pub share: Option<f64>,
    /// Where the goal stands, when measured against a target.
    pub status: Option<GoalStatus>,
    /// How firm the value is: the least firm status behind it.
    pub firmness: Option<ValueStatus>,
}

/// A percentage over the years.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendChart {
    /// The indicator's name.
    pub name: String,
    /// The selection's value by year.
    pub series: TimeSeries,
    /// How several clusters' values were combined in the year; `None` for one cluster.
    pub combination: Option<Combination>,
}

/// Everything the Business tab draws.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BusinessModel {
    /// The action lines.
    pub lines: Vec<ProgressRow>,
    /// The percentages over the years.
    pub trends: Vec<TrendChart>,
}

/// Builds the Business tab for the selection and year.
pub fn business_model(
    dataset: &Dataset,
    cluster_ids: &[&str],
    combined: &CombinedYearly,
    year: i32,
    lang: Lang,
) -> BusinessModel {
    let lines = business_action_lines(&dataset.catalogue)
        .into_iter()
        .map(
            |indicator| match goal_progress(dataset, cluster_ids, &indicator.id, year) {
                Some(progress) => ProgressRow {
                    name: indicator.name_in(lang.code()).to_string(),
                    unit: indicator.unit,
                    actual: Some(progress.actual),
                    reference: Some((Reference::Target, progress.target)),
                    share: Some(progress.attainment),
                    status: Some(GoalStatus::of(progress.attainment)),
                    firmness: dataset.firmness(cluster_ids, &indicator.id, year),
                },
                None => {
                    let actual = combined.value(&indicator.id, year);
                    let before = combined.value(&indicator.id, year - 1);
                    ProgressRow {
                        name: indicator.name_in(lang.code()).to_string(),
                        unit: indicator.unit,
                        actual,
                        reference: before.map(|b| (Reference::LastYear, b)),
                        share: actual
                            .zip(before)
                            .filter(|(_, b)| *b > 0.0)
                            .map(|(a, b)| a / b),
                        status: None,
                        firmness: dataset.firmness(cluster_ids, &indicator.id, year),
                    }
                }
            },
        )
        .collect();
    let trends = business_trend_indicators(&dataset.catalogue)
        .into_iter()
        .map(|indicator| TrendChart {
            combination: combined
                .combination(&indicator.id, year)
                .filter(|(_, clusters)| *clusters > 1)
                .map(|(combination, _)| combination),
            name: indicator.name_in(lang.code()).to_string(),
            series: TimeSeries::from_years(
                indicator.name_in(lang.code()).to_string(),
                combined
                    .series(&indicator.id)
                    .map(|s| s.iter().map(|(y, v)| (*y, *v)).collect::<Vec<_>>())
                    .unwrap_or_default(),
            ),
        })
        .collect();
    BusinessModel { lines, trends }
}
