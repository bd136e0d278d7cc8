//! A table as rows of text cells before its header is matched to columns: what a CSV
//! file or a workbook's sheet holds. The wide layout, whose columns are named by the
//! periods they hold, starts from here; so does every workbook.

use super::records::{Next, Records};
use super::table::{
    CellKind, ColumnSpec, Row, Table, delimiter_of, fits_width, is_blank, match_header,
    quote_fault_expected, quote_fault_text,
};
use super::text::decode_csv_text;
use crate::data::format::number_format::{FileNumbers, NumberEvidence};
use crate::data::format::problem::{FileProblems, expected_found};
use crate::i18n::phrase::Phrase;

/// How a grid's number cells are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GridNumbers {
    /// As text (a CSV file): the file's decimal mark is decided from all its number cells.
    Written,
    /// As typed numbers (a workbook), rendered with a decimal point: no mark is guessed.
    Typed,
}

/// One row of a grid: its line (a workbook's row number) and its cells, trimmed, one per
/// column from the first, "" where it has none.
#[derive(Debug, Clone)]
pub struct GridRow {
    /// The 1-based line, or the row number in a sheet.
    pub line: u64,
    /// The cells, in column order.
    pub cells: Vec<String>,
}

impl GridRow {
    /// The cell in a column, "" past the row's end.
    pub fn cell(&self, column: usize) -> &str {
        self.cells.get(column).map_or("", String::as_str)
    }
}

/// A file's header and rows, as text.
#[derive(Debug, Clone)]
pub struct Grid {
    /// The header: the first row that is not blank.
    pub header: GridRow,
    /// The rows after it that are not blank, in order.
    pub rows: Vec<GridRow>,
    /// How its numbers are written.
    pub numbers: GridNumbers,
}

impl Grid {
    /// How the grid's cells in `columns` write numbers: decided from all of them when
    /// written as text, a decimal point when typed.
    pub fn numbers_in(&self, columns: &[usize]) -> FileNumbers {
        if self.numbers == GridNumbers::Typed {
            return FileNumbers::point();
        }
        let mut evidence = NumberEvidence::default();
        for row in &self.rows {
            for &column in columns {
                evidence.add(row.line, row.cell(column));
            }
        }
        evidence.decide()
    }
}

/// Reads CSV `bytes` as a grid. `None`, with an error recorded, when the file is empty
/// or its header cannot be read; rows with broken quoting or too many fields are
/// reported and left out, as [`super::table::read_table`] does.
pub fn read_csv_grid(bytes: &[u8], problems: &mut FileProblems) -> Option<Grid> {
    let text = decode_csv_text(bytes, problems)?;
    let (delimiter, declared) = delimiter_of(&text);
    let mut records = Records::new(&text, delimiter);
    if declared {
        records.next();
    }
    let mut header: Option<GridRow> = None;
    let mut rows = Vec::new();
    for next in records {
        let record = match next {
            Next::Record(record) => record,
            Next::Bad(bad) if header.is_none() => {
                problems.file_error(
                    Phrase::new("problem.cannot_read_header")
                        .with_phrase("error", quote_fault_text(&bad)),
                );
                return None;
            }
            Next::Bad(bad) => {
                let expected = quote_fault_expected(&bad, delimiter);
                problems.error(bad.fault_line, None, expected_found(expected, &bad.written));
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
        let row = GridRow {
            line: record.line,
            cells: record.fields.iter().map(|f| f.trim().to_string()).collect(),
        };
        match &header {
            None => header = Some(row),
            Some(head) if fits_width(&row.cells, head.cells.len()) => rows.push(row),
            Some(head) => problems.error(
                row.line,
                None,
                Phrase::new("problem.field_count")
                    .with("width", head.cells.len())
                    .with("found", row.cells.len()),
            ),
        }
    }
    let Some(header) = header else {
        problems.file_error(Phrase::new("problem.empty_file").with("columns", "indicator_id"));
        return None;
    };
    Some(Grid {
        header,
        rows,
        numbers: GridNumbers::Written,
    })
}

/// Matches a grid's header against `specs` as a CSV header is matched (names trimmed
/// and lower-cased, order free, unknown columns warned about, a missing required one
/// an error) and gives its rows as a table; `None` when a required column is missing.
pub fn grid_table(grid: &Grid, specs: &[ColumnSpec], problems: &mut FileProblems) -> Option<Table> {
    let position_of_spec =
        match_header(grid.header.cells.iter(), grid.header.line, specs, problems)?;
    let number_columns: Vec<usize> = specs
        .iter()
        .zip(&position_of_spec)
        .filter(|(spec, _)| spec.kind == CellKind::Number)
        .filter_map(|(_, position)| *position)
        .collect();
    let rows = grid
        .rows
        .iter()
        .map(|row| Row {
            line: row.line,
            cells: position_of_spec
                .iter()
                .map(|p| p.map_or("", |p| row.cell(p)).to_string())
                .collect(),
            value_column: None,
        })
        .collect();
    Some(Table {
        present: position_of_spec.iter().map(Option::is_some).collect(),
        rows,
        numbers: grid.numbers_in(&number_columns),
    })
}
