//! The Technology tab: each technological innovation goal against its target, a chart
//! of the chosen goal over the years, and clusters ranked by goals met.

use crate::data::format::vocabulary::{Area, Unit, ValueStatus};
use crate::data::loading::dataset::Dataset;
use crate::data::queries::selection::{CombinedYearly, goal_progress};
use crate::data::rollup::combination::Combination;
use crate::i18n::Lang;

use super::goal_status::GoalStatus;
use super::scorecard::{TargetsMet, targets_met};
use super::time_series::TimeSeries;

/// One goal: an indicator of the area against its target in the year.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalRow {
    /// The indicator's id.
    pub indicator_id: String,
    /// The indicator's name.
    pub name: String,
    /// Its unit.
    pub unit: Unit,
    /// The actual value: of the clusters with a target when there is one, else of the whole selection.
    pub actual: Option<f64>,
    /// The combined target, when the clusters set one.
    pub target: Option<f64>,
    /// The share of the target reached (1.0 = met).
    pub share: Option<f64>,
    /// Where the goal stands.
    pub status: Option<GoalStatus>,
    /// The change of the selection's value from the year before.
    pub change: Option<f64>,
    /// How firm the value is: the least firm status behind it.
    pub firmness: Option<ValueStatus>,
    /// How several clusters' values were combined; `None` for one cluster.
    pub combination: Option<Combination>,
}

/// A chart of one goal over the years, with its target line.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalChart {
    /// The indicator's name.
    pub name: String,
    /// Its unit.
    pub unit: Unit,
    /// The selection's value by year.
    pub actual: TimeSeries,
    /// The combined target by year (empty without targets).
    pub target: TimeSeries,
}

/// One cluster in the ranking by goals met.
#[derive(Debug, Clone, PartialEq)]
pub struct RankRow {
    /// Cluster id.
    pub cluster_id: String,
    /// Targets met in the area.
    pub met: TargetsMet,
}

/// Everything the Technology tab draws.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TechnologyModel {
    /// The goals, in catalogue order.
    pub goals: Vec<GoalRow>,
    /// The chosen goal over the years.
    pub chart: Option<GoalChart>,
    /// Clusters by share of the area's goals met, best first.
    pub ranking: Vec<RankRow>,
}

/// The rows of an area's goals for the selection and year.
pub fn goal_rows(
    dataset: &Dataset,
    area: Area,
    cluster_ids: &[&str],
    combined: &CombinedYearly,
    year: i32,
    lang: Lang,
) -> Vec<GoalRow> {
    dataset
        .catalogue
        .in_area(area)
        .map(|indicator| {
            let progress = goal_progress(dataset, cluster_ids, &indicator.id, year);
            let value = combined.value(&indicator.id, year);
            let before = combined.value(&indicator.id, year - 1);
            GoalRow {
                indicator_id: indicator.id.clone(),
                name: indicator.name_in(lang.code()).to_string(),
                unit: indicator.unit,
                actual: progress.map(|p| p.actual).or(value),
                target: progress.map(|p| p.target),
                share: progress.map(|p| p.attainment),
                status: progress.map(|p| GoalStatus::of(p.attainment)),
                change: value.zip(before).map(|(now, then)| now - then),
                firmness: dataset.firmness(cluster_ids, &indicator.id, year),
                combination: combined
                    .combination(&indicator.id, year)
                    .filter(|(_, clusters)| *clusters > 1)
                    .map(|(combination, _)| combination),
            }
        })
        .collect()
}

/// Builds the Technology tab; `chosen` is the highlighted goal's row.
pub fn technology_model(
    dataset: &Dataset,
    cluster_ids: &[&str],
    combined: &CombinedYearly,
    year: i32,
    years: &[i32],
    chosen: usize,
    lang: Lang,
) -> TechnologyModel {
    let goals = goal_rows(dataset, Area::Technology, cluster_ids, combined, year, lang);
    let chart = goals.get(chosen).map(|goal| {
        let actual = combined
            .series(&goal.indicator_id)
            .map(|s| s.iter().map(|(y, v)| (*y, *v)).collect::<Vec<_>>());
        let target = years.iter().filter_map(|&y| {
            goal_progress(dataset, cluster_ids, &goal.indicator_id, y).map(|p| (y, p.target))
        });
        GoalChart {
            name: goal.name.clone(),
            unit: goal.unit,
            actual: TimeSeries::from_years(lang.t("chart.actual"), actual.unwrap_or_default()),
            target: TimeSeries::from_years(lang.t("chart.target"), target),
        }
    });
    let mut ranking: Vec<RankRow> = cluster_ids
        .iter()
        .map(|id| RankRow {
            cluster_id: id.to_string(),
            met: targets_met(dataset, id, Area::Technology, year),
        })
        .filter(|r| r.met.judged > 0)
        .collect();
    ranking.sort_by(|a, b| {
        b.met
            .share()
            .partial_cmp(&a.met.share())
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.cluster_id.cmp(&b.cluster_id))
    });
    TechnologyModel {
        goals,
        chart,
        ranking,
    }
}
