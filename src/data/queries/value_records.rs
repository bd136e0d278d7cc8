//! The value rows of chosen clusters as plain records, with the file and line each
//! came from, for the Data tab and exports.

use crate::data::format::period::Period;
use crate::data::format::vocabulary::ValueStatus;
use crate::data::loading::dataset::Dataset;
use crate::data::values::store::StoredValue;

/// One value as loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueRecord {
    /// The cluster.
    pub cluster_id: String,
    /// The period.
    pub period: Period,
    /// The indicator.
    pub indicator_id: String,
    /// The value.
    pub value: f64,
    /// How firm it is.
    pub status: ValueStatus,
    /// The note, possibly empty (raw text from the file: sanitise before display).
    pub note: String,
    /// Where the figure was published, possibly empty (raw text: sanitise before display).
    pub source: String,
    /// The file it came from.
    pub file: String,
    /// The line it came from.
    pub line: u32,
}

/// The values of the chosen clusters, sorted by cluster, indicator and period.
pub fn value_records(dataset: &Dataset, cluster_ids: &[&str]) -> Result<Vec<ValueRecord>, String> {
    let store = &dataset.values;
    Ok(store
        .rows_of_clusters(cluster_ids)
        .into_iter()
        .map(|(f, r)| ValueRecord::from(store.row(f as usize, r as usize)))
        .collect())
}

impl From<StoredValue<'_>> for ValueRecord {
    fn from(row: StoredValue<'_>) -> Self {
        ValueRecord {
            cluster_id: row.cluster_id.to_string(),
            period: row.period,
            indicator_id: row.indicator_id.to_string(),
            value: row.value,
            status: row.status,
            note: row.note.to_string(),
            source: row.source.to_string(),
            file: row.file.to_string(),
            line: row.line,
        }
    }
}
