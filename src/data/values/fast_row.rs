//! The checks the fast readers make on one row, whatever the file it came from (a CSV
//! line, a Parquet row): the ids known, the period and value as the careful reader
//! would read them, the cluster active that year. A row it cannot vouch for gives
//! `None`, and the careful reader ([`super::loader`]) reads the file again.

use super::columns::{Code, ValueColumns, code};
use super::layout::LONG_VALUE_COLUMNS;
use crate::data::format::number_format::{PointCell, read_point_fast};
use crate::data::format::period::Period;
use crate::data::format::vocabulary::{ValueStatus, Vocabulary};
use crate::data::metadata::catalogue::Catalogue;
use crate::data::metadata::registry::Registry;

/// One row's cells, trimmed, in the long file's terms; an absent or empty cell is `""`.
pub struct RowCells<'r> {
    /// The cluster id (not looked at when every row is one cluster's).
    pub cluster: &'r str,
    /// The period, already read.
    pub period: Period,
    /// The indicator id.
    pub indicator: &'r str,
    /// The value.
    pub value: ValueCell<'r>,
    /// The status word.
    pub status: &'r str,
    /// The note.
    pub note: &'r str,
    /// The source.
    pub source: &'r str,
}

/// A value cell as the file holds it.
#[derive(Clone, Copy)]
pub enum ValueCell<'r> {
    /// Written as text (a CSV cell, a string in Parquet).
    Text(&'r str),
    /// Stored as a number (a typed Parquet column): nothing for a decimal mark to change.
    Number(f64),
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
    pub progress: Option<&'a std::sync::atomic::AtomicU64>,
}

/// Checks rows one after another and adds them to columns, remembering the last ids
/// looked up.
pub struct RowChecker<'c> {
    /// What rows are checked against.
    context: &'c FastContext<'c>,
    /// The code of the one cluster of a per-cluster file.
    fixed_cluster: Option<Code>,
    /// The last indicator looked up.
    last_indicator: LastLookup,
    /// The last cluster looked up.
    last_cluster: LastLookup,
}

impl<'c> RowChecker<'c> {
    /// A checker for the rows of one file; `None` when its cluster is unknown.
    pub fn new(context: &'c FastContext<'c>) -> Option<Self> {
        let fixed_cluster = match context.cluster_id {
            Some(id) => Some(code(context.registry.position(id)?)?),
            None => None,
        };
        Some(RowChecker {
            context,
            fixed_cluster,
            last_indicator: LastLookup::default(),
            last_cluster: LastLookup::default(),
        })
    }

    /// Checks one row, at `line`, and adds it to `columns`: what its value says about the
    /// decimal mark, or `None` when the careful reader must read the file.
    #[inline]
    pub fn push(
        &mut self,
        row: &RowCells,
        line: u32,
        columns: &mut ValueColumns,
    ) -> Option<PointCell> {
        let context = self.context;
        let cluster = match self.fixed_cluster {
            Some(cluster) => cluster,
            None => code(self.last_cluster.get(
                row.cluster,
                |at| context.registry.clusters.get(at).map(|c| c.id.as_str()),
                |id| context.registry.position(id),
            )?)?,
        };
        let indicator_position = self.last_indicator.get(
            row.indicator,
            |at| context.catalogue.indicators.get(at).map(|i| i.id.as_str()),
            |id| context.catalogue.position(id),
        )?;
        let indicator_code = code(indicator_position)?;
        let indicator = &context.catalogue.indicators[indicator_position];
        let (value, kind) = match row.value {
            ValueCell::Text("") => return None,
            // An outlook or a label in words (no number, so nothing for the decimal mark).
            ValueCell::Text(text) => match indicator.unit.ordinal_word(text) {
                Some(value) => (value, PointCell::Neutral),
                // Cells with a comma, or not read alike by both marks, are the careful
                // reader's.
                None => read_point_fast(text)?,
            },
            ValueCell::Number(value) if value.is_finite() => (value, PointCell::Neutral),
            ValueCell::Number(_) => return None,
        };
        if !indicator.accepts(value) {
            return None;
        }
        // An ordinal unit's number is one of its values (-1, 0, 1; 0 to 3).
        if indicator.unit.is_ordinal() && !indicator.unit.holds_ordinal(value) {
            return None;
        }
        let status = match row.status {
            "" => ValueStatus::Actual,
            word => ValueStatus::parse_word(word)?,
        };
        let cluster_record = &context.registry.clusters[usize::from(cluster)];
        if !cluster_record.is_active_in(row.period.year) {
            return None;
        }
        columns.push(
            (cluster, indicator_code),
            row.period,
            value,
            status,
            line,
            (row.note, row.source),
        );
        Some(kind)
    }
}

/// For each column named in `names`, which of the long file's columns
/// ([`LONG_VALUE_COLUMNS`]: cluster, period, indicator, value, status, note, source) it
/// is; `None` when one is unknown or repeated, `cluster_id` is in a per-cluster file
/// (not `long`), or a required one is missing.
pub fn column_slots<'n>(names: impl Iterator<Item = &'n str>, long: bool) -> Option<Vec<usize>> {
    let mut slots = Vec::new();
    for name in names {
        let name = name.trim().to_lowercase();
        let slot = LONG_VALUE_COLUMNS.iter().position(|c| c.name == name)?;
        if slots.contains(&slot) || (slot == 0 && !long) {
            return None;
        }
        slots.push(slot);
    }
    let has = |slot: usize| slots.contains(&slot);
    if !(has(1) && has(2) && has(3)) || (long && !has(0)) {
        return None;
    }
    Some(slots)
}

/// The last id looked up and where it was found, to skip the lookup while rows repeat
/// it; nothing until the first lookup succeeds.
#[derive(Default)]
struct LastLookup {
    text: Vec<u8>,
    position: Option<usize>,
}

impl LastLookup {
    /// Where `text` is: the last lookup's position when it is the same text, the next
    /// position when `id_at` says that one is it (files often list ids in order), or
    /// else `lookup`'s answer.
    fn get<'a>(
        &mut self,
        text: &str,
        id_at: impl Fn(usize) -> Option<&'a str>,
        lookup: impl FnOnce(&str) -> Option<usize>,
    ) -> Option<usize> {
        if let Some(last) = self.position
            && self.text != text.as_bytes()
            && id_at(last + 1) == Some(text)
        {
            self.text.clear();
            self.text.extend_from_slice(text.as_bytes());
            self.position = Some(last + 1);
        }
        if self.position.is_none() || self.text != text.as_bytes() {
            self.position = None;
            let position = lookup(text)?;
            self.text.clear();
            self.text.extend_from_slice(text.as_bytes());
            self.position = Some(position);
        }
        self.position
    }
}

/// The field without surrounding whitespace, as `str::trim` gives it; most fields have
/// none, which is seen from their first and last bytes alone.
pub fn trimmed(field: &str) -> &str {
    // Printable ASCII is never whitespace; anything else may be (`\x0B`, U+00A0...).
    let plain = |b: Option<&u8>| b.is_none_or(|b| (0x21..=0x7E).contains(b));
    let bytes = field.as_bytes();
    if plain(bytes.first()) && plain(bytes.last()) {
        field
    } else {
        field.trim()
    }
}

#[cfg(test)]
mod tests {
    use super::{LastLookup, trimmed};

    #[test]
    fn lookups_reuse_the_last_answer_or_guess_the_next_id() {
        let ids = ["A", "B", "C"];
        let id_at = |at: usize| ids.get(at).copied();
        let asked = std::cell::Cell::new(0);
        let lookup = |text: &str| {
            asked.set(asked.get() + 1);
            ids.iter().position(|id| *id == text)
        };
        let mut last = LastLookup::default();
        let found: Vec<Option<usize>> = ["A", "A", "B", "C", "A", "C", "Z", "B"]
            .iter()
            .map(|text| last.get(text, id_at, lookup))
            .collect();
        assert_eq!(
            found,
            [
                Some(0),
                Some(0),
                Some(1),
                Some(2),
                Some(0),
                Some(2),
                None,
                Some(1)
            ]
        );
        // Asked for the first A, the A after C, the C after A, Z and the B after Z.
        assert_eq!(asked.get(), 5);
    }

    #[test]
    fn trimming_matches_str_trim() {
        for field in [
            "",
            "a",
            " a",
            "a ",
            "\ta\t",
            "\u{a0}a",
            "a\u{b}",
            "\u{3000}x\u{2003}",
            " ",
            "é",
            "-1.5",
        ] {
            assert_eq!(trimmed(field), field.trim(), "{field:?}");
        }
    }
}
