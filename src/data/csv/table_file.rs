//! Which file holds a shared table that may be kept as a workbook: `clusters.csv`, or
//! else `clusters.xlsx`, `clusters.ods` or `clusters.xls` (the same for `indicators`).

use super::source::DatasetSource;
use super::table::{ColumnSpec, Table, read_table};
use super::workbook::{WORKBOOK_ENDINGS, read_workbook_grid, workbook_stem};
use crate::data::csv::grid::grid_table;
use crate::data::format::problem::FileProblems;

impl DatasetSource {
    /// The files that could hold the table named `csv_name` (`clusters.csv`) and exist,
    /// the CSV first, then the workbooks in the order of [`WORKBOOK_ENDINGS`]; just
    /// `csv_name` when none exists, so that its absence is reported by that name.
    pub fn table_files(&self, csv_name: &str) -> Vec<String> {
        let stem = csv_name.strip_suffix(".csv").unwrap_or(csv_name);
        let mut found: Vec<String> = std::iter::once(csv_name.to_string())
            .chain(
                WORKBOOK_ENDINGS
                    .iter()
                    .map(|ending| format!("{stem}{ending}")),
            )
            .filter(|name| self.file_size(name).is_some())
            .collect();
        if found.is_empty() {
            found.push(csv_name.to_string());
        }
        found
    }

    /// The file that holds the table named `csv_name`: the first of [`Self::table_files`].
    pub fn table_file(&self, csv_name: &str) -> String {
        self.table_files(csv_name).swap_remove(0)
    }
}

/// Reads a shared table from CSV or workbook bytes against `specs`, as
/// [`read_table`] reads CSV; a workbook's sheet is the one named `role`, else the first,
/// and it may expand to at most `max_bytes`.
pub fn read_table_file(
    bytes: Vec<u8>,
    relative: &str,
    role: &str,
    specs: &[ColumnSpec],
    max_bytes: u64,
    problems: &mut FileProblems,
) -> Option<Table> {
    if workbook_stem(relative).is_some() {
        let grid = read_workbook_grid(bytes, role, max_bytes, problems)?;
        return grid_table(&grid, specs, problems);
    }
    read_table(&bytes, specs, problems)
}
