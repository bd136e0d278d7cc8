//! Where a dataset's files come from: a folder on disk, or files held in memory
//! (the built-in sample). Reading never writes, renames or locks anything.

use super::network_share::is_network_share;
use super::regular_file::{Capped, LimitedRead, content_stamp, open_regular, read_at_most};
use crate::i18n::phrase::Phrase;
use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

/// The files of one dataset, addressed by their path relative to the dataset's root
/// with `/` separators (`clusters.csv`, `values/HEGAN.csv`).
#[derive(Debug, Clone)]
pub enum DatasetSource {
    /// A dataset folder on disk.
    Folder(PathBuf),
    /// Files held in memory, with the label shown in place of a folder.
    Memory {
        /// What the user sees instead of a path, such as "built-in sample".
        label: String,
        /// File contents by relative path.
        files: BTreeMap<String, Vec<u8>>,
    },
}

/// The outcome of reading one file of the dataset.
#[derive(Debug)]
pub enum FileRead {
    /// The file's bytes.
    Bytes(Vec<u8>),
    /// The file does not exist.
    Missing,
    /// The file exists but could not be read; the text says why.
    Unreadable(Phrase),
}

impl DatasetSource {
    /// The name shown for the dataset: its folder as given, or the in-memory label.
    pub fn label(&self) -> String {
        match self {
            DatasetSource::Folder(path) => path.display().to_string(),
            DatasetSource::Memory { label, .. } => label.clone(),
        }
    }

    /// Whether the dataset is held in memory rather than read from a folder.
    pub fn is_in_memory(&self) -> bool {
        matches!(self, DatasetSource::Memory { .. })
    }

    /// How a file of the dataset is named in messages: the folder joined with the
    /// relative path, or `<label>/relative` for an in-memory dataset.
    pub fn display_path(&self, relative: &str) -> String {
        match self {
            DatasetSource::Folder(path) => path.join(relative).display().to_string(),
            DatasetSource::Memory { label, .. } => format!("<{label}>/{relative}"),
        }
    }

    /// Reads one file. Folders, pipes, devices and sockets where a file is expected count
    /// as unreadable.
    pub fn read(&self, relative: &str) -> FileRead {
        self.read_limited(relative, u64::MAX)
    }

    /// Reads one file if it is no larger than `max_bytes`; a larger one is unreadable,
    /// and is not read at all.
    pub fn read_limited(&self, relative: &str, max_bytes: u64) -> FileRead {
        match self {
            DatasetSource::Folder(root) => read_file(&root.join(relative), max_bytes),
            DatasetSource::Memory { files, .. }
                if files
                    .get(relative)
                    .is_some_and(|f| f.len() as u64 > max_bytes) =>
            {
                FileRead::Unreadable(too_large(max_bytes))
            }
            DatasetSource::Memory { files, .. } => match files.get(relative) {
                Some(bytes) => FileRead::Bytes(bytes.clone()),
                None => FileRead::Missing,
            },
        }
    }

    /// The relative paths of the entries directly inside `values/`, sorted by name,
    /// or an empty list when there is no such folder.
    pub fn list_values_folder(&self) -> io::Result<Vec<String>> {
        match self {
            DatasetSource::Folder(root) => {
                let dir = root.join("values");
                if !dir.exists() {
                    return Ok(Vec::new());
                }
                let mut names = Vec::new();
                for entry in std::fs::read_dir(&dir)? {
                    let name = entry?.file_name().to_string_lossy().into_owned();
                    names.push(format!("values/{name}"));
                }
                names.sort();
                Ok(names)
            }
            DatasetSource::Memory { files, .. } => Ok(files
                .keys()
                .filter(|k| k.starts_with("values/") && !k["values/".len()..].contains('/'))
                .cloned()
                .collect()),
        }
    }
}

/// What tells one version of a file from another without reading it: its size, its
/// modification and change times and, on Unix, its inode (a spreadsheet that saves by
/// writing a new file and renaming it gets a new one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FileFingerprint {
    len: u64,
    modified: Option<std::time::SystemTime>,
    changed: (i64, i64),
    inode: u64,
    /// On a network share, a hash of the content (see [`content_stamp`]); else 0.
    content: u64,
}

impl DatasetSource {
    /// The fingerprint of one file; `None` when it is missing or cannot be looked at.
    /// Files in memory never change, so theirs is their size.
    pub fn fingerprint(&self, relative: &str) -> Option<FileFingerprint> {
        match self {
            DatasetSource::Folder(root) => {
                let path = root.join(relative);
                let meta = std::fs::metadata(&path).ok()?;
                #[cfg(unix)]
                let (changed, inode) = {
                    use std::os::unix::fs::MetadataExt;
                    ((meta.ctime(), meta.ctime_nsec()), meta.ino())
                };
                #[cfg(not(unix))]
                let (changed, inode) = ((0, 0), 0);
                Some(FileFingerprint {
                    len: meta.len(),
                    modified: meta.modified().ok(),
                    changed,
                    inode,
                    content: content_stamp(&path, is_network_share(root)),
                })
            }
            DatasetSource::Memory { files, .. } => files.get(relative).map(|f| FileFingerprint {
                len: f.len() as u64,
                ..FileFingerprint::default()
            }),
        }
    }
}

impl DatasetSource {
    /// The size in bytes of one plain file, if it is one.
    pub fn file_size(&self, relative: &str) -> Option<u64> {
        match self {
            DatasetSource::Folder(root) => std::fs::metadata(root.join(relative))
                .ok()
                .filter(std::fs::Metadata::is_file)
                .map(|m| m.len()),
            DatasetSource::Memory { files, .. } => files.get(relative).map(|f| f.len() as u64),
        }
    }

    /// The size in bytes of every file the loader reads: the registry, catalogue,
    /// targets and values files (for a progress line).
    pub fn total_bytes(&self) -> u64 {
        self.loaded_file_names(|_| true)
            .iter()
            .filter_map(|relative| self.file_size(relative))
            .sum()
    }

    /// Opens one file to read as a stream, with its size, when it is a regular file no
    /// larger than `max_bytes`; `None` otherwise (then [`DatasetSource::read_limited`]
    /// says why). The stream fails should the file hold more than `max_bytes` after all.
    pub fn open_limited(
        &self,
        relative: &str,
        max_bytes: u64,
    ) -> Option<(Box<dyn io::BufRead + '_>, u64)> {
        match self {
            DatasetSource::Folder(root) => {
                let (file, meta) = open_regular(&root.join(relative)).ok()?;
                if meta.len() > max_bytes {
                    return None;
                }
                let capped = Capped::new(file, max_bytes);
                Some((
                    Box::new(io::BufReader::with_capacity(1 << 18, capped)),
                    meta.len(),
                ))
            }
            DatasetSource::Memory { files, .. } => {
                let bytes = files.get(relative)?;
                (bytes.len() as u64 <= max_bytes).then(|| {
                    (
                        Box::new(bytes.as_slice()) as Box<dyn io::BufRead>,
                        bytes.len() as u64,
                    )
                })
            }
        }
    }
}

impl DatasetSource {
    /// Whether `path` (which may not exist yet) lies inside the dataset's folder, where
    /// clusterdash never writes. Always false for an in-memory dataset.
    pub fn contains_path(&self, path: &Path) -> bool {
        let DatasetSource::Folder(folder) = self else {
            return false;
        };
        let Ok(folder) = folder.canonicalize() else {
            return false;
        };
        let absolute = if path.is_absolute() {
            path.to_path_buf()
        } else {
            std::env::current_dir().unwrap_or_default().join(path)
        };
        // Resolve the deepest part of the path that exists, then add back the rest.
        let mut existing = absolute.as_path();
        let mut rest = Vec::new();
        while !existing.exists() {
            match (existing.parent(), existing.file_name()) {
                (Some(parent), Some(name)) => {
                    rest.push(name.to_os_string());
                    existing = parent;
                }
                _ => break,
            }
        }
        let mut resolved = existing
            .canonicalize()
            .unwrap_or_else(|_| existing.to_path_buf());
        for name in rest.iter().rev() {
            resolved.push(name);
        }
        resolved.starts_with(&folder)
    }
}

/// One file of a dataset, for provenance: its relative path, its bytes and when it
/// last changed (unknown for in-memory files).
#[derive(Debug, Clone)]
pub struct DatasetFile {
    /// The path relative to the dataset, with `/` separators.
    pub relative: String,
    /// The contents.
    pub bytes: Vec<u8>,
    /// The modification time, when the file is on disk.
    pub modified: Option<std::time::SystemTime>,
}

impl DatasetSource {
    /// The registry, catalogue, targets, programme budget and long values file, then the entries of
    /// `values/` that `keep` keeps.
    fn loaded_file_names(&self, keep: impl Fn(&str) -> bool) -> Vec<String> {
        let mut names: Vec<String> = [
            &self.table_file("clusters.csv"),
            &self.table_file("indicators.csv"),
            "targets.csv",
            "programme.csv",
            "values.csv",
            "values.parquet",
        ]
        .map(String::from)
        .to_vec();
        names.extend(
            self.list_values_folder()
                .unwrap_or_default()
                .into_iter()
                .filter(|n| keep(n)),
        );
        names
    }

    /// Every file the loader reads (registry, catalogue, targets, values), sorted by
    /// path; files that cannot be read are left out.
    pub fn dataset_files(&self) -> Vec<DatasetFile> {
        let mut names = self.loaded_file_names(|n| {
            n.ends_with(".csv")
                || n.ends_with(super::parquet_grid::PARQUET_ENDING)
                || super::workbook::workbook_stem(n).is_some()
        });
        names.sort();
        names
            .into_iter()
            .filter_map(|relative| {
                let FileRead::Bytes(bytes) = self.read(&relative) else {
                    return None;
                };
                let modified = match self {
                    DatasetSource::Folder(root) => std::fs::metadata(root.join(&relative))
                        .and_then(|m| m.modified())
                        .ok(),
                    DatasetSource::Memory { .. } => None,
                };
                Some(DatasetFile {
                    relative,
                    bytes,
                    modified,
                })
            })
            .collect()
    }
}

/// The reason given for a file over the size limit.
fn too_large(max_bytes: u64) -> Phrase {
    Phrase::new("problem.too_large").with("limit", super::size_text::size_text(max_bytes))
}

/// The reason the system gave, as it gave it.
fn system_error(error: io::Error) -> Phrase {
    Phrase::new("problem.system_error").with("error", error)
}

/// Reads a regular file of at most `max_bytes`, counting the bytes as they come.
fn read_file(path: &Path, max_bytes: u64) -> FileRead {
    let (file, meta) = match open_regular(path) {
        Ok(opened) => opened,
        Err(fault) => {
            return match fault.reason() {
                None => FileRead::Missing,
                Some(reason) => FileRead::Unreadable(reason),
            };
        }
    };
    if meta.len() > max_bytes {
        return FileRead::Unreadable(too_large(max_bytes));
    }
    match read_at_most(file, max_bytes, meta.len()) {
        LimitedRead::Bytes(bytes) => FileRead::Bytes(bytes),
        LimitedRead::TooLarge => FileRead::Unreadable(too_large(max_bytes)),
        LimitedRead::Failed(e) => FileRead::Unreadable(system_error(e)),
    }
}
