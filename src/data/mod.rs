//! The data layer: the indicator format, loading and validation, and aggregation.
//! It knows nothing of terminals; the app and UI layers build on it.

pub mod aggregate;
pub mod catalogue;
pub mod cells;
pub mod csv_records;
pub mod csv_table;
pub mod csv_text;
pub mod dataset;
pub mod dataset_reloader;
pub mod ids;
pub mod long_csv;
pub mod network_share;
pub mod number_format;
pub mod parallel;
pub mod period;
pub mod problem;
pub mod registry;
pub mod reporting;
pub mod regular_file;
pub mod review_record;
pub mod review_stream;
pub mod selection;
pub mod series_slots;
pub mod source;
pub mod targets;
pub mod value_columns;
pub mod value_firmness;
pub mod value_layout;
pub mod value_records;
pub mod value_sources;
pub mod value_store;
pub mod values_fast_path;
pub mod values_loader;
pub mod vocabulary;
pub mod yearly_cube;
