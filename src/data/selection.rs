//! The values of a chosen set of clusters combined into one, as plain data for the
//! views: yearly by each indicator's `cluster_agg`, by period for charts over time,
//! and the progress towards yearly targets.

use std::collections::{BTreeMap, HashMap};

use super::aggregate::{attainment, combine_clusters, combined_values};
use super::dataset::Dataset;
use super::period::Period;
use super::vocabulary::ClusterAgg;

/// The yearly values of a selection of clusters, combined per indicator.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CombinedYearly {
    by_indicator: HashMap<String, BTreeMap<i32, f64>>,
}

impl CombinedYearly {
    /// The combined value of an indicator in a year.
    pub fn value(&self, indicator_id: &str, year: i32) -> Option<f64> {
        self.by_indicator
            .get(indicator_id)
            .and_then(|y| y.get(&year).copied())
    }

    /// The combined values of an indicator, by year.
    pub fn series(&self, indicator_id: &str) -> Option<&BTreeMap<i32, f64>> {
        self.by_indicator.get(indicator_id)
    }
}

/// Combines the yearly values of `cluster_ids` (see [`combine_clusters`]).
pub fn combine_yearly(dataset: &Dataset, cluster_ids: &[&str]) -> Result<CombinedYearly, String> {
    let mut combined = CombinedYearly::default();
    if dataset.yearly.height() == 0 {
        return Ok(combined);
    }
    let frame = combine_clusters(&dataset.yearly, cluster_ids).map_err(|e| e.to_string())?;
    for row in combined_values(&frame).map_err(|e| e.to_string())? {
        combined
            .by_indicator
            .entry(row.indicator_id)
            .or_default()
            .insert(row.year, row.value);
    }
    Ok(combined)
}

/// Combines the values of `cluster_ids` for one indicator period by period, by the
/// indicator's `cluster_agg`, in time order. Only periods of the same frequency combine.
pub fn combine_periods(
    dataset: &Dataset,
    cluster_ids: &[&str],
    indicator_id: &str,
) -> Result<Vec<(Period, f64)>, String> {
    let store = &dataset.values;
    let (Some(indicator), Some(code)) = (
        dataset.catalogue.get(indicator_id),
        store.indicator_code(indicator_id),
    ) else {
        return Ok(Vec::new());
    };
    let mut by_period: BTreeMap<u16, (f64, usize)> = BTreeMap::new();
    for cluster in cluster_ids.iter().filter_map(|c| store.cluster_code(c)) {
        for (f, r) in store.series_rows(cluster, code) {
            let columns = &store.files()[f].columns;
            let entry = by_period.entry(columns.period[r]).or_insert((0.0, 0));
            entry.0 += columns.value[r];
            entry.1 += 1;
        }
    }
    Ok(by_period
        .into_iter()
        .map(|(packed, (sum, count))| {
            let value = match indicator.cluster_agg {
                ClusterAgg::Sum => sum,
                ClusterAgg::Mean => sum / count as f64,
            };
            (Period::unpack(packed), value)
        })
        .collect())
}

/// How a selection stands against its targets for one indicator and year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GoalProgress {
    /// The combined actual value of the clusters that have both a value and a target.
    pub actual: f64,
    /// Their combined target.
    pub target: f64,
    /// How far the actual goes towards the target (1.0 = met); see [`attainment`].
    pub attainment: f64,
    /// How many clusters were compared.
    pub clusters: usize,
}

/// The progress of `cluster_ids` towards their targets on `indicator_id` in `year`,
/// combining only the clusters that have both a value and a target. `None` when none
/// has both, or the indicator is neutral.
pub fn goal_progress(
    dataset: &Dataset,
    cluster_ids: &[&str],
    indicator_id: &str,
    year: i32,
) -> Option<GoalProgress> {
    let indicator = dataset.catalogue.get(indicator_id)?;
    let pairs: Vec<(f64, f64)> = cluster_ids
        .iter()
        .filter_map(|c| {
            let target = dataset.targets.get(c, indicator_id, year)?;
            let actual = dataset.index.value(c, indicator_id, year)?;
            Some((actual, target))
        })
        .collect();
    if pairs.is_empty() {
        return None;
    }
    let actual = combine_numbers(indicator.cluster_agg, pairs.iter().map(|p| p.0));
    let target = combine_numbers(indicator.cluster_agg, pairs.iter().map(|p| p.1));
    let attainment = attainment(actual, target, indicator.direction)?;
    Some(GoalProgress {
        actual,
        target,
        attainment,
        clusters: pairs.len(),
    })
}

/// Whether one cluster met its target on an indicator in a year; `None` without a
/// value, a target or a direction to judge by.
pub fn cluster_met_target(
    dataset: &Dataset,
    cluster_id: &str,
    indicator_id: &str,
    year: i32,
) -> Option<bool> {
    goal_progress(dataset, &[cluster_id], indicator_id, year).map(|g| g.attainment >= 1.0)
}

/// Combines plain numbers by a cluster rule (the sum, or the mean); 0 for none.
pub fn combine_numbers(rule: ClusterAgg, values: impl Iterator<Item = f64>) -> f64 {
    let (sum, count) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    match rule {
        ClusterAgg::Sum => sum,
        ClusterAgg::Mean if count == 0 => 0.0,
        ClusterAgg::Mean => sum / count as f64,
    }
}
