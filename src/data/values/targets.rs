//! Yearly targets, `targets.csv`: what each cluster aims for on an indicator in a year.

use super::columns::{Code, code};
use super::series_slots::SeriesSlots;
use crate::data::csv::cells::{number_cell, year_expected};
use crate::data::csv::table::{ColumnSpec, read_table_rows, required, required_number};
use crate::data::format::period::parse_year;
use crate::data::format::problem::FileProblems;
use crate::data::metadata::catalogue::Catalogue;
use crate::data::metadata::registry::Registry;
use crate::i18n::phrase::Phrase;

/// The columns of `targets.csv`.
pub const TARGET_COLUMNS: &[ColumnSpec] = &[
    required("cluster_id"),
    required("indicator_id"),
    required("year"),
    required_number("target"),
];

/// Every target of a dataset, by cluster and indicator code, then year: about 12
/// bytes a target, looked up without hashing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Targets {
    /// Where each (cluster, indicator) series of targets lies.
    slots: SeriesSlots,
    /// The year of each target, in series order.
    years: Vec<i32>,
    /// The target of each.
    values: Vec<f64>,
}

impl Targets {
    /// The target of a cluster on an indicator in a year, by their codes (positions in
    /// the registry and the catalogue the targets were read against).
    pub fn get(&self, cluster: Code, indicator: Code, year: i32) -> Option<f64> {
        let at = self.slots.find(&self.years, cluster, indicator, year)?;
        Some(self.values[at])
    }

    /// How many targets there are.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// One valid row of `targets.csv`.
struct TargetRow {
    cluster: Code,
    indicator: Code,
    year: i32,
    target: f64,
    line: u64,
}

/// Parses `targets.csv` against the registry and catalogue; rows naming an unknown
/// cluster or indicator, or a target outside the indicator's range, are left out.
pub fn parse_targets(
    bytes: &[u8],
    registry: &Registry,
    catalogue: &Catalogue,
    problems: &mut FileProblems,
) -> Targets {
    let mut rows: Vec<TargetRow> = Vec::new();
    let read = read_table_rows(
        bytes,
        TARGET_COLUMNS,
        problems,
        |line, cells, numbers, problems| {
            let (cluster_id, indicator_id, year_text) = (&*cells[0], &*cells[1], &*cells[2]);
            let cluster = registry.position(cluster_id).and_then(code);
            if cluster.is_none() {
                problems.bad_cell(
                    line,
                    "cluster_id",
                    Phrase::new("expected.known_cluster"),
                    cluster_id,
                );
            }
            let indicator = catalogue.position(indicator_id).and_then(code);
            if indicator.is_none() {
                problems.bad_cell(
                    line,
                    "indicator_id",
                    Phrase::new("expected.known_indicator"),
                    indicator_id,
                );
            }
            let year = parse_year(year_text);
            if year.is_none() {
                problems.bad_cell(line, "year", year_expected(), year_text);
            }
            let target = number_cell(problems, line, "target", &cells[3], numbers);
            let (Some(cluster), Some(indicator), Some(year), Some(target)) =
                (cluster, indicator, year, target)
            else {
                return;
            };
            let spec = &catalogue.indicators[usize::from(indicator)];
            if !spec.accepts(target) {
                problems.bad_cell(line, "target", spec.range_text(), &cells[3]);
                return;
            }
            rows.push(TargetRow {
                cluster,
                indicator,
                year,
                target,
                line,
            });
        },
    );
    if read.is_none() {
        return Targets::default();
    }
    // Stable: of a repeated target, the one met first in the file stays first.
    rows.sort_by_key(|r| (r.cluster, r.indicator, r.year));
    rows.dedup_by(|repeat, first| {
        let same = (first.cluster, first.indicator, first.year)
            == (repeat.cluster, repeat.indicator, repeat.year);
        if same {
            problems.error(
                repeat.line,
                None,
                Phrase::new("problem.duplicate_target")
                    .with(
                        "cluster",
                        &registry.clusters[usize::from(repeat.cluster)].id,
                    )
                    .with(
                        "indicator",
                        &catalogue.indicators[usize::from(repeat.indicator)].id,
                    )
                    .with("year", repeat.year)
                    .with("first", first.line),
            );
        }
        same
    });
    Targets {
        slots: SeriesSlots::of_sorted(
            registry.len(),
            catalogue.len(),
            rows.iter().map(|r| (r.cluster, r.indicator)),
        ),
        years: rows.iter().map(|r| r.year).collect(),
        values: rows.iter().map(|r| r.target).collect(),
    }
}
