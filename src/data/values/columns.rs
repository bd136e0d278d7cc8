//! The values of one file held column by column, in about 19 bytes a value: the
//! cluster and indicator as their positions in the registry and the catalogue, the
//! period packed in two bytes, the value, its status and its line; the few notes
//! apart. Sorted by cluster, indicator and period, so each series is one run of rows.

use rustc_hash::FxHashMap as HashMap;

use crate::data::format::period::Period;
use crate::data::format::vocabulary::{ValueStatus, Vocabulary};
use crate::data::metadata::catalogue::Catalogue;
use crate::data::metadata::registry::Registry;

/// One validated value.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueRow {
    /// The cluster it belongs to.
    pub cluster_id: String,
    /// The indicator it measures.
    pub indicator_id: String,
    /// The period it covers.
    pub period: Period,
    /// The value, within the indicator's range.
    pub value: f64,
    /// How firm it is (`actual` when the file says nothing).
    pub status: ValueStatus,
    /// A free-text note, possibly empty.
    pub note: String,
    /// Where the figure was published (a URL, or a publication and date), possibly empty.
    pub source: String,
    /// The line it came from.
    pub line: u64,
}

/// A position in the registry or the catalogue.
pub type Code = u16;

/// Values column by column.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ValueColumns {
    /// The cluster of each value, as its position in the registry.
    pub cluster: Vec<Code>,
    /// The indicator, as its position in the catalogue.
    pub indicator: Vec<Code>,
    /// The period, packed ([`Period::pack`]).
    pub period: Vec<u16>,
    /// The value.
    pub value: Vec<f64>,
    /// The status, as its position in [`ValueStatus::ALL`].
    pub status: Vec<u8>,
    /// The line of the file it came from.
    pub line: Vec<u32>,
    /// The notes of the rows that have one, by row, in row order.
    pub notes: Vec<(u32, String)>,
    /// The sources of the rows that have one, by row, in row order.
    pub sources: Vec<(u32, String)>,
}

/// Two rows that may not stand together: the second repeats the first's period, or
/// mixes frequencies within its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Repeat {
    /// The row met first in the file.
    pub first: usize,
    /// The other row.
    pub second: usize,
}

impl ValueColumns {
    /// Room for about `rows` values.
    pub fn with_capacity(rows: usize) -> Self {
        ValueColumns {
            cluster: Vec::with_capacity(rows),
            indicator: Vec::with_capacity(rows),
            period: Vec::with_capacity(rows),
            value: Vec::with_capacity(rows),
            status: Vec::with_capacity(rows),
            line: Vec::with_capacity(rows),
            notes: Vec::new(),
            sources: Vec::new(),
        }
    }

    /// Adds one value at the end (its note and source kept only when not empty).
    pub fn push(
        &mut self,
        (cluster, indicator): (Code, Code),
        period: Period,
        value: f64,
        status: ValueStatus,
        line: u32,
        (note, source): (&str, &str),
    ) {
        let row = self.len() as u32;
        if !note.is_empty() {
            self.notes.push((row, note.to_string()));
        }
        if !source.is_empty() {
            self.sources.push((row, source.to_string()));
        }
        self.cluster.push(cluster);
        self.indicator.push(indicator);
        self.period.push(period.pack());
        self.value.push(value);
        self.status.push(status_code(status));
        self.line.push(line);
    }

    /// How many values.
    pub fn len(&self) -> usize {
        self.value.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.value.is_empty()
    }

    /// The period of row `i`.
    pub fn period_of(&self, i: usize) -> Period {
        Period::unpack(self.period[i])
    }

    /// The status of row `i`.
    pub fn status_of(&self, i: usize) -> ValueStatus {
        ValueStatus::ALL[usize::from(self.status[i]).min(ValueStatus::ALL.len() - 1)]
    }

    /// The note of row `i`, empty when it has none.
    pub fn note_of(&self, i: usize) -> &str {
        sparse_text(&self.notes, i)
    }

    /// The source of row `i`, empty when it has none.
    pub fn source_of(&self, i: usize) -> &str {
        sparse_text(&self.sources, i)
    }

    /// The columns of validated rows; rows whose cluster or indicator is not in the
    /// registry or catalogue (the loader never gives such rows) are left out.
    pub fn from_rows(rows: &[ValueRow], registry: &Registry, catalogue: &Catalogue) -> Self {
        let mut columns = ValueColumns::with_capacity(rows.len());
        for row in rows {
            let (Some(cluster), Some(indicator)) = (
                registry.position(&row.cluster_id).and_then(code),
                catalogue.position(&row.indicator_id).and_then(code),
            ) else {
                continue;
            };
            columns.push(
                (cluster, indicator),
                row.period,
                row.value,
                row.status,
                u32::try_from(row.line).unwrap_or(u32::MAX),
                (&row.note, &row.source),
            );
        }
        columns
    }

    /// The sort key of row `i`: cluster, indicator, period.
    fn key(&self, i: usize) -> u64 {
        (u64::from(self.cluster[i]) << 32)
            | (u64::from(self.indicator[i]) << 16)
            | u64::from(self.period[i])
    }

    /// Sorts the rows by cluster, indicator and period. Rows already in order are left
    /// as they are.
    pub fn sort(&mut self) {
        if (1..self.len()).all(|i| self.key(i - 1) <= self.key(i)) {
            return;
        }
        let mut order = self.series_order();
        if !order
            .windows(2)
            .all(|w| self.key(w[0] as usize) <= self.key(w[1] as usize))
        {
            // Keys are unique in valid data, and repeats are reported either way, so the
            // order among equal keys does not matter.
            order.sort_unstable_by_key(|&i| self.key(i as usize));
        }
        self.cluster = picked(&self.cluster, &order);
        self.indicator = picked(&self.indicator, &order);
        self.period = picked(&self.period, &order);
        self.value = picked(&self.value, &order);
        self.status = picked(&self.status, &order);
        self.line = picked(&self.line, &order);
        if !self.notes.is_empty() || !self.sources.is_empty() {
            let mut position = vec![0u32; self.len()];
            for (new, &old) in order.iter().enumerate() {
                position[old as usize] = new as u32;
            }
            for texts in [&mut self.notes, &mut self.sources] {
                for (row, _) in texts.iter_mut() {
                    *row = position[*row as usize];
                }
                texts.sort_by_key(|(row, _)| *row);
            }
        }
    }

    /// The rows grouped by series (cluster, then indicator), keeping their order within
    /// each: a counting sort, in three passes. Files usually list each series in time
    /// order, so this alone sorts them.
    fn series_order(&self) -> Vec<u32> {
        let clusters = self.cluster.iter().max().map_or(0, |&c| usize::from(c) + 1);
        let indicators = self
            .indicator
            .iter()
            .max()
            .map_or(0, |&i| usize::from(i) + 1);
        let slot =
            |i: usize| usize::from(self.cluster[i]) * indicators + usize::from(self.indicator[i]);
        let mut starts = vec![0u32; clusters * indicators + 1];
        for i in 0..self.len() {
            starts[slot(i) + 1] += 1;
        }
        for k in 1..starts.len() {
            starts[k] += starts[k - 1];
        }
        let mut order = vec![0u32; self.len()];
        for i in 0..self.len() {
            let at = &mut starts[slot(i)];
            order[*at as usize] = i as u32;
            *at += 1;
        }
        order
    }

    /// In sorted columns, the first two rows of a series that repeat a period or mix
    /// frequencies within a year.
    pub fn first_repeat(&self) -> Option<Repeat> {
        (1..self.len()).find_map(|i| {
            let same_series = self.cluster[i] == self.cluster[i - 1]
                && self.indicator[i] == self.indicator[i - 1];
            let (a, b) = (self.period[i - 1], self.period[i]);
            let clash = same_series
                && (a == b
                    || (Period::packed_year(a) == Period::packed_year(b) && a >> 4 != b >> 4));
            clash.then(|| {
                let (first, second) = if self.line[i - 1] <= self.line[i] {
                    (i - 1, i)
                } else {
                    (i, i - 1)
                };
                Repeat { first, second }
            })
        })
    }
}

impl ValueColumns {
    /// Whether a series lying in several parts (each sorted on its own) repeats a
    /// period or mixes frequencies within a year across them.
    pub fn repeat_across_parts(parts: &[ValueColumns]) -> bool {
        let mut runs: HashMap<(Code, Code), Vec<PartRun>> = HashMap::default();
        for (p, part) in parts.iter().enumerate() {
            let mut start = 0;
            for i in 1..=part.len() {
                if i == part.len()
                    || part.cluster[i] != part.cluster[start]
                    || part.indicator[i] != part.indicator[start]
                {
                    runs.entry((part.cluster[start], part.indicator[start]))
                        .or_default()
                        .push((p, start, i));
                    start = i;
                }
            }
        }
        runs.values().filter(|r| r.len() > 1).any(|runs| {
            let mut periods: Vec<u16> = runs
                .iter()
                .flat_map(|&(p, a, b)| parts[p].period[a..b].iter().copied())
                .collect();
            periods.sort_unstable();
            periods.windows(2).any(|w| {
                w[0] == w[1]
                    || (Period::packed_year(w[0]) == Period::packed_year(w[1])
                        && w[0] >> 4 != w[1] >> 4)
            })
        })
    }
}

/// Where one series lies within one part: the part, and the rows from start to end.
type PartRun = (usize, usize, usize);

/// A column's values in the given order of rows.
fn picked<T: Copy>(column: &[T], order: &[u32]) -> Vec<T> {
    order.iter().map(|&i| column[i as usize]).collect()
}

/// A registry or catalogue position as a [`Code`], if it fits.
pub fn code(position: usize) -> Option<Code> {
    Code::try_from(position).ok()
}

/// The text of row `i` in a list of (row, text) sorted by row; empty when it has none.
fn sparse_text(texts: &[(u32, String)], i: usize) -> &str {
    let row = i as u32;
    texts
        .binary_search_by_key(&row, |(r, _)| *r)
        .map_or("", |at| texts[at].1.as_str())
}

/// The position of a status in [`ValueStatus::ALL`].
pub fn status_code(status: ValueStatus) -> u8 {
    ValueStatus::ALL
        .iter()
        .position(|s| *s == status)
        .unwrap_or(0) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn columns(rows: &[(Code, Code, Period, f64, u32)]) -> ValueColumns {
        let mut c = ValueColumns::default();
        for (i, &(cluster, indicator, period, value, line)) in rows.iter().enumerate() {
            c.cluster.push(cluster);
            c.indicator.push(indicator);
            c.period.push(period.pack());
            c.value.push(value);
            c.status.push(0);
            c.line.push(line);
            if i == 0 {
                c.notes.push((0, "first".into()));
            }
        }
        c
    }

    #[test]
    fn sorting_orders_series_and_periods_and_moves_the_notes() {
        let mut c = columns(&[
            (1, 0, Period::year(2024), 1.0, 2),
            (0, 1, Period::quarter(2024, 2), 2.0, 3),
            (0, 1, Period::quarter(2024, 1), 3.0, 4),
            (0, 0, Period::year(2023), 4.0, 5),
        ]);
        c.sort();
        assert_eq!(c.value, [4.0, 3.0, 2.0, 1.0]);
        assert_eq!(c.line, [5, 4, 3, 2]);
        assert_eq!(c.note_of(3), "first");
        assert_eq!(c.note_of(0), "");
        assert_eq!(c.first_repeat(), None);
    }

    #[test]
    fn repeats_across_parts_are_found() {
        let a = columns(&[
            (0, 0, Period::year(2023), 1.0, 2),
            (0, 1, Period::year(2023), 2.0, 3),
        ]);
        let b = columns(&[(0, 0, Period::year(2024), 3.0, 4)]);
        assert!(!ValueColumns::repeat_across_parts(&[a.clone(), b]));
        let again = columns(&[(0, 0, Period::year(2023), 9.0, 5)]);
        assert!(ValueColumns::repeat_across_parts(&[a.clone(), again]));
        let mixed = columns(&[(0, 1, Period::quarter(2023, 2), 9.0, 6)]);
        assert!(ValueColumns::repeat_across_parts(&[a, mixed]));
    }

    #[test]
    fn repeats_and_mixed_frequencies_are_found() {
        let mut c = columns(&[
            (0, 0, Period::quarter(2024, 1), 1.0, 2),
            (0, 0, Period::quarter(2024, 1), 2.0, 3),
        ]);
        c.sort();
        assert_eq!(
            c.first_repeat(),
            Some(Repeat {
                first: 0,
                second: 1
            })
        );
        let mut c = columns(&[
            (0, 0, Period::month(2024, 1), 1.0, 2),
            (0, 0, Period::quarter(2024, 1), 2.0, 3),
        ]);
        c.sort();
        assert!(c.first_repeat().is_some());
        let mut c = columns(&[
            (0, 0, Period::month(2024, 1), 1.0, 2),
            (0, 0, Period::quarter(2025, 1), 2.0, 3),
            (1, 0, Period::quarter(2024, 1), 2.0, 4),
        ]);
        c.sort();
        assert_eq!(c.first_repeat(), None);
    }
}
