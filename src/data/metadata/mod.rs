//! The tables that say what exists: the cluster registry (`clusters.csv`) and the
//! indicator catalogue (`indicators.csv`), which every later file is checked against.

pub mod catalogue;
pub mod registry;
