//! The value rows of chosen clusters as plain records, with the file and line each
//! came from, for the Data tab and exports.

use polars::prelude::*;

use super::dataset::Dataset;
use super::period::Period;
use super::values_frame::columns;
use super::vocabulary::{ValueStatus, Vocabulary};

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
    /// The file it came from.
    pub file: String,
    /// The line it came from.
    pub line: u32,
}

/// The values of the chosen clusters, sorted by cluster, indicator and period.
pub fn value_records(dataset: &Dataset, cluster_ids: &[&str]) -> Result<Vec<ValueRecord>, String> {
    let values = &dataset.values;
    if values.height() == 0 {
        return Ok(Vec::new());
    }
    let read = || -> PolarsResult<Vec<ValueRecord>> {
        let text = |name: &str| values.column(name).and_then(|c| c.cast(&DataType::String));
        let (clusters, indicators, statuses, files) = (
            text(columns::CLUSTER_ID)?,
            text(columns::INDICATOR_ID)?,
            text(columns::STATUS)?,
            text(columns::FILE)?,
        );
        let (clusters, indicators, statuses, files) = (
            clusters.str()?,
            indicators.str()?,
            statuses.str()?,
            files.str()?,
        );
        let notes = values.column(columns::NOTE)?.str()?;
        let periods = values.column(columns::PERIOD)?.str()?;
        let numbers = values.column(columns::VALUE)?.f64()?;
        let lines = values.column(columns::LINE)?.u32()?;
        let mut out = Vec::new();
        for i in 0..values.height() {
            let Some(cluster) = clusters.get(i).filter(|c| cluster_ids.contains(c)) else {
                continue;
            };
            let (Some(period), Some(indicator), Some(value)) = (
                periods.get(i).and_then(Period::parse),
                indicators.get(i),
                numbers.get(i),
            ) else {
                continue;
            };
            out.push(ValueRecord {
                cluster_id: cluster.to_string(),
                period,
                indicator_id: indicator.to_string(),
                value,
                status: statuses
                    .get(i)
                    .and_then(ValueStatus::parse_word)
                    .unwrap_or(ValueStatus::Actual),
                note: notes.get(i).unwrap_or("").to_string(),
                file: files.get(i).unwrap_or("").to_string(),
                line: lines.get(i).unwrap_or(0),
            });
        }
        Ok(out)
    };
    read().map_err(|e| e.to_string())
}
