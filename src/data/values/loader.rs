//! Reads the values files, `values/<cluster_id>.csv` and the long `values.csv`, into
//! validated values, sorted into columns, that remember the line they came from. Plainly
//! valid files take the fast way ([`super::fast_path`]); the others are read
//! carefully here, row by row, and every problem is reported.

use std::collections::HashMap;
use std::sync::atomic::AtomicU64;

use super::columns::{ValueColumns, ValueRow};
use super::fast_path::{FastContext, read_values_fast, read_values_file_fast};
use super::layout::{LONG_VALUE_COLUMNS, LONG_VALUES_FILE, LONG_VALUES_PARQUET, VALUE_COLUMNS};
use super::parquet_fast::read_parquet_fast;
use super::store::ValuesFile;
use super::wide::{csv_header_is_wide, values_table};
use crate::data::csv::cells::{number_cell, optional_word_cell};
use crate::data::csv::grid::read_csv_grid;
use crate::data::csv::parquet_grid::{PARQUET_ENDING, read_parquet_grid};
use crate::data::csv::source::{DatasetSource, FileRead};
use crate::data::csv::table::{Row, Table, read_table};
use crate::data::csv::workbook::{read_workbook_grid, workbook_stem};
use crate::data::format::number_format::FileNumbers;
use crate::data::format::period::{Frequency, Period, period_expected};
use crate::data::format::problem::{FileProblems, Problem, Severity};
use crate::data::format::vocabulary::{Unit, ValueStatus};
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

/// Where a value was first seen, to name it in duplicate errors.
struct FirstSeen {
    file: u32,
    line: u64,
    frequency: Frequency,
}

/// The entries of `values/`, sorted, without the lock files a spreadsheet leaves beside
/// the workbook it has open; a folder that cannot be listed is reported.
pub fn list_values_folder(source: &DatasetSource, problems: &mut Vec<Problem>) -> Vec<String> {
    let mut listing = source.list_values_folder().unwrap_or_else(|e| {
        let folder = source.display_path("values");
        FileProblems::new(&folder, problems)
            .file_error(Phrase::new("problem.cannot_list_folder").with("error", e));
        Vec::new()
    });
    listing.retain(|relative| !is_lock_file(relative));
    listing
}

/// Whether an entry is the lock file LibreOffice (`.~lock.HEGAN.xlsx#`) or Excel
/// (`~$HEGAN.xlsx`) keeps while a person has the workbook open: not data, never read.
fn is_lock_file(relative: &str) -> bool {
    let name = relative.rsplit('/').next().unwrap_or(relative);
    (name.starts_with(".~lock.") && name.ends_with('#')) || name.starts_with("~$")
}

/// The cluster a `values/` entry belongs to, when it is named `<cluster_id>.csv`.
pub fn entry_cluster(relative: &str) -> Option<&str> {
    let name = relative.strip_prefix("values/")?;
    name.strip_suffix(".csv")
        .or_else(|| workbook_stem(name))
        .or_else(|| name.strip_suffix(PARQUET_ENDING))
}

/// Whether a file is a workbook, by its ending.
fn is_workbook(relative: &str) -> bool {
    workbook_stem(relative).is_some()
}

/// Whether a file is Parquet, by its ending.
fn is_parquet(relative: &str) -> bool {
    relative.ends_with(PARQUET_ENDING)
}

/// A values file's rows as a table of the long layout (a leading `cluster_id` when
/// `long`), whether it is CSV or a workbook, long or wide.
fn values_file_table(
    bytes: Vec<u8>,
    relative: &str,
    long: bool,
    max_file_bytes: u64,
    problems: &mut FileProblems,
) -> Option<Table> {
    if is_workbook(relative) {
        let grid = read_workbook_grid(bytes, "values", max_file_bytes, problems)?;
        return values_table(&grid, long, problems);
    }
    if is_parquet(relative) {
        let grid = read_parquet_grid(bytes, problems)?;
        return values_table(&grid, long, problems);
    }
    if csv_header_is_wide(&bytes) {
        let grid = read_csv_grid(&bytes, problems)?;
        return values_table(&grid, long, problems);
    }
    let specs = if long {
        LONG_VALUE_COLUMNS
    } else {
        VALUE_COLUMNS
    };
    read_table(&bytes, specs, problems)
}

/// Whether an entry of `values/` is a values file to read, rather than one that is
/// only reported (not `.csv`, or named for no cluster).
pub fn is_cluster_file(relative: &str, registry: &Registry) -> bool {
    entry_cluster(relative).is_some_and(|id| registry.contains(id))
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
        && let Some(parts) = read_parquet_fast(bytes.into(), &fast)
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

/// The checked rows of a cluster's values file as sorted columns; `None` when the file
/// could not be read as a table at all.
fn check_cluster_rows(
    source: &DatasetSource,
    relative: &str,
    cluster_id: &str,
    registry: &Registry,
    catalogue: &Catalogue,
    max_file_bytes: u64,
    file_problems: &mut FileProblems,
) -> Option<ValueColumns> {
    let bytes = read_bytes(source, relative, max_file_bytes, file_problems)?;
    let table = values_file_table(bytes, relative, false, max_file_bytes, file_problems)?;
    let names = [file_problems.file];
    let context = RowContext {
        file: 0,
        catalogue,
        registry,
        file_names: &names,
    };
    let mut seen = Seen::default();
    let mut rows = Vec::with_capacity(table.rows.len());
    for row in &table.rows {
        if let Some(value) =
            parse_value_row(row, cluster_id, 0, &table.numbers, &context, file_problems)
        {
            seen.admit(value, &context, file_problems, &mut rows);
        }
    }
    Some(sorted_columns(&rows, registry, catalogue))
}

/// Checked rows as sorted columns.
fn sorted_columns(rows: &[ValueRow], registry: &Registry, catalogue: &Catalogue) -> ValueColumns {
    let mut columns = ValueColumns::from_rows(rows, registry, catalogue);
    columns.sort();
    columns
}

/// The long values file the dataset keeps: `values.csv`, or `values.parquet` where there
/// is no `values.csv` (beside it, `values.parquet` is reported and left out).
pub fn long_values_file(source: &DatasetSource) -> &'static str {
    if source.fingerprint(LONG_VALUES_FILE).is_none()
        && source.fingerprint(LONG_VALUES_PARQUET).is_some()
    {
        LONG_VALUES_PARQUET
    } else {
        LONG_VALUES_FILE
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
                FileRead::Bytes(bytes) => read_parquet_fast(bytes.into(), &fast),
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

/// The checked rows of the long `values.csv` as sorted columns, refusing values that
/// `earlier` files already gave; `None` when the file could not be read as a table.
fn check_long_rows(
    bytes: Vec<u8>,
    relative: &str,
    max_file_bytes: u64,
    registry: &Registry,
    catalogue: &Catalogue,
    earlier: &[&ValuesFile],
    file_problems: &mut FileProblems,
) -> Option<ValueColumns> {
    let table = values_file_table(bytes, relative, true, max_file_bytes, file_problems)?;
    let mut names: Vec<&str> = earlier.iter().map(|f| f.shown.as_str()).collect();
    names.push(file_problems.file);
    let mut seen = Seen::default();
    for (index, file) in earlier.iter().enumerate() {
        seen.remember(&file.columns, index as u32, registry, catalogue);
    }
    let context = RowContext {
        file: u32::try_from(earlier.len()).expect("fewer than 4 billion values files"),
        catalogue,
        registry,
        file_names: &names,
    };
    let mut rows = Vec::with_capacity(table.rows.len());
    for row in &table.rows {
        let cluster_id = row.cell(0);
        if !registry.contains(cluster_id) {
            file_problems.bad_cell(
                row.line,
                "cluster_id",
                Phrase::new("expected.known_cluster"),
                cluster_id,
            );
            continue;
        }
        if let Some(value) =
            parse_value_row(row, cluster_id, 1, &table.numbers, &context, file_problems)
        {
            seen.admit(value, &context, file_problems, &mut rows);
        }
    }
    Some(sorted_columns(&rows, registry, catalogue))
}

fn read_bytes(
    source: &DatasetSource,
    relative: &str,
    max_file_bytes: u64,
    problems: &mut FileProblems,
) -> Option<Vec<u8>> {
    match source.read_limited(relative, max_file_bytes) {
        FileRead::Bytes(bytes) => Some(bytes),
        FileRead::Missing => {
            problems.file_error(Phrase::new("problem.disappeared"));
            None
        }
        FileRead::Unreadable(why) => {
            problems.file_error(Phrase::new("problem.cannot_read").with_phrase("why", why));
            None
        }
    }
}

/// What a row needs to know beyond itself.
struct RowContext<'a> {
    /// The file being read, as an index into `file_names`.
    file: u32,
    catalogue: &'a Catalogue,
    registry: &'a Registry,
    /// The files read so far and this one, to name where a duplicate was first seen.
    file_names: &'a [&'a str],
}

/// Validates the cells of one row; `offset` is 1 when the row leads with `cluster_id`.
fn parse_value_row(
    row: &Row,
    cluster_id: &str,
    offset: usize,
    numbers: &FileNumbers,
    context: &RowContext,
    problems: &mut FileProblems,
) -> Option<ValueRow> {
    let line = row.line;
    // In the wide layout the period and the value are one cell, named by its column.
    let (period_column, value_column) = match row.value_column.as_deref() {
        Some(column) => (column, column),
        None => ("period", "value"),
    };
    let (period_text, indicator_id, value_text) =
        (row.cell(offset), row.cell(offset + 1), row.cell(offset + 2));
    let period = Period::parse(period_text);
    if period.is_none() {
        problems.bad_cell(line, period_column, period_expected(), period_text);
    }
    let indicator = context.catalogue.get(indicator_id);
    if indicator.is_none() {
        problems.bad_cell(
            line,
            "indicator_id",
            Phrase::new("expected.known_indicator"),
            indicator_id,
        );
    }
    let status = optional_word_cell::<ValueStatus>(problems, line, "status", row.cell(offset + 3));
    let value = if value_text.is_empty() {
        problems.warning(line, Some(value_column), Phrase::new("problem.empty_value"));
        None
    } else {
        match indicator.filter(|i| i.unit.is_ordinal()) {
            Some(i) => ordinal_cell(problems, line, value_column, i.unit, value_text, numbers),
            None => number_cell(problems, line, value_column, value_text, numbers),
        }
    };
    let (Some(period), Some(indicator), Ok(status), Some(value)) =
        (period, indicator, status, value)
    else {
        return None;
    };
    if !indicator.accepts(value) {
        let expected = Phrase::new("expected.range_for")
            .with_phrase("range", indicator.range_text())
            .with("indicator", &indicator.id)
            .with("unit", indicator.unit);
        problems.bad_cell(line, value_column, expected, value_text);
        return None;
    }
    if let Some(cluster) = context.registry.get(cluster_id)
        && !cluster.is_active_in(period.year)
    {
        problems.warning(
            line,
            Some(period_column),
            Phrase::new("problem.outside_active_years")
                .with("period", period)
                .with("cluster", cluster_id)
                .with_phrase("years", active_years(cluster)),
        );
    }
    Some(ValueRow {
        cluster_id: cluster_id.to_string(),
        indicator_id: indicator_id.to_string(),
        period,
        value,
        status: status.unwrap_or(ValueStatus::Actual),
        note: row.cell(offset + 4).to_string(),
        source: row.cell(offset + 5).to_string(),
        line,
    })
}

fn active_years(cluster: &crate::data::metadata::registry::Cluster) -> Phrase {
    match (cluster.active_from, cluster.active_to) {
        (Some(from), Some(to)) => Phrase::new("problem.years_from_to")
            .with("from", from)
            .with("to", to),
        (Some(from), None) => Phrase::new("problem.years_from").with("from", from),
        (None, Some(to)) => Phrase::new("problem.years_up_to").with("to", to),
        (None, None) => Phrase::new("problem.years_always"),
    }
}

/// Remembers which (cluster, indicator, period) and (cluster, indicator, year) were seen,
/// to refuse duplicates and years that mix frequencies.
#[derive(Default)]
struct Seen {
    periods: HashMap<(String, String, Period), FirstSeen>,
    years: HashMap<(String, String, i32), FirstSeen>,
}

impl Seen {
    fn admit(
        &mut self,
        value: ValueRow,
        context: &RowContext,
        problems: &mut FileProblems,
        rows: &mut Vec<ValueRow>,
    ) {
        let where_first = |first: &FirstSeen| {
            let file = context.file_names[first.file as usize];
            if first.file == context.file {
                Phrase::new("problem.at_line").with("line", first.line)
            } else {
                Phrase::new("problem.at_file_line")
                    .with("file", file)
                    .with("line", first.line)
            }
        };
        let period_key = (
            value.cluster_id.clone(),
            value.indicator_id.clone(),
            value.period,
        );
        if let Some(first) = self.periods.get(&period_key) {
            problems.error(
                value.line,
                None,
                Phrase::new("problem.duplicate_value")
                    .with("cluster", &value.cluster_id)
                    .with("period", value.period)
                    .with("indicator", &value.indicator_id)
                    .with_phrase("first", where_first(first)),
            );
            return;
        }
        let year_key = (
            value.cluster_id.clone(),
            value.indicator_id.clone(),
            value.period.year,
        );
        let frequency = value.period.frequency;
        if let Some(first) = self.years.get(&year_key)
            && first.frequency != frequency
        {
            problems.bad_cell(
                value.line,
                "period",
                Phrase::new("expected.same_frequency")
                    .with_phrase("frequency", Phrase::new(first.frequency.key()))
                    .with("indicator", &value.indicator_id)
                    .with("year", value.period.year)
                    .with_phrase("first", where_first(first)),
                &value.period.to_string(),
            );
            return;
        }
        self.record(&value, context.file);
        rows.push(value);
    }

    /// Remembers the values of a file read earlier, so later files cannot repeat them.
    fn remember(
        &mut self,
        columns: &ValueColumns,
        file: u32,
        registry: &Registry,
        catalogue: &Catalogue,
    ) {
        for i in 0..columns.len() {
            let row = ValueRow {
                cluster_id: registry.clusters[usize::from(columns.cluster[i])]
                    .id
                    .clone(),
                indicator_id: catalogue.indicators[usize::from(columns.indicator[i])]
                    .id
                    .clone(),
                period: columns.period_of(i),
                value: columns.value[i],
                status: columns.status_of(i),
                note: String::new(),
                source: String::new(),
                line: u64::from(columns.line[i]),
            };
            self.record(&row, file);
        }
    }

    fn record(&mut self, value: &ValueRow, file: u32) {
        let first = || FirstSeen {
            file,
            line: value.line,
            frequency: value.period.frequency,
        };
        self.years
            .entry((
                value.cluster_id.clone(),
                value.indicator_id.clone(),
                value.period.year,
            ))
            .or_insert_with(first);
        self.periods.insert(
            (
                value.cluster_id.clone(),
                value.indicator_id.clone(),
                value.period,
            ),
            first(),
        );
    }
}

/// A value of an ordinal unit: its word in any letter case (`better`, `gold`), or the
/// number it stands for; anything else is reported.
fn ordinal_cell(
    problems: &mut FileProblems,
    line: u64,
    column: &str,
    unit: Unit,
    text: &str,
    numbers: &FileNumbers,
) -> Option<f64> {
    let value = unit.ordinal_value(text, numbers.read(text).ok());
    if value.is_none() {
        let expected = match unit {
            Unit::Label => "expected.label",
            _ => "expected.outlook",
        };
        problems.bad_cell(line, column, Phrase::new(expected), text);
    }
    value.map(|v| v + 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::data::loading::reloader::load_dataset;

    #[test]
    fn the_lock_files_of_an_open_workbook_are_not_values_files() {
        assert!(is_lock_file("values/.~lock.HEGAN.xlsx#"));
        assert!(is_lock_file("values/~$HEGAN.xlsx"));
        assert!(!is_lock_file("values/HEGAN.xlsx"));
        assert!(!is_lock_file("values/.~lock.HEGAN.xlsx"));
    }

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
