//! Plain lookups built once at load from the polars frames: each cluster's yearly
//! values and its values by period, per indicator. The app reads these; it never
//! touches polars.

use std::collections::{BTreeMap, HashMap};

use polars::prelude::{DataFrame, PolarsResult};

use super::aggregate::yearly_values;
use super::period::{Frequency, Period};
use super::values_frame::columns;

/// A (cluster, indicator) pair.
pub type SeriesKey = (String, String);

/// Each cluster's values per indicator, by year and by period.
#[derive(Debug, Clone, Default)]
pub struct ValueIndex {
    yearly: HashMap<SeriesKey, BTreeMap<i32, f64>>,
    periods: HashMap<SeriesKey, Vec<(Period, f64)>>,
}

impl ValueIndex {
    /// Builds the index from the values frame and its yearly roll-up.
    pub fn build(values: &DataFrame, yearly: &DataFrame) -> PolarsResult<Self> {
        let mut index = ValueIndex::default();
        if yearly.height() > 0 {
            for row in yearly_values(yearly)? {
                index
                    .yearly
                    .entry((row.cluster_id, row.indicator_id))
                    .or_default()
                    .insert(row.year, row.value);
            }
        }
        if values.height() > 0 {
            let clusters = values
                .column(columns::CLUSTER_ID)?
                .cast(&polars::prelude::DataType::String)?;
            let indicators = values
                .column(columns::INDICATOR_ID)?
                .cast(&polars::prelude::DataType::String)?;
            let (clusters, indicators) = (clusters.str()?, indicators.str()?);
            let years = values.column(columns::YEAR)?.i32()?;
            let parts = values.column(columns::PARTS_PER_YEAR)?.u32()?;
            let part = values.column(columns::PART)?.u32()?;
            let value = values.column(columns::VALUE)?.f64()?;
            for i in 0..values.height() {
                let (Some(c), Some(ind), Some(y), Some(n), Some(p), Some(v)) = (
                    clusters.get(i),
                    indicators.get(i),
                    years.get(i),
                    parts.get(i),
                    part.get(i),
                    value.get(i),
                ) else {
                    continue;
                };
                let period = Period::from_parts(y, n, p);
                index
                    .periods
                    .entry((c.to_string(), ind.to_string()))
                    .or_default()
                    .push((period, v));
            }
            for series in index.periods.values_mut() {
                series.sort_by(|a, b| a.0.cmp(&b.0));
            }
        }
        Ok(index)
    }

    /// A cluster's yearly values of an indicator.
    pub fn yearly(&self, cluster_id: &str, indicator_id: &str) -> Option<&BTreeMap<i32, f64>> {
        self.yearly
            .get(&(cluster_id.to_string(), indicator_id.to_string()))
    }

    /// A cluster's value of an indicator in one year.
    pub fn value(&self, cluster_id: &str, indicator_id: &str, year: i32) -> Option<f64> {
        self.yearly(cluster_id, indicator_id)
            .and_then(|years| years.get(&year).copied())
    }

    /// A cluster's values of an indicator by period, in time order.
    pub fn periods(&self, cluster_id: &str, indicator_id: &str) -> &[(Period, f64)] {
        self.periods
            .get(&(cluster_id.to_string(), indicator_id.to_string()))
            .map_or(&[], Vec::as_slice)
    }

    /// The finest frequency an indicator is reported at by any cluster.
    pub fn finest_frequency(&self, indicator_id: &str) -> Option<Frequency> {
        self.periods
            .iter()
            .filter(|((_, ind), _)| ind == indicator_id)
            .flat_map(|(_, series)| series.iter().map(|(p, _)| p.frequency))
            .max()
    }

    /// Every year with a value, across clusters and indicators.
    pub fn years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self
            .yearly
            .values()
            .flat_map(|y| y.keys().copied())
            .collect();
        years.sort_unstable();
        years.dedup();
        years
    }
}
