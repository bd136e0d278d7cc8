//! Writing files the user asked for: never into the dataset folder, and never over an
//! existing file unless allowed.

use std::path::Path;

use anyhow::Context;

use crate::data::source::DatasetSource;

use super::usage_error::UsageError;

/// Refuses a path inside the dataset's folder.
pub fn ensure_outside_dataset(path: &Path, source: &DatasetSource) -> Result<(), UsageError> {
    if source.contains_path(path) {
        return Err(UsageError(format!(
            "{} is inside the dataset folder {}; clusterdash never writes there",
            path.display(),
            source.label()
        )));
    }
    Ok(())
}

/// Writes `contents` to `path`; an existing file is replaced only with `overwrite`.
pub fn write_output(path: &Path, contents: &[u8], overwrite: bool) -> anyhow::Result<()> {
    if !overwrite && path.exists() {
        return Err(UsageError(format!(
            "{} already exists; add --force to replace it",
            path.display()
        ))
        .into());
    }
    std::fs::write(path, contents).with_context(|| format!("cannot write {}", path.display()))
}
