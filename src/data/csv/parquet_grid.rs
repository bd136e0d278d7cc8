//! Reads a Parquet file (with the `parquet` crate; Snappy-compressed or uncompressed, as
//! pyarrow and pandas write by default) as a grid of text cells, one row per Parquet row:
//! the header is the schema's column names, numbers are typed and rendered with a
//! decimal point, strings as they are, nulls as empty cells. The line of a row is its
//! number in the file, counted from 1 after a notional header line (so the first row
//! is line 2, as in a CSV file with a header).

use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::record::Field;

use super::grid::{Grid, GridNumbers, GridRow};
use super::parquet_declared_size::declared_size;
use super::size_text::size_text;
use crate::data::format::problem::FileProblems;
use crate::i18n::phrase::Phrase;

/// The file name ending read as Parquet.
pub const PARQUET_ENDING: &str = ".parquet";

/// Reads the Parquet file in `bytes` as a grid. `None`, with an error recorded, when it
/// cannot be read as Parquet (not Parquet, or compressed with a codec not built in) or
/// its columns would expand past `max_bytes`.
pub fn read_parquet_grid(
    bytes: Vec<u8>,
    max_bytes: u64,
    problems: &mut FileProblems,
) -> Option<Grid> {
    let fail = |problems: &mut FileProblems, error: parquet::errors::ParquetError| {
        problems.file_error(
            Phrase::new("problem.cannot_read_parquet").with("error", error.to_string()),
        );
    };
    let bytes = bytes::Bytes::from(bytes);
    let reader = match SerializedFileReader::new(bytes.clone()) {
        Ok(reader) => reader,
        Err(error) => {
            fail(problems, error);
            return None;
        }
    };
    let declared = declared_size(&bytes, reader.metadata());
    if declared > max_bytes {
        problems.file_error(
            Phrase::new("problem.parquet_expands_too_far")
                .with("size", size_text(declared))
                .with("limit", size_text(max_bytes)),
        );
        return None;
    }
    let names: Vec<String> = reader
        .metadata()
        .file_metadata()
        .schema()
        .get_fields()
        .iter()
        .map(|field| field.name().trim().to_string())
        .collect();
    let rows_iter = match reader.get_row_iter(None) {
        Ok(rows) => rows,
        Err(error) => {
            fail(problems, error);
            return None;
        }
    };
    let mut rows = Vec::with_capacity(reader.metadata().file_metadata().num_rows().max(0) as usize);
    for (i, row) in rows_iter.enumerate() {
        let row = match row {
            Ok(row) => row,
            Err(error) => {
                fail(problems, error);
                return None;
            }
        };
        rows.push(GridRow {
            line: i as u64 + 2,
            cells: row
                .get_column_iter()
                .map(|(_, field)| field_text(field))
                .collect(),
        });
    }
    Some(Grid {
        header: GridRow {
            line: 1,
            cells: names,
        },
        rows,
        numbers: GridNumbers::Typed,
    })
}

/// One Parquet value as text.
fn field_text(field: &Field) -> String {
    match field {
        Field::Null => String::new(),
        Field::Bool(b) => b.to_string(),
        Field::Byte(n) => n.to_string(),
        Field::Short(n) => n.to_string(),
        Field::Int(n) => n.to_string(),
        Field::Long(n) => n.to_string(),
        Field::UByte(n) => n.to_string(),
        Field::UShort(n) => n.to_string(),
        Field::UInt(n) => n.to_string(),
        Field::ULong(n) => n.to_string(),
        Field::Float(x) => x.to_string(),
        Field::Double(x) => x.to_string(),
        Field::Str(text) => text.trim().to_string(),
        other => other.to_string(),
    }
}
