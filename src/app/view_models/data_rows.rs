//! The Data tab: the rows behind the filter, searchable and sortable by any column.

use std::cmp::Ordering;

use crate::data::dataset::Dataset;
use crate::data::value_records::ValueRecord;
use crate::data::vocabulary::{Area, Unit, Vocabulary};

/// One row of the Data tab.
#[derive(Debug, Clone, PartialEq)]
pub struct DataRow {
    /// The value as loaded.
    pub record: ValueRecord,
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
            DataColumn::Cluster => x.cluster_id.cmp(&y.cluster_id),
            DataColumn::Period => x.period.cmp(&y.period),
            DataColumn::Indicator => x.indicator_id.cmp(&y.indicator_id),
            DataColumn::Area => a.area.cmp(&b.area),
            DataColumn::Value => x.value.total_cmp(&y.value),
            DataColumn::Unit => a.unit.cmp(&b.unit),
            DataColumn::Target => a.target.partial_cmp(&b.target).unwrap_or(Ordering::Equal),
            DataColumn::Status => x.status.cmp(&y.status),
            DataColumn::Source => (&x.file, x.line).cmp(&(&y.file, y.line)),
        }
    }
}

impl DataRow {
    /// Whether the row matches a search, case-insensitively, in any text column.
    pub fn matches(&self, query_lower: &str) -> bool {
        if query_lower.is_empty() {
            return true;
        }
        let r = &self.record;
        [
            r.cluster_id.as_str(),
            &r.period.to_string(),
            r.indicator_id.as_str(),
            self.area.word(),
            r.status.word(),
            r.note.as_str(),
            r.file.as_str(),
        ]
        .iter()
        .any(|field| field.to_lowercase().contains(query_lower))
    }
}

/// Turns records into rows with their indicator's area and unit and the year's target.
pub fn data_rows(dataset: &Dataset, records: Vec<ValueRecord>) -> Vec<DataRow> {
    records
        .into_iter()
        .filter_map(|record| {
            let indicator = dataset.catalogue.get(&record.indicator_id)?;
            let target =
                dataset
                    .targets
                    .get(&record.cluster_id, &record.indicator_id, record.period.year);
            Some(DataRow {
                area: indicator.area,
                unit: indicator.unit,
                target,
                record,
            })
        })
        .collect()
}

/// The positions of the rows matching `query`, sorted by `column` (in file order
/// when `None`), descending when asked.
pub fn visible_rows(
    rows: &[DataRow],
    query: &str,
    column: Option<DataColumn>,
    descending: bool,
) -> Vec<usize> {
    let query = query.to_lowercase();
    let mut shown: Vec<usize> = (0..rows.len())
        .filter(|&i| rows[i].matches(&query))
        .collect();
    if let Some(column) = column {
        shown.sort_by(|&a, &b| column.compare(&rows[a], &rows[b]));
    }
    if descending {
        shown.reverse();
    }
    shown
}
