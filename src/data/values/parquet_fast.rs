//! The fast way through a Parquet values file: each row group on a core of its own,
//! each of its columns read whole with the `parquet` crate's typed column readers (strings, integers and doubles as stored), then
//! each row checked as the CSV fast way checks a line ([`super::fast_row`]). Anything
//! it cannot vouch for (another type, a nested column, text that is not UTF-8, any
//! cell the careful reader would report, a repeated period) and it gives up; the
//! careful reader ([`super::loader`], through [`crate::data::csv::parquet_grid`]) then
//! reads the file and reports exactly what is wrong. Either way the values are the
//! same; a test compares the two.

use bytes::Bytes;
use parquet::basic::{ConvertedType, Type as PhysicalType};
use parquet::column::reader::{ColumnReader, ColumnReaderImpl};
use parquet::data_type::DataType;
use parquet::file::reader::{FileReader, RowGroupReader, SerializedFileReader};

use super::columns::ValueColumns;
use super::fast_row::{FastContext, RowCells, RowChecker, ValueCell, column_slots, trimmed};
use super::parallel::in_parallel;
use super::parquet_text_pages::{NULL_TEXT, read_text_pages};
use crate::data::csv::parquet_declared_size::declared_size;
use crate::data::format::period::Period;

/// How many rows are decoded at a time: few enough that a batch's buffers stay under
/// the size the allocator maps on its own ([`crate::memory_release`]).
const BATCH: usize = 1024;

/// One column's cells, one per row, `None` where the cell is null.
enum Cells {
    /// UTF-8 strings: for each row the id of its text in `texts` ([`NULL_TEXT`] when
    /// null), so a text repeated by the file's dictionary is checked and kept once.
    Text {
        /// Each row's text id.
        ids: Vec<u32>,
        /// The distinct texts.
        texts: Vec<Box<str>>,
    },
    /// Whole numbers.
    Integer(Vec<Option<i64>>),
    /// Floating-point numbers.
    Double(Vec<Option<f64>>),
}

/// Reads a Parquet values file (its `bytes`) into sorted columns, one part per row group
/// (the groups read on every core), or `None` when it is not plainly valid, not in the
/// long layout or would expand past `max_bytes`, leaving the careful reader to say why.
pub fn read_parquet_fast(
    bytes: Bytes,
    max_bytes: u64,
    context: &FastContext,
) -> Option<Vec<ValueColumns>> {
    let size = bytes.len() as u64;
    let reader = SerializedFileReader::new(bytes.clone()).ok()?;
    let metadata = reader.metadata();
    if declared_size(&bytes, metadata) > max_bytes {
        return None;
    }
    let schema = metadata.file_metadata().schema_descr();
    let fields = schema.root_schema().get_fields();
    // Flat: one leaf column per field.
    if fields.iter().any(|field| field.is_group()) || schema.num_columns() != fields.len() {
        return None;
    }
    let slots = column_slots(
        fields.iter().map(|field| field.name()),
        context.cluster_id.is_none(),
    )?;
    // Each row group with the number of the row before it.
    let mut groups = Vec::with_capacity(metadata.num_row_groups());
    let mut before = 0usize;
    for group in 0..metadata.num_row_groups() {
        groups.push((group, before));
        before += usize::try_from(metadata.row_group(group).num_rows()).ok()?;
    }
    if before != usize::try_from(metadata.file_metadata().num_rows()).ok()? {
        return None;
    }
    let parts = in_parallel(&groups, |&(group, before)| {
        read_row_group(&reader, group, before, &slots, context)
    });
    let parts: Vec<ValueColumns> = parts.into_iter().collect::<Option<_>>()?;
    if let Some(progress) = context.progress {
        progress.fetch_add(size, std::sync::atomic::Ordering::Relaxed);
    }
    (!ValueColumns::repeat_across_parts(&parts)).then_some(parts)
}

/// One row group's rows, checked, as sorted columns; the first row of the file is line
/// 2, as in a CSV file with a header (the careful reader's numbering).
fn read_row_group(
    reader: &SerializedFileReader<Bytes>,
    group: usize,
    before: usize,
    slots: &[usize],
    context: &FastContext,
) -> Option<ValueColumns> {
    let row_group = reader.get_row_group(group).ok()?;
    let rows = usize::try_from(row_group.metadata().num_rows()).ok()?;
    let mut cells: [Option<Cells>; 7] = Default::default();
    for (column, &slot) in slots.iter().enumerate() {
        cells[slot] = Some(read_column(&*row_group, column, rows)?);
    }
    let mut checker = RowChecker::new(context)?;
    let mut columns = ValueColumns::with_capacity(rows);
    let mut periods = PeriodCache::default();
    for row in 0..rows {
        let text = |slot: usize| text_cell(cells[slot].as_ref(), row);
        let period = match cells[1].as_ref()? {
            Cells::Integer(years) => periods.year((*years.get(row)?)?)?,
            Cells::Text { ids, .. } => periods.text(*ids.get(row)?, text(1)?)?,
            Cells::Double(_) => return None,
        };
        let value = match cells[3].as_ref()? {
            Cells::Text { .. } => ValueCell::Text(text(3)?),
            Cells::Integer(numbers) => ValueCell::Number((*numbers.get(row)?)? as f64),
            Cells::Double(numbers) => ValueCell::Number((*numbers.get(row)?)?),
        };
        let row_cells = RowCells {
            cluster: text(0)?,
            period,
            indicator: text(2)?,
            value,
            status: text(4)?,
            note: text(5)?,
            source: text(6)?,
        };
        let line = u32::try_from(before + row + 2).ok()?;
        checker.push(&row_cells, line, &mut columns)?;
    }
    columns.sort();
    columns.first_repeat().is_none().then_some(columns)
}

/// A text cell, trimmed: `""` when null or the column is absent, `None` when the
/// column holds numbers (the careful reader renders them) or the text is not UTF-8.
fn text_cell(cells: Option<&Cells>, row: usize) -> Option<&str> {
    match cells {
        None => Some(""),
        Some(Cells::Text { ids, texts }) => match *ids.get(row)? {
            NULL_TEXT => Some(""),
            id => Some(trimmed(texts.get(id as usize)?)),
        },
        // A column of nulls only (pyarrow writes one for an empty CSV column).
        Some(Cells::Integer(numbers)) if numbers.get(row)?.is_none() => Some(""),
        Some(_) => None,
    }
}

/// The last period read, so rows of one period (or year) are not parsed again.
#[derive(Default)]
struct PeriodCache {
    /// The last year stored as a number, and its period.
    year: Option<(i64, Period)>,
    /// The id of the last period written as text, and its period.
    text: Option<(u32, Period)>,
}

impl PeriodCache {
    /// A year stored as a number, read as its text is.
    fn year(&mut self, year: i64) -> Option<Period> {
        match self.year {
            Some((last, period)) if last == year => Some(period),
            _ => {
                let period = Period::parse(&year.to_string())?;
                self.year = Some((year, period));
                Some(period)
            }
        }
    }

    /// A period written as text, whose id in its column is `id`.
    fn text(&mut self, id: u32, text: &str) -> Option<Period> {
        if let Some((last, period)) = self.text
            && last == id
        {
            return Some(period);
        }
        let period = Period::parse(text)?;
        self.text = Some((id, period));
        Some(period)
    }
}

/// Reads the `column`-th column of one row group, when its type is one read here.
fn read_column(row_group: &dyn RowGroupReader, column: usize, rows: usize) -> Option<Cells> {
    let descr = row_group.metadata().column(column).column_descr_ptr();
    let converted = descr.converted_type();
    let max_def = descr.max_def_level();
    if descr.max_rep_level() != 0 {
        return None;
    }
    let mut cells = match (descr.physical_type(), converted) {
        (PhysicalType::BYTE_ARRAY, ConvertedType::UTF8) => Cells::Text {
            ids: Vec::with_capacity(rows),
            texts: Vec::new(),
        },
        (PhysicalType::INT32, ConvertedType::NONE | ConvertedType::INT_32)
        | (PhysicalType::INT64, ConvertedType::NONE | ConvertedType::INT_64) => {
            Cells::Integer(Vec::with_capacity(rows))
        }
        (PhysicalType::DOUBLE, ConvertedType::NONE) => Cells::Double(Vec::with_capacity(rows)),
        _ => return None,
    };
    if let Cells::Text { ids, texts } = &mut cells {
        let mut pages = row_group.get_column_page_reader(column).ok()?;
        read_text_pages(&mut *pages, max_def, ids, texts)?;
    } else {
        let column_reader = row_group.get_column_reader(column).ok()?;
        match (column_reader, &mut cells) {
            (ColumnReader::Int32ColumnReader(mut r), Cells::Integer(out)) => {
                read_all(&mut r, max_def, |cells| {
                    out.extend(cells.iter().map(|cell| cell.map(|&v| i64::from(v))));
                    Some(())
                })?
            }
            (ColumnReader::Int64ColumnReader(mut r), Cells::Integer(out)) => {
                read_all(&mut r, max_def, |cells| {
                    out.extend(cells.iter().map(|cell| cell.copied()));
                    Some(())
                })?
            }
            (ColumnReader::DoubleColumnReader(mut r), Cells::Double(out)) => {
                read_all(&mut r, max_def, |cells| {
                    out.extend(cells.iter().map(|cell| cell.copied()));
                    Some(())
                })?
            }
            _ => return None,
        }
    }
    let read = match &cells {
        Cells::Text { ids, .. } => ids.len(),
        Cells::Integer(v) => v.len(),
        Cells::Double(v) => v.len(),
    };
    (read == rows).then_some(cells)
}

/// Reads every cell of one column chunk, a batch at a time, handing each batch to
/// `batch`, `None` for a null cell.
fn read_all<T: DataType>(
    reader: &mut ColumnReaderImpl<T>,
    max_def: i16,
    mut batch: impl FnMut(&[Option<&T::T>]) -> Option<()>,
) -> Option<()> {
    let mut values = Vec::with_capacity(BATCH);
    let mut levels = Vec::with_capacity(BATCH);
    loop {
        values.clear();
        levels.clear();
        let (records, _, read_levels) = reader
            .read_records(BATCH, Some(&mut levels), None, &mut values)
            .ok()?;
        if records == 0 {
            return Some(());
        }
        let cells: Vec<Option<&T::T>> = if max_def == 0 {
            values.iter().map(Some).collect()
        } else {
            let levels = levels.get(..read_levels)?;
            if levels.iter().filter(|&&level| level == max_def).count() != values.len() {
                return None;
            }
            let mut present = values.iter();
            levels
                .iter()
                .map(|&level| {
                    if level == max_def {
                        present.next()
                    } else {
                        None
                    }
                })
                .collect()
        };
        batch(&cells)?;
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{ValueColumns, read_parquet_fast};
    use crate::data::csv::source::DatasetSource;
    use crate::data::loading::reloader::load_dataset;
    use crate::data::values::fast_row::FastContext;
    use crate::data::values::loader::read_cluster_file_carefully;

    /// The fast way's columns for `values/<cluster>.parquet` in `bytes`, and the careful
    /// way's with its problems, against the registry and catalogue of `dataset`.
    fn both_ways(dataset: &Path, cluster: &str, bytes: Vec<u8>) -> (Option<String>, String) {
        let dataset = load_dataset(&DatasetSource::Folder(dataset.to_path_buf()));
        let context = FastContext {
            registry: &dataset.registry,
            catalogue: &dataset.catalogue,
            cluster_id: Some(cluster),
            progress: None,
        };
        let fast = read_parquet_fast(bytes.clone().into(), u64::MAX, &context);
        let relative = format!("values/{cluster}.parquet");
        let source = DatasetSource::Memory {
            label: "case".into(),
            files: [(relative.clone(), bytes)].into(),
        };
        let careful = read_cluster_file_carefully(
            &source,
            &relative,
            cluster,
            &dataset.registry,
            &dataset.catalogue,
            u64::MAX,
        );
        let careful_text = format!(
            "{:?} {:?}",
            careful.values.first().map(|file| rows_of(&[&file.columns])),
            careful.problems
        );
        (
            fast.map(|parts| {
                let parts: Vec<&ValueColumns> = parts.iter().collect();
                format!("{:?} []", Some(rows_of(&parts)))
            }),
            careful_text,
        )
    }

    /// Every row of some parts, one text each, in order: the same values read in one
    /// part or several give the same rows.
    fn rows_of(parts: &[&ValueColumns]) -> Vec<String> {
        let mut rows: Vec<String> = parts
            .iter()
            .flat_map(|c| {
                (0..c.len()).map(move |i| {
                    format!(
                        "{} {} {} {} {:?} {} {:?} {:?}",
                        c.cluster[i],
                        c.indicator[i],
                        c.period[i],
                        c.value[i],
                        c.status_of(i),
                        c.line[i],
                        c.note_of(i),
                        c.source_of(i)
                    )
                })
            })
            .collect();
        rows.sort();
        rows
    }

    fn fixtures() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
    }

    /// Every cluster's values written by pyarrow (as strings) take the fast way, and
    /// give exactly what the careful way gives.
    #[test]
    fn the_shipped_values_as_parquet_take_the_fast_way_to_the_same_columns() {
        let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters");
        let folder = fixtures().join("converted/parquet_long/values");
        let mut files: Vec<_> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .collect();
        files.sort();
        assert_eq!(files.len(), 21);
        for path in files {
            let cluster = path.file_stem().unwrap().to_str().unwrap().to_string();
            let (fast, careful) = both_ways(&shipped, &cluster, std::fs::read(&path).unwrap());
            assert_eq!(fast.as_deref(), Some(careful.as_str()), "{cluster}");
        }
    }

    /// Pages without a dictionary (format 2.0 data pages), and a dictionary that
    /// overflows into plain pages, take the fast way to what the careful way reads.
    #[test]
    fn plain_pages_and_a_dictionary_that_overflows_read_as_the_careful_way_does() {
        let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters");
        for kind in ["plain_v2", "fallback"] {
            for cluster in ["ACLIMA", "ENERGY", "GAIA"] {
                let path =
                    fixtures().join(format!("converted/parquet_pages/{kind}/{cluster}.parquet"));
                let (fast, careful) = both_ways(&shipped, cluster, std::fs::read(&path).unwrap());
                assert_eq!(fast.as_deref(), Some(careful.as_str()), "{kind} {cluster}");
            }
        }
    }

    /// Typed columns (64-bit years, doubles, a column of nulls only) in several row
    /// groups take the fast way to what the careful way reads; a file with a value out
    /// of range does not.
    #[test]
    fn typed_columns_read_alike_and_a_bad_row_goes_to_the_careful_way() {
        let base = fixtures().join("real_tools/base");
        let case = |name: &str| {
            std::fs::read(fixtures().join(format!("real_tools/cases/{name}/values/AAA.parquet")))
                .unwrap()
        };
        let (fast, careful) = both_ways(&base, "AAA", case("parquet_typed_pyarrow"));
        assert_eq!(fast.as_deref(), Some(careful.as_str()));
        assert!(careful.contains("1234.5"), "{careful}");
        let (fast, careful) = both_ways(&base, "AAA", case("parquet_pyarrow"));
        assert_eq!(fast, None);
        assert!(careful.contains("150"), "{careful}");
        let (fast, _) = both_ways(&base, "AAA", case("parquet_zstd_pyarrow"));
        assert_eq!(fast, None);
        let (fast, _) = both_ways(&base, "AAA", b"not parquet".to_vec());
        assert_eq!(fast, None);
    }

    /// One long file of every cluster's values (a `cluster_id` column, strings only, four
    /// row groups) takes the fast way whole, a part per row group.
    #[test]
    fn a_long_file_of_every_cluster_takes_the_fast_way() {
        let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters");
        let dataset = load_dataset(&DatasetSource::Folder(shipped));
        let context = FastContext {
            registry: &dataset.registry,
            catalogue: &dataset.catalogue,
            cluster_id: None,
            progress: None,
        };
        let bytes = std::fs::read(fixtures().join("converted/parquet_long_file/values.parquet"));
        let parts =
            read_parquet_fast(bytes.unwrap().into(), u64::MAX, &context).expect("the fast way");
        assert_eq!(parts.len(), 4, "one part per row group");
        let rows: usize = parts.iter().map(ValueColumns::len).sum();
        assert_eq!(rows, dataset.values.len());
    }
}
