//! Where each (cluster, indicator) series lies in rows sorted by cluster code,
//! indicator code and year: one offset per pair, so a lookup is an index and a binary
//! search over the series' few years, with no hashing and no text.

use std::ops::Range;

use super::columns::Code;

/// The start of each (cluster, indicator) run in rows sorted by their codes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SeriesSlots {
    /// How many indicator codes there are (the stride of a cluster).
    indicators: usize,
    /// The first row of each slot (`cluster * indicators + indicator`), then the end.
    starts: Vec<u32>,
}

impl SeriesSlots {
    /// The slots of rows whose (cluster, indicator) codes are `keys`, in sorted order;
    /// codes must be below `clusters` and `indicators`.
    pub fn of_sorted(
        clusters: usize,
        indicators: usize,
        keys: impl Iterator<Item = (Code, Code)>,
    ) -> Self {
        let mut starts = vec![0u32; clusters * indicators + 1];
        for (cluster, indicator) in keys {
            starts[usize::from(cluster) * indicators + usize::from(indicator) + 1] += 1;
        }
        for k in 1..starts.len() {
            starts[k] += starts[k - 1];
        }
        SeriesSlots { indicators, starts }
    }

    /// The rows of one series; empty for codes outside the table.
    pub fn range(&self, cluster: Code, indicator: Code) -> Range<usize> {
        let (cluster, indicator) = (usize::from(cluster), usize::from(indicator));
        if indicator >= self.indicators {
            return 0..0;
        }
        let slot = cluster * self.indicators + indicator;
        match (self.starts.get(slot), self.starts.get(slot + 1)) {
            (Some(&start), Some(&end)) => start as usize..end as usize,
            _ => 0..0,
        }
    }

    /// Every (cluster, indicator) with at least one row, by cluster, then indicator.
    pub fn keys(&self) -> impl Iterator<Item = (Code, Code)> + '_ {
        let indicators = self.indicators.max(1);
        self.starts
            .windows(2)
            .enumerate()
            .filter(|(_, w)| w[0] < w[1])
            .filter_map(move |(slot, _)| {
                Some((
                    Code::try_from(slot / indicators).ok()?,
                    Code::try_from(slot % indicators).ok()?,
                ))
            })
    }

    /// The row of `year` in one series, given every row's year.
    pub fn find(&self, years: &[i32], cluster: Code, indicator: Code, year: i32) -> Option<usize> {
        let range = self.range(cluster, indicator);
        let start = range.start;
        years
            .get(range)?
            .binary_search(&year)
            .ok()
            .map(|at| start + at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_series_is_found_by_its_codes_and_year() {
        // (cluster, indicator, year): two clusters, three indicators, one empty series.
        let rows = [(0, 0, 2020), (0, 0, 2021), (0, 2, 2021), (1, 1, 2019)];
        let slots = SeriesSlots::of_sorted(2, 3, rows.iter().map(|&(c, i, _)| (c, i)));
        let years: Vec<i32> = rows.iter().map(|r| r.2).collect();
        assert_eq!(slots.range(0, 0), 0..2);
        assert_eq!(slots.range(0, 1), 2..2);
        assert_eq!(slots.range(0, 2), 2..3);
        assert_eq!(slots.range(1, 1), 3..4);
        assert_eq!(slots.find(&years, 0, 0, 2021), Some(1));
        assert_eq!(slots.find(&years, 0, 0, 2019), None);
        assert_eq!(slots.find(&years, 1, 1, 2019), Some(3));
        assert_eq!(slots.find(&years, 0, 2, 2020), None);
        assert_eq!(slots.range(2, 0), 0..0, "a cluster beyond the table");
        assert_eq!(slots.range(0, 3), 0..0, "an indicator beyond the table");
        assert_eq!(SeriesSlots::default().range(0, 0), 0..0);
        assert_eq!(slots.keys().collect::<Vec<_>>(), [(0, 0), (0, 2), (1, 1)]);
        assert_eq!(SeriesSlots::default().keys().count(), 0);
    }
}
