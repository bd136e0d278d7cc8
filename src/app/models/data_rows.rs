//! The Data tab: the rows behind the filter, searchable and sortable by any column.
//! Rows are references into the dataset's values (8 bytes each), read only for the page
//! on screen, a search or a sort; never copied.

use std::cell::Cell;
use std::cmp::Ordering;

use crate::data::format::period::Period;
use crate::data::format::vocabulary::{Area, Unit, ValueStatus, Vocabulary};
use crate::data::loading::dataset::Dataset;
use crate::data::queries::value_records::ValueRecord;
use crate::data::values::store::StoredValue;
use crate::i18n::Lang;

/// A value of the dataset: its file and row in the value store.
pub type RowRef = (u32, u32);

/// One row of the Data tab, read from the dataset.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DataRow<'a> {
    /// The value as loaded.
    pub record: StoredValue<'a>,
    /// The indicator's area.
    pub area: Area,
    /// The indicator's unit.
    pub unit: Unit,
    /// The cluster's target for the indicator in the period's year.
    pub target: Option<f64>,
}

/// A column of the Data tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataColumn {
    /// Cluster id.
    Cluster,
    /// Period.
    Period,
    /// Indicator id.
    Indicator,
    /// Area.
    Area,
    /// Value.
    Value,
    /// Unit.
    Unit,
    /// Target.
    Target,
    /// Status.
    Status,
    /// Where the value was published, or else its file and line.
    Source,
}

impl DataColumn {
    /// Every column, in table order (and the order `s` steps through them).
    pub const ALL: [DataColumn; 9] = [
        DataColumn::Cluster,
        DataColumn::Period,
        DataColumn::Indicator,
        DataColumn::Area,
        DataColumn::Value,
        DataColumn::Unit,
        DataColumn::Target,
        DataColumn::Status,
        DataColumn::Source,
    ];

    /// The column's heading.
    pub fn title(self, lang: Lang) -> &'static str {
        lang.t(match self {
            DataColumn::Cluster => "data.column.cluster",
            DataColumn::Period => "data.column.period",
            DataColumn::Indicator => "data.column.indicator",
            DataColumn::Area => "data.column.area",
            DataColumn::Value => "data.column.value",
            DataColumn::Unit => "data.column.unit",
            DataColumn::Target => "data.column.target",
            DataColumn::Status => "data.column.status",
            DataColumn::Source => "data.column.source",
        })
    }

    /// Compares two rows by this column, ascending.
    pub fn compare(self, a: &DataRow, b: &DataRow) -> Ordering {
        let (x, y) = (&a.record, &b.record);
        match self {
            DataColumn::Cluster => x.cluster_id.cmp(y.cluster_id),
            DataColumn::Period => x.period.cmp(&y.period),
            DataColumn::Indicator => x.indicator_id.cmp(y.indicator_id),
            DataColumn::Area => a.area.cmp(&b.area),
            DataColumn::Value => x.value.total_cmp(&y.value),
            DataColumn::Unit => a.unit.cmp(&b.unit),
            DataColumn::Target => a.target.partial_cmp(&b.target).unwrap_or(Ordering::Equal),
            DataColumn::Status => x.status.cmp(&y.status),
            DataColumn::Source => (x.file, x.line).cmp(&(y.file, y.line)),
        }
    }
}

impl DataRow<'_> {
    /// The value as an owned record, for exports.
    pub fn to_record(&self) -> ValueRecord {
        ValueRecord::from(self.record)
    }
}

/// The values of the chosen clusters, ordered by cluster, indicator and period.
pub fn data_row_refs(dataset: &Dataset, cluster_ids: &[&str]) -> Vec<RowRef> {
    dataset.values.rows_of_clusters(cluster_ids)
}

/// One row, read from the dataset with its indicator's area and unit and the year's
/// target; `None` for a reference the dataset does not hold.
pub fn data_row(dataset: &Dataset, at: RowRef) -> Option<DataRow<'_>> {
    let (file, row) = (at.0 as usize, at.1 as usize);
    let columns = &dataset.values.files().get(file)?.columns;
    if columns.len() <= row {
        return None;
    }
    let (cluster, indicator) = (columns.cluster[row], columns.indicator[row]);
    let record = dataset.values.row(file, row);
    let spec = dataset.catalogue.indicators.get(usize::from(indicator))?;
    Some(DataRow {
        area: spec.area,
        unit: spec.unit,
        target: dataset.targets.get(cluster, indicator, record.period.year),
        record,
    })
}

/// The positions of the rows matching `query` (case-insensitively, in any text
/// column), sorted by `column` (in dataset order when `None`), descending when asked.
pub fn visible_rows(
    dataset: &Dataset,
    rows: &[RowRef],
    query: &str,
    column: Option<DataColumn>,
    descending: bool,
    lang: Lang,
) -> Vec<u32> {
    let mut shown: Vec<u32> = if query.is_empty() {
        (0..rows.len() as u32).collect()
    } else {
        let query = query.to_lowercase();
        let search = RowSearch::new(dataset, &query, lang);
        (0..rows.len() as u32)
            .filter(|&i| search.matches(dataset, rows[i as usize]))
            .collect()
    };
    if let Some(column) = column {
        // One key a row, then the positions sorted in place by (key, position): as
        // stable as sorting by `DataColumn::compare`, without reading rows to compare.
        let ranks = IdRanks::of(dataset);
        let key = |i: u32| sort_key(dataset, rows[i as usize], column, &ranks);
        if shown.len() * 2 < rows.len() {
            // A few rows found: keys for those alone.
            let mut keyed: Vec<(u64, u32)> = shown.iter().map(|&i| (key(i), i)).collect();
            keyed.sort_unstable();
            shown = keyed.into_iter().map(|(_, i)| i).collect();
        } else {
            // Most rows: one key per row, read by position, and the positions sorted in
            // place (8 bytes a row rather than 16).
            let mut keys = vec![0u64; rows.len()];
            for &i in &shown {
                keys[i as usize] = key(i);
            }
            shown.sort_unstable_by_key(|&i| (keys[i as usize], i));
        }
    }
    if descending {
        shown.reverse();
    }
    shown
}

/// A search, decided once for each cluster, indicator, file, status and period, so a
/// row is matched by looking its parts up.
struct RowSearch<'q> {
    query: &'q str,
    clusters: Vec<bool>,
    /// By indicator: its id or its area's word matches.
    indicators: Vec<bool>,
    files: Vec<bool>,
    statuses: Vec<bool>,
    /// By packed period, once met: 0 not yet, 1 no, 2 yes.
    periods: Vec<Cell<u8>>,
}

impl<'q> RowSearch<'q> {
    /// A search in the words as the Data tab shows them in `lang`, and their data-format
    /// words (`estimate`, `technology`).
    fn new(dataset: &Dataset, query: &'q str, lang: Lang) -> Self {
        let has = |text: &str| text.to_lowercase().contains(query);
        RowSearch {
            query,
            clusters: dataset
                .registry
                .clusters
                .iter()
                .map(|c| has(&c.id))
                .collect(),
            indicators: dataset
                .catalogue
                .indicators
                .iter()
                .map(|i| has(&i.id) || has(i.area.word()) || has(lang.word("area", i.area.word())))
                .collect(),
            files: dataset
                .values
                .files()
                .iter()
                .map(|f| has(&f.shown))
                .collect(),
            statuses: ValueStatus::ALL
                .iter()
                .map(|s| has(s.word()) || has(lang.word("value_status", s.word())))
                .collect(),
            periods: vec![Cell::new(0); usize::from(u16::MAX) + 1],
        }
    }

    fn period_matches(&self, packed: u16) -> bool {
        let known = &self.periods[usize::from(packed)];
        if known.get() == 0 {
            let text = Period::unpack(packed).to_string().to_lowercase();
            known.set(if text.contains(self.query) { 2 } else { 1 });
        }
        known.get() == 2
    }

    fn matches(&self, dataset: &Dataset, at: RowRef) -> bool {
        let (file, row) = (at.0 as usize, at.1 as usize);
        let Some(columns) = dataset.values.files().get(file).map(|f| &f.columns) else {
            return false;
        };
        if row >= columns.len() {
            return false;
        }
        let packed = columns.period[row];
        let found = |table: &[bool], i: usize| table.get(i).copied().unwrap_or(false);
        found(&self.clusters, usize::from(columns.cluster[row]))
            || found(&self.indicators, usize::from(columns.indicator[row]))
            || found(&self.files, file)
            || found(&self.statuses, usize::from(columns.status[row]))
            || self.period_matches(packed)
            || (!columns.notes.is_empty()
                && columns.note_of(row).to_lowercase().contains(self.query))
    }
}

/// Each cluster, indicator and file's place in the order of their ids or names.
struct IdRanks {
    clusters: Vec<u64>,
    indicators: Vec<u64>,
    files: Vec<u64>,
}

impl IdRanks {
    fn of(dataset: &Dataset) -> Self {
        fn ranks<'a>(names: impl Iterator<Item = &'a str>) -> Vec<u64> {
            let names: Vec<&str> = names.collect();
            let mut by_name: Vec<usize> = (0..names.len()).collect();
            by_name.sort_by_key(|&i| names[i]);
            let mut rank = vec![0u64; names.len()];
            for (place, &i) in by_name.iter().enumerate() {
                // Equal names share a rank, as they compare equal.
                rank[i] = if place > 0 && names[by_name[place - 1]] == names[i] {
                    rank[by_name[place - 1]]
                } else {
                    place as u64
                };
            }
            rank
        }
        IdRanks {
            clusters: ranks(dataset.registry.clusters.iter().map(|c| c.id.as_str())),
            indicators: ranks(dataset.catalogue.indicators.iter().map(|i| i.id.as_str())),
            files: ranks(dataset.values.files().iter().map(|f| f.shown.as_str())),
        }
    }
}

/// A number whose unsigned order is the total order of `value`.
fn ordered_bits(value: f64) -> u64 {
    let bits = value.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

/// A key whose order is the order of [`DataColumn::compare`] on the row.
fn sort_key(dataset: &Dataset, at: RowRef, column: DataColumn, ranks: &IdRanks) -> u64 {
    let (file, row) = (at.0 as usize, at.1 as usize);
    let Some(columns) = dataset.values.files().get(file).map(|f| &f.columns) else {
        return 0;
    };
    if row >= columns.len() {
        return 0;
    }
    let (cluster, indicator) = (columns.cluster[row], columns.indicator[row]);
    let spec = dataset.catalogue.indicators.get(usize::from(indicator));
    let period = columns.period_of(row);
    match column {
        DataColumn::Cluster => ranks.clusters[usize::from(cluster)],
        DataColumn::Period => {
            ((period.year as i64 - i64::from(i32::MIN)) as u64) << 16
                | (period.frequency as u64) << 8
                | u64::from(period.part)
        }
        DataColumn::Indicator => ranks.indicators[usize::from(indicator)],
        DataColumn::Area => spec.map_or(0, |s| s.area as u64),
        DataColumn::Value => ordered_bits(columns.value[row]),
        DataColumn::Unit => spec.map_or(0, |s| s.unit as u64),
        DataColumn::Target => dataset
            .targets
            .get(cluster, indicator, period.year)
            // -0 and 0 compare equal, as in `compare`.
            .map_or(0, |t| ordered_bits(t + 0.0)),
        DataColumn::Status => columns.status_of(row) as u64,
        DataColumn::Source => ranks.files[file] << 32 | u64::from(columns.line[row]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::loading::reloader::load_dataset;
    use crate::generate::built_in_sample;

    #[test]
    fn sorting_by_keys_orders_rows_as_the_columns_compare() {
        let dataset = load_dataset(&built_in_sample());
        let ids: Vec<&str> = ["HEGAN", "GAIA", "ACICAE"].to_vec();
        let rows = data_row_refs(&dataset, &ids);
        assert!(rows.len() > 1000, "{} rows", rows.len());
        for column in DataColumn::ALL {
            for descending in [false, true] {
                let by_keys = visible_rows(&dataset, &rows, "", Some(column), descending, Lang::En);
                let mut by_compare: Vec<u32> = (0..rows.len() as u32).collect();
                by_compare.sort_by(|&a, &b| {
                    let (x, y) = (
                        data_row(&dataset, rows[a as usize]),
                        data_row(&dataset, rows[b as usize]),
                    );
                    column.compare(&x.unwrap(), &y.unwrap())
                });
                if descending {
                    by_compare.reverse();
                }
                assert_eq!(by_keys, by_compare, "{column:?}, descending: {descending}");
            }
        }
    }

    /// Whether a row matches a search in any text column, read the slow way.
    fn matches_slowly(row: &DataRow, query_lower: &str) -> bool {
        let r = &row.record;
        [
            r.cluster_id,
            &r.period.to_string(),
            r.indicator_id,
            row.area.word(),
            r.status.word(),
            r.note,
            r.file,
        ]
        .iter()
        .any(|field| field.to_lowercase().contains(query_lower))
    }

    #[test]
    fn a_search_then_a_sort_orders_the_rows_found_as_the_columns_compare() {
        let dataset = load_dataset(&built_in_sample());
        let ids: Vec<&str> = dataset
            .registry
            .clusters
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        let rows = data_row_refs(&dataset, &ids);
        for column in DataColumn::ALL {
            let found = visible_rows(&dataset, &rows, "hegan", Some(column), false, Lang::En);
            let mut expected = visible_rows(&dataset, &rows, "hegan", None, false, Lang::En);
            assert!(
                expected.len() * 2 < rows.len(),
                "a few rows: the pairs path"
            );
            expected.sort_by(|&a, &b| {
                let (x, y) = (
                    data_row(&dataset, rows[a as usize]).unwrap(),
                    data_row(&dataset, rows[b as usize]).unwrap(),
                );
                column.compare(&x, &y)
            });
            assert_eq!(found, expected, "{column:?}");
        }
    }

    #[test]
    fn searching_finds_the_rows_with_the_text_in_any_column() {
        let dataset = load_dataset(&built_in_sample());
        let ids: Vec<&str> = dataset
            .registry
            .clusters
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        let rows = data_row_refs(&dataset, &ids);
        let queries = [
            "hegan", "Q3", "2020-q", "estim", "coop", "coop_", "-0", "gaia.csv", "zzz",
        ];
        for query in queries {
            let found = visible_rows(&dataset, &rows, query, None, false, Lang::En);
            let expected: Vec<u32> = (0..rows.len() as u32)
                .filter(|&i| {
                    let row = data_row(&dataset, rows[i as usize]).unwrap();
                    matches_slowly(&row, &query.to_lowercase())
                })
                .collect();
            assert_eq!(found, expected, "{query}");
        }
        assert!(visible_rows(&dataset, &rows, "zzz", None, false, Lang::En).is_empty());
        let estimates = visible_rows(&dataset, &rows, "estimate", None, false, Lang::En);
        assert!(!estimates.is_empty());
        assert_eq!(
            visible_rows(&dataset, &rows, "estimado", None, false, Lang::Es),
            estimates,
            "the words as the tab shows them in Spanish find the same rows"
        );
    }
}
