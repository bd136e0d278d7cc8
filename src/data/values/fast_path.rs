//! The fast way through a values file: read as a stream, line by line, straight into
//! columns, for files that are plainly valid. At the first thing it cannot vouch for
//! (a quote, text that is not UTF-8, an unknown column, a ragged row, any cell the
//! careful reader would report, a repeated period) it gives up, and the careful reader
//! ([`super::loader`]) reads the file again and reports exactly what is wrong.
//! Either way the values are the same; a test compares the two.

use std::borrow::Cow;
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::atomic::Ordering;

use super::columns::ValueColumns;
pub use super::fast_row::FastContext;
use super::fast_row::{RowCells, RowChecker, ValueCell, column_slots, trimmed};
use super::parallel::in_parallel;
use crate::data::csv::network_share::is_network_share;
use crate::data::csv::regular_file::{Capped, open_regular};
use crate::data::csv::text::detect_delimiter;
use crate::data::format::number_format::PointCell;
use crate::data::format::period::Period;

/// The most fields a row of a values file can have (the long file's columns).
const MAX_FIELDS: usize = 7;

/// Where each known column is in a file's rows.
struct Layout {
    /// For each field of a row, which of the long file's columns
    /// ([`super::layout::LONG_VALUE_COLUMNS`]) it holds.
    slot_of_field: Vec<usize>,
    /// How many fields a row has.
    width: usize,
    /// The delimiter.
    delimiter: u8,
}

/// Files at least this large are read by several threads at once, each taking ranges
/// of lines.
const PARALLEL_FROM: u64 = 8 << 20;

/// How many ranges of lines a large file is cut into, per thread.
const RANGES_PER_THREAD: usize = 4;

/// Reads a values file into sorted columns, or `None` when it is not plainly valid (or
/// cannot be read), leaving the careful reader to say why. `size_hint` (the file's size
/// in bytes) sizes the columns.
pub fn read_values_fast(
    mut input: impl BufRead,
    size_hint: u64,
    context: &FastContext,
) -> Option<ValueColumns> {
    let (layout, header_bytes) = read_header_line(&mut input, context)?;
    let mut columns = ValueColumns::with_capacity(estimated_rows(size_hint));
    let mut marks = PointMarks::default();
    read_rows(input, &layout, context, &mut columns, &mut marks, 1)?;
    add_progress(context, header_bytes);
    if !marks.vouched() {
        return None;
    }
    columns.sort();
    if columns.first_repeat().is_some() {
        return None;
    }
    Some(columns)
}

/// Reads a values file on disk like [`read_values_fast`] when it is a regular file of at
/// most `max_bytes` (counted as read), splitting a large one into ranges of whole lines
/// read by `threads` threads at once. Each range comes back as a
/// sorted part of its own (never copied into one), so a series may lie in several parts
/// (which [`super::store::ValueStore`] allows).
pub fn read_values_file_fast(
    path: &Path,
    max_bytes: u64,
    context: &FastContext,
    threads: usize,
) -> Option<Vec<ValueColumns>> {
    let (file, meta) = open_regular(path).ok()?;
    let size = meta.len();
    if size > max_bytes {
        return None;
    }
    // On a network share the size may be an old one: read as a stream, to the end.
    if threads < 2 || size < PARALLEL_FROM || is_network_share(path) {
        let input = BufReader::with_capacity(1 << 18, Capped::new(file, max_bytes));
        return read_values_fast(input, size, context).map(|columns| vec![columns]);
    }
    let mut reader = BufReader::new(&file);
    let (layout, header_bytes) = read_header_line(&mut reader, context)?;
    add_progress(context, header_bytes);
    // More ranges than threads, so a thread slowed by other work (the targets) takes
    // fewer of them.
    let pieces = (threads * RANGES_PER_THREAD) as u64;
    let body = size.checked_sub(header_bytes)?;
    let mut bounds = vec![header_bytes];
    for k in 1..pieces {
        let target = header_bytes + body * k / pieces;
        bounds.push(next_line_start(&file, target)?.clamp(*bounds.last()?, size));
    }
    bounds.push(size);
    let ranges: Vec<(u64, u64)> = bounds
        .windows(2)
        .map(|w| (w[0], w[1]))
        .filter(|(start, end)| start < end)
        .collect();
    let identity = file_identity(&file)?;
    let parts: Vec<Option<(ValueColumns, u32, PointMarks)>> =
        in_parallel(&ranges, |&(start, end)| {
            let (mut file, _) = open_regular(path).ok()?;
            // The same file, not one saved over it since (then the careful reader reads it).
            if file_identity(&file)? != identity {
                return None;
            }
            file.seek(SeekFrom::Start(start)).ok()?;
            let input = BufReader::with_capacity(1 << 18, file.take(end - start));
            let mut columns = ValueColumns::with_capacity(estimated_rows(end - start));
            let mut marks = PointMarks::default();
            let lines = read_rows(input, &layout, context, &mut columns, &mut marks, 0)?;
            columns.sort();
            columns
                .first_repeat()
                .is_none()
                .then_some((columns, lines, marks))
        });
    let mut parts: Vec<(ValueColumns, u32, PointMarks)> =
        parts.into_iter().collect::<Option<_>>()?;
    // The decimal mark is the whole file's: an ambiguous cell in one range may be made
    // clear by a cell in another.
    let marks = parts
        .iter()
        .fold(PointMarks::default(), |all, (_, _, marks)| all.with(*marks));
    if !marks.vouched() {
        return None;
    }
    // Lines were counted within each range: add the lines before it.
    let mut before = 1;
    for (columns, lines, _) in &mut parts {
        for line in &mut columns.line {
            *line += before;
        }
        before += *lines;
    }
    let parts: Vec<ValueColumns> = parts.into_iter().map(|(c, _, _)| c).collect();
    (!ValueColumns::repeat_across_parts(&parts)).then_some(parts)
}

/// What the values read so far say about the file's decimal point.
#[derive(Debug, Clone, Copy, Default)]
struct PointMarks {
    /// Some value only a decimal point reads (`12.5`).
    point: bool,
    /// Some value a decimal comma would read as another number (`2.125`).
    ambiguous: bool,
}

impl PointMarks {
    /// Takes one value into account.
    fn add(&mut self, cell: PointCell) {
        match cell {
            PointCell::Neutral => {}
            PointCell::Point => self.point = true,
            PointCell::Ambiguous => self.ambiguous = true,
        }
    }

    /// Both sets of values taken together.
    fn with(self, other: PointMarks) -> PointMarks {
        PointMarks {
            point: self.point || other.point,
            ambiguous: self.ambiguous || other.ambiguous,
        }
    }

    /// Whether every value was read as the file means it: an ambiguous value only when
    /// another value shows the file writes decimal points.
    fn vouched(self) -> bool {
        !self.ambiguous || self.point
    }
}

/// What tells one file from another saved in its place, and whether it grew.
fn file_identity(file: &File) -> Option<(u64, u64)> {
    let meta = file.metadata().ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let inode = 0;
    Some((inode, meta.len()))
}

/// A generous guess at the rows of `bytes` of a values file, so columns rarely grow
/// (room never written to costs no memory).
fn estimated_rows(bytes: u64) -> usize {
    (bytes / 20) as usize + 16
}

fn add_progress(context: &FastContext, bytes: u64) {
    if let Some(progress) = context.progress {
        progress.fetch_add(bytes, Ordering::Relaxed);
    }
}

/// Where the first line starting at or after `offset` starts.
fn next_line_start(file: &File, offset: u64) -> Option<u64> {
    let mut handle = file.try_clone().ok()?;
    handle.seek(SeekFrom::Start(offset)).ok()?;
    let mut reader = BufReader::new(handle);
    let mut skipped = Vec::new();
    reader.read_until(b'\n', &mut skipped).ok()?;
    Some(offset + skipped.len() as u64)
}

/// Reads the header, the file's first line, into a layout, with the bytes it took.
fn read_header_line(input: &mut impl BufRead, context: &FastContext) -> Option<(Layout, u64)> {
    let mut line = Vec::new();
    let n = input.read_until(b'\n', &mut line).ok()?;
    let bytes = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&line);
    if bytes.contains(&b'"') || bytes.contains(&0) {
        return None;
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.strip_suffix('\n').unwrap_or(text);
    let text = text.strip_suffix('\r').unwrap_or(text);
    // A lone carriage return ends a record for the careful reader.
    if text.contains('\r') {
        return None;
    }
    // The careful reader takes the delimiter from the first line: only a header there.
    if text.trim().is_empty() {
        return None;
    }
    Some((read_header(text, context.cluster_id.is_none())?, n as u64))
}

/// Reads rows until the end of `input`, numbering lines from `first_line + 1`; the
/// number of lines read, or `None` at the first thing the fast way cannot vouch for.
fn read_rows(
    mut input: impl BufRead,
    layout: &Layout,
    context: &FastContext,
    columns: &mut ValueColumns,
    marks: &mut PointMarks,
    first_line: u32,
) -> Option<u32> {
    let mut line = Vec::with_capacity(256);
    let mut number = first_line;
    let mut checker = RowChecker::new(context)?;
    let mut read_since_report = 0u64;
    loop {
        line.clear();
        let n = input.read_until(b'\n', &mut line).ok()?;
        if n == 0 {
            break;
        }
        number += 1;
        read_since_report += n as u64;
        if read_since_report > 1 << 20 {
            add_progress(context, read_since_report);
            read_since_report = 0;
        }
        let bytes: &[u8] = &line;
        let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
        let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        // One pass over the line: where the fields end, which are quoted, and whether
        // it holds anything for the careful reader (NUL, stray carriage returns, a
        // quote inside an unquoted field or an unclosed one) or non-ASCII bytes, which
        // must then be valid UTF-8. Cutting at an ASCII delimiter keeps every field
        // whole UTF-8.
        let split = split_fields(bytes, layout.delimiter)?;
        let count = split.count;
        let text = if split.non_ascii {
            std::str::from_utf8(bytes).ok()?
        } else {
            // SAFETY: every byte is ASCII, so the bytes are UTF-8.
            unsafe { std::str::from_utf8_unchecked(bytes) }
        };
        if count != layout.width {
            return None;
        }
        let mut fields: [Cow<str>; MAX_FIELDS] = Default::default();
        let mut start = 0;
        for (k, (&end, &slot)) in split.ends[..count]
            .iter()
            .zip(&layout.slot_of_field)
            .enumerate()
        {
            let field = &text[start..end];
            fields[slot] = if split.quoted[k] {
                unquoted(field)
            } else {
                Cow::Borrowed(trimmed(field))
            };
            start = end + 1;
        }
        let row = RowCells {
            cluster: &fields[0],
            period: Period::parse(&fields[1])?,
            indicator: &fields[2],
            value: ValueCell::Text(&fields[3]),
            status: &fields[4],
            note: &fields[5],
            source: &fields[6],
        };
        marks.add(checker.push(&row, number, columns)?);
    }
    add_progress(context, read_since_report);
    Some(number - first_line)
}

/// Where the fields of one line end, which of them are quoted, and whether it has
/// non-ASCII bytes.
struct SplitLine {
    /// The byte offset where each field ends.
    ends: [usize; MAX_FIELDS],
    /// Whether each field is quoted (`"a, ""b"""`).
    quoted: [bool; MAX_FIELDS],
    /// How many fields the line has.
    count: usize,
    /// Whether some byte is not ASCII.
    non_ascii: bool,
}

/// Splits a line at `delimiter` outside quotes, or `None` when the careful reader must
/// read it: more fields than a values row has, NUL or a carriage return, a quote that
/// does not open a field (or follow a closing one, `""`), text after a closing quote,
/// or a quote left open (a field that goes on to the next line).
fn split_fields(bytes: &[u8], delimiter: u8) -> Option<SplitLine> {
    let mut split = SplitLine {
        ends: [0; MAX_FIELDS],
        quoted: [false; MAX_FIELDS],
        count: 0,
        non_ascii: false,
    };
    let mut field_start = 0;
    let mut in_quotes = false;
    let mut just_closed = false;
    for (i, &b) in bytes.iter().enumerate() {
        if b == 0 || b == b'\r' {
            return None;
        }
        split.non_ascii |= b >= 0x80;
        if in_quotes {
            if b == b'"' {
                in_quotes = false;
                just_closed = true;
            }
            continue;
        }
        if b == b'"' {
            let opens = i == field_start && !split.quoted.get(split.count).copied()?;
            if !(opens || just_closed) {
                return None;
            }
            *split.quoted.get_mut(split.count)? = true;
            in_quotes = true;
            just_closed = false;
        } else if b == delimiter {
            *split.ends.get_mut(split.count)? = i;
            split.count += 1;
            field_start = i + 1;
            just_closed = false;
        } else if just_closed {
            return None;
        }
    }
    if in_quotes {
        return None;
    }
    *split.ends.get_mut(split.count)? = bytes.len();
    split.count += 1;
    Some(split)
}

/// A quoted field's text: the outer quotes taken off, each `""` read as `"`, then
/// trimmed, as the careful reader reads it.
fn unquoted(field: &str) -> Cow<'_, str> {
    let inner = &field[1..field.len() - 1];
    if inner.contains('"') {
        Cow::Owned(inner.replace("\"\"", "\"").trim().to_string())
    } else {
        Cow::Borrowed(inner.trim())
    }
}

/// The header's columns, when every one is known, none repeats and the required ones
/// are there.
fn read_header(text: &str, long: bool) -> Option<Layout> {
    let delimiter = detect_delimiter(text);
    let slot_of_field = column_slots(text.split(delimiter as char), long)?;
    Some(Layout {
        width: slot_of_field.len(),
        slot_of_field,
        delimiter,
    })
}

#[cfg(test)]
mod tests {
    use super::{FastContext, read_values_fast, split_fields, trimmed, unquoted};
    use crate::data::csv::source::DatasetSource;
    use crate::data::loading::reloader::load_dataset;

    #[test]
    fn empty_ids_and_stray_carriage_returns_go_to_the_careful_reader() {
        let mini = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
        let dataset = load_dataset(&DatasetSource::Folder(mini));
        let read = |text: &str, cluster_id| {
            let context = FastContext {
                registry: &dataset.registry,
                catalogue: &dataset.catalogue,
                cluster_id,
                progress: None,
            };
            read_values_fast(text.as_bytes(), text.len() as u64, &context)
        };
        assert!(read("period,indicator_id,value\n2024,MEMBERS,5\n", Some("AAA")).is_some());
        assert!(read("period,indicator_id,value\n2024,,5\n", Some("AAA")).is_none());
        assert!(read("period,indicator_id\r,value\n2024,MEMBERS,5\n", Some("AAA")).is_none());
        let long = "cluster_id,period,indicator_id,value\n";
        assert!(read(&format!("{long}AAA,2024,MEMBERS,5\n"), None).is_some());
        assert!(read(&format!("{long},2024,MEMBERS,5\n"), None).is_none());
    }

    #[test]
    fn a_value_a_decimal_comma_would_read_otherwise_needs_a_clear_decimal_point() {
        let mini = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
        let dataset = load_dataset(&DatasetSource::Folder(mini));
        let read = |text: &str| {
            let context = FastContext {
                registry: &dataset.registry,
                catalogue: &dataset.catalogue,
                cluster_id: Some("AAA"),
                progress: None,
            };
            read_values_fast(text.as_bytes(), text.len() as u64, &context)
                .map(|columns| columns.value.clone())
        };
        let head = "period;indicator_id;value\n";
        // 2.125 alone could be 2125 with a decimal comma: the careful reader says so.
        assert_eq!(read(&format!("{head}2024;MEMBERS;2.125\n")), None);
        assert_eq!(
            read(&format!("{head}2024;MEMBERS;2.125\n2025;MEMBERS;0.5\n")),
            Some(vec![2.125, 0.5])
        );
        // A decimal comma, or a point that groups thousands, is the careful reader's.
        assert_eq!(read(&format!("{head}2024;MEMBERS;4,5\n")), None);
        assert_eq!(read(&format!("{head}2024;MEMBERS;1.234.567\n")), None);
        assert_eq!(read(&format!("{head}2024;MEMBERS;5.\n")), None);
    }

    #[test]
    fn quoted_fields_read_as_the_csv_crate_reads_them_or_go_to_the_careful_reader() {
        let read = |line: &str| -> Option<Vec<String>> {
            let split = split_fields(line.as_bytes(), b',')?;
            let mut start = 0;
            let mut fields = Vec::new();
            for k in 0..split.count {
                let field = &line[start..split.ends[k]];
                fields.push(if split.quoted[k] {
                    unquoted(field).into_owned()
                } else {
                    trimmed(field).to_string()
                });
                start = split.ends[k] + 1;
            }
            Some(fields)
        };
        let by_csv = |line: &str| -> Vec<String> {
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(line.as_bytes());
            let record = reader.records().next().unwrap().unwrap();
            record.iter().map(|f| f.trim().to_string()).collect()
        };
        for line in [
            "HEGAN,2024,PROF_TURNOVER,3459,actual,,\"estrategia.net, 2025\"",
            "a,\"say \"\"hi\"\"\",c",
            "\"\",\"\"\"\",x",
            "\"é, ü\",b",
        ] {
            assert_eq!(read(line), Some(by_csv(line)), "{line}");
        }
        for line in [
            "a,b\"c,d",
            "a,\"b\"c,d",
            "a, \"b\",c",
            "a,\"open",
            "a,b\r,c",
            "1,2,3,4,5,6,7,8",
        ] {
            assert!(read(line).is_none(), "{line:?}");
        }
    }
}
