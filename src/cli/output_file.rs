//! Writing files the user asked for: never into the dataset folder, and never over an
//! existing file unless allowed.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::data::csv::source::DatasetSource;

use super::usage_error::UsageError;

/// The file `-o` names; `None` for standard output (no `-o`, or `-o -`).
pub fn named_output(output: Option<&PathBuf>) -> Option<&Path> {
    output
        .map(PathBuf::as_path)
        .filter(|path| path.as_os_str() != "-")
}

/// Writes `contents` to the file `-o` names, or to standard output (see [`named_output`]).
pub fn write_to(output: Option<&Path>, contents: &[u8], overwrite: bool) -> anyhow::Result<()> {
    match output {
        Some(path) => write_output(path, contents, overwrite),
        None => Ok(std::io::stdout().lock().write_all(contents)?),
    }
}

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
