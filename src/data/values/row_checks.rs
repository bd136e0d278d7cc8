//! The careful reading of a values table, row by row: each cell checked against the
//! registry, the catalogue and the rows before it, and every problem reported with its
//! line and column. What the fast way gives up on is read here.

use std::collections::HashMap;

use super::columns::{ValueColumns, ValueRow};
use super::layout::{LONG_VALUE_COLUMNS, VALUE_COLUMNS};
use super::store::ValuesFile;
use super::values_folder::{is_parquet, is_workbook};
use super::wide::{csv_header_is_wide, values_table};
use crate::data::csv::cells::{number_cell, optional_word_cell};
use crate::data::csv::grid::read_csv_grid;
use crate::data::csv::parquet_grid::read_parquet_grid;
use crate::data::csv::source::{DatasetSource, FileRead};
use crate::data::csv::table::{Row, Table, read_table};
use crate::data::csv::workbook::read_workbook_grid;
use crate::data::format::number_format::FileNumbers;
use crate::data::format::period::{Frequency, Period, period_expected};
use crate::data::format::problem::FileProblems;
use crate::data::format::vocabulary::{Unit, ValueStatus};
use crate::data::metadata::catalogue::Catalogue;
use crate::data::metadata::registry::Registry;
use crate::i18n::phrase::Phrase;

/// Where a value was first seen, to name it in duplicate errors.
struct FirstSeen {
    file: u32,
    line: u64,
    frequency: Frequency,
}

/// The checked rows of a cluster's values file as sorted columns; `None` when the file
/// could not be read as a table at all.
pub(super) fn check_cluster_rows(
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
            seen.admit(value, row, &context, file_problems, &mut rows);
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

/// The checked rows of the long `values.csv` as sorted columns, refusing values that
/// `earlier` files already gave; `None` when the file could not be read as a table.
pub(super) fn check_long_rows(
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
            seen.admit(value, row, &context, file_problems, &mut rows);
        }
    }
    Some(sorted_columns(&rows, registry, catalogue))
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
    /// Keeps `value`, read from `row`, unless it repeats a period or mixes frequencies in
    /// a year; a refusal names the row, or in the wide layout the cell (the period's
    /// column, which holds the value too).
    fn admit(
        &mut self,
        value: ValueRow,
        row: &Row,
        context: &RowContext,
        problems: &mut FileProblems,
        rows: &mut Vec<ValueRow>,
    ) {
        let wide_column = row.value_column.as_deref();
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
                wide_column,
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
                wide_column.unwrap_or("period"),
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
        let grid = read_parquet_grid(bytes, max_file_bytes, problems)?;
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
