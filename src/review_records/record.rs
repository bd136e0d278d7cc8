//! What was on record at the last review: every value by cluster, indicator and
//! period, kept per user (never in the dataset folder) so the next session can show
//! what changed, appeared or disappeared since. Stored as a small CSV.

use crate::data::format::period::Period;
use crate::data::loading::dataset::Dataset;
use crate::data::values::store::ValueStore;

/// The key of a value: cluster, indicator and period (as written in the files).
pub type ValueKey = (String, String, String);

/// The values on record, held compactly (16 bytes a value): ids are kept once each and
/// values are sorted by cluster, indicator and period, so two records are compared in
/// one pass.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReviewRecord {
    /// The cluster and indicator ids, each once, sorted.
    names: Vec<String>,
    /// Every value, sorted by cluster, indicator and period.
    entries: Vec<Entry>,
}

/// One value: its cluster and indicator as positions in the sorted names, its period
/// packed ([`Period::pack`]).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Entry {
    cluster: u32,
    indicator: u32,
    period: u16,
    value: f64,
}

impl Entry {
    fn key(&self) -> (u32, u32, u16) {
        (self.cluster, self.indicator, self.period)
    }
}

/// How one value changed between two records.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueChange {
    /// The cluster.
    pub cluster_id: String,
    /// The indicator.
    pub indicator_id: String,
    /// The period.
    pub period: String,
    /// The value before; `None` when it appeared.
    pub old: Option<f64>,
    /// The value now; `None` when it disappeared.
    pub new: Option<f64>,
}

impl ValueChange {
    /// "changed", "appeared" or "disappeared".
    pub fn kind(&self) -> &'static str {
        match (self.old, self.new) {
            (None, _) => "appeared",
            (_, None) => "disappeared",
            _ => "changed",
        }
    }
}

/// The header of a stored record.
pub(super) const HEADER: [&str; 4] = ["cluster_id", "indicator_id", "period", "value"];

impl ReviewRecord {
    /// The values of a loaded dataset.
    pub fn of(dataset: &Dataset) -> Self {
        Self::of_values(&dataset.values)
    }

    /// The values of a value store.
    pub fn of_values(store: &ValueStore) -> Self {
        let mut builder = RecordBuilder::default();
        for (cluster, indicator) in store.series_keys() {
            for (f, r) in store.series_rows(cluster, indicator) {
                let columns = &store.files()[f].columns;
                builder.push(
                    store.cluster_id(cluster),
                    store.indicator_id(indicator),
                    columns.period[r],
                    columns.value[r],
                );
            }
        }
        builder.finish()
    }

    /// How many values are on record.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether nothing is on record.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The value on record for a cluster, indicator and period.
    pub fn get(&self, cluster_id: &str, indicator_id: &str, period: &str) -> Option<f64> {
        let name = |id: &str| self.names.binary_search_by(|n| n.as_str().cmp(id)).ok();
        let key = (
            name(cluster_id)? as u32,
            name(indicator_id)? as u32,
            Period::parse(period)?.pack(),
        );
        self.entries
            .binary_search_by(|e| e.key().cmp(&key))
            .ok()
            .map(|i| self.entries[i].value)
    }

    /// Writes the record as CSV.
    pub fn write_csv(&self, out: impl std::io::Write) -> csv::Result<()> {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(out);
        writer.write_record(HEADER)?;
        for entry in &self.entries {
            writer.write_record([
                self.names[entry.cluster as usize].as_str(),
                self.names[entry.indicator as usize].as_str(),
                &Period::unpack(entry.period).to_string(),
                &entry.value.to_string(),
            ])?;
        }
        writer.flush()?;
        Ok(())
    }

    /// The record as CSV text.
    pub fn to_csv(&self) -> String {
        let mut text = Vec::new();
        let _ = self.write_csv(&mut text);
        String::from_utf8(text).unwrap_or_default()
    }

    /// Reads a record written by [`ReviewRecord::write_csv`]; says what is wrong otherwise.
    pub fn from_csv(text: &str) -> Result<Self, String> {
        Self::from_reader(text.as_bytes())
    }

    /// Reads a record as a stream, like [`ReviewRecord::from_csv`].
    pub fn from_reader(input: impl std::io::Read) -> Result<Self, String> {
        let mut lines = RecordLines::open(input)?;
        let mut builder = RecordBuilder::default();
        while let Some((period, value)) = lines.next()? {
            builder.push(lines.cluster(), lines.indicator(), period, value);
        }
        Ok(builder.finish())
    }

    /// What changed from `before` to this record, ordered by cluster, indicator and
    /// period: one pass over both sorted records.
    pub fn changes_since(&self, before: &ReviewRecord) -> Vec<ValueChange> {
        fn key<'a>(record: &'a ReviewRecord, e: &Entry) -> (&'a str, &'a str, u16) {
            (
                record.names[e.cluster as usize].as_str(),
                record.names[e.indicator as usize].as_str(),
                e.period,
            )
        }
        let change = |(cluster, indicator, period): (&str, &str, u16), old, new| ValueChange {
            cluster_id: cluster.to_string(),
            indicator_id: indicator.to_string(),
            period: Period::unpack(period).to_string(),
            old,
            new,
        };
        let (mut a, mut b) = (
            before.entries.iter().peekable(),
            self.entries.iter().peekable(),
        );
        let mut changes = Vec::new();
        loop {
            match (a.peek(), b.peek()) {
                (None, None) => break,
                (Some(old), None) => {
                    changes.push(change(key(before, old), Some(old.value), None));
                    a.next();
                }
                (None, Some(new)) => {
                    changes.push(change(key(self, new), None, Some(new.value)));
                    b.next();
                }
                (Some(old), Some(new)) => {
                    let (old_key, new_key) = (key(before, old), key(self, new));
                    match old_key.cmp(&new_key) {
                        std::cmp::Ordering::Less => {
                            changes.push(change(old_key, Some(old.value), None));
                            a.next();
                        }
                        std::cmp::Ordering::Greater => {
                            changes.push(change(new_key, None, Some(new.value)));
                            b.next();
                        }
                        std::cmp::Ordering::Equal => {
                            if old.value != new.value {
                                changes.push(change(new_key, Some(old.value), Some(new.value)));
                            }
                            a.next();
                            b.next();
                        }
                    }
                }
            }
        }
        changes
    }
}

/// The lines of a stored record, read one at a time after its header is checked.
pub(super) struct RecordLines<R: std::io::Read> {
    reader: csv::Reader<R>,
    record: csv::StringRecord,
    line: u64,
}

impl<R: std::io::Read> RecordLines<R> {
    /// Opens a record, refusing one whose header is not a record's.
    pub(super) fn open(input: R) -> Result<Self, String> {
        let mut reader = csv::ReaderBuilder::new().from_reader(input);
        let header = reader.headers().map_err(|e| e.to_string())?;
        if header.iter().collect::<Vec<_>>() != HEADER {
            return Err(format!(
                "expected a review record with columns {}",
                HEADER.join(", ")
            ));
        }
        Ok(RecordLines {
            reader,
            record: csv::StringRecord::new(),
            line: 1,
        })
    }

    /// The next line's packed period and value (its ids are [`RecordLines::cluster`] and
    /// [`RecordLines::indicator`]); `None` at the end; what is wrong, with the line.
    pub(super) fn next(&mut self) -> Result<Option<(u16, f64)>, String> {
        let more = self
            .reader
            .read_record(&mut self.record)
            .map_err(|e| format!("line {}: {e}", self.line + 1))?;
        if !more {
            return Ok(None);
        }
        self.line += 1;
        let line = self.line;
        let (Some(_), Some(_), Some(period), Some(value)) = (
            self.record.get(0),
            self.record.get(1),
            self.record.get(2),
            self.record.get(3),
        ) else {
            return Err(format!("line {line}: expected 4 fields"));
        };
        let Some(period) = Period::parse(period) else {
            return Err(format!(
                "line {line}: expected a period, found \"{period}\""
            ));
        };
        let value = value
            .parse::<f64>()
            .map_err(|_| format!("line {line}: expected a number, found \"{value}\""))?;
        Ok(Some((period.pack(), value)))
    }

    /// The cluster of the line last read.
    pub(super) fn cluster(&self) -> &str {
        &self.record[0]
    }

    /// The indicator of the line last read.
    pub(super) fn indicator(&self) -> &str {
        &self.record[1]
    }
}

/// Gathers values in any order, then sorts them into a record.
#[derive(Default)]
struct RecordBuilder {
    names: Vec<String>,
    positions: rustc_hash::FxHashMap<String, u32>,
    entries: Vec<Entry>,
}

impl RecordBuilder {
    fn name(&mut self, id: &str) -> u32 {
        if let Some(&position) = self.positions.get(id) {
            return position;
        }
        let position = self.names.len() as u32;
        self.names.push(id.to_string());
        self.positions.insert(id.to_string(), position);
        position
    }

    fn push(&mut self, cluster: &str, indicator: &str, period: u16, value: f64) {
        let (cluster, indicator) = (self.name(cluster), self.name(indicator));
        self.entries.push(Entry {
            cluster,
            indicator,
            period,
            value,
        });
    }

    /// Renumbers the names in sorted order and sorts the values; a repeated value keeps
    /// the last one given.
    fn finish(self) -> ReviewRecord {
        let mut order: Vec<u32> = (0..self.names.len() as u32).collect();
        order.sort_by(|&a, &b| self.names[a as usize].cmp(&self.names[b as usize]));
        let mut rank = vec![0u32; self.names.len()];
        for (r, &old) in order.iter().enumerate() {
            rank[old as usize] = r as u32;
        }
        let mut entries: Vec<Entry> = self
            .entries
            .into_iter()
            .map(|e| Entry {
                cluster: rank[e.cluster as usize],
                indicator: rank[e.indicator as usize],
                ..e
            })
            .collect();
        entries.sort_by_key(Entry::key);
        entries.dedup_by(|later, earlier| {
            let same = later.key() == earlier.key();
            if same {
                earlier.value = later.value;
            }
            same
        });
        let mut names = self.names;
        let sorted: Vec<String> = order
            .iter()
            .map(|&i| std::mem::take(&mut names[i as usize]))
            .collect();
        ReviewRecord {
            names: sorted,
            entries,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(entries: &[(&str, &str, &str, f64)]) -> ReviewRecord {
        let mut builder = RecordBuilder::default();
        for (c, i, p, v) in entries {
            builder.push(c, i, Period::parse(p).unwrap().pack(), *v);
        }
        builder.finish()
    }

    #[test]
    fn changes_list_what_changed_appeared_and_disappeared() {
        let before = record(&[
            ("A", "X", "2024", 1.0),
            ("A", "Y", "2024", 2.0),
            ("B", "X", "2024-Q1", 3.0),
        ]);
        let after = record(&[
            ("A", "X", "2024", 1.0),
            ("A", "Y", "2024", 2.5),
            ("C", "X", "2025", 4.0),
        ]);
        let changes = after.changes_since(&before);
        let summary: Vec<(&str, &str, Option<f64>, Option<f64>)> = changes
            .iter()
            .map(|c| (c.cluster_id.as_str(), c.kind(), c.old, c.new))
            .collect();
        assert_eq!(
            summary,
            vec![
                ("A", "changed", Some(2.0), Some(2.5)),
                ("B", "disappeared", Some(3.0), None),
                ("C", "appeared", None, Some(4.0))
            ]
        );
    }

    #[test]
    fn records_round_trip_through_csv_and_bad_ones_are_refused() {
        let original = record(&[
            ("A", "X", "2024", 1.5),
            ("B", "Y, with comma", "2024-07", -3.0),
        ]);
        assert_eq!(
            ReviewRecord::from_csv(&original.to_csv()).unwrap(),
            original
        );
        assert!(
            ReviewRecord::from_csv("a,b\n1,2\n")
                .unwrap_err()
                .starts_with("expected a review record")
        );
        assert_eq!(
            ReviewRecord::from_csv("cluster_id,indicator_id,period,value\nA,X,2024,lots\n")
                .unwrap_err(),
            "line 2: expected a number, found \"lots\""
        );
    }
}
