//! Reads one CSV file into rows of named cells: header names match after trimming
//! and lower-casing, column order is free, unknown columns are ignored with a warning,
//! and every row keeps the line it came from. Records follow RFC 4180
//! ([`super::records`]); the file's decimal mark is decided once from all its number
//! cells ([`crate::data::format::number_format`]), and cells are handed on as the file
//! wrote them.

use std::borrow::Cow;

use super::records::{BadRecord, Next, QuoteFault, Records};
use super::text::{declared_delimiter, decode_csv_text, detect_delimiter};
use crate::data::format::number_format::{FileNumbers, NumberEvidence};
use crate::data::format::problem::FileProblems;
use crate::i18n::phrase::Phrase;

/// What a column holds, for deciding how the file writes its numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellKind {
    /// Text, ids, words, years and periods.
    Text,
    /// Numbers with a fraction, whose decimal mark the file decides.
    Number,
}

/// A column the reader looks for.
#[derive(Debug, Clone, Copy)]
pub struct ColumnSpec {
    /// The column's name, lower case.
    pub name: &'static str,
    /// Whether the file is rejected without it.
    pub required: bool,
    /// What its cells hold.
    pub kind: CellKind,
}

/// A required column of text.
pub const fn required(name: &'static str) -> ColumnSpec {
    ColumnSpec {
        name,
        required: true,
        kind: CellKind::Text,
    }
}

/// An optional column of text.
pub const fn optional(name: &'static str) -> ColumnSpec {
    ColumnSpec {
        name,
        required: false,
        kind: CellKind::Text,
    }
}

/// A required column of numbers.
pub const fn required_number(name: &'static str) -> ColumnSpec {
    ColumnSpec {
        name,
        required: true,
        kind: CellKind::Number,
    }
}

/// An optional column of numbers.
pub const fn optional_number(name: &'static str) -> ColumnSpec {
    ColumnSpec {
        name,
        required: false,
        kind: CellKind::Number,
    }
}

/// One data row: its line and its cells in the order of the specs, trimmed, as the file
/// wrote them, with "" for optional columns the file does not have.
#[derive(Debug, Clone)]
pub struct Row {
    /// The 1-based line where the row starts.
    pub line: u64,
    /// The cells, one per spec.
    pub cells: Vec<String>,
    /// In the wide layout, the period column the row's value came from: problems with
    /// its period or value name that column rather than `period` or `value`.
    pub value_column: Option<String>,
}

impl Row {
    /// The cell of the spec at `index`.
    pub fn cell(&self, index: usize) -> &str {
        &self.cells[index]
    }
}

/// The rows of a file whose header had every required column.
#[derive(Debug, Clone)]
pub struct Table {
    /// Which specs the header had, by spec index.
    pub present: Vec<bool>,
    /// The data rows, in file order.
    pub rows: Vec<Row>,
    /// How the file writes its numbers.
    pub numbers: FileNumbers,
}

/// Reads `bytes` as CSV against `specs`. Returns `None`, with an error recorded,
/// when the file is empty, has no header or lacks a required column. Rows with the
/// wrong number of fields or broken quoting are reported and left out; blank rows are
/// skipped.
pub fn read_table(
    bytes: &[u8],
    specs: &[ColumnSpec],
    problems: &mut FileProblems,
) -> Option<Table> {
    let mut rows = Vec::new();
    let (present, numbers) = read_table_rows(bytes, specs, problems, |line, cells, _, _| {
        rows.push(Row {
            line,
            cells: cells.iter().map(|c| c.to_string()).collect(),
            value_column: None,
        });
    })?;
    Some(Table {
        present,
        rows,
        numbers,
    })
}

/// Where a file's header puts the columns the reader looks for.
struct Header {
    /// The 1-based line of the header.
    line: u64,
    /// How many fields the header has.
    width: usize,
    /// For each spec, the header field that holds it.
    position_of_spec: Vec<Option<usize>>,
}

impl Header {
    /// The name of the column at a field position, when it is one the reader looks for.
    fn column_at(&self, specs: &[ColumnSpec], field: usize) -> Option<&'static str> {
        self.position_of_spec
            .iter()
            .position(|p| *p == Some(field))
            .map(|spec| specs[spec].name)
    }
}

/// Reads a table like [`read_table`], handing each row to `visit` (its line, its cells
/// in the order of the specs, how the file writes numbers, and the file's problems)
/// instead of keeping it; gives which specs the header had and how the file writes
/// numbers.
pub fn read_table_rows(
    bytes: &[u8],
    specs: &[ColumnSpec],
    problems: &mut FileProblems,
    mut visit: impl FnMut(u64, &[Cow<str>], &FileNumbers, &mut FileProblems),
) -> Option<(Vec<bool>, FileNumbers)> {
    let text = decode_csv_text(bytes, problems)?;
    if text.chars().all(char::is_whitespace) {
        let names: Vec<&str> = specs
            .iter()
            .filter(|s| s.required)
            .map(|s| s.name)
            .collect();
        problems.file_error(Phrase::new("problem.empty_file").with("columns", names.join(", ")));
        return None;
    }
    let (delimiter, declared) = delimiter_of(&text);
    let records = || {
        let mut records = Records::new(&text, delimiter);
        if declared {
            records.next();
        }
        records
    };
    let mut rows = records();
    let header = read_header(&mut rows, specs, problems)?;

    // How the file writes numbers, from every number cell, before any row is read.
    let number_fields: Vec<usize> = specs
        .iter()
        .zip(&header.position_of_spec)
        .filter(|(spec, _)| spec.kind == CellKind::Number)
        .filter_map(|(_, position)| *position)
        .collect();
    let mut evidence = NumberEvidence::default();
    if !number_fields.is_empty() {
        let mut scan = records();
        skip_to_header(&mut scan, header.line);
        for next in scan {
            if let Next::Record(record) = next {
                for &field in &number_fields {
                    if let Some(cell) = record.fields.get(field) {
                        evidence.add(record.line, cell);
                    }
                }
            }
        }
    }
    let numbers = evidence.decide();

    for next in rows {
        let record = match next {
            Next::Record(record) => record,
            Next::Bad(bad) => {
                report_bad_record(&bad, &header, specs, delimiter, problems);
                continue;
            }
            Next::Unterminated { line } => {
                problems.error(line, None, Phrase::new("problem.unterminated_quote"));
                break;
            }
        };
        if is_blank(&record.fields) {
            continue;
        }
        if !fits_width(&record.fields, header.width) {
            problems.error(
                record.line,
                None,
                Phrase::new("problem.field_count")
                    .with("width", header.width)
                    .with("found", record.fields.len()),
            );
            continue;
        }
        let cells: Vec<Cow<str>> = header
            .position_of_spec
            .iter()
            .map(
                |position| match position.and_then(|p| record.fields.get(p)) {
                    Some(Cow::Borrowed(text)) => Cow::Borrowed(text.trim()),
                    Some(Cow::Owned(text)) => Cow::Owned(text.trim().to_string()),
                    None => Cow::Borrowed(""),
                },
            )
            .collect();
        visit(record.line, &cells, &numbers, problems);
    }
    let present = header
        .position_of_spec
        .iter()
        .map(Option::is_some)
        .collect();
    Some((present, numbers))
}

/// The file's delimiter, and whether an Excel-style `sep=` first line declared it.
pub(super) fn delimiter_of(text: &str) -> (u8, bool) {
    let first_line = text.split('\n').next().unwrap_or("");
    if let Some(delimiter) = declared_delimiter(first_line) {
        return (delimiter, true);
    }
    let header_line = text
        .split(['\n', '\r'])
        .find(|line| !line.trim().is_empty())
        .unwrap_or("");
    (detect_delimiter(header_line), false)
}

/// Reads the header, the first record that is not blank, reporting what is wrong with
/// it; `None` when the file cannot be read past it.
fn read_header(
    records: &mut Records,
    specs: &[ColumnSpec],
    problems: &mut FileProblems,
) -> Option<Header> {
    let record = loop {
        match records.next()? {
            Next::Record(record) if is_blank(&record.fields) => continue,
            Next::Record(record) => break record,
            Next::Bad(bad) => {
                problems.file_error(
                    Phrase::new("problem.cannot_read_header")
                        .with_phrase("error", quote_fault_text(&bad)),
                );
                return None;
            }
            Next::Unterminated { line } => {
                problems.error(line, None, Phrase::new("problem.unterminated_quote"));
                return None;
            }
        }
    };
    let line = record.line;
    let position_of_spec = match_header(record.fields.iter(), line, specs, problems)?;
    Some(Header {
        line,
        width: record.fields.len(),
        position_of_spec,
    })
}

/// For each spec, the header field that holds it: names match after trimming and
/// lower-casing, a column twice is an error, an unknown one a warning; `None`, with an
/// error for each, when a required column is missing. Shared by CSV headers and grids.
pub(super) fn match_header<'f>(
    fields: impl Iterator<Item = &'f (impl AsRef<str> + 'f)>,
    line: u64,
    specs: &[ColumnSpec],
    problems: &mut FileProblems,
) -> Option<Vec<Option<usize>>> {
    let mut position_of_spec: Vec<Option<usize>> = vec![None; specs.len()];
    for (position, field) in fields.enumerate() {
        let name = field.as_ref().trim().to_lowercase();
        match specs.iter().position(|s| s.name == name) {
            Some(spec) if position_of_spec[spec].is_some() => {
                problems.error(line, Some(&name), Phrase::new("problem.column_twice"));
            }
            Some(spec) => position_of_spec[spec] = Some(position),
            None if name.is_empty() => {}
            None => problems.warning(line, Some(&name), Phrase::new("problem.unknown_column")),
        }
    }
    let missing: Vec<&str> = specs
        .iter()
        .zip(&position_of_spec)
        .filter(|(spec, found)| spec.required && found.is_none())
        .map(|(spec, _)| spec.name)
        .collect();
    if !missing.is_empty() {
        for name in missing {
            problems.error(line, Some(name), Phrase::new("problem.missing_column"));
        }
        return None;
    }
    Some(position_of_spec)
}

/// Whether a record of `fields` fits under a header `width` fields wide: as many fields,
/// or more that are all empty (from a trailing delimiter).
pub(super) fn fits_width(fields: &[impl AsRef<str>], width: usize) -> bool {
    fields.len() >= width && fields[width..].iter().all(|f| f.as_ref().trim().is_empty())
}

/// Moves `records` past the header on `line`.
fn skip_to_header(records: &mut Records, line: u64) {
    for next in records.by_ref() {
        if let Next::Record(record) = next
            && record.line == line
        {
            return;
        }
    }
}

/// Reports a record whose quoting is broken, at the line and character of the fault.
fn report_bad_record(
    bad: &BadRecord,
    header: &Header,
    specs: &[ColumnSpec],
    delimiter: u8,
    problems: &mut FileProblems,
) {
    let expected = quote_fault_expected(bad, delimiter);
    match header.column_at(specs, bad.field) {
        Some(column) => problems.bad_cell(bad.fault_line, column, expected, &bad.written),
        None => problems.error(
            bad.fault_line,
            None,
            crate::data::format::problem::expected_found(expected, &bad.written),
        ),
    }
}

/// What a record with broken quoting should have had at its fault, as a phrase.
pub(super) fn quote_fault_expected(bad: &BadRecord, delimiter: u8) -> Phrase {
    let delimiter = match delimiter {
        b'\t' => Phrase::new("expected.tab"),
        other => Phrase::new("expected.word").with("word", format!("\"{}\"", char::from(other))),
    };
    match bad.fault {
        QuoteFault::TextAfterClosingQuote => Phrase::new("expected.after_closing_quote")
            .with_phrase("delimiter", delimiter)
            .with("at", bad.character),
        QuoteFault::QuoteInsideField => {
            Phrase::new("expected.quote_around_field").with("at", bad.character)
        }
    }
}

/// What is wrong with a record's quoting, as a phrase.
pub(super) fn quote_fault_text(bad: &BadRecord) -> Phrase {
    let key = match bad.fault {
        QuoteFault::TextAfterClosingQuote => "problem.text_after_quote",
        QuoteFault::QuoteInsideField => "problem.quote_inside_field",
    };
    Phrase::new(key)
        .with("line", bad.fault_line)
        .with("at", bad.character)
}

pub(super) fn is_blank(fields: &[Cow<str>]) -> bool {
    fields.iter().all(|f| f.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::format::problem::Problem;

    const SPECS: &[ColumnSpec] = &[required("period"), required("value"), optional("note")];

    fn read(text: &str) -> (Option<Table>, Vec<String>) {
        let mut sink: Vec<Problem> = Vec::new();
        let table = read_table(
            text.as_bytes(),
            SPECS,
            &mut FileProblems::new("f.csv", &mut sink),
        );
        (table, sink.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn matches_headers_after_trimming_and_lower_casing_in_any_order() {
        let (table, problems) = read(" Value ,PERIOD\n3,2020\n");
        let table = table.unwrap();
        assert!(problems.is_empty());
        assert_eq!(table.rows[0].cells, vec!["2020", "3", ""]);
        assert_eq!(table.rows[0].line, 2);
        assert_eq!(table.present, vec![true, true, false]);
    }

    #[test]
    fn unknown_columns_warn_and_missing_ones_reject_the_file() {
        let (table, problems) = read("period,value,colour\n2020,1,red\n");
        assert!(table.is_some());
        assert_eq!(
            problems,
            vec![r#"f.csv:1: column "colour": unknown column, ignored"#]
        );

        let (table, problems) = read("period,note\n2020,x\n");
        assert!(table.is_none());
        assert_eq!(
            problems,
            vec![r#"f.csv:1: column "value": missing required column"#]
        );
    }

    #[test]
    fn a_header_of_many_unknown_columns_lists_ten_and_counts_the_rest() {
        let mut text = String::from("period,value");
        for i in 0..100_000 {
            text.push_str(&format!(",extra{i}"));
        }
        text.push('\n');
        let (table, problems) = read(&text);
        assert!(table.is_some());
        assert_eq!(problems.len(), 11, "{problems:#?}");
        assert_eq!(
            problems[0],
            r#"f.csv:1: column "extra0": unknown column, ignored"#
        );
        assert_eq!(
            problems[10],
            "f.csv: … and 99,990 more like it, not listed one by one"
        );
    }

    #[test]
    fn ragged_rows_are_reported_with_their_line_and_skipped() {
        let (table, problems) = read("period,value\n2020,1\n2021\n\n2022,3,4\n2023,5,\n");
        let lines: Vec<u64> = table.unwrap().rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![2, 6]);
        assert_eq!(
            problems,
            vec![
                "f.csv:3: expected 2 fields, found 1",
                "f.csv:5: expected 2 fields, found 3"
            ]
        );
    }

    #[test]
    fn empty_files_and_byte_order_marks() {
        let (table, problems) = read(" \n");
        assert!(table.is_none());
        assert_eq!(
            problems,
            vec!["f.csv: empty file (expected a header line with columns period, value)"]
        );
        let (table, problems) = read("\u{feff}period;value\r\n2020;1\r\n");
        assert!(problems.is_empty());
        assert_eq!(table.unwrap().rows[0].cells, vec!["2020", "1", ""]);
    }

    const NUMBER_SPECS: &[ColumnSpec] = &[
        required("period"),
        required_number("value"),
        optional("note"),
    ];

    /// The values a file's number cells are read as, and its problems.
    fn numbers(text: &str) -> (Vec<Result<f64, String>>, Vec<String>) {
        let mut sink: Vec<Problem> = Vec::new();
        let table = read_table(
            text.as_bytes(),
            NUMBER_SPECS,
            &mut FileProblems::new("f.csv", &mut sink),
        )
        .unwrap();
        let values = table
            .rows
            .iter()
            .map(|row| {
                table
                    .numbers
                    .read(row.cell(1))
                    .map_err(|e| e.text(crate::i18n::Lang::En))
            })
            .collect();
        (values, sink.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn a_semicolon_file_with_decimal_points_is_read_with_points() {
        // As pandas' to_csv(sep=";") and LibreOffice in an English locale write.
        let (values, problems) = numbers("period;value\n2015;0.125\n2016;2.125\n2017;12.5\n");
        assert!(problems.is_empty());
        assert_eq!(values, vec![Ok(0.125), Ok(2.125), Ok(12.5)]);
    }

    #[test]
    fn a_semicolon_file_with_decimal_commas_reads_points_as_thousands() {
        let (values, _) = numbers("period;value\n2015;1.050\n2016;4,5\n");
        assert_eq!(values, vec![Ok(1050.0), Ok(4.5)]);
    }

    #[test]
    fn tab_files_and_a_sep_line_are_read_by_their_delimiter() {
        let (values, problems) = numbers("period\tvalue\n2015\t0,125\n");
        assert!(problems.is_empty());
        assert_eq!(values, vec![Ok(0.125)]);
        let (values, problems) = numbers("sep=;\r\nperiod;value\r\n2015;7\r\n");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(values, vec![Ok(7.0)]);
    }

    #[test]
    fn text_after_a_closing_quote_is_reported_at_its_line_and_character() {
        let (table, problems) = read("period,value\n2020,\"7\"6\n2021,1\n");
        assert_eq!(table.unwrap().rows.len(), 1);
        assert_eq!(
            problems,
            vec![
                "f.csv:2: column \"value\": expected the delimiter \",\" or the end of the line \
                 after a closing quote (at character 9), found \"\\\"7\\\"6\""
            ]
        );
    }

    #[test]
    fn a_bare_quote_inside_a_field_is_reported_and_doubled_quotes_are_kept() {
        let (table, problems) =
            read("period,value,note\n2020,1,say \"hi\"\n2021,2,\"a \"\"b\"\"\"\n");
        let table = table.unwrap();
        assert_eq!(table.rows.len(), 1);
        assert_eq!(table.rows[0].cells[2], "a \"b\"");
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].starts_with(
                "f.csv:2: column \"note\": expected a quote only around a whole field"
            ),
            "{problems:?}"
        );
    }
}
