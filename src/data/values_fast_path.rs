//! The fast way through a values file: read as a stream, line by line, straight into
//! columns, for files that are plainly valid. At the first thing it cannot vouch for
//! (a quote, text that is not UTF-8, an unknown column, a ragged row, any cell the
//! careful reader would report, a repeated period) it gives up, and the careful reader
//! ([`super::values_loader`]) reads the file again and reports exactly what is wrong.
//! Either way the values are the same; a test compares the two.

use std::io::BufRead;
use std::sync::atomic::{AtomicU64, Ordering};

use super::catalogue::Catalogue;
use super::cells::parse_number;
use super::csv_text::european_number;
use super::period::Period;
use super::registry::Registry;
use super::value_columns::{Code, ValueColumns, code, status_code};
use super::vocabulary::{ValueStatus, Vocabulary};

/// The columns a values file may have, in the order [`Layout`] keeps them.
const NAMES: [&str; 6] = [
    "cluster_id",
    "period",
    "indicator_id",
    "value",
    "status",
    "note",
];

/// Where each known column is in a file's rows.
struct Layout {
    /// For each field of a row, which of [`NAMES`] it holds.
    slot_of_field: Vec<usize>,
    /// How many fields a row has.
    width: usize,
    /// The delimiter.
    delimiter: u8,
}

/// What the rows are checked against.
pub struct FastContext<'a> {
    /// The clusters.
    pub registry: &'a Registry,
    /// The indicators.
    pub catalogue: &'a Catalogue,
    /// The cluster of every row, for a per-cluster file; `None` for the long file, whose
    /// rows name their cluster.
    pub cluster_id: Option<&'a str>,
    /// Bytes read so far, for a progress line; added to as the file is read.
    pub progress: Option<&'a AtomicU64>,
}

/// Reads a values file into sorted columns, or `None` when it is not plainly valid (or
/// cannot be read), leaving the careful reader to say why. `size_hint` (the file's size
/// in bytes) sizes the columns.
pub fn read_values_fast(
    mut input: impl BufRead,
    size_hint: u64,
    context: &FastContext,
) -> Option<ValueColumns> {
    let mut line = Vec::with_capacity(256);
    let mut number = 0u32;
    let mut layout = None;
    let mut columns = ValueColumns::default();
    let mut fixed_cluster = None;
    if let Some(id) = context.cluster_id {
        fixed_cluster = Some(code(context.registry.position(id)?)?);
    }
    let mut last_indicator: (Vec<u8>, Code, usize) = (Vec::new(), 0, usize::MAX);
    let mut last_cluster: (Vec<u8>, Code) = (Vec::new(), 0);
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
            if let Some(progress) = context.progress {
                progress.fetch_add(read_since_report, Ordering::Relaxed);
            }
            read_since_report = 0;
        }
        let mut bytes: &[u8] = &line;
        if number == 1 {
            bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        }
        if bytes.contains(&b'"') || bytes.contains(&0) {
            return None;
        }
        let text = std::str::from_utf8(bytes).ok()?;
        let text = text.strip_suffix('\n').unwrap_or(text);
        let text = text.strip_suffix('\r').unwrap_or(text);
        if text.trim().is_empty() {
            continue;
        }
        let Some(layout) = &layout else {
            // Only a header on the first line: the careful reader decides the delimiter
            // from the first line, blank or not.
            if number != 1 {
                return None;
            }
            layout = Some(read_header(text, context.cluster_id.is_none())?);
            let average_line = (n as u64).max(16) + 4;
            columns = ValueColumns::with_capacity((size_hint / average_line) as usize + 16);
            continue;
        };
        if text.as_bytes().contains(&b'\r') {
            return None;
        }
        let mut fields = [""; 6];
        let mut count = 0;
        for field in text.as_bytes().split(|b| *b == layout.delimiter) {
            // Splitting at an ASCII byte keeps every field valid UTF-8.
            let field = std::str::from_utf8(field).ok()?;
            fields[*layout.slot_of_field.get(count)?] = field.trim();
            count += 1;
        }
        if count != layout.width {
            return None;
        }
        let european = layout.delimiter == b';';
        let cell = |slot: usize| -> Option<std::borrow::Cow<str>> {
            let text = fields[slot];
            Some(match european.then(|| european_number(text)).flatten() {
                Some(number) => number.into(),
                None => text.into(),
            })
        };
        let cluster = match fixed_cluster {
            Some(cluster) => cluster,
            None => {
                let id = cell(0)?;
                if last_cluster.0 != id.as_bytes() {
                    let position = context.registry.position(&id)?;
                    last_cluster.0.clear();
                    last_cluster.0.extend_from_slice(id.as_bytes());
                    last_cluster.1 = code(position)?;
                }
                last_cluster.1
            }
        };
        let period = Period::parse(&cell(1)?)?;
        let indicator_text = cell(2)?;
        if last_indicator.0 != indicator_text.as_bytes() {
            let position = context.catalogue.position(&indicator_text)?;
            last_indicator = (
                indicator_text.as_bytes().to_vec(),
                code(position)?,
                position,
            );
        }
        let indicator = &context.catalogue.indicators[last_indicator.2];
        let value_text = cell(3)?;
        if value_text.is_empty() {
            return None;
        }
        let value = parse_number(&value_text)?;
        if !indicator.accepts(value) {
            return None;
        }
        let status = match cell(4)?.as_ref() {
            "" => ValueStatus::Actual,
            word => ValueStatus::parse_word(word)?,
        };
        let cluster_record = &context.registry.clusters[usize::from(cluster)];
        if !cluster_record.is_active_in(period.year) {
            return None;
        }
        let note = cell(5)?;
        if !note.is_empty() {
            columns
                .notes
                .push((columns.len() as u32, note.into_owned()));
        }
        columns.cluster.push(cluster);
        columns.indicator.push(last_indicator.1);
        columns.period.push(period.pack());
        columns.value.push(value);
        columns.status.push(status_code(status));
        columns.line.push(number);
    }
    if let Some(progress) = context.progress {
        progress.fetch_add(read_since_report, Ordering::Relaxed);
    }
    layout?;
    columns.sort();
    if columns.first_repeat().is_some() {
        return None;
    }
    Some(columns)
}

/// The header's columns, when every one is known, none repeats and the required ones
/// are there.
fn read_header(text: &str, long: bool) -> Option<Layout> {
    let commas = text.matches(',').count();
    let semicolons = text.matches(';').count();
    let delimiter = if semicolons > 0 && commas == 0 {
        b';'
    } else {
        b','
    };
    let mut slot_of_field = Vec::new();
    for name in text.split(delimiter as char) {
        let name = name.trim().to_lowercase();
        let slot = NAMES.iter().position(|n| *n == name)?;
        if slot_of_field.contains(&slot) || (slot == 0 && !long) {
            return None;
        }
        slot_of_field.push(slot);
    }
    let has = |slot: usize| slot_of_field.contains(&slot);
    if !(has(1) && has(2) && has(3)) || (long && !has(0)) {
        return None;
    }
    Some(Layout {
        width: slot_of_field.len(),
        slot_of_field,
        delimiter,
    })
}
