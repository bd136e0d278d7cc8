//! Writing files the user asked for: never into the dataset folder, and never over an
//! existing file unless allowed.

use std::path::Path;

use anyhow::Context;

use crate::data::csv::source::DatasetSource;

use super::usage_error::UsageError;

/// Refuses a path inside the dataset's folder.
pub fn ensure_outside_dataset(path: &Path, source: &DatasetSource) -> Result<(), UsageError> {
    if source.contains_path(path) {
        return Err(UsageError(super::language().f(
            "cli.inside_dataset",
            &[("path", &path.display()), ("dataset", &source.label())],
        )));
    }
    Ok(())
}

/// Writes `contents` to `path`; an existing file is replaced only with `overwrite`.
pub fn write_output(path: &Path, contents: &[u8], overwrite: bool) -> anyhow::Result<()> {
    if !overwrite && path.exists() {
        return Err(UsageError(
            super::language().f("cli.already_exists", &[("path", &path.display())]),
        )
        .into());
    }
    std::fs::write(path, contents)
        .with_context(|| super::language().f("cli.cannot_write", &[("path", &path.display())]))
}
