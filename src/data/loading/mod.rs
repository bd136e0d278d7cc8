//! A whole dataset assembled from the earlier stages, and the reloader that builds it and
//! rebuilds it reading only the files that changed, and the small tables it reads first.

pub mod dataset;
pub mod reloader;
pub mod small_tables;
