//! Reads the values files, `values/<cluster_id>.csv` and the long `values.csv`, into
//! validated values, sorted into columns, that remember the line they came from. Plainly
//! valid files take the fast way ([`super::fast_path`]); the others are read
//! carefully, row by row ([`super::row_checks`]), and every problem is reported.

use std::sync::atomic::AtomicU64;

use super::columns::ValueColumns;
use super::fast_path::{FastContext, read_values_fast, read_values_file_fast};
use super::layout::{LONG_VALUES_FILE, LONG_VALUES_PARQUET};
use super::parquet_fast::read_parquet_fast;
use super::row_checks::{check_cluster_rows, check_long_rows};
use super::store::ValuesFile;
use super::values_folder::{entry_cluster, is_parquet, long_values_file};
use crate::data::csv::source::{DatasetSource, FileRead};
use crate::data::format::problem::{FileProblems, Problem, Severity};
use crate::data::metadata::catalogue::Catalogue;
use crate::data::metadata::registry::Registry;
use crate::i18n::phrase::Phrase;
/// What reading one values file gave: its values, when it could be read as a table,
/// and every problem found in it.
#[derive(Debug, Clone, Default)]
pub struct FileOutcome {
    /// The file's valid values, in one or more parts (a large file read in ranges);
    /// empty when it was not read or had no usable header.
    pub values: Vec<ValuesFile>,
    /// Its problems, in the order met.
    pub problems: Vec<Problem>,
}

impl FileOutcome {
    /// Whether any of the file's problems is an error.
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }
}

/// Reads and checks one entry of `values/`: `<cluster_id>.csv`, on its own (one cluster
/// per file, so no other file can hold its duplicates).
pub fn read_values_entry(
    source: &DatasetSource,
    relative: &str,
    registry: &Registry,
    catalogue: &Catalogue,
    max_file_bytes: u64,
    progress: Option<&AtomicU64>,
) -> FileOutcome {
    let shown = source.display_path(relative);
    let file_name = relative.strip_prefix("values/").unwrap_or(relative);
    let mut outcome = FileOutcome::default();
    let Some(cluster_id) = entry_cluster(relative) else {
        FileProblems::new(&shown, &mut outcome.problems).push(
            Severity::Warning,
            None,
            None,
            Phrase::new("problem.not_csv"),
        );
        return outcome;
    };
    if !registry.contains(cluster_id) {
        FileProblems::new(&shown, &mut outcome.problems)
            .file_error(Phrase::new("problem.file_for_unknown_cluster").with("found", file_name));
        return outcome;
    }
    let fast = FastContext {
        registry,
        catalogue,
        cluster_id: Some(cluster_id),
        progress,
    };
    if relative.ends_with(".csv")
        && let Some(parts) = read_fast(source, relative, max_file_bytes, &fast)
    {
        outcome.values = in_parts(&shown, parts);
        return outcome;
    }
    if is_parquet(relative)
        && let FileRead::Bytes(bytes) = source.read_limited(relative, max_file_bytes)
        && let Some(parts) = read_parquet_fast(bytes.into(), max_file_bytes, &fast)
    {
        outcome.values = in_parts(&shown, parts);
        return outcome;
    }
    read_cluster_file_carefully(
        source,
        relative,
        cluster_id,
        registry,
        catalogue,
        max_file_bytes,
    )
}

/// The parts of one file, each named for it.
fn in_parts(shown: &str, parts: Vec<ValueColumns>) -> Vec<ValuesFile> {
    parts
        .into_iter()
        .map(|columns| ValuesFile {
            shown: shown.to_string(),
            columns,
            sheet: None,
        })
        .collect()
}

/// Reads a values file the fast way: a large file on disk on every core, in parts,
/// others as a stream, in one part.
fn read_fast(
    source: &DatasetSource,
    relative: &str,
    max_file_bytes: u64,
    context: &FastContext,
) -> Option<Vec<ValueColumns>> {
    if let DatasetSource::Folder(root) = source {
        let path = root.join(relative);
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        return read_values_file_fast(&path, max_file_bytes, context, threads);
    }
    let (input, size) = source.open_limited(relative, max_file_bytes)?;
    read_values_fast(input, size, context).map(|columns| vec![columns])
}

/// Reads a cluster's values file row by row, reporting every problem.
pub(super) fn read_cluster_file_carefully(
    source: &DatasetSource,
    relative: &str,
    cluster_id: &str,
    registry: &Registry,
    catalogue: &Catalogue,
    max_file_bytes: u64,
) -> FileOutcome {
    let shown = source.display_path(relative);
    let mut problems = Vec::new();
    let mut file_problems = FileProblems::new(&shown, &mut problems);
    let columns = check_cluster_rows(
        source,
        relative,
        cluster_id,
        registry,
        catalogue,
        max_file_bytes,
        &mut file_problems,
    );
    let sheet = file_problems.sheet().cloned();
    drop(file_problems);
    FileOutcome {
        values: columns
            .map(|columns| {
                vec![ValuesFile {
                    shown,
                    columns,
                    sheet,
                }]
            })
            .unwrap_or_default(),
        problems,
    }
}

/// Reads and checks the long `values.csv` (or `values.parquet`), refusing values that `earlier` files already
/// gave; `None` when there is no such file and nothing to say. `no_values_folder` makes
/// a missing long file a warning (the dataset then has no values at all).
pub fn read_long_values(
    source: &DatasetSource,
    registry: &Registry,
    catalogue: &Catalogue,
    max_file_bytes: u64,
    earlier: &[&ValuesFile],
    no_values_folder: bool,
    progress: Option<&AtomicU64>,
) -> Option<FileOutcome> {
    let mut outcome = FileOutcome::default();
    let relative = long_values_file(source);
    if relative == LONG_VALUES_FILE && source.fingerprint(LONG_VALUES_PARQUET).is_some() {
        let first = source.display_path(LONG_VALUES_FILE);
        let shown = source.display_path(LONG_VALUES_PARQUET);
        FileProblems::new(&shown, &mut outcome.problems)
            .file_error(Phrase::new("problem.second_table_file").with("first", &first));
    }
    let shown = source.display_path(relative);
    // Alone, the long file can take the fast way; beside per-cluster files it is read
    // carefully, to name where a repeated value was first seen.
    if earlier.is_empty() {
        let fast = FastContext {
            registry,
            catalogue,
            cluster_id: None,
            progress,
        };
        let parts = if is_parquet(relative) {
            match source.read_limited(relative, max_file_bytes) {
                FileRead::Bytes(bytes) => read_parquet_fast(bytes.into(), max_file_bytes, &fast),
                _ => None,
            }
        } else {
            read_fast(source, relative, max_file_bytes, &fast)
        };
        if let Some(parts) = parts {
            outcome.values = in_parts(&shown, parts);
            return Some(outcome);
        }
    }
    let bytes = match source.read_limited(relative, max_file_bytes) {
        FileRead::Bytes(bytes) => bytes,
        FileRead::Missing if no_values_folder => {
            let folder = source.display_path("values");
            FileProblems::new(&folder, &mut outcome.problems).push(
                Severity::Warning,
                None,
                None,
                Phrase::new("problem.no_values_files"),
            );
            return Some(outcome);
        }
        FileRead::Missing => return None,
        FileRead::Unreadable(why) => {
            FileProblems::new(&shown, &mut outcome.problems)
                .file_error(Phrase::new("problem.cannot_read").with_phrase("why", why));
            return Some(outcome);
        }
    };
    if let Some(progress) = progress {
        progress.fetch_add(bytes.len() as u64, std::sync::atomic::Ordering::Relaxed);
    }
    let columns = check_long_rows(
        bytes,
        relative,
        max_file_bytes,
        registry,
        catalogue,
        earlier,
        &mut FileProblems::new(&shown, &mut outcome.problems),
    );
    if let Some(columns) = columns {
        outcome.values = vec![ValuesFile {
            shown,
            columns,
            sheet: None,
        }];
    }
    Some(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::data::loading::reloader::load_dataset;

    /// The fast way and the careful way give the same columns for every plainly valid
    /// file of the shipped dataset, and the fast way takes every one of them.
    #[test]
    fn the_fast_way_reads_what_the_careful_way_reads() {
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters");
        let source = DatasetSource::Folder(root);
        let dataset = load_dataset(&source);
        let (registry, catalogue) = (&dataset.registry, &dataset.catalogue);
        let entries = source.list_values_folder().unwrap();
        assert_eq!(entries.len(), 21);
        for relative in &entries {
            let cluster_id = entry_cluster(relative).unwrap();
            let careful = read_cluster_file_carefully(
                &source,
                relative,
                cluster_id,
                registry,
                catalogue,
                u64::MAX,
            );
            assert!(careful.problems.is_empty(), "{:?}", careful.problems);
            let (input, size) = source.open_limited(relative, u64::MAX).unwrap();
            let context = FastContext {
                registry,
                catalogue,
                cluster_id: Some(cluster_id),
                progress: None,
            };
            let fast =
                read_values_fast(input, size, &context).expect("a valid file takes the fast way");
            assert_eq!(fast, careful.values[0].columns, "{relative}");
        }
    }

    /// Files the careful way reports on never take the fast way; the same text is read
    /// the same either way.
    #[test]
    fn the_fast_way_gives_up_on_anything_the_careful_way_reports() {
        let header = "period,indicator_id,value,status,note\n";
        let cases = [
            "2024,MEMBERS,\"5\",,\n",
            "2024,MEMBERS,5,,\n2024,MEMBERS,6,,\n",
            "2024,MEMBERS,5,,,\n",
            "2024,MEMBERS,,,\n",
            "2024,MEMBERS,NaN,,\n",
            "2024,MEMBERS,5,maybe,\n",
            "2024-13,MEMBERS,5,,\n",
            "2024,NOPE,5,,\n",
            "2024,MEMBERS,5,,caf\u{e9}\r\n2024-Q1,PROJECTS,1,,\n",
            "2024,MEMBERS,-5,,\n",
            "2024,,5,,\n",
            "2024,MEMBERS,5,,\n2024, ,6,,\n",
        ];
        let mini = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
        let dataset = load_dataset(&DatasetSource::Folder(mini));
        for (i, body) in cases.iter().enumerate() {
            let text = format!("{header}{body}");
            let context = FastContext {
                registry: &dataset.registry,
                catalogue: &dataset.catalogue,
                cluster_id: Some("AAA"),
                progress: None,
            };
            let fast = read_values_fast(text.as_bytes(), text.len() as u64, &context);
            let source = DatasetSource::Memory {
                label: "case".into(),
                files: [("values/AAA.csv".to_string(), text.clone().into_bytes())].into(),
            };
            let careful = read_cluster_file_carefully(
                &source,
                "values/AAA.csv",
                "AAA",
                &dataset.registry,
                &dataset.catalogue,
                u64::MAX,
            );
            if careful.problems.is_empty() {
                // The fast way may leave a valid file to the careful way (quotes), but
                // when it reads one it reads the same.
                if let Some(fast) = fast {
                    assert_eq!(fast, careful.values[0].columns, "case {i}");
                }
            } else {
                assert_eq!(fast, None, "case {i}: {:?}", careful.problems);
            }
        }
    }
}
