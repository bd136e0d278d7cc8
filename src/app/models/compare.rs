//! The Compare tab: a few clusters side by side. Every indicator any of them has, with
//! each cluster's value, target and status in the year, and the chosen indicator over
//! the years as one small chart per cluster.

use crate::data::format::vocabulary::{Area, Unit, ValueStatus};
use crate::data::loading::dataset::Dataset;
use crate::data::queries::selection::goal_progress;
use crate::i18n::Lang;

use super::goal_status::GoalStatus;
use super::model_scope::ModelScope;
use super::time_series::TimeSeries;

/// The most clusters compared at once; a larger filter compares its first ones.
pub const MOST_COMPARED: usize = 6;

/// The order of the areas in the table: the three areas of work first.
const AREA_ORDER: [Area; 5] = [
    Area::Cooperation,
    Area::Technology,
    Area::Business,
    Area::Profile,
    Area::Programme,
];

/// One cluster's figure for one indicator in the year.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ComparedValue {
    /// Its value in the year.
    pub value: Option<f64>,
    /// Its target in the year, if it set one.
    pub target: Option<f64>,
    /// The share of its target reached (1.0 = met).
    pub share: Option<f64>,
    /// Where its goal stands, with a target and a value.
    pub status: Option<GoalStatus>,
    /// How firm the value is.
    pub firmness: Option<ValueStatus>,
}

/// One indicator across the compared clusters.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareRow {
    /// The indicator's id.
    pub indicator_id: String,
    /// Its name in the language shown.
    pub name: String,
    /// Its area.
    pub area: Area,
    /// Its unit.
    pub unit: Unit,
    /// Each compared cluster's figure, in the order of [`CompareModel::clusters`].
    pub values: Vec<ComparedValue>,
}

/// One cluster's small chart of the chosen indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct SmallChart {
    /// The cluster's id.
    pub cluster_id: String,
    /// Its value by year.
    pub actual: TimeSeries,
    /// Its target by year (empty without targets).
    pub target: TimeSeries,
}

/// Everything the Compare tab draws.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompareModel {
    /// The compared clusters' ids, in filter order.
    pub clusters: Vec<String>,
    /// How many clusters of the filter taking part in the year are left out (beyond
    /// [`MOST_COMPARED`]).
    pub left_out: usize,
    /// The indicators any compared cluster has a value for in some year, areas of work
    /// first, each in catalogue order.
    pub rows: Vec<CompareRow>,
    /// The chosen row's small charts, one per compared cluster.
    pub charts: Vec<SmallChart>,
}

/// A cluster's figure for an indicator in a year.
fn compared_value(dataset: &Dataset, cluster: &str, indicator: &str, year: i32) -> ComparedValue {
    let progress = goal_progress(dataset, &[cluster], indicator, year);
    ComparedValue {
        value: dataset.value(cluster, indicator, year),
        target: progress.map(|p| p.target),
        share: progress.map(|p| p.attainment),
        status: progress.map(|p| GoalStatus::of(p.attainment)),
        firmness: dataset.firmness(&[cluster], indicator, year),
    }
}

/// Builds the Compare tab, its `chosen` row's charts drawn.
pub fn compare_model(scope: &ModelScope, chosen: usize) -> CompareModel {
    let ModelScope {
        dataset,
        cluster_ids,
        year,
        years,
        lang,
    } = *scope;
    // The clusters of the filter that take part in the programme in the year.
    let active: Vec<&str> = cluster_ids
        .iter()
        .copied()
        .filter(|id| {
            let registry = &dataset.registry.clusters;
            registry.iter().any(|c| c.id == *id && c.is_active_in(year))
        })
        .collect();
    let clusters: Vec<&str> = active.iter().take(MOST_COMPARED).copied().collect();
    let has_values = |indicator: &str| {
        clusters.iter().any(|c| {
            years
                .iter()
                .any(|y| dataset.value(c, indicator, *y).is_some())
        })
    };
    let rows: Vec<CompareRow> = AREA_ORDER
        .iter()
        .flat_map(|area| dataset.catalogue.in_area(*area))
        .filter(|indicator| has_values(&indicator.id))
        .map(|indicator| CompareRow {
            indicator_id: indicator.id.clone(),
            name: indicator.name_in(lang.code()).to_string(),
            area: indicator.area,
            unit: indicator.unit,
            values: clusters
                .iter()
                .map(|c| compared_value(dataset, c, &indicator.id, year))
                .collect(),
        })
        .collect();
    let charts = rows
        .get(chosen)
        .map(|row| {
            clusters
                .iter()
                .map(|c| small_chart(dataset, c, &row.indicator_id, years, lang))
                .collect()
        })
        .unwrap_or_default();
    CompareModel {
        clusters: clusters.iter().map(|c| c.to_string()).collect(),
        left_out: active.len().saturating_sub(MOST_COMPARED),
        rows,
        charts,
    }
}

/// One cluster's indicator over the years, with its targets.
/// The actual line is named for the cluster.
fn small_chart(
    dataset: &Dataset,
    cluster: &str,
    indicator: &str,
    years: &[i32],
    lang: Lang,
) -> SmallChart {
    let actual = years
        .iter()
        .filter_map(|&y| dataset.value(cluster, indicator, y).map(|v| (y, v)));
    let target = years
        .iter()
        .filter_map(|&y| goal_progress(dataset, &[cluster], indicator, y).map(|p| (y, p.target)));
    SmallChart {
        cluster_id: cluster.to_string(),
        actual: TimeSeries::from_years(cluster, actual),
        target: TimeSeries::from_years(lang.t("chart.target"), target),
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::data::csv::source::DatasetSource;
    use crate::data::loading::reloader::load_dataset;

    #[test]
    fn each_cluster_has_its_own_value_target_and_status() {
        let dataset = load_dataset(&DatasetSource::Folder(PathBuf::from(
            "datasets/basque-clusters",
        )));
        let years = dataset.years().to_vec();
        let ids = ["HEGAN", "GAIA", "ACLIMA"];
        let model = compare_model(
            &ModelScope {
                dataset: &dataset,
                cluster_ids: &ids,
                year: 2024,
                years: &years,
                lang: Lang::En,
            },
            0,
        );
        assert_eq!(model.clusters, ids);
        assert_eq!(model.left_out, 0);
        assert_eq!(model.rows[0].area, Area::Cooperation);
        let rd = model
            .rows
            .iter()
            .find(|r| r.indicator_id == "TEC_RD_INTENSITY")
            .expect("R&D intensity");
        for (i, id) in ids.iter().enumerate() {
            let cell = rd.values[i];
            assert_eq!(cell.value, dataset.value(id, "TEC_RD_INTENSITY", 2024));
            let progress = goal_progress(&dataset, &[id], "TEC_RD_INTENSITY", 2024);
            assert_eq!(cell.target, progress.map(|p| p.target));
            assert_eq!(cell.status, progress.map(|p| GoalStatus::of(p.attainment)));
        }
        assert_eq!(model.charts.len(), 3);
        assert_eq!(model.charts[1].cluster_id, "GAIA");
        let first = &model.rows[0].indicator_id;
        let gaia_2024 = dataset.value("GAIA", first, 2024).unwrap();
        assert!(model.charts[1].actual.points.contains(&(2024.0, gaia_2024)));
    }
}
