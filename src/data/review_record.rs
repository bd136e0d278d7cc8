//! What was on record at the last review: every value by cluster, indicator and
//! period, kept per user (never in the dataset folder) so the next session can show
//! what changed, appeared or disappeared since. Stored as a small CSV.

use super::dataset::Dataset;
use super::period::Period;
use super::value_store::ValueStore;

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
const HEADER: [&str; 4] = ["cluster_id", "indicator_id", "period", "value"];

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
        let mut reader = csv::ReaderBuilder::new().from_reader(input);
        let header = reader.headers().map_err(|e| e.to_string())?;
        if header.iter().collect::<Vec<_>>() != HEADER {
            return Err(format!(
                "expected a review record with columns {}",
                HEADER.join(", ")
            ));
        }
        let mut builder = RecordBuilder::default();
        let mut record = csv::StringRecord::new();
        let mut line = 1;
        while reader
            .read_record(&mut record)
            .map_err(|e| format!("line {}: {e}", line + 1))?
        {
            line += 1;
            let (Some(cluster), Some(indicator), Some(period), Some(value)) =
                (record.get(0), record.get(1), record.get(2), record.get(3))
            else {
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
            builder.push(cluster, indicator, period.pack(), value);
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

/// Every stored value as (cluster, indicator, packed period, value), in the order of a
/// record: by cluster id, indicator id and period.
fn sorted_values(store: &ValueStore) -> impl Iterator<Item = (&str, &str, u16, f64)> {
    let mut series: Vec<(&str, &str, u16, u16)> = store
        .series_keys()
        .map(|(c, i)| (store.cluster_id(c), store.indicator_id(i), c, i))
        .collect();
    series.sort_unstable();
    series
        .into_iter()
        .flat_map(move |(cluster, indicator, c, i)| {
            store.series_rows(c, i).into_iter().map(move |(f, r)| {
                let columns = &store.files()[f].columns;
                (cluster, indicator, columns.period[r], columns.value[r])
            })
        })
}

/// Writes the record of the stored values as CSV, straight from the store (the same
/// text as [`ReviewRecord::write_csv`], without holding a record).
pub fn write_record_of(store: &ValueStore, out: impl std::io::Write) -> csv::Result<()> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out);
    writer.write_record(HEADER)?;
    for (cluster, indicator, period, value) in sorted_values(store) {
        writer.write_record([
            cluster,
            indicator,
            &Period::unpack(period).to_string(),
            &value.to_string(),
        ])?;
    }
    writer.flush()?;
    Ok(())
}

/// The changes from a record read as a stream to the stored values, in one pass over
/// both and holding neither; `Ok(None)` when the record is not in the order records are
/// written in (then read it whole with [`ReviewRecord::from_reader`]).
pub fn changes_since_sorted(
    store: &ValueStore,
    input: impl std::io::Read,
) -> Result<Option<Vec<ValueChange>>, String> {
    let mut reader = csv::ReaderBuilder::new().from_reader(input);
    let header = reader.headers().map_err(|e| e.to_string())?;
    if header.iter().collect::<Vec<_>>() != HEADER {
        return Err(format!(
            "expected a review record with columns {}",
            HEADER.join(", ")
        ));
    }
    let mut record = csv::StringRecord::new();
    let mut line = 1;
    let mut read_next = |record: &mut csv::StringRecord| -> Result<Option<(u16, f64)>, String> {
        if !reader
            .read_record(record)
            .map_err(|e| format!("line {}: {e}", line + 1))?
        {
            return Ok(None);
        }
        line += 1;
        let (Some(_), Some(_), Some(period), Some(value)) =
            (record.get(0), record.get(1), record.get(2), record.get(3))
        else {
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
    };
    let change = |cluster: &str, indicator: &str, period: u16, old, new| ValueChange {
        cluster_id: cluster.to_string(),
        indicator_id: indicator.to_string(),
        period: Period::unpack(period).to_string(),
        old,
        new,
    };
    // A value held twice (a stale long file beside a per-cluster file) is for the
    // record's own rules: read it whole.
    let mut previous_now = None;
    for (cluster, indicator, period, _) in sorted_values(store) {
        if previous_now == Some((cluster, indicator, period)) {
            return Ok(None);
        }
        previous_now = Some((cluster, indicator, period));
    }
    let mut changes = Vec::new();
    let mut now = sorted_values(store).peekable();
    let mut old = read_next(&mut record)?;
    let mut previous: Option<(String, String, u16)> = None;
    let mut fresh = true;
    loop {
        if let (true, Some((period, _))) = (std::mem::take(&mut fresh), old) {
            let key = (&record[0], &record[1], period);
            if let Some(p) = &previous
                && (p.0.as_str(), p.1.as_str(), p.2) >= key
            {
                return Ok(None);
            }
            match &mut previous {
                Some(p) => {
                    p.0.clear();
                    p.0.push_str(key.0);
                    p.1.clear();
                    p.1.push_str(key.1);
                    p.2 = period;
                }
                None => previous = Some((key.0.to_string(), key.1.to_string(), period)),
            }
        }
        match (old, now.peek().copied()) {
            (None, None) => break,
            (Some((period, value)), None) => {
                changes.push(change(&record[0], &record[1], period, Some(value), None));
                old = read_next(&mut record)?;
                fresh = true;
            }
            (None, Some((cluster, indicator, period, value))) => {
                changes.push(change(cluster, indicator, period, None, Some(value)));
                now.next();
            }
            (Some((old_period, old_value)), Some((cluster, indicator, period, value))) => {
                match (&record[0], &record[1], old_period).cmp(&(cluster, indicator, period)) {
                    std::cmp::Ordering::Less => {
                        changes.push(change(
                            &record[0],
                            &record[1],
                            old_period,
                            Some(old_value),
                            None,
                        ));
                        old = read_next(&mut record)?;
                        fresh = true;
                    }
                    std::cmp::Ordering::Greater => {
                        changes.push(change(cluster, indicator, period, None, Some(value)));
                        now.next();
                    }
                    std::cmp::Ordering::Equal => {
                        if old_value != value {
                            changes.push(change(
                                cluster,
                                indicator,
                                period,
                                Some(old_value),
                                Some(value),
                            ));
                        }
                        old = read_next(&mut record)?;
                        fresh = true;
                        now.next();
                    }
                }
            }
        }
    }
    Ok(Some(changes))
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
    fn the_streaming_comparison_and_writer_match_the_record() {
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters");
        let dataset =
            crate::data::dataset::load_dataset(&crate::data::source::DatasetSource::Folder(root));
        let now = ReviewRecord::of(&dataset);
        let mut written = Vec::new();
        write_record_of(&dataset.values, &mut written).unwrap();
        assert_eq!(String::from_utf8(written).unwrap(), now.to_csv());
        // An earlier record: one value changed, one gone, one that is no more.
        let members = now.get("HEGAN", "PROF_MEMBERS", "2024").unwrap();
        let text = now.to_csv().replace(
            &format!("HEGAN,PROF_MEMBERS,2024,{members}\n"),
            &format!(
                "HEGAN,PROF_MEMBERS,2010,1\nHEGAN,PROF_MEMBERS,2024,{}\n",
                members - 5.0
            ),
        );
        let before = ReviewRecord::from_csv(&text).unwrap();
        let expected = now.changes_since(&before);
        assert_eq!(expected.len(), 2);
        let sorted = before.to_csv();
        let streamed = changes_since_sorted(&dataset.values, sorted.as_bytes()).unwrap();
        assert_eq!(streamed, Some(expected));
        // Out of order (2010 written after 2023): the caller must read the record whole.
        assert_eq!(
            changes_since_sorted(&dataset.values, text.as_bytes()).unwrap(),
            None
        );
        assert_eq!(
            changes_since_sorted(&dataset.values, "a,b\n".as_bytes()).unwrap_err(),
            "expected a review record with columns cluster_id, indicator_id, period, value"
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
