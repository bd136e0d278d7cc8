//! Where each user's review records live: `$XDG_STATE_HOME/clusterdash/reviews` (or
//! `~/.local/state/clusterdash/reviews`), one file per dataset, named by a hash of the
//! dataset's path. Never in the dataset folder.

use std::path::PathBuf;

use anyhow::Context;
use sha2::{Digest, Sha256};

use crate::app::unreadable_record::UnreadableRecord;
use crate::data::csv::source::DatasetSource;
use crate::data::values::store::ValueStore;
use crate::review_records::record::{ReviewRecord, ValueChange};
use crate::review_records::stream::{changes_since_sorted, write_record_of};

/// The folder of review records.
pub fn reviews_dir() -> PathBuf {
    // not translated: a path
    crate::user_dirs::user_dir(crate::user_dirs::UserFolder::State, "reviews")
}

/// The record file of a dataset.
pub fn record_path(source: &DatasetSource) -> PathBuf {
    let identity = match source {
        DatasetSource::Folder(path) => path
            .canonicalize()
            .unwrap_or_else(|_| path.clone())
            .display()
            .to_string(),
        // not translated: a record key
        DatasetSource::Memory { label, .. } => format!("memory:{label}"),
    };
    let digest = Sha256::digest(identity.as_bytes());
    let name: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    // not translated: a file name
    reviews_dir().join(format!("{name}.csv"))
}

/// The dataset's last record, if there is one.
pub fn load_last(source: &DatasetSource) -> anyhow::Result<Option<ReviewRecord>> {
    load_record_file(&record_path(source))
}

/// A record file, if it exists.
pub fn load_record_file(path: &std::path::Path) -> anyhow::Result<Option<ReviewRecord>> {
    match std::fs::File::open(path) {
        Ok(file) => ReviewRecord::from_reader(std::io::BufReader::new(file))
            .map(Some)
            .map_err(anyhow::Error::msg)
            .with_context(|| {
                super::language().f("cli.cannot_read_record", &[("path", &path.display())])
            }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| {
            super::language().f("cli.cannot_read_record", &[("path", &path.display())])
        }),
    }
}

/// Saves the record of the values, replacing the previous one in one step; written
/// straight from the values, as a stream.
pub fn save(source: &DatasetSource, values: &ValueStore) -> anyhow::Result<PathBuf> {
    let path = record_path(source);
    let dir = path.parent().expect("the record has a folder");
    std::fs::create_dir_all(dir)
        .with_context(|| super::language().f("cli.cannot_create", &[("path", &dir.display())]))?;
    let temporary = path.with_extension("csv.new");
    let file = std::fs::File::create(&temporary).with_context(|| {
        super::language().f("cli.cannot_write", &[("path", &temporary.display())])
    })?;
    write_record_of(values, std::io::BufWriter::new(file)).with_context(|| {
        super::language().f("cli.cannot_write", &[("path", &temporary.display())])
    })?;
    std::fs::rename(&temporary, &path)
        .with_context(|| super::language().f("cli.cannot_write", &[("path", &path.display())]))?;
    Ok(path)
}

/// The dataset's record and why it could not be read, from the error of
/// [`changes_since_last`]: the causes under the "cannot read" context, which the screen
/// writes again in its own language.
pub fn unreadable(source: &DatasetSource, error: &anyhow::Error) -> UnreadableRecord {
    let causes: Vec<String> = error.chain().map(ToString::to_string).collect();
    let reason = match causes.as_slice() {
        [_context, rest @ ..] if !rest.is_empty() => rest.join(": "),
        _ => causes.join(": "),
    };
    UnreadableRecord {
        path: record_path(source).display().to_string(),
        reason,
    }
}

/// The changes since the dataset's last record, if there is one: compared as a stream
/// when the record is in order (as this program writes it), read whole otherwise.
pub fn changes_since_last(
    source: &DatasetSource,
    values: &ValueStore,
) -> anyhow::Result<Option<Vec<ValueChange>>> {
    let path = record_path(source);
    let context = || super::language().f("cli.cannot_read_record", &[("path", &path.display())]);
    let file = match std::fs::File::open(&path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(context),
    };
    if let Some(changes) = changes_since_sorted(values, std::io::BufReader::new(file))
        .map_err(anyhow::Error::msg)
        .with_context(context)?
    {
        return Ok(Some(changes));
    }
    let before = load_record_file(&path)?.unwrap_or_default();
    Ok(Some(ReviewRecord::of_values(values).changes_since(&before)))
}
