//! Yearly targets, `targets.csv`: what each cluster aims for on an indicator in a year.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use super::catalogue::Catalogue;
use super::cells::{YEAR_EXPECTED, number_cell};
use super::csv_table::{ColumnSpec, read_table_rows, required};
use super::period::parse_year;
use super::problem::FileProblems;
use super::registry::Registry;

/// The columns of `targets.csv`.
pub const TARGET_COLUMNS: &[ColumnSpec] = &[
    required("cluster_id"),
    required("indicator_id"),
    required("year"),
    required("target"),
];

/// The key of a target: cluster, indicator and year.
pub type TargetKey = (String, String, i32);

/// Every target of a dataset, by cluster, then indicator, then year (looked up without
/// copying the ids).
#[derive(Debug, Clone, Default)]
pub struct Targets {
    by_cluster: HashMap<String, HashMap<String, BTreeMap<i32, f64>>>,
    count: usize,
}

impl Targets {
    /// Builds the table from (cluster, indicator, year) → target pairs.
    pub fn new(values: impl IntoIterator<Item = (TargetKey, f64)>) -> Self {
        let mut targets = Targets::default();
        for ((cluster, indicator, year), target) in values {
            let years = targets
                .by_cluster
                .entry(cluster)
                .or_default()
                .entry(indicator)
                .or_default();
            if years.insert(year, target).is_none() {
                targets.count += 1;
            }
        }
        targets
    }

    /// The target of a cluster on an indicator in a year.
    pub fn get(&self, cluster_id: &str, indicator_id: &str, year: i32) -> Option<f64> {
        self.by_cluster
            .get(cluster_id)?
            .get(indicator_id)?
            .get(&year)
            .copied()
    }

    /// Every target as (cluster, indicator, year, target), in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str, i32, f64)> {
        self.by_cluster.iter().flat_map(|(cluster, indicators)| {
            indicators.iter().flat_map(move |(indicator, years)| {
                years.iter().map(move |(year, target)| {
                    (cluster.as_str(), indicator.as_str(), *year, *target)
                })
            })
        })
    }

    /// How many targets there are.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }
}

/// Parses `targets.csv` against the registry and catalogue; rows naming an unknown
/// cluster or indicator, or a target outside the indicator's range, are left out.
pub fn parse_targets(
    bytes: &[u8],
    registry: &Registry,
    catalogue: &Catalogue,
    problems: &mut FileProblems,
) -> Targets {
    // Each target with the line it came from, to name the first of a repeated one.
    let mut found: HashMap<String, HashMap<String, BTreeMap<i32, (f64, u64)>>> = HashMap::default();
    let read = read_table_rows(bytes, TARGET_COLUMNS, problems, |line, cells, problems| {
        let (cluster_id, indicator_id, year_text) = (&*cells[0], &*cells[1], &*cells[2]);
        let cluster_known = registry.contains(cluster_id);
        if !cluster_known {
            problems.bad_cell(
                line,
                "cluster_id",
                "a cluster_id from clusters.csv",
                cluster_id,
            );
        }
        let indicator = catalogue.get(indicator_id);
        if indicator.is_none() {
            problems.bad_cell(
                line,
                "indicator_id",
                "an indicator_id from indicators.csv",
                indicator_id,
            );
        }
        let year = parse_year(year_text);
        if year.is_none() {
            problems.bad_cell(line, "year", YEAR_EXPECTED, year_text);
        }
        let target = number_cell(problems, line, "target", &cells[3]);
        let (true, Some(indicator), Some(year), Some(target)) =
            (cluster_known, indicator, year, target)
        else {
            return;
        };
        if !indicator.accepts(target) {
            problems.bad_cell(line, "target", &indicator.range_text(), &cells[3]);
            return;
        }
        if !found.contains_key(cluster_id) {
            found.insert(cluster_id.to_string(), HashMap::default());
        }
        let indicators = found.get_mut(cluster_id).expect("just added");
        if !indicators.contains_key(indicator_id) {
            indicators.insert(indicator_id.to_string(), BTreeMap::new());
        }
        let years = indicators.get_mut(indicator_id).expect("just added");
        if let Some((_, first)) = years.get(&year) {
            problems.error(
                line,
                None,
                format!("duplicate target for {cluster_id}, {indicator_id}, {year} (first on line {first})"),
            );
            return;
        }
        years.insert(year, (target, line));
    });
    if read.is_none() {
        return Targets::default();
    }
    let mut targets = Targets::default();
    for (cluster, indicators) in found {
        let mut by_indicator = HashMap::default();
        for (indicator, years) in indicators {
            targets.count += years.len();
            by_indicator.insert(
                indicator,
                years.into_iter().map(|(y, (t, _))| (y, t)).collect(),
            );
        }
        targets.by_cluster.insert(cluster, by_indicator);
    }
    targets
}
