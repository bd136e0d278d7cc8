//! Reads one CSV file into rows of named cells: header names match after trimming
//! and lower-casing, column order is free, unknown columns are ignored with a warning,
//! and every row keeps the line it came from.

use std::borrow::Cow;

use super::csv_text::{european_number, prepare_csv_text};
use super::problem::FileProblems;
use crate::i18n::phrase::Phrase;

/// A column the reader looks for.
#[derive(Debug, Clone, Copy)]
pub struct ColumnSpec {
    /// The column's name, lower case.
    pub name: &'static str,
    /// Whether the file is rejected without it.
    pub required: bool,
}

/// A required column.
pub const fn required(name: &'static str) -> ColumnSpec {
    ColumnSpec {
        name,
        required: true,
    }
}

/// An optional column.
pub const fn optional(name: &'static str) -> ColumnSpec {
    ColumnSpec {
        name,
        required: false,
    }
}

/// One data row: its line and its cells in the order of the specs, trimmed,
/// with "" for optional columns the file does not have.
#[derive(Debug, Clone)]
pub struct Row {
    /// The 1-based line where the row starts.
    pub line: u64,
    /// The cells, one per spec.
    pub cells: Vec<String>,
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
}

/// Reads `bytes` as CSV against `specs`. Returns `None`, with an error recorded,
/// when the file is empty, has no header or lacks a required column. Rows with the
/// wrong number of fields are reported and left out; blank rows are skipped.
pub fn read_table(
    bytes: &[u8],
    specs: &[ColumnSpec],
    problems: &mut FileProblems,
) -> Option<Table> {
    let mut rows = Vec::new();
    let present = read_table_rows(bytes, specs, problems, |line, cells, _| {
        rows.push(Row {
            line,
            cells: cells.iter().map(|c| c.to_string()).collect(),
        });
    })?;
    Some(Table { present, rows })
}

/// Reads a table like [`read_table`], handing each row to `visit` (its line, its cells
/// in the order of the specs, and the file's problems) instead of keeping it; gives
/// which specs the header had.
pub fn read_table_rows(
    bytes: &[u8],
    specs: &[ColumnSpec],
    problems: &mut FileProblems,
    mut visit: impl FnMut(u64, &[Cow<str>], &mut FileProblems),
) -> Option<Vec<bool>> {
    let delimiter = detect_delimiter(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes));
    let text = prepare_csv_text(bytes, delimiter, problems)?;
    let bytes: &[u8] = &text;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        let names: Vec<&str> = specs
            .iter()
            .filter(|s| s.required)
            .map(|s| s.name)
            .collect();
        problems.file_error(Phrase::new("problem.empty_file").with("columns", names.join(", ")));
        return None;
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(bytes);

    let lines = LineIndex::new(bytes);
    let mut records = reader.byte_records();
    let (header_line, header) = loop {
        match records.next()? {
            Ok(record) if is_blank(&record) => continue,
            Ok(record) => break (lines.line_of(&record), record),
            Err(e) => {
                problems.file_error(
                    Phrase::new("problem.cannot_read_header")
                        .with_phrase("error", csv_error_text(&e)),
                );
                return None;
            }
        }
    };
    let header_names: Vec<String> = header
        .iter()
        .map(|h| String::from_utf8_lossy(h).trim().to_lowercase())
        .collect();

    let mut index_of_spec: Vec<Option<usize>> = vec![None; specs.len()];
    for (position, name) in header_names.iter().enumerate() {
        match specs.iter().position(|s| s.name == *name) {
            Some(spec) if index_of_spec[spec].is_some() => {
                problems.error(header_line, Some(name), Phrase::new("problem.column_twice"));
            }
            Some(spec) => index_of_spec[spec] = Some(position),
            None if name.is_empty() => {}
            None => problems.warning(
                header_line,
                Some(name),
                Phrase::new("problem.unknown_column"),
            ),
        }
    }
    let missing: Vec<&str> = specs
        .iter()
        .zip(&index_of_spec)
        .filter(|(spec, found)| spec.required && found.is_none())
        .map(|(spec, _)| spec.name)
        .collect();
    if !missing.is_empty() {
        for name in missing {
            problems.error(
                header_line,
                Some(name),
                Phrase::new("problem.missing_column"),
            );
        }
        return None;
    }

    let width = header_names.len();
    let mut buffer = csv::ByteRecord::new();
    loop {
        let record = match records.reader_mut().read_byte_record(&mut buffer) {
            Ok(true) => &buffer,
            Ok(false) => break,
            Err(e) => {
                let line = e
                    .position()
                    .map_or(header_line, |p| lines.line_at(p.byte()));
                problems.error(line, None, csv_error_text(&e));
                continue;
            }
        };
        if is_blank(record) {
            continue;
        }
        let line = lines.line_of(record);
        let extra_are_empty = record
            .iter()
            .skip(width)
            .all(|f| f.iter().all(u8::is_ascii_whitespace));
        if record.len() < width || !extra_are_empty {
            problems.error(
                line,
                None,
                Phrase::new("problem.field_count")
                    .with("width", width)
                    .with("found", record.len()),
            );
            continue;
        }
        let mut cells: Vec<Cow<str>> = Vec::with_capacity(specs.len());
        let mut bad_text = false;
        for (spec, found) in specs.iter().zip(&index_of_spec) {
            let raw = found.and_then(|i| record.get(i)).unwrap_or(b"");
            match std::str::from_utf8(raw) {
                Ok(text) => {
                    let text = text.trim();
                    match (delimiter == b';').then(|| european_number(text)).flatten() {
                        Some(number) => cells.push(Cow::Owned(number)),
                        None => cells.push(Cow::Borrowed(text)),
                    }
                }
                Err(_) => {
                    problems.error(line, Some(spec.name), Phrase::new("problem.invalid_utf8"));
                    bad_text = true;
                    break;
                }
            }
        }
        if !bad_text {
            visit(line, &cells, problems);
        }
    }
    Some(index_of_spec.iter().map(Option::is_some).collect())
}

/// `;` when the first line has semicolons and no commas, otherwise `,`.
fn detect_delimiter(bytes: &[u8]) -> u8 {
    let first_line = bytes.split(|b| *b == b'\n').next().unwrap_or(bytes);
    let commas = first_line.iter().filter(|b| **b == b',').count();
    let semicolons = first_line.iter().filter(|b| **b == b';').count();
    if semicolons > 0 && commas == 0 {
        b';'
    } else {
        b','
    }
}

fn is_blank(record: &csv::ByteRecord) -> bool {
    record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace))
}

/// Finds the line of a record. The csv crate's own line count skips blank lines and
/// its record offsets point at the blank lines before a record, so lines are counted
/// here from the newlines before the record's first byte.
struct LineIndex<'a> {
    bytes: &'a [u8],
    newlines: Vec<u64>,
}

impl<'a> LineIndex<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        let newlines = bytes
            .iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .map(|(i, _)| i as u64)
            .collect();
        LineIndex { bytes, newlines }
    }

    /// The 1-based line holding the byte at `offset`.
    fn line_at(&self, offset: u64) -> u64 {
        self.newlines.partition_point(|&n| n < offset) as u64 + 1
    }

    fn line_of(&self, record: &csv::ByteRecord) -> u64 {
        let Some(position) = record.position() else {
            return 0;
        };
        let mut offset = position.byte();
        while let Some(b'\n' | b'\r') = usize::try_from(offset).ok().and_then(|i| self.bytes.get(i))
        {
            offset += 1;
        }
        self.line_at(offset)
    }
}

fn csv_error_text(error: &csv::Error) -> Phrase {
    match error.kind() {
        csv::ErrorKind::Io(e) => Phrase::new("problem.cannot_read").with("why", e),
        _ => Phrase::new("problem.malformed_csv").with("error", error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::problem::Problem;

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
}
