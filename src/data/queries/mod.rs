//! What the views, the report and exports ask of a loaded dataset: combined selections,
//! who has reported, how firm a figure is, where it was published, and value records
//! (written in the long format for exports).

pub mod long_csv;
pub mod reporting;
pub mod selection;
pub mod value_firmness;
pub mod value_records;
pub mod value_sources;
