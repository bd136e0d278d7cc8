//! The values files (and the targets, held the same way), read fast or with every problem
//! reported, into columns by cluster and indicator code, and the store that indexes them.

pub mod columns;
pub mod fast_path;
pub mod fast_row;
pub mod layout;
pub mod loader;
pub mod parallel;
pub mod parquet_fast;
pub mod parquet_text_pages;
pub mod programme_budget;
pub mod row_checks;
pub mod series_slots;
pub mod store;
pub mod targets;
pub mod values_folder;
pub mod wide;
