//! The yearly cube: every (cluster, indicator, year) rolled up once at load, held as
//! a polars frame of 16 bytes a cell and no text: the (indicator, year) cell as one
//! integer, the cluster code and the value, sorted by cell and cluster. Combining
//! clusters is a polars group-by on the sorted cell column (runs, no hashing); a point
//! lookup finds the cell's run and the cluster in it by binary search.

use std::ops::Range;
use std::sync::OnceLock;

use polars::prelude::*;
use polars::series::IsSorted;

use super::aggregate::roll_up;
use super::combination::{Combination, WeightedMean};
use crate::data::format::period::Period;
use crate::data::format::vocabulary::ClusterAgg;
use crate::data::metadata::catalogue::Catalogue;
use crate::data::values::columns::Code;
use crate::data::values::store::ValueStore;

/// Column names of the cube.
mod columns {
    /// The (indicator, year) cell: indicator code × years spanned + years since the first.
    pub const CELL: &str = "cell";
    /// The cluster's code, `u32`.
    pub const CLUSTER: &str = "cluster";
    /// The value, `f64`.
    pub const VALUE: &str = "value";
}

/// Every cluster's yearly values, by code.
#[derive(Debug, Clone)]
pub struct YearlyCube {
    /// Columns `cell` (`i32`, flagged sorted), `cluster` (`u32`) and `value` (`f64`),
    /// sorted by cell, then cluster.
    frame: DataFrame,
    /// The frame's `cluster` column (its buffer shared, not copied).
    clusters_column: UInt32Chunked,
    /// The frame's `value` column (shared).
    values: Float64Chunked,
    /// The first row of each cell, then the end.
    cell_starts: Vec<u32>,
    /// The first year with a value.
    first_year: i32,
    /// How many years from the first to the last.
    span: i32,
    /// Every year with a value, oldest first.
    all_years: Vec<i32>,
    /// How many clusters the registry has.
    clusters: usize,
    /// Every cluster combined ([`YearlyCube::combine`]), once asked for.
    all_combined: OnceLock<Vec<CombinedCell>>,
}

/// One indicator's combined value in one year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CombinedCell {
    /// The indicator's code.
    pub indicator: Code,
    /// The year.
    pub year: i32,
    /// The chosen clusters' values combined by the indicator's `cluster_agg` (and its
    /// `weight`).
    pub value: f64,
    /// How many of them reported.
    pub clusters: u32,
    /// How the values were combined.
    pub combination: Combination,
}

impl PartialEq for YearlyCube {
    fn eq(&self, other: &Self) -> bool {
        self.frame.equals(&other.frame) && self.all_years == other.all_years
    }
}

impl Default for YearlyCube {
    fn default() -> Self {
        YearlyCube::from_columns(Vec::new(), Vec::new(), Vec::new(), Vec::new(), 0, 1, 0)
            .expect("empty columns of one length")
    }
}

impl YearlyCube {
    /// Rolls every series of `store` up into years, each by its indicator's `time_agg`:
    /// one pass over each series, whose rows are in time order, to count the cells and
    /// one to place them, so nothing but the cube itself is held. `clusters` is the
    /// registry's length.
    pub fn build(store: &ValueStore, catalogue: &Catalogue, clusters: usize) -> PolarsResult<Self> {
        let mut keys: Vec<(Code, Code)> = store.series_keys().collect();
        keys.sort_unstable();
        let files = store.files();
        // Calls `visit` with each rolled-up value, by cluster, indicator and year.
        let roll_all = |visit: &mut dyn FnMut(Code, Code, i32, f64)| {
            for &(cluster, indicator) in &keys {
                let rule = catalogue.indicators[usize::from(indicator)].time_agg;
                let parts = store
                    .series_rows(cluster, indicator)
                    .into_iter()
                    .map(|(f, r)| {
                        let c = &files[f].columns;
                        (Period::packed_year(c.period[r]), c.value[r])
                    });
                for (year, value) in roll_up(parts, rule) {
                    visit(cluster, indicator, year, value);
                }
            }
        };
        let (mut first_year, mut last_year) = (i32::MAX, i32::MIN);
        roll_all(&mut |_, _, year, _| {
            first_year = first_year.min(year);
            last_year = last_year.max(year);
        });
        if first_year > last_year {
            return YearlyCube::from_columns(
                Vec::new(),
                Vec::new(),
                Vec::new(),
                Vec::new(),
                0,
                1,
                clusters,
            );
        }
        let span = last_year - first_year + 1;
        let cell_of =
            |indicator: Code, year: i32| i32::from(indicator) * span + (year - first_year);
        // A counting sort by cell, stable, so clusters stay in order within each.
        let mut cell_starts = vec![0u32; catalogue.len() * span as usize + 1];
        roll_all(&mut |_, indicator, year, _| {
            cell_starts[cell_of(indicator, year) as usize + 1] += 1;
        });
        for k in 1..cell_starts.len() {
            cell_starts[k] += cell_starts[k - 1];
        }
        let height = cell_starts[cell_starts.len() - 1] as usize;
        let mut next = cell_starts.clone();
        let (mut cells, mut cluster_codes, mut values) =
            (vec![0i32; height], vec![0u32; height], vec![0f64; height]);
        roll_all(&mut |cluster, indicator, year, value| {
            let cell = cell_of(indicator, year);
            let at = &mut next[cell as usize];
            cells[*at as usize] = cell;
            cluster_codes[*at as usize] = u32::from(cluster);
            values[*at as usize] = value;
            *at += 1;
        });
        YearlyCube::from_columns(
            cells,
            cluster_codes,
            values,
            cell_starts,
            first_year,
            span,
            clusters,
        )
    }

    /// The cube of columns sorted by cell and cluster, and where each cell starts.
    fn from_columns(
        cells: Vec<i32>,
        cluster_codes: Vec<u32>,
        values: Vec<f64>,
        cell_starts: Vec<u32>,
        first_year: i32,
        span: i32,
        clusters: usize,
    ) -> PolarsResult<Self> {
        let mut seen = vec![false; span as usize];
        for &cell in &cells {
            seen[(cell % span) as usize] = true;
        }
        let all_years = (0..span)
            .filter(|&y| seen[y as usize])
            .map(|y| first_year + y)
            .collect();
        let mut cell_column = Int32Chunked::from_vec(columns::CELL.into(), cells);
        cell_column.set_sorted_flag(IsSorted::Ascending);
        let clusters_column = UInt32Chunked::from_vec(columns::CLUSTER.into(), cluster_codes);
        let values = Float64Chunked::from_vec(columns::VALUE.into(), values);
        let frame = DataFrame::new(
            values.len(),
            vec![
                cell_column.into_column(),
                clusters_column.clone().into_column(),
                values.clone().into_column(),
            ],
        )?;
        Ok(YearlyCube {
            frame,
            clusters_column,
            values,
            cell_starts,
            first_year,
            span,
            all_years,
            clusters,
            all_combined: OnceLock::new(),
        })
    }

    /// How many (cluster, indicator, year) cells there are.
    pub fn len(&self) -> usize {
        self.frame.height()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every year with a value, oldest first.
    pub fn years(&self) -> &[i32] {
        &self.all_years
    }

    /// The rows of one (indicator, year) cell; empty outside the cube.
    fn cell_rows(&self, indicator: Code, year: i32) -> Range<usize> {
        let offset = year - self.first_year;
        if !(0..self.span).contains(&offset) {
            return 0..0;
        }
        let cell = usize::from(indicator) * self.span as usize + offset as usize;
        match (self.cell_starts.get(cell), self.cell_starts.get(cell + 1)) {
            (Some(&start), Some(&end)) => start as usize..end as usize,
            _ => 0..0,
        }
    }

    /// A cluster's value of an indicator in one year.
    pub fn value(&self, cluster: Code, indicator: Code, year: i32) -> Option<f64> {
        let rows = self.cell_rows(indicator, year);
        let start = rows.start;
        let clusters = self.clusters_column.cont_slice().ok()?;
        let at = clusters
            .get(rows)?
            .binary_search(&u32::from(cluster))
            .ok()?;
        self.values.cont_slice().ok()?.get(start + at).copied()
    }

    /// Combines the yearly values of the `chosen` clusters into one value per indicator
    /// and year: the sum or the mean of the clusters that reported, as the indicator's
    /// `cluster_agg` says. Sorted by indicator code and year.
    pub fn combine(
        &self,
        chosen: &[Code],
        catalogue: &Catalogue,
    ) -> PolarsResult<Vec<CombinedCell>> {
        let mut wanted = vec![false; self.clusters];
        for &c in chosen {
            if let Some(w) = wanted.get_mut(usize::from(c)) {
                *w = true;
            }
        }
        // Every cluster chosen (the usual "all"): the frame as it is, combined once.
        if wanted.iter().all(|&w| w) {
            if let Some(all) = self.all_combined.get() {
                return Ok(all.clone());
            }
            let mut all = self.combine_rows(self.frame.clone(), catalogue)?;
            self.weigh(&mut all, &wanted, catalogue);
            return Ok(self.all_combined.get_or_init(|| all).clone());
        }
        let mask: BooleanChunked = self
            .clusters_column
            .into_no_null_iter()
            .map(|c| wanted.get(c as usize).copied().unwrap_or(false))
            .collect();
        let mut chosen = self.frame.filter(&mask)?;
        // A filtered sorted column is still sorted; say so, for the group-by's fast path.
        chosen.apply(columns::CELL, |cell| {
            let mut cell = cell.clone();
            cell.set_sorted_flag(IsSorted::Ascending);
            cell
        })?;
        let mut combined = self.combine_rows(chosen, catalogue)?;
        self.weigh(&mut combined, &wanted, catalogue);
        Ok(combined)
    }

    /// Makes the mean of each indicator with a `weight` a weighted one: Σ value × base
    /// / Σ base over the `wanted` clusters, each weighed by its own base in the same
    /// year; a plain mean, said so, when a cluster lacks its base.
    fn weigh(&self, combined: &mut [CombinedCell], wanted: &[bool], catalogue: &Catalogue) {
        for cell in combined.iter_mut() {
            let indicator = &catalogue.indicators[usize::from(cell.indicator)];
            let Some(base) = indicator
                .weight
                .as_deref()
                .and_then(|w| catalogue.position(w))
                .and_then(|p| Code::try_from(p).ok())
            else {
                continue;
            };
            if let Some((value, combination)) =
                self.weighted_mean(cell.indicator, base, cell.year, wanted)
            {
                cell.value = value;
                cell.combination = combination;
            }
        }
    }

    /// The mean of `indicator` over the `wanted` clusters in `year`, weighted by each
    /// one's `base` (see [`WeightedMean`]).
    fn weighted_mean(
        &self,
        indicator: Code,
        base: Code,
        year: i32,
        wanted: &[bool],
    ) -> Option<(f64, Combination)> {
        let rows = self.cell_rows(indicator, year);
        let clusters = self.clusters_column.cont_slice().ok()?.get(rows.clone())?;
        let values = self.values.cont_slice().ok()?.get(rows)?;
        let mut mean = WeightedMean::default();
        for (&cluster, &value) in clusters.iter().zip(values) {
            if wanted.get(cluster as usize).copied().unwrap_or(false) {
                let cluster = Code::try_from(cluster).ok()?;
                mean.add(value, self.value(cluster, base, year));
            }
        }
        mean.finish()
    }

    /// Combines the rows of `frame` (part of the cube, sorted by cell) per cell.
    fn combine_rows(
        &self,
        frame: DataFrame,
        catalogue: &Catalogue,
    ) -> PolarsResult<Vec<CombinedCell>> {
        // An eager group-by on the sorted cell column: runs of rows, no hashing, and
        // none of the lazy engine's planning (less of polars paged in).
        let by_cell = frame.group_by([columns::CELL])?;
        let groups = by_cell.get_groups();
        let keys = by_cell.keys();
        let cells = keys
            .first()
            .ok_or_else(|| polars_err!(ComputeError: "no group key"))?
            .i32()?;
        // SAFETY: the groups were made from this frame, so every row they name is in it.
        let sums = unsafe { frame.column(columns::VALUE)?.agg_sum(groups) };
        let sums = sums.f64()?;
        let counts: Vec<u32> = groups.iter().map(|g| g.len() as u32).collect();
        let grouped_height = cells.len();
        let mut combined: Vec<CombinedCell> = (0..grouped_height)
            .filter_map(|i| {
                let (cell, sum, clusters) = (cells.get(i)?, sums.get(i)?, *counts.get(i)?);
                let indicator = Code::try_from(cell / self.span).ok()?;
                let spec = catalogue.indicators.get(usize::from(indicator))?;
                let (value, combination) = match spec.cluster_agg {
                    ClusterAgg::Sum if spec.double_counts => (sum, Combination::UpperBound),
                    ClusterAgg::Sum => (sum, Combination::Sum),
                    ClusterAgg::Mean => (sum / f64::from(clusters), Combination::Mean),
                };
                Some(CombinedCell {
                    indicator,
                    year: self.first_year + cell % self.span,
                    value,
                    clusters,
                    combination,
                })
            })
            .collect();
        combined.sort_unstable_by_key(|c| (c.indicator, c.year));
        Ok(combined)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::format::vocabulary::{
        Area, ClusterStatus, Direction, TimeAgg, Unit, ValueStatus,
    };
    use crate::data::metadata::catalogue::Indicator;
    use crate::data::metadata::registry::{Cluster, Registry};
    use crate::data::values::columns::ValueColumns;
    use crate::data::values::columns::ValueRow;
    use crate::data::values::store::{LoadedValues, ValuesFile};

    fn indicator(id: &str, time_agg: TimeAgg, cluster_agg: ClusterAgg) -> Indicator {
        Indicator {
            id: id.to_string(),
            area: Area::Cooperation,
            name: id.to_string(),
            name_es: String::new(),
            name_eu: String::new(),
            unit: Unit::Count,
            direction: Direction::Higher,
            time_agg,
            cluster_agg,
            pyramid_level: None,
            plan: None,
            description: String::new(),
            min: 0.0,
            max: f64::INFINITY,
            weight: None,
            double_counts: false,
            role: None,
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
            source: String::new(),
            line: 1,
        }
    }

    fn registry() -> Registry {
        let cluster = |id: &str| Cluster {
            id: id.to_string(),
            name: id.to_string(),
            name_es: String::new(),
            name_eu: String::new(),
            status: ClusterStatus::Cluster,
            sector: String::new(),
            ris3_area: String::new(),
            founded: None,
            territory: None,
            active_from: None,
            active_to: None,
        };
        Registry::new(vec![cluster("AAA"), cluster("BBB"), cluster("CCC")])
    }

    /// Three indicators, one per time rule, over two clusters of three; rows
    /// deliberately out of order.
    fn cube() -> (YearlyCube, Catalogue) {
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
        let loaded = LoadedValues {
            files: vec![std::sync::Arc::new(ValuesFile {
                shown: "f.csv".to_string(),
                columns,
                sheet: None,
            })],
        };
        let store = ValueStore::new(loaded, &registry(), &catalogue);
        let cube = YearlyCube::build(&store, &catalogue, registry().len()).unwrap();
        (cube, catalogue)
    }

    #[test]
    fn parts_of_a_year_roll_up_by_the_indicators_time_rule() {
        let (cube, _) = cube();
        assert_eq!(cube.len(), 7);
        assert_eq!(cube.value(0, 0, 2024), Some(7.0), "AAA's projects, summed");
        assert_eq!(cube.value(0, 0, 2023), Some(9.0));
        assert_eq!(cube.value(0, 1, 2024), Some(7.0), "AAA's score, averaged");
        assert_eq!(
            cube.value(0, 2, 2024),
            Some(52.0),
            "last takes the latest quarter, not the last row read"
        );
        assert_eq!(cube.value(1, 2, 2024), Some(30.0));
        assert_eq!(cube.value(1, 0, 2023), None);
        assert_eq!(cube.value(2, 0, 2024), None, "CCC reported nothing");
        assert_eq!(cube.years(), [2023, 2024]);
    }

    #[test]
    fn clusters_combine_by_the_indicators_cluster_rule() {
        let (cube, catalogue) = cube();
        let both = cube.combine(&[0, 1, 2], &catalogue).unwrap();
        let get = |cells: &[CombinedCell], indicator: Code, year: i32| {
            cells
                .iter()
                .find(|c| c.indicator == indicator && c.year == year)
                .map(|c| (c.value, c.clusters))
        };
        assert_eq!(get(&both, 0, 2024), Some((17.0, 2)));
        assert_eq!(get(&both, 1, 2024), Some((7.0, 2)), "the mean of 7 and 7");
        assert_eq!(get(&both, 2, 2024), Some((82.0, 2)));
        assert_eq!(get(&both, 0, 2023), Some((9.0, 1)));
        assert_eq!(both.len(), 4);

        let one = cube.combine(&[1], &catalogue).unwrap();
        assert_eq!(one.len(), 3, "only BBB's own values: {one:?}");
        assert!(one.iter().all(|c| c.clusters == 1));
        assert_eq!(get(&one, 0, 2024), Some((10.0, 1)));
        assert!(cube.combine(&[], &catalogue).unwrap().is_empty());
        assert!(cube.combine(&[2], &catalogue).unwrap().is_empty());
        assert!(
            YearlyCube::default()
                .combine(&[0], &catalogue)
                .unwrap()
                .is_empty()
        );
    }
}
