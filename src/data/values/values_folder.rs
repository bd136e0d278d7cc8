//! The `values/` folder: which of its entries are values files, for which cluster, and
//! which long values file a dataset keeps beside it.

use super::layout::{LONG_VALUES_FILE, LONG_VALUES_PARQUET};
use crate::data::csv::parquet_grid::PARQUET_ENDING;
use crate::data::csv::source::DatasetSource;
use crate::data::csv::workbook::workbook_stem;
use crate::data::format::problem::{FileProblems, Problem};
use crate::data::metadata::registry::Registry;
use crate::i18n::phrase::Phrase;

/// The entries of `values/`, sorted, without the lock files a spreadsheet leaves beside
/// the workbook it has open; a folder that cannot be listed is reported.
pub fn list_values_folder(source: &DatasetSource, problems: &mut Vec<Problem>) -> Vec<String> {
    let mut listing = source.list_values_folder().unwrap_or_else(|e| {
        let folder = source.display_path("values");
        FileProblems::new(&folder, problems)
            .file_error(Phrase::new("problem.cannot_list_folder").with("error", e));
        Vec::new()
    });
    listing.retain(|relative| !is_lock_file(relative));
    listing
}

/// Whether an entry is the lock file LibreOffice (`.~lock.HEGAN.xlsx#`) or Excel
/// (`~$HEGAN.xlsx`) keeps while a person has the workbook open: not data, never read.
pub(super) fn is_lock_file(relative: &str) -> bool {
    let name = relative.rsplit('/').next().unwrap_or(relative);
    (name.starts_with(".~lock.") && name.ends_with('#')) || name.starts_with("~$")
}

/// The cluster a `values/` entry belongs to, when it is named `<cluster_id>.csv`.
pub fn entry_cluster(relative: &str) -> Option<&str> {
    let name = relative.strip_prefix("values/")?;
    name.strip_suffix(".csv")
        .or_else(|| workbook_stem(name))
        .or_else(|| name.strip_suffix(PARQUET_ENDING))
}

/// Whether a file is a workbook, by its ending.
pub(super) fn is_workbook(relative: &str) -> bool {
    workbook_stem(relative).is_some()
}

/// Whether a file is Parquet, by its ending.
pub(super) fn is_parquet(relative: &str) -> bool {
    relative.ends_with(PARQUET_ENDING)
}

/// Whether an entry of `values/` is a values file to read, rather than one that is
/// only reported (not `.csv`, or named for no cluster).
pub fn is_cluster_file(relative: &str, registry: &Registry) -> bool {
    entry_cluster(relative).is_some_and(|id| registry.contains(id))
}

/// The long values file the dataset keeps: `values.csv`, or `values.parquet` where there
/// is no `values.csv` (beside it, `values.parquet` is reported and left out).
pub fn long_values_file(source: &DatasetSource) -> &'static str {
    if source.fingerprint(LONG_VALUES_FILE).is_none()
        && source.fingerprint(LONG_VALUES_PARQUET).is_some()
    {
        LONG_VALUES_PARQUET
    } else {
        LONG_VALUES_FILE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_files_of_an_open_workbook_are_not_values_files() {
        assert!(is_lock_file("values/.~lock.HEGAN.xlsx#"));
        assert!(is_lock_file("values/~$HEGAN.xlsx"));
        assert!(!is_lock_file("values/HEGAN.xlsx"));
        assert!(!is_lock_file("values/.~lock.HEGAN.xlsx"));
    }
}
