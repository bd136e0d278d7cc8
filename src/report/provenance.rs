//! Where a report's numbers come from: the dataset, a content hash of its files, the
//! newest file date, the filter and the program version.

use sha2::{Digest, Sha256};

use crate::data::csv::source::DatasetSource;
use crate::words::utc_time::utc_minute;

/// The provenance of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    /// The dataset folder as given, or "built-in sample".
    pub dataset: String,
    /// SHA-256 over every file's path and contents, in path order.
    pub content_hash: String,
    /// How many files were hashed.
    pub files: usize,
    /// The newest modification time among the files, in UTC; `None` in memory.
    pub newest_file: Option<String>,
    /// The program and its version.
    pub program: String,
}

/// Reads the provenance of a dataset.
pub fn provenance(source: &DatasetSource) -> Provenance {
    let files = source.dataset_files();
    let mut hasher = Sha256::new();
    for file in &files {
        hasher.update(file.relative.as_bytes());
        hasher.update([0]);
        hasher.update((file.bytes.len() as u64).to_le_bytes());
        hasher.update(&file.bytes);
    }
    let content_hash = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let newest = files.iter().filter_map(|f| f.modified).max();
    Provenance {
        dataset: source.label(),
        content_hash,
        files: files.len(),
        newest_file: newest.map(utc_minute),
        program: format!("clusterdash {}", env!("CARGO_PKG_VERSION")), // not translated: a name and version
    }
}
