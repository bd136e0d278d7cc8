//! Loads a dataset and keeps what each file gave, so that a reload reads only the
//! files whose fingerprint changed. A values file that turns invalid keeps its last
//! good values (the cluster is stale); one that disappears keeps its last values (the
//! cluster is removed) until the user confirms; a valid write recovers either.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

use super::dataset::{DEFAULT_MAX_FILE_MB, Dataset, assemble};
use super::small_tables::{Tables, YearlyReading, read_yearly_files, small_file_names};
use crate::data::csv::size_text::MEGABYTE;
use crate::data::csv::source::{DatasetSource, FileFingerprint};
use crate::data::format::problem::{FileProblems, Problem};
use crate::data::values::layout::LONG_VALUES_PARQUET;
use crate::data::values::loader::{FileOutcome, read_long_values, read_values_entry};
use crate::data::values::parallel::in_parallel;
use crate::data::values::store::{LoadedValues, ValuesFile};
use crate::data::values::values_folder::{
    entry_cluster, is_cluster_file, list_values_folder, long_values_file,
};
use crate::i18n::phrase::Phrase;
/// A dataset's files as last read, and what each gave.
pub struct DatasetReloader {
    source: DatasetSource,
    max_file_bytes: u64,
    /// The registry, catalogue and targets, with the fingerprints they were read at.
    tables: Option<Tables>,
    /// Each `values/<cluster_id>.csv` read, by relative path.
    cluster_files: BTreeMap<String, CachedFile>,
    /// The long `values.csv`, when there is one.
    long_file: Option<CachedFile>,
    /// The fingerprint of `values.parquet` at the last reload, read or reported.
    long_parquet: Option<FileFingerprint>,
    /// Clusters whose file disappeared and whose values are still shown.
    removed: BTreeSet<String>,
    /// The entries of `values/` at the last reading, sorted.
    listing: Vec<String>,
    /// Problems of entries of `values/` that are not read (not `.csv`, or for no cluster).
    ignored: BTreeMap<String, Vec<Problem>>,
    /// A problem listing `values/`, if any.
    folder_problems: Vec<Problem>,
    /// How many files the last load or reload read from disk.
    pub files_read: usize,
    /// Bytes of values files read so far, for a progress line.
    bytes_read: Arc<AtomicU64>,
}

/// One values file as last read.
struct CachedFile {
    /// The fingerprint it was read at.
    fingerprint: Option<FileFingerprint>,
    /// The problems found in it then.
    problems: Vec<Problem>,
    /// The values shown for it, in one or more parts: its own, or its last good ones
    /// when it is stale; empty when it has none.
    shown: Vec<Arc<ValuesFile>>,
    /// Whether its current version has errors and older values are shown.
    stale: bool,
}

impl DatasetReloader {
    /// A reloader that has read nothing yet.
    pub fn new(source: DatasetSource, max_file_bytes: u64) -> Self {
        DatasetReloader {
            source,
            max_file_bytes,
            tables: None,
            cluster_files: BTreeMap::new(),
            long_file: None,
            long_parquet: None,
            removed: BTreeSet::new(),
            listing: Vec::new(),
            ignored: BTreeMap::new(),
            folder_problems: Vec::new(),
            files_read: 0,
            bytes_read: Arc::new(AtomicU64::new(0)),
        }
    }

    /// Reads every file once and gives the dataset.
    pub fn load_once(source: &DatasetSource, max_file_bytes: u64) -> Dataset {
        DatasetReloader::new(source.clone(), max_file_bytes).reload()
    }

    /// The size of every file the first load reads.
    pub fn total_bytes(&self) -> u64 {
        self.source.total_bytes()
    }

    /// A counter of the bytes of the dataset's files read so far, which another thread
    /// may watch while a load runs.
    pub fn bytes_read(&self) -> Arc<AtomicU64> {
        self.bytes_read.clone()
    }

    /// Reads the files that changed since the last call (every file the first time)
    /// and gives the whole dataset.
    pub fn reload(&mut self) -> Dataset {
        self.read_changed_files();
        let values = self.shown_values();
        self.assemble_with(values)
    }

    /// Drops the values of clusters whose files were removed. The long `values.csv`, if
    /// any, is read again: values it repeated from those files were refused while they
    /// were shown.
    pub fn confirm_removed(&mut self) -> Dataset {
        let removed = std::mem::take(&mut self.removed);
        let source = &self.source;
        self.cluster_files.retain(|relative, _| {
            entry_cluster(relative).is_none_or(|id| !removed.contains(id))
                || source.fingerprint(relative).is_some()
        });
        if let Some(long) = &mut self.long_file {
            long.fingerprint = None;
        }
        self.reload()
    }

    /// Reads every file whose fingerprint changed since the last reading, and only those
    /// (all of them when the registry's or catalogue's order changed).
    fn read_changed_files(&mut self) {
        self.files_read = 0;
        let codes_before = self.tables.as_ref().map(Tables::code_order);
        let (tables_changed, yearly) = self.read_changed_tables();
        let codes_kept = codes_before == self.tables.as_ref().map(Tables::code_order);
        if tables_changed {
            self.forget_values(codes_kept);
        }
        self.folder_problems.clear();
        let listing = list_values_folder(&self.source, &mut self.folder_problems);
        let to_read = self.cluster_files_to_read(&listing);
        let mut any_changed = tables_changed || !to_read.is_empty();
        self.read_cluster_files(to_read);
        any_changed |= self.keep_gone_files(&listing);
        self.read_long_file_if_needed(any_changed, listing.is_empty());
        self.listing = listing;
        if let Some(reading) = yearly {
            let (targets, budget, problems) = reading.finish();
            let tables = self.tables.as_mut().expect("read before the targets");
            tables.targets = Arc::new(targets);
            tables.budget = Arc::new(budget);
            tables.problems = tables.table_problems.clone();
            tables.problems.extend(problems);
        }
    }

    /// After the registry or catalogue changed: when their order is kept (`codes_kept`)
    /// every values file is checked again, one that now has errors keeping its last good
    /// values, marked stale; otherwise everything is read afresh, since values are held
    /// by their positions in the registry and catalogue.
    fn forget_values(&mut self, codes_kept: bool) {
        if codes_kept {
            for cached in self
                .cluster_files
                .values_mut()
                .chain(self.long_file.as_mut())
            {
                cached.fingerprint = None;
            }
        } else {
            self.cluster_files.clear();
            self.long_file = None;
            self.removed.clear();
        }
    }

    /// The per-cluster files of `listing` that changed, with their fingerprints now;
    /// every other entry is reported in `ignored` (a cluster's second file, a file that
    /// is not a values file or is named for no cluster), and a listed cluster is no
    /// longer removed.
    fn cluster_files_to_read<'l>(
        &mut self,
        listing: &'l [String],
    ) -> Vec<(&'l String, Option<FileFingerprint>)> {
        let tables = self.tables.as_ref().expect("just read");
        self.ignored.clear();
        let mut to_read = Vec::new();
        let mut first_file_of: BTreeMap<&str, &str> = BTreeMap::new();
        for relative in listing {
            let cluster = entry_cluster(relative).filter(|id| tables.registry.contains(id));
            if let Some(id) = cluster
                && let Some(&first) = first_file_of.get(id)
            {
                // One file per cluster: a second one (an exported copy, say) is refused.
                let shown = self.source.display_path(relative);
                let mut problems = Vec::new();
                FileProblems::new(&shown, &mut problems).file_error(
                    Phrase::new("problem.second_values_file")
                        .with("cluster", id)
                        .with("first", self.source.display_path(first)),
                );
                self.ignored.insert(relative.clone(), problems);
                continue;
            }
            if let Some(id) = cluster {
                first_file_of.insert(id, relative);
            }
            if !is_cluster_file(relative, &tables.registry) {
                // Reported each time, never read: not .csv, or named for no cluster.
                let outcome = read_values_entry(
                    &self.source,
                    relative,
                    &tables.registry,
                    &tables.catalogue,
                    self.max_file_bytes,
                    None,
                );
                self.ignored.insert(relative.clone(), outcome.problems);
                continue;
            }
            let fingerprint = self.source.fingerprint(relative);
            if self
                .cluster_files
                .get(relative.as_str())
                .is_none_or(|cached| cached.fingerprint != fingerprint)
            {
                to_read.push((relative, fingerprint));
            }
            if let Some(id) = entry_cluster(relative) {
                self.removed.remove(id);
            }
        }
        to_read
    }

    /// Reads the files of `to_read` on every core and keeps what each gave.
    fn read_cluster_files(&mut self, to_read: Vec<(&String, Option<FileFingerprint>)>) {
        let tables = self.tables.as_ref().expect("just read");
        self.files_read += to_read.len();
        let outcomes = in_parallel(&to_read, |(relative, _)| {
            read_values_entry(
                &self.source,
                relative,
                &tables.registry,
                &tables.catalogue,
                self.max_file_bytes,
                Some(&self.bytes_read),
            )
        });
        for ((relative, fingerprint), outcome) in to_read.into_iter().zip(outcomes) {
            let previous = self.cluster_files.remove(relative.as_str());
            let entry = CachedFile::after_reading(fingerprint, outcome, previous);
            self.cluster_files.insert(relative.clone(), entry);
        }
    }

    /// A file that is gone from `listing` keeps its values, marked removed, until
    /// confirmed; one that had none, or whose cluster left the registry, is forgotten.
    /// Whether what is shown changed.
    fn keep_gone_files(&mut self, listing: &[String]) -> bool {
        let tables = self.tables.as_ref().expect("just read");
        let mut changed = false;
        let gone: Vec<String> = self
            .cluster_files
            .keys()
            .filter(|k| !listing.contains(k))
            .cloned()
            .collect();
        for relative in gone {
            let id = entry_cluster(&relative).unwrap_or_default().to_string();
            let cached = self.cluster_files.get_mut(&relative).expect("listed");
            let had_values = cached.shown.iter().any(|v| !v.columns.is_empty());
            if !had_values || !tables.registry.contains(&id) {
                self.cluster_files.remove(&relative);
                changed = true;
                continue;
            }
            changed |= !self.removed.contains(&id) || cached.stale;
            cached.problems.clear();
            cached.stale = false;
            // Read again if it comes back, even unchanged.
            cached.fingerprint = None;
            self.removed.insert(id);
        }
        changed
    }

    /// Reads the long values file again when it changed, or when anything else did (it
    /// may not repeat what the per-cluster files give); `folder_empty` when `values/`
    /// lists nothing.
    fn read_long_file_if_needed(&mut self, any_changed: bool, folder_empty: bool) {
        let tables = self.tables.as_ref().expect("just read");
        let fingerprint = self.source.fingerprint(long_values_file(&self.source));
        // A values.parquet beside values.csv is reported: its coming and going counts.
        let parquet = self.source.fingerprint(LONG_VALUES_PARQUET);
        let long_unchanged = !any_changed
            && parquet == self.long_parquet
            && match &self.long_file {
                Some(cached) => cached.fingerprint == fingerprint,
                None => fingerprint.is_none(),
            };
        self.long_parquet = parquet;
        if long_unchanged {
            return;
        }
        let earlier: Vec<&ValuesFile> = self
            .cluster_files
            .values()
            .flat_map(|c| c.shown.iter().map(|v| &**v))
            .collect();
        let outcome = read_long_values(
            &self.source,
            &tables.registry,
            &tables.catalogue,
            self.max_file_bytes,
            &earlier,
            folder_empty,
            Some(&self.bytes_read),
        );
        self.files_read += usize::from(fingerprint.is_some());
        let previous = self.long_file.take();
        self.long_file = outcome.map(|o| CachedFile::after_reading(fingerprint, o, previous));
    }

    /// Reads the registry and catalogue again when either changed (then every values
    /// file must be checked again, and the yearly files too); starts reading the targets
    /// and the budget on a thread of their own when they must be read, alongside the
    /// values.
    fn read_changed_tables(&mut self) -> (bool, Option<YearlyReading>) {
        let names = small_file_names(&self.source);
        let fingerprints = names
            .clone()
            .map(|relative| self.source.fingerprint(&relative));
        let tables_changed = match self.tables.as_mut() {
            Some(tables) if tables.fingerprints[..2] == fingerprints[..2] => {
                if tables.fingerprints[2..] == fingerprints[2..] {
                    return (false, None);
                }
                false
            }
            _ => {
                self.tables = Some(Tables::read(
                    &self.source,
                    self.max_file_bytes,
                    fingerprints,
                ));
                self.files_read += 2;
                true
            }
        };
        let read_sizes: u64 = names
            .iter()
            .skip(if tables_changed { 0 } else { 2 })
            .filter_map(|relative| self.source.file_size(relative))
            .sum();
        self.bytes_read
            .fetch_add(read_sizes, std::sync::atomic::Ordering::Relaxed);
        let tables = self.tables.as_mut().expect("just read");
        tables.fingerprints[2..].clone_from_slice(&fingerprints[2..]);
        self.files_read += 1 + usize::from(fingerprints[3].is_some());
        let (source, max_file_bytes) = (self.source.clone(), self.max_file_bytes);
        let (registry, catalogue) = (tables.registry.clone(), tables.catalogue.clone());
        let reading = std::thread::Builder::new()
            .name("targets".into())
            .spawn(move || read_yearly_files(&source, max_file_bytes, &registry, &catalogue));
        let reading = match reading {
            Ok(handle) => YearlyReading::Thread(handle),
            Err(_) => YearlyReading::Done(read_yearly_files(
                &self.source,
                self.max_file_bytes,
                &tables.registry,
                &tables.catalogue,
            )),
        };
        (tables_changed, Some(reading))
    }

    /// The values shown for every file, copied.
    fn shown_values(&self) -> LoadedValues {
        LoadedValues {
            files: self
                .cluster_files
                .values()
                .chain(self.long_file.as_ref())
                .flat_map(|c| c.shown.iter().cloned())
                .collect(),
        }
    }

    /// The dataset from the tables, `values` and every problem in file order.
    fn assemble_with(&self, values: LoadedValues) -> Dataset {
        let tables = self.tables.as_ref().expect("read before assembling");
        let mut problems = tables.problems.clone();
        problems.extend(self.folder_problems.iter().cloned());
        for relative in &self.listing {
            let found = self
                .cluster_files
                .get(relative)
                .map(|c| &c.problems)
                .or_else(|| self.ignored.get(relative));
            problems.extend(found.into_iter().flatten().cloned());
        }
        if let Some(long) = &self.long_file {
            problems.extend(long.problems.iter().cloned());
        }
        let mut stale: BTreeSet<String> = self
            .cluster_files
            .iter()
            .filter(|(_, c)| c.stale)
            .filter_map(|(relative, _)| entry_cluster(relative).map(String::from))
            .collect();
        // A stale long file shows older values for every cluster it holds.
        if let Some(long) = self.long_file.as_ref().filter(|c| c.stale) {
            let codes: BTreeSet<_> = long
                .shown
                .iter()
                .flat_map(|part| part.columns.cluster.iter())
                .collect();
            stale.extend(
                codes
                    .into_iter()
                    .filter_map(|&c| tables.registry.clusters.get(usize::from(c)))
                    .map(|c| c.id.clone()),
            );
        }
        assemble(
            &self.source,
            tables.registry.clone(),
            tables.catalogue.clone(),
            tables.targets.clone(),
            tables.budget.clone(),
            values,
            problems,
            stale,
            self.removed.clone(),
        )
    }
}

impl CachedFile {
    /// What to keep after reading a file: its new values, or, when the file itself
    /// changed, its new version has errors and an older one was shown, the older values,
    /// marked stale. A file read again only because others changed takes what it now
    /// gives.
    fn after_reading(
        fingerprint: Option<FileFingerprint>,
        outcome: FileOutcome,
        previous: Option<CachedFile>,
    ) -> CachedFile {
        let broken = outcome.has_errors();
        let changed = previous
            .as_ref()
            .is_some_and(|p| p.fingerprint != fingerprint);
        let last = previous.map(|p| p.shown).unwrap_or_default();
        if broken && changed && !last.is_empty() {
            CachedFile {
                fingerprint,
                problems: outcome.problems,
                shown: last,
                stale: true,
            }
        } else {
            CachedFile {
                fingerprint,
                problems: outcome.problems,
                shown: outcome.values.into_iter().map(Arc::new).collect(),
                stale: false,
            }
        }
    }
}

/// Loads every file of `source`, keeping what is valid and reporting the rest; files
/// over [`DEFAULT_MAX_FILE_MB`] are reported, not read.
pub fn load_dataset(source: &DatasetSource) -> Dataset {
    load_dataset_limited(source, DEFAULT_MAX_FILE_MB * MEGABYTE)
}

/// Loads every file of `source` no larger than `max_file_bytes`. To follow a folder
/// and read only what changed, keep a [`DatasetReloader`].
pub fn load_dataset_limited(source: &DatasetSource, max_file_bytes: u64) -> Dataset {
    DatasetReloader::load_once(source, max_file_bytes)
}
