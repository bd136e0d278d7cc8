//! Yearly targets, `targets.csv`: what each cluster aims for on an indicator in a year.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use super::catalogue::Catalogue;
use super::cells::{YEAR_EXPECTED, number_cell};
use super::csv_table::{ColumnSpec, read_table, required};
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
    let Some(table) = read_table(bytes, TARGET_COLUMNS, problems) else {
        return Targets::default();
    };
    let mut values: Vec<(TargetKey, f64)> = Vec::new();
    let mut first_line: HashMap<TargetKey, u64> = HashMap::default();
    for row in &table.rows {
        let line = row.line;
        let (cluster_id, indicator_id, year_text) = (row.cell(0), row.cell(1), row.cell(2));
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
        let target = number_cell(problems, line, "target", row.cell(3));
        let (true, Some(indicator), Some(year), Some(target)) =
            (cluster_known, indicator, year, target)
        else {
            continue;
        };
        if !indicator.accepts(target) {
            problems.bad_cell(line, "target", &indicator.range_text(), row.cell(3));
            continue;
        }
        let key = (cluster_id.to_string(), indicator_id.to_string(), year);
        if let Some(first) = first_line.get(&key) {
            problems.error(
                line,
                None,
                format!("duplicate target for {cluster_id}, {indicator_id}, {year} (first on line {first})"),
            );
            continue;
        }
        first_line.insert(key.clone(), line);
        values.push((key, target));
    }
    Targets::new(values)
}
