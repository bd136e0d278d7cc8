//! The small tables a dataset is read against: the registry and the catalogue (CSV or
//! workbook), then the yearly files beside them, the targets and the programme's
//! budget, read on a thread of their own alongside the values.

use std::sync::Arc;

use super::dataset::{CLUSTERS_FILE, INDICATORS_FILE, PROGRAMME_FILE, TARGETS_FILE};
use crate::data::csv::source::{DatasetSource, FileFingerprint, FileRead};
use crate::data::csv::table::{ColumnSpec, Table};
use crate::data::csv::table_file::read_table_file;
use crate::data::format::problem::{FileProblems, Problem};
use crate::data::metadata::catalogue::{Catalogue, INDICATOR_COLUMNS, parse_catalogue_table};
use crate::data::metadata::registry::{CLUSTER_COLUMNS, Registry, parse_registry_table};
use crate::data::values::programme_budget::{ProgrammeBudget, parse_programme_budget};
use crate::data::values::targets::{Targets, parse_targets};
use crate::i18n::phrase::Phrase;

/// The small tables read before the values, in the order of their fingerprints: the
/// registry and catalogue (every values file is checked against them), then the yearly
/// files beside them, the targets and the programme's budget.
const SMALL_FILES: [&str; 4] = [CLUSTERS_FILE, INDICATORS_FILE, TARGETS_FILE, PROGRAMME_FILE];

/// The small tables, as read.
pub(super) struct Tables {
    /// Fingerprints of the [`SMALL_FILES`] when read.
    pub(super) fingerprints: [Option<FileFingerprint>; 4],
    /// The clusters.
    pub(super) registry: Registry,
    /// The indicators.
    pub(super) catalogue: Catalogue,
    /// The targets, read with the values.
    pub(super) targets: Arc<Targets>,
    /// The programme's budget, read with the values.
    pub(super) budget: Arc<ProgrammeBudget>,
    /// The registry's and catalogue's problems.
    pub(super) table_problems: Vec<Problem>,
    /// Those and the targets' and budget's problems.
    pub(super) problems: Vec<Problem>,
}

impl Tables {
    /// The cluster and indicator ids in the order that gives them their codes: values
    /// read under one order stand for the same clusters and indicators under another
    /// only when the two are equal.
    pub(super) fn code_order(&self) -> (Vec<String>, Vec<String>) {
        (
            self.registry
                .clusters
                .iter()
                .map(|c| c.id.clone())
                .collect(),
            self.catalogue
                .indicators
                .iter()
                .map(|i| i.id.clone())
                .collect(),
        )
    }

    pub(super) fn read(
        source: &DatasetSource,
        max_file_bytes: u64,
        fingerprints: [Option<FileFingerprint>; 4],
    ) -> Tables {
        let mut problems = Vec::new();
        let limit = max_file_bytes;
        let registry = SharedTable::new(CLUSTERS_FILE, CLUSTER_COLUMNS)
            .read(source, limit, &mut problems, parse_registry_table)
            .unwrap_or_default();
        let catalogue = SharedTable::new(INDICATORS_FILE, INDICATOR_COLUMNS)
            .read(source, limit, &mut problems, parse_catalogue_table)
            .unwrap_or_default();
        Tables {
            fingerprints,
            registry,
            catalogue,
            targets: Arc::default(),
            budget: Arc::default(),
            problems: problems.clone(),
            table_problems: problems,
        }
    }
}

/// What the yearly files gave: the targets, the programme's budget, their problems.
pub(super) type YearlyFiles = (Targets, ProgrammeBudget, Vec<Problem>);

/// The yearly files being read alongside the values.
pub(super) enum YearlyReading {
    /// On a thread of their own.
    Thread(std::thread::JoinHandle<YearlyFiles>),
    /// Already read (no thread could be started).
    Done(YearlyFiles),
}

impl YearlyReading {
    pub(super) fn finish(self) -> YearlyFiles {
        match self {
            YearlyReading::Thread(handle) => handle.join().unwrap_or_else(|_| {
                let mut problems = Vec::new();
                FileProblems::new(TARGETS_FILE, &mut problems)
                    .file_error(Phrase::new("problem.thread_failed"));
                (Targets::default(), ProgrammeBudget::default(), problems)
            }),
            YearlyReading::Done(read) => read,
        }
    }
}

/// Reads and checks the targets file against the registry and catalogue, then the
/// programme's budget.
pub(super) fn read_yearly_files(
    source: &DatasetSource,
    max_file_bytes: u64,
    registry: &Registry,
    catalogue: &Catalogue,
) -> YearlyFiles {
    let mut problems = Vec::new();
    let targets = read_optional(
        source,
        TARGETS_FILE,
        max_file_bytes,
        &mut problems,
        |bytes, p| parse_targets(bytes, registry, catalogue, p),
    );
    // Repeats are found once every row is read: list them among the rest, by line.
    problems.sort_by_key(|p| p.line);
    let mut budget_problems = Vec::new();
    let budget = read_optional(
        source,
        PROGRAMME_FILE,
        max_file_bytes,
        &mut budget_problems,
        parse_programme_budget,
    );
    budget_problems.sort_by_key(|p| p.line);
    problems.extend(budget_problems);
    (targets, budget, problems)
}

/// Reads an optional small file with `parse`: a missing file gives the default, one that
/// cannot be read a problem and the default.
pub(super) fn read_optional<T: Default>(
    source: &DatasetSource,
    relative: &str,
    max_file_bytes: u64,
    problems: &mut Vec<Problem>,
    parse: impl FnOnce(&[u8], &mut FileProblems) -> T,
) -> T {
    let shown = source.display_path(relative);
    match source.read_limited(relative, max_file_bytes) {
        FileRead::Bytes(bytes) => parse(&bytes, &mut FileProblems::new(&shown, problems)),
        FileRead::Missing => T::default(),
        FileRead::Unreadable(why) => {
            FileProblems::new(&shown, problems)
                .file_error(Phrase::new("problem.cannot_read").with_phrase("why", why));
            T::default()
        }
    }
}

/// The registry, catalogue, targets and budget files as they are kept: the first two
/// may be workbooks.
pub(super) fn small_file_names(source: &DatasetSource) -> [String; 4] {
    SMALL_FILES.map(|name| match name {
        CLUSTERS_FILE | INDICATORS_FILE => source.table_file(name),
        _ => name.to_string(),
    })
}

/// The registry or the catalogue: its CSV name and its columns.
pub(super) struct SharedTable {
    /// Its name as CSV (`clusters.csv`); it may be kept as a workbook of the same stem.
    csv_name: &'static str,
    /// The columns it is read against.
    specs: &'static [ColumnSpec],
}

impl SharedTable {
    pub(super) fn new(csv_name: &'static str, specs: &'static [ColumnSpec]) -> Self {
        SharedTable { csv_name, specs }
    }

    /// Reads it from the file that holds it, CSV or workbook, and parses it with
    /// `parse`, whose problems name a workbook's cells; reports a second such file
    /// (`clusters.xlsx` beside `clusters.csv`) as left out. `None` when the file cannot
    /// be read at all.
    pub(super) fn read<T>(
        &self,
        source: &DatasetSource,
        max_file_bytes: u64,
        problems: &mut Vec<Problem>,
        parse: impl FnOnce(Option<Table>, &mut FileProblems) -> T,
    ) -> Option<T> {
        let files = source.table_files(self.csv_name);
        let first = source.display_path(&files[0]);
        for other in &files[1..] {
            let shown = source.display_path(other);
            FileProblems::new(&shown, problems)
                .file_error(Phrase::new("problem.second_table_file").with("first", &first));
        }
        let bytes = read_required(source, &files[0], max_file_bytes, problems)?;
        let role = self.csv_name.strip_suffix(".csv").unwrap_or(self.csv_name);
        let mut file_problems = FileProblems::new(&first, problems);
        let table = read_table_file(
            bytes,
            &files[0],
            role,
            self.specs,
            max_file_bytes,
            &mut file_problems,
        );
        Some(parse(table, &mut file_problems))
    }
}

pub(super) fn read_required(
    source: &DatasetSource,
    relative: &str,
    max_file_bytes: u64,
    problems: &mut Vec<Problem>,
) -> Option<Vec<u8>> {
    let shown = source.display_path(relative);
    match source.read_limited(relative, max_file_bytes) {
        FileRead::Bytes(bytes) => Some(bytes),
        FileRead::Missing => {
            FileProblems::new(&shown, problems).file_error(Phrase::new("problem.missing_file"));
            None
        }
        FileRead::Unreadable(why) => {
            FileProblems::new(&shown, problems)
                .file_error(Phrase::new("problem.cannot_read").with_phrase("why", why));
            None
        }
    }
}
