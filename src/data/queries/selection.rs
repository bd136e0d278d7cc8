//! The values of a chosen set of clusters combined into one, as plain data for the
//! views: yearly by each indicator's `cluster_agg`, by period for charts over time,
//! and the progress towards yearly targets.

use std::collections::{BTreeMap, HashMap};

use crate::data::format::period::Period;
use crate::data::format::vocabulary::ClusterAgg;
use crate::data::loading::dataset::Dataset;
use crate::data::metadata::catalogue::Indicator;
use crate::data::rollup::aggregate::attainment;
use crate::data::rollup::combination::{Combination, WeightedMean};
use crate::data::values::columns::Code;

/// The yearly values of a selection of clusters, combined per indicator.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CombinedYearly {
    by_indicator: HashMap<String, BTreeMap<i32, f64>>,
    /// How each value was combined, and from how many clusters.
    how: HashMap<String, BTreeMap<i32, (Combination, u32)>>,
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

    /// How an indicator's value in a year was combined, and from how many clusters.
    pub fn combination(&self, indicator_id: &str, year: i32) -> Option<(Combination, u32)> {
        self.how
            .get(indicator_id)
            .and_then(|y| y.get(&year).copied())
    }
}

/// Combines the yearly values of `cluster_ids` (see
/// [`crate::data::rollup::yearly_cube::YearlyCube::combine`]); ids not in the registry are
/// left out.
pub fn combine_yearly(dataset: &Dataset, cluster_ids: &[&str]) -> Result<CombinedYearly, String> {
    let mut combined = CombinedYearly::default();
    if dataset.cube.is_empty() {
        return Ok(combined);
    }
    let chosen: Vec<Code> = cluster_ids
        .iter()
        .filter_map(|id| dataset.cluster_code(id))
        .collect();
    let cells = dataset
        .cube
        .combine(&chosen, &dataset.catalogue)
        .map_err(|e| e.to_string())?;
    for cell in cells {
        let id = &dataset.catalogue.indicators[usize::from(cell.indicator)].id;
        match combined.by_indicator.get_mut(id.as_str()) {
            Some(years) => years,
            None => combined.by_indicator.entry(id.clone()).or_default(),
        }
        .insert(cell.year, cell.value);
        match combined.how.get_mut(id.as_str()) {
            Some(years) => years,
            None => combined.how.entry(id.clone()).or_default(),
        }
        .insert(cell.year, (cell.combination, cell.clusters));
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
    let base = weight_code(dataset, indicator);
    let mut by_period: BTreeMap<u16, (f64, usize, WeightedMean)> = BTreeMap::new();
    for id in cluster_ids {
        let Some(cluster) = store.cluster_code(id) else {
            continue;
        };
        // The cube knows the cluster by its registry code, looked up once.
        let in_cube = dataset.cluster_code(id);
        for (f, r) in store.series_rows(cluster, code) {
            let columns = &store.files()[f].columns;
            let packed = columns.period[r];
            let value = columns.value[r];
            let entry = by_period.entry(packed).or_default();
            entry.0 += value;
            entry.1 += 1;
            if let Some(base) = base {
                let year = Period::packed_year(packed);
                let weight = in_cube.and_then(|c| dataset.cube.value(c, base, year));
                entry.2.add(value, weight);
            }
        }
    }
    Ok(by_period
        .into_iter()
        .map(|(packed, (sum, count, weighted))| {
            let value = match indicator.cluster_agg {
                ClusterAgg::Sum => sum,
                ClusterAgg::Mean => match weighted.finish() {
                    Some((value, _)) if base.is_some() => value,
                    _ => sum / count as f64,
                },
            };
            (Period::unpack(packed), value)
        })
        .collect())
}

/// The code of the indicator that weighs `indicator` (its `weight`), if any.
fn weight_code(dataset: &Dataset, indicator: &Indicator) -> Option<Code> {
    let weight = indicator.weight.as_deref()?;
    dataset.indicator_code(weight)
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
    let indicator = dataset.indicator_code(indicator_id)?;
    let clusters = cluster_ids.iter().filter_map(|id| dataset.cluster_code(id));
    goal_progress_of_codes(dataset, clusters, indicator, year)
}

/// [`goal_progress`] by codes.
pub fn goal_progress_of_codes(
    dataset: &Dataset,
    clusters: impl Iterator<Item = Code>,
    indicator: Code,
    year: i32,
) -> Option<GoalProgress> {
    let spec = dataset.catalogue.indicators.get(usize::from(indicator))?;
    let base = weight_code(dataset, spec);
    let (mut actual, mut target, mut compared) = (0.0, 0.0, 0usize);
    let (mut weighted_actual, mut weighted_target) =
        (WeightedMean::default(), WeightedMean::default());
    for cluster in clusters {
        let Some(goal) = dataset.targets.get(cluster, indicator, year) else {
            continue;
        };
        let Some(value) = dataset.cube.value(cluster, indicator, year) else {
            continue;
        };
        actual += value;
        target += goal;
        compared += 1;
        if let Some(base) = base {
            let weight = dataset.cube.value(cluster, base, year);
            weighted_actual.add(value, weight);
            weighted_target.add(goal, weight);
        }
    }
    if compared == 0 {
        return None;
    }
    if spec.cluster_agg == ClusterAgg::Mean {
        actual /= compared as f64;
        target /= compared as f64;
        if let (Some((a, Combination::WeightedMean)), Some((t, _))) =
            (weighted_actual.finish(), weighted_target.finish())
        {
            (actual, target) = (a, t);
        }
    }
    let attainment = attainment(actual, target, spec.direction)?;
    Some(GoalProgress {
        actual,
        target,
        attainment,
        clusters: compared,
    })
}

/// Whether one cluster met its target on an indicator in a year, by codes; `None`
/// without a value, a target or a direction to judge by.
pub fn cluster_met_target(
    dataset: &Dataset,
    cluster: Code,
    indicator: Code,
    year: i32,
) -> Option<bool> {
    goal_progress_of_codes(dataset, std::iter::once(cluster), indicator, year)
        .map(|g| g.attainment >= 1.0)
}
