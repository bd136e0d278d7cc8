//! The wide layout of a values file, as spreadsheets keep it: one row per indicator, one
//! column per period (`2019`, `2020`, `2024-Q3`), detected from the header. Each filled
//! period cell becomes one value of the long layout; an empty cell is a missing value,
//! not a zero and not a problem. `status`, `note` and `source` columns, when present,
//! apply to every value of their row.

use super::layout::{LONG_VALUE_COLUMNS, VALUE_COLUMNS};
use crate::data::csv::grid::{Grid, GridRow, grid_table};
use crate::data::csv::table::{Row, Table};
use crate::data::csv::text::{declared_delimiter, detect_delimiter};
use crate::data::format::period::Period;
use crate::data::format::problem::FileProblems;
use crate::i18n::phrase::Phrase;

/// The named columns a wide file may have besides its periods.
const WIDE_NAMES: [&str; 5] = ["cluster_id", "indicator_id", "status", "note", "source"];

/// Whether a header is in the wide layout: an `indicator_id` column, no `period` or
/// `value` column, and at least one column named by a period.
pub fn is_wide(header: &[String]) -> bool {
    let has = |name: &str| header.iter().any(|h| h.eq_ignore_ascii_case(name));
    has("indicator_id")
        && !has("period")
        && !has("value")
        && header.iter().any(|h| Period::parse(h).is_some())
}

/// Whether a CSV file's header, its first line that is not blank (after an Excel
/// `sep=` line), is in the wide layout; read from the start of the file only.
pub fn csv_header_is_wide(bytes: &[u8]) -> bool {
    let start = &bytes[..bytes.len().min(64 * 1024)];
    let start = start.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(start);
    let text = String::from_utf8_lossy(start);
    let mut lines = text.split(['\n', '\r']).filter(|l| !l.trim().is_empty());
    let Some(mut line) = lines.next() else {
        return false;
    };
    let mut delimiter = declared_delimiter(line);
    if delimiter.is_some() {
        line = lines.next().unwrap_or("");
    }
    let delimiter = delimiter.get_or_insert_with(|| detect_delimiter(line));
    let header: Vec<String> = line
        .split(char::from(*delimiter))
        .map(|f| f.trim().trim_matches('"').trim().to_string())
        .collect();
    is_wide(&header)
}

/// A grid's values as a table of the long layout (with a leading `cluster_id` when
/// `long`), whichever layout the grid is in.
pub fn values_table(grid: &Grid, long: bool, problems: &mut FileProblems) -> Option<Table> {
    let specs = if long {
        LONG_VALUE_COLUMNS
    } else {
        VALUE_COLUMNS
    };
    if is_wide(&grid.header.cells) {
        wide_table(grid, long, problems)
    } else {
        grid_table(grid, specs, problems)
    }
}

/// Where a wide header puts its named columns and its periods.
struct WideHeader {
    /// For each of [`WIDE_NAMES`], the column that holds it.
    named: [Option<usize>; 5],
    /// Each period column: its position, its header as written and its period.
    periods: Vec<(usize, String, Period)>,
}

/// Reads a wide header, reporting repeated and unknown columns.
fn wide_header(grid: &Grid, long: bool, problems: &mut FileProblems) -> Option<WideHeader> {
    let line = grid.header.line;
    let mut header = WideHeader {
        named: [None; 5],
        periods: Vec::new(),
    };
    for (position, field) in grid.header.cells.iter().enumerate() {
        let name = field.to_lowercase();
        let named = WIDE_NAMES
            .iter()
            .position(|n| *n == name)
            .filter(|&i| long || i > 0);
        let period = Period::parse(field);
        let repeated = match (named, period) {
            (Some(i), _) => header.named[i].replace(position).is_some(),
            (None, Some(period)) => {
                let twice = header.periods.iter().any(|(_, _, seen)| *seen == period);
                header.periods.push((position, field.clone(), period));
                twice
            }
            (None, None) => {
                if !name.is_empty() {
                    problems.warning(line, Some(field), Phrase::new("problem.unknown_column"));
                }
                false
            }
        };
        if repeated {
            problems.error(line, Some(field), Phrase::new("problem.column_twice"));
            return None;
        }
    }
    if long && header.named[0].is_none() {
        problems.error(
            line,
            Some("cluster_id"),
            Phrase::new("problem.missing_column"),
        );
        return None;
    }
    Some(header)
}

/// A wide grid as long rows: one per filled period cell.
fn wide_table(grid: &Grid, long: bool, problems: &mut FileProblems) -> Option<Table> {
    let header = wide_header(grid, long, problems)?;
    let period_columns: Vec<usize> = header.periods.iter().map(|(p, _, _)| *p).collect();
    let numbers = grid.numbers_in(&period_columns);
    let named = |row: &GridRow, i: usize| {
        header.named[i].map_or(String::new(), |p| row.cell(p).to_string())
    };
    let mut rows = Vec::new();
    for row in &grid.rows {
        for (position, written, _) in &header.periods {
            let value = row.cell(*position);
            if value.is_empty() {
                continue;
            }
            let mut cells = Vec::with_capacity(7);
            if long {
                cells.push(named(row, 0));
            }
            cells.push(written.clone());
            cells.push(named(row, 1));
            cells.push(value.to_string());
            cells.extend([named(row, 2), named(row, 3), named(row, 4)]);
            rows.push(Row {
                line: row.line,
                cells,
                value_column: Some(written.clone()),
            });
        }
    }
    let mut present = vec![true; if long { 4 } else { 3 }];
    present.extend([2, 3, 4].map(|i| header.named[i].is_some()));
    Some(Table {
        present,
        rows,
        numbers,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::csv::grid::read_csv_grid;

    fn table(text: &str, long: bool) -> (Option<Table>, Vec<String>) {
        let mut problems = Vec::new();
        let table = {
            let mut file = FileProblems::new("values/HEGAN.csv", &mut problems);
            read_csv_grid(text.as_bytes(), &mut file)
                .and_then(|g| values_table(&g, long, &mut file))
        };
        (table, problems.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn a_header_of_periods_is_wide_and_a_long_one_is_not() {
        let wide: Vec<String> = ["indicator_id", "2019", "2024-Q3"].map(String::from).into();
        let long: Vec<String> = ["period", "indicator_id", "value"].map(String::from).into();
        let no_periods: Vec<String> = ["indicator_id", "total"].map(String::from).into();
        assert!(is_wide(&wide));
        assert!(!is_wide(&long));
        assert!(!is_wide(&no_periods));
    }

    #[test]
    fn each_filled_cell_is_one_value_and_empty_cells_are_missing() {
        let (table, problems) = table("indicator_id,2019,2020,note\nA,1.5,,n\nB,,2,\n", false);
        let table = table.unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        let cells: Vec<Vec<String>> = table.rows.iter().map(|r| r.cells.clone()).collect();
        assert_eq!(
            cells,
            vec![
                ["2019", "A", "1.5", "", "n", ""].map(String::from).to_vec(),
                ["2020", "B", "2", "", "", ""].map(String::from).to_vec(),
            ]
        );
        assert_eq!(table.rows[1].line, 3);
        assert_eq!(table.rows[1].value_column.as_deref(), Some("2020"));
    }

    #[test]
    fn the_long_file_needs_its_cluster_column_and_a_period_twice_is_an_error() {
        let (table, problems) = table("indicator_id,2019\nA,1\n", true);
        assert!(table.is_none());
        assert_eq!(
            problems,
            ["values/HEGAN.csv:1: column \"cluster_id\": missing required column"]
        );
        let (table, problems) = table_twice();
        assert!(table.is_none());
        assert_eq!(problems.len(), 1, "{problems:?}");
    }

    #[test]
    fn the_header_is_found_after_blank_lines_a_mark_and_a_sep_line() {
        assert!(csv_header_is_wide(
            b"\xEF\xBB\xBF\n\nindicator_id;2019;2020\nA;1;2\n"
        ));
        assert!(csv_header_is_wide(
            b"sep=;\r\n\"indicator_id\";\"2019\"\r\n"
        ));
        assert!(!csv_header_is_wide(
            b"period,indicator_id,value\n2019,A,1\n"
        ));
        assert!(!csv_header_is_wide(b""));
    }

    fn table_twice() -> (Option<Table>, Vec<String>) {
        table("indicator_id,2019,2019\nA,1,2\n", false)
    }
}
