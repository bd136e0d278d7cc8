//! A whole dataset assembled from the earlier stages, and the reloader that builds it and
//! rebuilds it reading only the files that changed.

pub mod dataset;
pub mod reloader;
