//! `clusterdash export`: the filtered rows in the long format, to a new CSV file.

use std::path::PathBuf;

use crate::data::csv::source::DatasetSource;
use crate::data::format::vocabulary::{Area, Vocabulary};
use crate::data::loading::reloader::load_dataset_limited;
use crate::data::queries::long_csv::long_csv;
use crate::data::queries::value_records::value_records;

use super::output_file::{ensure_outside_dataset, write_output};
use super::usage_error::UsageError;

/// What to export and where.
#[derive(Debug, Clone)]
pub struct ExportRequest {
    /// The clusters; all when empty.
    pub clusters: Vec<String>,
    /// The area, word as in the catalogue; all when `None`.
    pub area: Option<String>,
    /// The first year.
    pub from: Option<i32>,
    /// The last year.
    pub to: Option<i32>,
    /// The CSV file to write.
    pub output: PathBuf,
    /// Whether an existing file may be replaced.
    pub force: bool,
    /// Files larger than this are reported, not read.
    pub max_file_bytes: u64,
}

/// Writes the rows; returns how many.
pub fn run_export(source: &DatasetSource, request: &ExportRequest) -> anyhow::Result<usize> {
    ensure_outside_dataset(&request.output, source)?;
    let area = match &request.area {
        Some(word) => Some(Area::parse_word(word).ok_or_else(|| {
            UsageError(super::language().f(
                "cli.bad_area",
                &[
                    ("expected", &Area::expected().text(super::language())),
                    ("found", &word),
                ],
            ))
        })?),
        None => None,
    };
    let dataset = load_dataset_limited(source, request.max_file_bytes);
    let unknown: Vec<&str> = request
        .clusters
        .iter()
        .filter(|c| !dataset.registry.contains(c))
        .map(String::as_str)
        .collect();
    if !unknown.is_empty() {
        return Err(UsageError(
            super::language().f("cli.unknown_cluster_ids", &[("ids", &unknown.join(", "))]),
        )
        .into());
    }
    let ids: Vec<&str> = if request.clusters.is_empty() {
        dataset
            .registry
            .clusters
            .iter()
            .map(|c| c.id.as_str())
            .collect()
    } else {
        request.clusters.iter().map(String::as_str).collect()
    };
    let records = value_records(&dataset, &ids).map_err(anyhow::Error::msg)?;
    let chosen: Vec<_> = records
        .iter()
        .filter(|r| request.from.is_none_or(|from| r.period.year >= from))
        .filter(|r| request.to.is_none_or(|to| r.period.year <= to))
        .filter(|r| {
            area.is_none_or(|area| {
                dataset
                    .catalogue
                    .get(&r.indicator_id)
                    .is_some_and(|i| i.area == area)
            })
        })
        .collect();
    write_output(&request.output, long_csv(&chosen).as_bytes(), request.force)?;
    Ok(chosen.len())
}
