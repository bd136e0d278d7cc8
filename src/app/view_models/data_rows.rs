//! The Data tab: the rows behind the filter, searchable and sortable by any column.
//! Rows are references into the dataset's values (8 bytes each), read only for the page
//! on screen, a search or a sort; never copied.

use std::cmp::Ordering;

use crate::data::dataset::Dataset;
use crate::data::value_records::ValueRecord;
use crate::data::value_store::StoredValue;
use crate::data::vocabulary::{Area, Unit, Vocabulary};

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
    /// File and line.
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
    pub fn title(self) -> &'static str {
        match self {
            DataColumn::Cluster => "Cluster",
            DataColumn::Period => "Period",
            DataColumn::Indicator => "Indicator",
            DataColumn::Area => "Area",
            DataColumn::Value => "Value",
            DataColumn::Unit => "Unit",
            DataColumn::Target => "Target",
            DataColumn::Status => "Status",
            DataColumn::Source => "File:line",
        }
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

    /// Whether the row matches a search, case-insensitively, in any text column.
    pub fn matches(&self, query_lower: &str) -> bool {
        if query_lower.is_empty() {
            return true;
        }
        let r = &self.record;
        [
            r.cluster_id,
            &r.period.to_string(),
            r.indicator_id,
            self.area.word(),
            r.status.word(),
            r.note,
            r.file,
        ]
        .iter()
        .any(|field| field.to_lowercase().contains(query_lower))
    }
}

/// The values of the chosen clusters, ordered by cluster, indicator and period.
pub fn data_row_refs(dataset: &Dataset, cluster_ids: &[&str]) -> Vec<RowRef> {
    dataset
        .values
        .rows_of_clusters(cluster_ids)
        .into_iter()
        .map(|(f, r)| (f as u32, r as u32))
        .collect()
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

/// The positions of the rows matching `query`, sorted by `column` (in dataset order
/// when `None`), descending when asked.
pub fn visible_rows(
    dataset: &Dataset,
    rows: &[RowRef],
    query: &str,
    column: Option<DataColumn>,
    descending: bool,
) -> Vec<usize> {
    let query = query.to_lowercase();
    let mut shown: Vec<usize> = if query.is_empty() {
        (0..rows.len()).collect()
    } else {
        (0..rows.len())
            .filter(|&i| data_row(dataset, rows[i]).is_some_and(|row| row.matches(&query)))
            .collect()
    };
    if let Some(column) = column {
        shown.sort_by(
            |&a, &b| match (data_row(dataset, rows[a]), data_row(dataset, rows[b])) {
                (Some(x), Some(y)) => column.compare(&x, &y),
                _ => Ordering::Equal,
            },
        );
    }
    if descending {
        shown.reverse();
    }
    shown
}
