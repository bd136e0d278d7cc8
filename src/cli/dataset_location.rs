//! Which dataset to open: the argument, then `$CLUSTERDASH_DATA`, then
//! `./datasets/basque-clusters`, then the built-in sample.

use std::path::{Path, PathBuf};

use crate::data::source::DatasetSource;
use crate::generate::built_in_sample;

/// The environment variable naming the default dataset folder.
pub const DATA_ENV: &str = "CLUSTERDASH_DATA";
/// The shipped dataset, relative to the working directory.
pub const SHIPPED_DATASET: &str = "datasets/basque-clusters";

/// Resolves the dataset to open, or says why the named folder cannot be used.
pub fn resolve_dataset(argument: Option<&Path>) -> Result<DatasetSource, String> {
    if let Some(path) = argument {
        return folder(path, "");
    }
    if let Some(value) = std::env::var_os(DATA_ENV).filter(|v| !v.is_empty()) {
        return folder(&PathBuf::from(value), &format!(" (from ${DATA_ENV})"));
    }
    let shipped = Path::new(SHIPPED_DATASET);
    if shipped.is_dir() {
        return Ok(DatasetSource::Folder(shipped.to_path_buf()));
    }
    Ok(built_in_sample())
}

fn folder(path: &Path, origin: &str) -> Result<DatasetSource, String> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => Ok(DatasetSource::Folder(path.to_path_buf())),
        Ok(_) => Err(format!(
            "{}{origin} is a file; expected a dataset folder",
            path.display()
        )),
        Err(e) => Err(format!(
            "cannot open dataset folder {}{origin}: {e}",
            path.display()
        )),
    }
}
