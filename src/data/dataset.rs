//! A whole dataset in memory: registry, catalogue, targets, the values frame and
//! every problem met while loading. Loading never stops at a bad file.

use std::collections::BTreeSet;

use polars::prelude::DataFrame;

use super::aggregate::yearly_rollup;
use super::catalogue::{Catalogue, parse_catalogue};
use super::problem::{FileProblems, Problem, ProblemCounts, Severity};
use super::registry::{Registry, parse_registry};
use super::source::{DatasetSource, FileRead};
use super::targets::{Targets, parse_targets};
use super::values_frame::build_values_frame;
use super::values_loader::{LoadedValues, ValueRow, load_values};
use super::yearly_index::ValueIndex;

/// The registry file.
pub const CLUSTERS_FILE: &str = "clusters.csv";
/// The catalogue file.
pub const INDICATORS_FILE: &str = "indicators.csv";
/// The targets file (optional).
pub const TARGETS_FILE: &str = "targets.csv";

/// A loaded dataset.
#[derive(Debug, Clone)]
pub struct Dataset {
    /// The folder as given, or "built-in sample".
    pub label: String,
    /// Whether it came from memory (the built-in sample) rather than a folder.
    pub in_memory: bool,
    /// The clusters.
    pub registry: Registry,
    /// The indicators.
    pub catalogue: Catalogue,
    /// The targets; empty when there is no targets file.
    pub targets: Targets,
    /// Every valid value, one row per (cluster, indicator, period); see [`super::values_frame::columns`].
    pub values: DataFrame,
    /// The values rolled up into years; see [`yearly_rollup`].
    pub yearly: DataFrame,
    /// Each cluster's values as plain lookups, by year and by period.
    pub index: ValueIndex,
    /// How many values files were read.
    pub values_files: usize,
    /// Every problem found, in the order met.
    pub problems: Vec<Problem>,
    /// The validated rows behind the frames, kept so a reload can fall back on them.
    pub rows: LoadedValues,
    /// Clusters whose values file is now invalid: their last good values are shown.
    pub stale: BTreeSet<String>,
    /// Clusters whose values file disappeared: their last values are shown until confirmed.
    pub removed: BTreeSet<String>,
}

impl Dataset {
    /// How many errors and warnings were found.
    pub fn problem_counts(&self) -> ProblemCounts {
        ProblemCounts::of(&self.problems)
    }
}

/// The largest file read by default, in megabytes (`--max-file-mb`).
pub const DEFAULT_MAX_FILE_MB: u64 = 64;

/// Loads every file of `source`, keeping what is valid and reporting the rest; files
/// over [`DEFAULT_MAX_FILE_MB`] are reported, not read.
pub fn load_dataset(source: &DatasetSource) -> Dataset {
    load_dataset_limited(source, DEFAULT_MAX_FILE_MB * super::source::MEGABYTE)
}

/// Loads every file of `source` no larger than `max_file_bytes`.
pub fn load_dataset_limited(source: &DatasetSource, max_file_bytes: u64) -> Dataset {
    assemble(
        source,
        load_parts(source, max_file_bytes),
        BTreeSet::new(),
        BTreeSet::new(),
    )
}

/// Reloads a dataset whose files changed. A cluster whose values file now has errors
/// keeps its last good values from `previous` and is marked stale; a cluster whose
/// file disappeared keeps its last values and is marked removed until
/// [`Dataset::confirm_removed`]; a valid file recovers either.
pub fn reload_dataset(source: &DatasetSource, previous: &Dataset, max_file_bytes: u64) -> Dataset {
    let mut parts = load_parts(source, max_file_bytes);
    let mut stale = BTreeSet::new();
    let mut removed = previous.removed.clone();
    for cluster in &parts.registry.clusters {
        let relative = format!("values/{}.csv", cluster.id);
        let shown = source.display_path(&relative);
        let had_file = previous.rows.files.contains(&shown);
        let has_file = parts.loaded.files.contains(&shown);
        let broken = parts
            .problems
            .iter()
            .any(|p| p.file == shown && p.severity == Severity::Error);
        if had_file && broken {
            stale.insert(cluster.id.clone());
        } else if had_file && !has_file && matches!(source.read(&relative), FileRead::Missing) {
            removed.insert(cluster.id.clone());
        } else if has_file {
            removed.remove(&cluster.id);
        }
    }
    for id in stale.iter().chain(&removed) {
        let shown = source.display_path(&format!("values/{id}.csv"));
        keep_previous_rows(&mut parts.loaded, &previous.rows, id, &shown);
    }
    assemble(source, parts, stale, removed)
}

/// Replaces a cluster's rows from one file with the ones `previous` had from it.
fn keep_previous_rows(
    loaded: &mut LoadedValues,
    previous: &LoadedValues,
    cluster_id: &str,
    file: &str,
) {
    let from_file =
        |rows: &LoadedValues, index: u32| rows.files.get(index as usize).is_some_and(|f| f == file);
    let dropped: Vec<bool> = loaded
        .rows
        .iter()
        .map(|r| r.cluster_id == cluster_id && from_file(loaded, r.file))
        .collect();
    let mut keep = dropped.iter().map(|d| !d);
    loaded.rows.retain(|_| keep.next().unwrap_or(true));
    let index = match loaded.files.iter().position(|f| f == file) {
        Some(i) => i,
        None => {
            loaded.files.push(file.to_string());
            loaded.files.len() - 1
        }
    } as u32;
    for row in previous
        .rows
        .iter()
        .filter(|r| r.cluster_id == cluster_id && from_file(previous, r.file))
    {
        loaded.rows.push(ValueRow {
            file: index,
            ..row.clone()
        });
    }
}

impl Dataset {
    /// The dataset without the values of clusters whose files were removed, once the
    /// user has seen and confirmed it.
    pub fn confirm_removed(&self, source: &DatasetSource) -> Dataset {
        let mut loaded = self.rows.clone();
        loaded
            .rows
            .retain(|r| !self.removed.contains(&r.cluster_id));
        let parts = Parts {
            registry: self.registry.clone(),
            catalogue: self.catalogue.clone(),
            targets: self.targets.clone(),
            loaded,
            problems: self.problems.clone(),
        };
        assemble(source, parts, self.stale.clone(), BTreeSet::new())
    }
}

/// Reads and validates every file into rows.
fn load_parts(source: &DatasetSource, max_file_bytes: u64) -> Parts {
    let mut problems = Vec::new();

    let registry = match read_required(source, CLUSTERS_FILE, max_file_bytes, &mut problems) {
        Some(bytes) => parse_registry(
            &bytes,
            &mut FileProblems::new(&source.display_path(CLUSTERS_FILE), &mut problems),
        ),
        None => Registry::default(),
    };
    let catalogue = match read_required(source, INDICATORS_FILE, max_file_bytes, &mut problems) {
        Some(bytes) => parse_catalogue(
            &bytes,
            &mut FileProblems::new(&source.display_path(INDICATORS_FILE), &mut problems),
        ),
        None => Catalogue::default(),
    };
    let targets_path = source.display_path(TARGETS_FILE);
    let targets = match source.read_limited(TARGETS_FILE, max_file_bytes) {
        FileRead::Bytes(bytes) => parse_targets(
            &bytes,
            &registry,
            &catalogue,
            &mut FileProblems::new(&targets_path, &mut problems),
        ),
        FileRead::Missing => Targets::default(),
        FileRead::Unreadable(why) => {
            FileProblems::new(&targets_path, &mut problems)
                .file_error(format!("cannot read: {why}"));
            Targets::default()
        }
    };
    let loaded = load_values(source, &registry, &catalogue, max_file_bytes, &mut problems);
    Parts {
        registry,
        catalogue,
        targets,
        loaded,
        problems,
    }
}

/// What the files gave, before the frames are built.
struct Parts {
    registry: Registry,
    catalogue: Catalogue,
    targets: Targets,
    loaded: LoadedValues,
    problems: Vec<Problem>,
}

/// Builds the frames and lookups from loaded rows.
fn assemble(
    source: &DatasetSource,
    parts: Parts,
    stale: BTreeSet<String>,
    removed: BTreeSet<String>,
) -> Dataset {
    let Parts {
        registry,
        catalogue,
        targets,
        loaded,
        mut problems,
    } = parts;
    let values_files = loaded.files.len();
    let frames = build_values_frame(&loaded, &catalogue)
        .and_then(|values| yearly_rollup(&values).map(|yearly| (values, yearly)));
    let (values, yearly) = frames.unwrap_or_else(|e| {
        let file = source.display_path("values");
        FileProblems::new(&file, &mut problems)
            .file_error(format!("cannot build the values table: {e}"));
        (DataFrame::empty(), DataFrame::empty())
    });
    let index = ValueIndex::build(&values, &yearly).unwrap_or_else(|e| {
        let file = source.display_path("values");
        FileProblems::new(&file, &mut problems).file_error(format!("cannot index the values: {e}"));
        ValueIndex::default()
    });
    Dataset {
        label: source.label(),
        in_memory: source.is_in_memory(),
        registry,
        catalogue,
        targets,
        values,
        yearly,
        index,
        values_files,
        problems,
        rows: loaded,
        stale,
        removed,
    }
}

fn read_required(
    source: &DatasetSource,
    relative: &str,
    max_file_bytes: u64,
    problems: &mut Vec<Problem>,
) -> Option<Vec<u8>> {
    let shown = source.display_path(relative);
    match source.read_limited(relative, max_file_bytes) {
        FileRead::Bytes(bytes) => Some(bytes),
        FileRead::Missing => {
            FileProblems::new(&shown, problems).file_error("missing required file".to_string());
            None
        }
        FileRead::Unreadable(why) => {
            FileProblems::new(&shown, problems).file_error(format!("cannot read: {why}"));
            None
        }
    }
}
