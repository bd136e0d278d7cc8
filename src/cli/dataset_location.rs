//! Which dataset to open: the argument, then `$CLUSTERDASH_DATA`, then
//! `./datasets/basque-clusters`, then the built-in sample.

use std::path::{Path, PathBuf};

use crate::data::csv::source::DatasetSource;
use crate::generate::built_in_sample;

/// The environment variable naming the default dataset folder.
// not translated: an environment variable
pub const DATA_ENV: &str = "CLUSTERDASH_DATA";
/// The shipped dataset, relative to the working directory.
// not translated: a path
pub const SHIPPED_DATASET: &str = "datasets/basque-clusters";

/// Resolves the dataset to open, or says why the named folder cannot be used.
pub fn resolve_dataset(argument: Option<&Path>) -> Result<DatasetSource, String> {
    if let Some(path) = argument {
        return folder(path, "");
    }
    if let Some(value) = std::env::var_os(DATA_ENV).filter(|v| !v.is_empty()) {
        let origin = format!(
            " {}",
            super::language().f("cli.from_variable", &[("variable", &DATA_ENV)])
        );
        return folder(&PathBuf::from(value), &origin);
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
        Ok(_) => Err(super::language().f(
            "cli.dataset_is_file",
            &[("path", &path.display()), ("origin", &origin)],
        )),
        Err(e) => Err(super::language().f(
            "cli.cannot_open_dataset",
            &[
                ("path", &path.display()),
                ("origin", &origin),
                ("error", &e),
            ],
        )),
    }
}
