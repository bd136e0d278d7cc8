//! Reads one sheet of a workbook (`.xlsx`, `.xls`, `.ods`, with `calamine`) as a grid of
//! text cells: numbers as the workbook stores them, rendered with a decimal point (no
//! locale is guessed), dates on the first of a month as that month (`2024-03`), other
//! dates as `YYYY-MM-DD`, error cells as their code (`#N/A`). The sheet is the one named
//! for the file's role (`values`, `clusters`, `indicators`), or else the first.

use std::io::Cursor;

use calamine::{Data, Reader, open_workbook_auto_from_rs};

use super::grid::{Grid, GridNumbers, GridRow};
use super::size_text::size_text;
use crate::data::format::problem::{FileProblems, SheetPlaces};
use crate::i18n::phrase::Phrase;

/// The file name endings read as workbooks.
pub const WORKBOOK_ENDINGS: [&str; 3] = [".xlsx", ".xls", ".ods"];

/// The name without its workbook ending, when it has one (any letter case).
pub fn workbook_stem(name: &str) -> Option<&str> {
    WORKBOOK_ENDINGS.iter().find_map(|ending| {
        let cut = name.len().checked_sub(ending.len())?;
        let (stem, tail) = (name.get(..cut)?, name.get(cut..)?);
        tail.eq_ignore_ascii_case(ending).then_some(stem)
    })
}

/// Reads the sheet for `role` of the workbook in `bytes` as a grid, and from then on
/// names the file's problems as cells of that sheet. `None`, with an error recorded,
/// when the workbook cannot be opened, would expand past `max_bytes` or its sheet is
/// empty.
pub fn read_workbook_grid(
    bytes: Vec<u8>,
    role: &str,
    max_bytes: u64,
    problems: &mut FileProblems,
) -> Option<Grid> {
    if let Some(problem) = too_large(&bytes, max_bytes) {
        problems.file_error(problem);
        return None;
    }
    let mut workbook = match open_workbook_auto_from_rs(Cursor::new(bytes)) {
        Ok(workbook) => workbook,
        Err(error) => {
            problems.file_error(
                Phrase::new("problem.cannot_read_workbook").with("error", error.to_string()),
            );
            return None;
        }
    };
    let names = workbook.sheet_names();
    let Some(sheet) = names
        .iter()
        .find(|name| name.trim().eq_ignore_ascii_case(role))
        .or(names.first())
        .cloned()
    else {
        problems.file_error(Phrase::new("problem.workbook_without_sheets"));
        return None;
    };
    let range = match workbook.worksheet_range(&sheet) {
        Ok(range) => range,
        Err(error) => {
            problems.file_error(
                Phrase::new("problem.cannot_read_sheet")
                    .with("sheet", &sheet)
                    .with("error", error.to_string()),
            );
            return None;
        }
    };
    let (first_row, first_column) = range.start().unwrap_or((0, 0));
    let mut rows = range.rows().enumerate().filter_map(|(i, cells)| {
        let mut texts = vec![String::new(); first_column as usize];
        texts.extend(cells.iter().map(cell_text));
        let row = GridRow {
            line: u64::from(first_row) + i as u64 + 1,
            cells: texts,
        };
        (!row.cells.iter().all(String::is_empty)).then_some(row)
    });
    let Some(header) = rows.next() else {
        problems.file_error(Phrase::new("problem.empty_sheet").with("sheet", &sheet));
        return None;
    };
    problems.in_sheet(SheetPlaces {
        sheet: sheet.clone(),
        columns: header
            .cells
            .iter()
            .enumerate()
            .filter(|(_, name)| !name.is_empty())
            .map(|(i, name)| (name.clone(), i as u32))
            .collect(),
    });
    Some(Grid {
        header,
        rows: rows.collect(),
        numbers: GridNumbers::Typed,
    })
}

/// Why a zipped workbook (`.xlsx`, `.ods`) is not opened: its parts say they expand to
/// more than `max_bytes`, so that a small file that would unpack to gigabytes is refused
/// before calamine holds it. A part that lies about its size cannot get past this: the
/// zip reader stops with an error once a part inflates past what it declares. `None` when
/// it is within the limit, not zipped (`.xls`), or a zip that cannot be read (calamine
/// then says what is wrong with it).
fn too_large(bytes: &[u8], max_bytes: u64) -> Option<Phrase> {
    if !bytes.starts_with(b"PK\x03\x04") {
        return None;
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut declared: u64 = 0;
    for i in 0..archive.len() {
        declared = declared.saturating_add(archive.by_index_raw(i).ok()?.size());
    }
    (declared > max_bytes).then(|| {
        Phrase::new("problem.workbook_expands_too_far")
            .with("size", size_text(declared))
            .with("limit", size_text(max_bytes))
    })
}

/// One cell as text, as described at the top of this file.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::Int(n) => n.to_string(),
        Data::Float(x) => x.to_string(),
        Data::String(text) => text.trim().to_string(),
        Data::Bool(true) => "TRUE".to_string(),
        Data::Bool(false) => "FALSE".to_string(),
        Data::DateTime(date) if date.is_datetime() => {
            let (year, month, day, hour, minute, second, _) = date.to_ymd_hms_milli();
            date_text(year, month, day, (hour, minute, second) == (0, 0, 0))
        }
        Data::DateTime(date) => date.as_f64().to_string(),
        Data::DateTimeIso(text) => iso_date_text(text),
        Data::DurationIso(text) => text.clone(),
        Data::Error(error) => error.to_string(),
    }
}

/// A date as text: its month when it is midnight on the first, else `YYYY-MM-DD`.
fn date_text(year: u16, month: u8, day: u8, midnight: bool) -> String {
    if day == 1 && midnight {
        format!("{year:04}-{month:02}")
    } else {
        format!("{year:04}-{month:02}-{day:02}")
    }
}

/// An ISO date from an OpenDocument sheet, read as [`date_text`] reads a typed date.
fn iso_date_text(text: &str) -> String {
    let (date, time) = text.split_once('T').unwrap_or((text, ""));
    let midnight = time.trim_start_matches(['0', ':', '.']).is_empty();
    let parts: Vec<&str> = date.split('-').collect();
    match parts[..] {
        [y, m, d] => match (y.parse(), m.parse(), d.parse()) {
            (Ok(y), Ok(m), Ok(d)) => date_text(y, m, d, midnight),
            _ => text.to_string(),
        },
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workbook_endings_are_found_in_any_case() {
        assert_eq!(workbook_stem("HEGAN.xlsx"), Some("HEGAN"));
        assert_eq!(workbook_stem("HEGAN.ODS"), Some("HEGAN"));
        assert_eq!(workbook_stem("HEGAN.xls"), Some("HEGAN"));
        assert_eq!(workbook_stem("HEGAN.csv"), None);
        assert_eq!(workbook_stem("ñ.xlsx"), Some("ñ"));
    }

    #[test]
    fn dates_on_the_first_are_months_and_others_days() {
        assert_eq!(date_text(2024, 3, 1, true), "2024-03");
        assert_eq!(date_text(2024, 3, 15, true), "2024-03-15");
        assert_eq!(date_text(2024, 3, 1, false), "2024-03-01");
        assert_eq!(iso_date_text("2024-03-01T00:00:00"), "2024-03");
        assert_eq!(iso_date_text("2024-03-01"), "2024-03");
        assert_eq!(iso_date_text("2024-03-02"), "2024-03-02");
        assert_eq!(iso_date_text("soon"), "soon");
    }

    #[test]
    fn typed_numbers_read_back_exactly() {
        for x in [0.1, 12.5, 2.125, -3.0, 1e-7, 123_456_789.125] {
            let text = cell_text(&Data::Float(x));
            assert_eq!(text.parse::<f64>().unwrap(), x, "{text}");
            assert!(!text.contains(','), "{text}");
        }
        assert_eq!(cell_text(&Data::Float(2019.0)), "2019");
    }
}
