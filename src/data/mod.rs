//! The data layer: the indicator format, loading and validation, and aggregation, in one
//! folder per pipeline stage, each importing only the stages before it: [`format`] →
//! [`csv`] → [`metadata`] → [`values`] → [`rollup`] → [`loading`] → [`queries`]
//! (`tests/module_graph.rs` checks the order). It knows nothing of terminals; the app and
//! UI layers build on it.
//!
//! [`format`]: mod@format

pub mod csv;
pub mod format;
pub mod loading;
pub mod metadata;
pub mod queries;
pub mod rollup;
pub mod values;
