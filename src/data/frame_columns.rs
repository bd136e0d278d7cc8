//! The names of the polars frames' columns (the yearly cube and its combinations),
//! and how each indicator's cluster roll-up is carried in them.

use super::vocabulary::{ClusterAgg, Vocabulary};

/// Column names of the frames.
pub mod columns {
    /// The cluster, text.
    pub const CLUSTER_ID: &str = "cluster_id";
    /// The indicator, text.
    pub const INDICATOR_ID: &str = "indicator_id";
    /// The cluster's position in the registry, `u32`.
    pub const CLUSTER_CODE: &str = "cluster_code";
    /// The indicator's position in the catalogue, `u32`.
    pub const INDICATOR_CODE: &str = "indicator_code";
    /// The year, `i32`.
    pub const YEAR: &str = "year";
    /// The number of parts of the year: 1, 4 or 12, `u32`.
    pub const PARTS_PER_YEAR: &str = "parts_per_year";
    /// The value, `f64`.
    pub const VALUE: &str = "value";
    /// The indicator's cluster roll-up, as the index of its word in [`super::ClusterAgg::WORDS`], `u32`.
    pub const CLUSTER_AGG: &str = "cluster_agg";
}

/// The code stored in the `cluster_agg` column for a combination rule.
pub fn cluster_agg_code(rule: ClusterAgg) -> u32 {
    let index = ClusterAgg::ALL
        .iter()
        .position(|w| *w == rule)
        .expect("every variant is listed");
    u32::try_from(index).expect("a short word list")
}
