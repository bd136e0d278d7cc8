//! Pure aggregation rules: rolling months or quarters up into years by each indicator's
//! `time_agg`, combining clusters by its `cluster_agg`, and the share of a target met
//! respecting its `direction`.

use std::collections::HashSet;

use polars::prelude::*;

use super::catalogue::Catalogue;
use super::frame_columns::{cluster_agg_code, columns};
use super::period::Period;
use super::value_columns::Code;
use super::value_store::ValueStore;
use super::vocabulary::{ClusterAgg, Direction, TimeAgg};

/// Column names added by the aggregations.
pub mod output {
    /// How many rows of the year were reported (1 for a yearly value, up to 4 or 12), `u32`.
    pub const PARTS_REPORTED: &str = "parts_reported";
    /// How many clusters were combined, `u32`.
    pub const CLUSTERS: &str = "clusters";
}

/// One (cluster, indicator, year) of the yearly roll-up, by codes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct YearlyCell {
    /// The cluster's code.
    pub cluster: Code,
    /// The indicator's code.
    pub indicator: Code,
    /// The year.
    pub year: i32,
    /// The rolled-up value.
    pub value: f64,
    /// How many parts of the year were reported.
    pub parts_reported: u32,
    /// How many parts a full year has.
    pub parts_per_year: u32,
}

/// Rolls every (cluster, indicator, year) of the stored values up into one yearly
/// value: the sum, the mean or the last part, as the indicator's `time_agg` says. One
/// pass over each series, whose rows are already in time order; sorted by cluster id,
/// indicator id and year.
pub fn yearly_cells(store: &ValueStore, catalogue: &Catalogue) -> Vec<YearlyCell> {
    let mut keys: Vec<(Code, Code)> = store.series_keys().collect();
    keys.sort_by(|a, b| {
        (store.cluster_id(a.0), store.indicator_id(a.1))
            .cmp(&(store.cluster_id(b.0), store.indicator_id(b.1)))
    });
    let mut out = Vec::new();
    let files = store.files();
    for (cluster, indicator_code) in keys {
        let indicator = &catalogue.indicators[usize::from(indicator_code)];
        let rows = store.series_rows(cluster, indicator_code);
        let mut i = 0;
        while i < rows.len() {
            let year_of = |k: usize| {
                let (f, r) = rows[k];
                Period::packed_year(files[f].columns.period[r])
            };
            let year = year_of(i);
            let (mut sum, mut count, mut last, mut parts) = (0.0, 0u32, 0.0, 1u32);
            while i < rows.len() && year_of(i) == year {
                let (f, r) = rows[i];
                let columns = &files[f].columns;
                sum += columns.value[r];
                last = columns.value[r];
                parts = u32::from(columns.period_of(r).frequency.parts_per_year());
                count += 1;
                i += 1;
            }
            let value = match indicator.time_agg {
                TimeAgg::Sum => sum,
                TimeAgg::Mean => sum / f64::from(count),
                TimeAgg::Last => last,
            };
            out.push(YearlyCell {
                cluster,
                indicator: indicator_code,
                year,
                value,
                parts_reported: count,
                parts_per_year: parts,
            });
        }
    }
    out
}

/// The yearly roll-up as a frame, for combining clusters.
///
/// Output columns: `cluster_id` and `indicator_id` (text) and their codes, `year`,
/// `value`, `parts_reported`, `parts_per_year` and `cluster_agg`, sorted by cluster id,
/// indicator id and year.
pub fn yearly_frame(
    cells: &[YearlyCell],
    store: &ValueStore,
    catalogue: &Catalogue,
) -> PolarsResult<DataFrame> {
    let column = |name: &str, values: Vec<&str>| Column::new(name.into(), values);
    DataFrame::new(
        cells.len(),
        vec![
            column(
                columns::CLUSTER_ID,
                cells.iter().map(|c| store.cluster_id(c.cluster)).collect(),
            ),
            column(
                columns::INDICATOR_ID,
                cells
                    .iter()
                    .map(|c| store.indicator_id(c.indicator))
                    .collect(),
            ),
            Column::new(
                columns::CLUSTER_CODE.into(),
                cells
                    .iter()
                    .map(|c| u32::from(c.cluster))
                    .collect::<Vec<u32>>(),
            ),
            Column::new(
                columns::INDICATOR_CODE.into(),
                cells
                    .iter()
                    .map(|c| u32::from(c.indicator))
                    .collect::<Vec<u32>>(),
            ),
            Column::new(
                columns::YEAR.into(),
                cells.iter().map(|c| c.year).collect::<Vec<i32>>(),
            ),
            Column::new(
                columns::VALUE.into(),
                cells.iter().map(|c| c.value).collect::<Vec<f64>>(),
            ),
            Column::new(
                output::PARTS_REPORTED.into(),
                cells.iter().map(|c| c.parts_reported).collect::<Vec<u32>>(),
            ),
            Column::new(
                columns::PARTS_PER_YEAR.into(),
                cells.iter().map(|c| c.parts_per_year).collect::<Vec<u32>>(),
            ),
            Column::new(
                columns::CLUSTER_AGG.into(),
                cells
                    .iter()
                    .map(|c| {
                        cluster_agg_code(catalogue.indicators[usize::from(c.indicator)].cluster_agg)
                    })
                    .collect::<Vec<u32>>(),
            ),
        ],
    )
}

/// The yearly roll-up of the stored values as a frame ([`yearly_cells`], [`yearly_frame`]).
pub fn yearly_rollup(store: &ValueStore, catalogue: &Catalogue) -> PolarsResult<DataFrame> {
    yearly_frame(&yearly_cells(store, catalogue), store, catalogue)
}

/// Combines the yearly values of the chosen clusters into one value per indicator
/// and year: the sum or the mean of the clusters that reported, as the indicator's
/// `cluster_agg` says. Clusters not in the frame are simply absent.
///
/// Output columns: `indicator_id`, `year`, `value` and `clusters` (how many reported),
/// sorted by indicator and year.
pub fn combine_clusters(yearly: &DataFrame, cluster_ids: &[&str]) -> PolarsResult<DataFrame> {
    let wanted: HashSet<&str> = cluster_ids.iter().copied().collect();
    // Each cluster's id is looked at once; its other rows go by its code.
    let ids = yearly.column(columns::CLUSTER_ID)?.str()?;
    let codes = yearly.column(columns::CLUSTER_CODE)?.u32()?;
    let mut chosen_code: Vec<Option<bool>> = Vec::new();
    let mask: BooleanChunked = codes
        .iter()
        .enumerate()
        .map(|(i, code)| {
            let code = code? as usize;
            if chosen_code.len() <= code {
                chosen_code.resize(code + 1, None);
            }
            let chosen = *chosen_code[code]
                .get_or_insert_with(|| ids.get(i).is_some_and(|id| wanted.contains(id)));
            Some(chosen)
        })
        .collect();
    // Every cluster chosen (the usual "all"): the frame as it is, not a copy.
    let chosen = if mask.all() {
        yearly.clone()
    } else {
        yearly.filter(&mask)?
    };
    let value = || col(columns::VALUE);
    let combined = when(
        col(columns::CLUSTER_AGG)
            .first()
            .eq(lit(cluster_agg_code(ClusterAgg::Sum))),
    )
    .then(value().sum())
    .otherwise(value().mean());
    chosen
        .lazy()
        .group_by([col(columns::INDICATOR_CODE), col(columns::YEAR)])
        .agg([
            col(columns::INDICATOR_ID).first(),
            combined.alias(columns::VALUE),
            value()
                .count()
                .cast(DataType::UInt32)
                .alias(output::CLUSTERS),
        ])
        .sort(
            [columns::INDICATOR_ID, columns::YEAR],
            SortMultipleOptions::default(),
        )
        .collect()
}

/// How far a value goes towards its target, as a fraction (1.0 = target met exactly).
///
/// - `higher` is better: `actual / target`; a target of zero or below is met (1.0) by
///   any actual at or above it, and missed (0.0) otherwise.
/// - `lower` is better: `target / actual`; an actual of zero or below is met (1.0) when
///   it is at or below the target, and missed (0.0) otherwise.
/// - `neutral` indicators are never judged: `None`.
pub fn attainment(actual: f64, target: f64, direction: Direction) -> Option<f64> {
    match direction {
        Direction::Neutral => None,
        Direction::Higher if target > 0.0 => Some((actual / target).max(0.0)),
        Direction::Higher => Some(if actual >= target { 1.0 } else { 0.0 }),
        Direction::Lower if actual > 0.0 && target >= 0.0 => Some(target / actual),
        Direction::Lower => Some(if actual <= target { 1.0 } else { 0.0 }),
    }
}

/// Whether a target is met, respecting direction; `None` for neutral indicators.
pub fn target_met(actual: f64, target: f64, direction: Direction) -> Option<bool> {
    attainment(actual, target, direction).map(|share| share >= 1.0)
}

/// One (cluster, indicator, year) value of a yearly roll-up, as plain data.
#[derive(Debug, Clone, PartialEq)]
pub struct YearlyValue {
    /// The cluster.
    pub cluster_id: String,
    /// The indicator.
    pub indicator_id: String,
    /// The year.
    pub year: i32,
    /// The rolled-up value.
    pub value: f64,
    /// How many parts of the year were reported.
    pub parts_reported: u32,
    /// How many parts a full year has.
    pub parts_per_year: u32,
}

/// Reads a [`yearly_rollup`] frame into plain rows.
pub fn yearly_values(yearly: &DataFrame) -> PolarsResult<Vec<YearlyValue>> {
    let clusters = yearly.column(columns::CLUSTER_ID)?.str()?;
    let indicators = yearly.column(columns::INDICATOR_ID)?.str()?;
    let years = yearly.column(columns::YEAR)?.i32()?;
    let values = yearly.column(columns::VALUE)?.f64()?;
    let reported = yearly.column(output::PARTS_REPORTED)?.u32()?;
    let parts = yearly.column(columns::PARTS_PER_YEAR)?.u32()?;
    let mut out = Vec::with_capacity(yearly.height());
    for i in 0..yearly.height() {
        let (Some(cluster_id), Some(indicator_id), Some(year), Some(value)) = (
            clusters.get(i),
            indicators.get(i),
            years.get(i),
            values.get(i),
        ) else {
            continue;
        };
        out.push(YearlyValue {
            cluster_id: cluster_id.to_string(),
            indicator_id: indicator_id.to_string(),
            year,
            value,
            parts_reported: reported.get(i).unwrap_or(0),
            parts_per_year: parts.get(i).unwrap_or(1),
        });
    }
    Ok(out)
}

/// One (indicator, year) value of a [`combine_clusters`] frame, as plain data.
#[derive(Debug, Clone, PartialEq)]
pub struct CombinedValue {
    /// The indicator.
    pub indicator_id: String,
    /// The year.
    pub year: i32,
    /// The combined value.
    pub value: f64,
    /// How many clusters reported it.
    pub clusters: u32,
}

/// Reads a [`combine_clusters`] frame into plain rows.
pub fn combined_values(combined: &DataFrame) -> PolarsResult<Vec<CombinedValue>> {
    let indicators = combined.column(columns::INDICATOR_ID)?.str()?;
    let years = combined.column(columns::YEAR)?.i32()?;
    let values = combined.column(columns::VALUE)?.f64()?;
    let clusters = combined.column(output::CLUSTERS)?.u32()?;
    let mut out = Vec::with_capacity(combined.height());
    for i in 0..combined.height() {
        if let (Some(indicator_id), Some(year), Some(value)) =
            (indicators.get(i), years.get(i), values.get(i))
        {
            out.push(CombinedValue {
                indicator_id: indicator_id.to_string(),
                year,
                value,
                clusters: clusters.get(i).unwrap_or(0),
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::catalogue::{Catalogue, Indicator};
    use crate::data::period::Period;
    use crate::data::registry::{Cluster, Registry};
    use crate::data::value_columns::ValueColumns;
    use crate::data::values_loader::{LoadedValues, ValueRow, ValuesFile};
    use crate::data::vocabulary::{Area, ClusterStatus, Unit, ValueStatus};

    fn indicator(id: &str, time_agg: TimeAgg, cluster_agg: ClusterAgg) -> Indicator {
        Indicator {
            id: id.to_string(),
            area: Area::Cooperation,
            name: id.to_string(),
            unit: Unit::Count,
            direction: Direction::Higher,
            time_agg,
            cluster_agg,
            pyramid_level: None,
            plan: None,
            description: String::new(),
            min: 0.0,
            max: f64::INFINITY,
        }
    }

    fn row(cluster: &str, indicator: &str, period: &str, value: f64) -> ValueRow {
        ValueRow {
            cluster_id: cluster.to_string(),
            indicator_id: indicator.to_string(),
            period: Period::parse(period).unwrap(),
            value,
            status: ValueStatus::Actual,
            note: String::new(),
            line: 1,
        }
    }

    fn registry() -> Registry {
        let cluster = |id: &str| Cluster {
            id: id.to_string(),
            name: id.to_string(),
            status: ClusterStatus::Cluster,
            sector: String::new(),
            ris3_area: String::new(),
            founded: None,
            territory: None,
            active_from: None,
            active_to: None,
        };
        Registry::new(vec![cluster("AAA"), cluster("BBB")])
    }

    /// Three indicators, one per time rule, over two clusters; rows deliberately out of order.
    fn fixture() -> (LoadedValues, Catalogue) {
        let catalogue = Catalogue::new(vec![
            indicator("PROJECTS", TimeAgg::Sum, ClusterAgg::Sum),
            indicator("SCORE", TimeAgg::Mean, ClusterAgg::Mean),
            indicator("MEMBERS", TimeAgg::Last, ClusterAgg::Sum),
        ]);
        let rows = vec![
            row("AAA", "PROJECTS", "2024-Q3", 4.0),
            row("AAA", "PROJECTS", "2024-Q1", 1.0),
            row("AAA", "PROJECTS", "2024-Q2", 2.0),
            row("AAA", "PROJECTS", "2023", 9.0),
            row("AAA", "SCORE", "2024-01", 6.0),
            row("AAA", "SCORE", "2024-02", 8.0),
            row("AAA", "MEMBERS", "2024-Q4", 52.0),
            row("AAA", "MEMBERS", "2024-Q2", 50.0),
            row("BBB", "PROJECTS", "2024", 10.0),
            row("BBB", "SCORE", "2024", 7.0),
            row("BBB", "MEMBERS", "2024", 30.0),
        ];
        let mut columns = ValueColumns::from_rows(&rows, &registry(), &catalogue);
        columns.sort();
        (
            LoadedValues {
                files: vec![std::sync::Arc::new(ValuesFile {
                    shown: "f.csv".to_string(),
                    columns,
                })],
            },
            catalogue,
        )
    }

    fn yearly_fixture() -> DataFrame {
        let (values, catalogue) = fixture();
        let store = ValueStore::new(values, &registry(), &catalogue);
        yearly_rollup(&store, &catalogue).unwrap()
    }

    fn find<'a>(
        rows: &'a [YearlyValue],
        cluster: &str,
        indicator: &str,
        year: i32,
    ) -> &'a YearlyValue {
        rows.iter()
            .find(|r| r.cluster_id == cluster && r.indicator_id == indicator && r.year == year)
            .unwrap_or_else(|| panic!("no {cluster} {indicator} {year}"))
    }

    #[test]
    fn parts_of_a_year_roll_up_by_the_indicators_time_rule() {
        let rows = yearly_values(&yearly_fixture()).unwrap();
        assert_eq!(rows.len(), 7);
        let projects = find(&rows, "AAA", "PROJECTS", 2024);
        assert_eq!(
            (
                projects.value,
                projects.parts_reported,
                projects.parts_per_year
            ),
            (7.0, 3, 4)
        );
        assert_eq!(find(&rows, "AAA", "PROJECTS", 2023).value, 9.0);
        assert_eq!(find(&rows, "AAA", "SCORE", 2024).value, 7.0);
        let members = find(&rows, "AAA", "MEMBERS", 2024);
        assert_eq!(
            members.value, 52.0,
            "last takes the latest quarter, not the last row read"
        );
        assert_eq!(find(&rows, "BBB", "MEMBERS", 2024).parts_reported, 1);
    }

    #[test]
    fn clusters_combine_by_the_indicators_cluster_rule() {
        let yearly = yearly_fixture();
        let combined =
            combined_values(&combine_clusters(&yearly, &["AAA", "BBB", "ZZZ"]).unwrap()).unwrap();
        let get = |id: &str, year: i32| {
            combined
                .iter()
                .find(|c| c.indicator_id == id && c.year == year)
                .unwrap()
        };
        assert_eq!(
            (get("PROJECTS", 2024).value, get("PROJECTS", 2024).clusters),
            (17.0, 2)
        );
        assert_eq!(get("SCORE", 2024).value, 7.0);
        assert_eq!(get("MEMBERS", 2024).value, 82.0);
        assert_eq!(
            (get("PROJECTS", 2023).value, get("PROJECTS", 2023).clusters),
            (9.0, 1)
        );

        let one = combined_values(&combine_clusters(&yearly, &["BBB"]).unwrap()).unwrap();
        assert_eq!(one.len(), 3, "only BBB's own values: {one:?}");
        assert!(one.iter().all(|c| c.clusters == 1));
        assert!(
            combined_values(&combine_clusters(&yearly, &[]).unwrap())
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn attainment_respects_direction() {
        assert_eq!(attainment(8.0, 10.0, Direction::Higher), Some(0.8));
        assert_eq!(attainment(12.0, 10.0, Direction::Higher), Some(1.2));
        assert_eq!(attainment(40.0, 50.0, Direction::Lower), Some(1.25));
        assert_eq!(attainment(60.0, 30.0, Direction::Lower), Some(0.5));
        assert_eq!(attainment(5.0, 10.0, Direction::Neutral), None);
        assert_eq!(attainment(0.0, 0.0, Direction::Higher), Some(1.0));
        assert_eq!(attainment(-1.0, 0.0, Direction::Higher), Some(0.0));
        assert_eq!(attainment(0.0, 5.0, Direction::Lower), Some(1.0));
        assert_eq!(target_met(9.99, 10.0, Direction::Higher), Some(false));
        assert_eq!(target_met(10.0, 10.0, Direction::Higher), Some(true));
        assert_eq!(target_met(49.0, 50.0, Direction::Lower), Some(true));
    }
}
