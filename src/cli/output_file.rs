//! Writing files the user asked for: never into the dataset folder, and never over an
//! existing file unless allowed.

use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::data::source::DatasetSource;

use super::usage_error::UsageError;

/// The absolute form of a path that may not exist yet (its existing parent, resolved).
fn resolved(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let parent = absolute.parent().map(Path::to_path_buf).unwrap_or_default();
    match (parent.canonicalize(), absolute.file_name()) {
        (Ok(parent), Some(name)) => parent.join(name),
        _ => absolute,
    }
}

/// Refuses a path inside the dataset's folder.
pub fn ensure_outside_dataset(path: &Path, source: &DatasetSource) -> Result<(), UsageError> {
    if let DatasetSource::Folder(folder) = source
        && let Ok(folder) = folder.canonicalize()
        && resolved(path).starts_with(&folder)
    {
        return Err(UsageError(format!(
            "{} is inside the dataset folder {}; clusterdash never writes there",
            path.display(),
            folder.display()
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
