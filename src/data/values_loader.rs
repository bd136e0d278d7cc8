//! Reads the values files, `values/<cluster_id>.csv` and the long `values.csv`, into
//! validated rows that remember the file and line they came from.

use std::collections::HashMap;

use super::catalogue::Catalogue;
use super::cells::{NUMBER_EXPECTED, optional_word_cell, parse_number};
use super::csv_table::{ColumnSpec, Row, optional, read_table, required};
use super::period::{Frequency, PERIOD_EXPECTED, Period};
use super::problem::{FileProblems, Problem, Severity};
use super::registry::Registry;
use super::source::{DatasetSource, FileRead};
use super::vocabulary::ValueStatus;

/// The columns of a per-cluster values file.
pub const VALUE_COLUMNS: &[ColumnSpec] = &[
    required("period"),
    required("indicator_id"),
    required("value"),
    optional("status"),
    optional("note"),
];

/// The columns of the long `values.csv`: a leading `cluster_id`, then the same.
pub const LONG_VALUE_COLUMNS: &[ColumnSpec] = &[
    required("cluster_id"),
    required("period"),
    required("indicator_id"),
    required("value"),
    optional("status"),
    optional("note"),
];

/// The long values file at the dataset's root.
pub const LONG_VALUES_FILE: &str = "values.csv";

/// One validated value.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueRow {
    /// The cluster it belongs to.
    pub cluster_id: String,
    /// The indicator it measures.
    pub indicator_id: String,
    /// The period it covers.
    pub period: Period,
    /// The value, within the indicator's range.
    pub value: f64,
    /// How firm it is (`actual` when the file says nothing).
    pub status: ValueStatus,
    /// A free-text note, possibly empty.
    pub note: String,
    /// Which file it came from, as an index into [`LoadedValues::files`].
    pub file: u32,
    /// The line it came from.
    pub line: u64,
}

/// Every value read from a dataset, with the files they came from.
#[derive(Debug, Clone, Default)]
pub struct LoadedValues {
    /// The values, file by file in file order.
    pub rows: Vec<ValueRow>,
    /// The files read, as shown to the user.
    pub files: Vec<String>,
}

/// Where a value was first seen, to name it in duplicate errors.
struct FirstSeen {
    file: u32,
    line: u64,
    frequency: Frequency,
}

/// Reads every values file of `source`: each `values/*.csv` and the long `values.csv`.
pub fn load_values(
    source: &DatasetSource,
    registry: &Registry,
    catalogue: &Catalogue,
    max_file_bytes: u64,
    problems: &mut Vec<Problem>,
) -> LoadedValues {
    let mut loaded = LoadedValues::default();
    let mut seen = Seen::default();

    let entries = match source.list_values_folder() {
        Ok(entries) => entries,
        Err(e) => {
            let folder = source.display_path("values");
            FileProblems::new(&folder, problems).file_error(format!("cannot list the folder: {e}"));
            Vec::new()
        }
    };
    for relative in &entries {
        let shown = source.display_path(&relative);
        let mut file_problems = FileProblems::new(&shown, problems);
        let file_name = &relative["values/".len()..];
        let Some(cluster_id) = file_name.strip_suffix(".csv") else {
            file_problems.push(
                Severity::Warning,
                None,
                None,
                "not a .csv file, ignored".to_string(),
            );
            continue;
        };
        if !registry.contains(cluster_id) {
            file_problems.file_error(format!(
                "expected a file named for a cluster_id from clusters.csv, found \"{file_name}\""
            ));
            continue;
        }
        let Some(bytes) = read_bytes(source, relative, max_file_bytes, &mut file_problems) else {
            continue;
        };
        let Some(table) = read_table(&bytes, VALUE_COLUMNS, &mut file_problems) else {
            continue;
        };
        let file = push_file(&mut loaded, shown.clone());
        for row in &table.rows {
            let context = RowContext {
                file,
                catalogue,
                registry,
                loaded_files: &loaded.files,
            };
            if let Some(value) = parse_value_row(row, cluster_id, 0, &context, &mut file_problems) {
                seen.admit(value, &context, &mut file_problems, &mut loaded.rows);
            }
        }
    }

    let shown = source.display_path(LONG_VALUES_FILE);
    let long_file = match source.read_limited(LONG_VALUES_FILE, max_file_bytes) {
        FileRead::Bytes(bytes) => Some(bytes),
        FileRead::Missing if entries.is_empty() => {
            let folder = source.display_path("values");
            FileProblems::new(&folder, problems).push(
                Severity::Warning,
                None,
                None,
                "no values files found (expected values/<cluster_id>.csv or values.csv)"
                    .to_string(),
            );
            None
        }
        FileRead::Missing => None,
        FileRead::Unreadable(why) => {
            FileProblems::new(&shown, problems).file_error(format!("cannot read: {why}"));
            None
        }
    };
    let mut file_problems = FileProblems::new(&shown, problems);
    if let Some(bytes) = long_file
        && let Some(table) = read_table(&bytes, LONG_VALUE_COLUMNS, &mut file_problems)
    {
        let file = push_file(&mut loaded, shown.clone());
        for row in &table.rows {
            let context = RowContext {
                file,
                catalogue,
                registry,
                loaded_files: &loaded.files,
            };
            let cluster_id = row.cell(0);
            if !registry.contains(cluster_id) {
                file_problems.bad_cell(
                    row.line,
                    "cluster_id",
                    "a cluster_id from clusters.csv",
                    cluster_id,
                );
                continue;
            }
            if let Some(value) = parse_value_row(row, cluster_id, 1, &context, &mut file_problems) {
                seen.admit(value, &context, &mut file_problems, &mut loaded.rows);
            }
        }
    }
    loaded
}

fn push_file(loaded: &mut LoadedValues, shown: String) -> u32 {
    loaded.files.push(shown);
    u32::try_from(loaded.files.len() - 1).expect("fewer than 4 billion values files")
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
            problems.file_error("cannot read: the file disappeared while loading".to_string());
            None
        }
        FileRead::Unreadable(why) => {
            problems.file_error(format!("cannot read: {why}"));
            None
        }
    }
}

/// What a row needs to know beyond itself.
struct RowContext<'a> {
    file: u32,
    catalogue: &'a Catalogue,
    registry: &'a Registry,
    loaded_files: &'a [String],
}

/// Validates the cells of one row; `offset` is 1 when the row leads with `cluster_id`.
fn parse_value_row(
    row: &Row,
    cluster_id: &str,
    offset: usize,
    context: &RowContext,
    problems: &mut FileProblems,
) -> Option<ValueRow> {
    let line = row.line;
    let (period_text, indicator_id, value_text) =
        (row.cell(offset), row.cell(offset + 1), row.cell(offset + 2));
    let period = Period::parse(period_text);
    if period.is_none() {
        problems.bad_cell(line, "period", PERIOD_EXPECTED, period_text);
    }
    let indicator = context.catalogue.get(indicator_id);
    if indicator.is_none() {
        problems.bad_cell(
            line,
            "indicator_id",
            "an indicator_id from indicators.csv",
            indicator_id,
        );
    }
    let status = optional_word_cell::<ValueStatus>(problems, line, "status", row.cell(offset + 3));
    let value = if value_text.is_empty() {
        problems.warning(line, Some("value"), "empty cell, row left out".to_string());
        None
    } else {
        let parsed = parse_number(value_text);
        if parsed.is_none() {
            problems.bad_cell(line, "value", NUMBER_EXPECTED, value_text);
        }
        parsed
    };
    let (Some(period), Some(indicator), Ok(status), Some(value)) =
        (period, indicator, status, value)
    else {
        return None;
    };
    if !indicator.accepts(value) {
        let expected = format!(
            "{} for {} ({})",
            indicator.range_text(),
            indicator.id,
            indicator.unit
        );
        problems.bad_cell(line, "value", &expected, value_text);
        return None;
    }
    if let Some(cluster) = context.registry.get(cluster_id)
        && !cluster.is_active_in(period.year)
    {
        problems.warning(
            line,
            Some("period"),
            format!(
                "{period} is outside the years {cluster_id} is active ({})",
                active_years(cluster)
            ),
        );
    }
    Some(ValueRow {
        cluster_id: cluster_id.to_string(),
        indicator_id: indicator_id.to_string(),
        period,
        value,
        status: status.unwrap_or(ValueStatus::Actual),
        note: row.cell(offset + 4).to_string(),
        file: context.file,
        line,
    })
}

fn active_years(cluster: &super::registry::Cluster) -> String {
    match (cluster.active_from, cluster.active_to) {
        (Some(from), Some(to)) => format!("{from} to {to}"),
        (Some(from), None) => format!("from {from}"),
        (None, Some(to)) => format!("up to {to}"),
        (None, None) => "always".to_string(),
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
            let file = &context.loaded_files[first.file as usize];
            if first.file == context.file {
                format!("line {}", first.line)
            } else {
                format!("{file}:{}", first.line)
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
                format!(
                    "duplicate value for {}, {}, {} (first at {})",
                    value.cluster_id,
                    value.period,
                    value.indicator_id,
                    where_first(first)
                ),
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
                &format!(
                    "{} periods for {} in {} as at {}",
                    first.frequency.word(),
                    value.indicator_id,
                    value.period.year,
                    where_first(first)
                ),
                &value.period.to_string(),
            );
            return;
        }
        let first = FirstSeen {
            file: value.file,
            line: value.line,
            frequency,
        };
        self.years.entry(year_key).or_insert(first);
        self.periods.insert(
            period_key,
            FirstSeen {
                file: value.file,
                line: value.line,
                frequency,
            },
        );
        rows.push(value);
    }
}
