//! Plain lookups built once at load from the yearly roll-up: each cluster's yearly
//! values per indicator. The app reads these; it never touches polars.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use super::aggregate::YearlyCell;
use super::value_store::ValueStore;

/// Each cluster's values per indicator, by year (looked up without copying the ids).
#[derive(Debug, Clone, Default)]
pub struct ValueIndex {
    yearly: HashMap<String, HashMap<String, BTreeMap<i32, f64>>>,
}

impl ValueIndex {
    /// Builds the index from the yearly roll-up.
    pub fn build(cells: &[YearlyCell], store: &ValueStore) -> Self {
        let mut index = ValueIndex::default();
        for cell in cells {
            let indicators = match index.yearly.get_mut(store.cluster_id(cell.cluster)) {
                Some(indicators) => indicators,
                None => index
                    .yearly
                    .entry(store.cluster_id(cell.cluster).to_string())
                    .or_default(),
            };
            let years = match indicators.get_mut(store.indicator_id(cell.indicator)) {
                Some(years) => years,
                None => indicators
                    .entry(store.indicator_id(cell.indicator).to_string())
                    .or_default(),
            };
            years.insert(cell.year, cell.value);
        }
        index
    }

    /// A cluster's yearly values of an indicator.
    pub fn yearly(&self, cluster_id: &str, indicator_id: &str) -> Option<&BTreeMap<i32, f64>> {
        self.yearly.get(cluster_id)?.get(indicator_id)
    }

    /// A cluster's value of an indicator in one year.
    pub fn value(&self, cluster_id: &str, indicator_id: &str, year: i32) -> Option<f64> {
        self.yearly(cluster_id, indicator_id)
            .and_then(|years| years.get(&year).copied())
    }

    /// Every year with a value, across clusters and indicators.
    pub fn years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self
            .yearly
            .values()
            .flat_map(|indicators| indicators.values())
            .flat_map(|y| y.keys().copied())
            .collect();
        years.sort_unstable();
        years.dedup();
        years
    }
}
