//! The layout of values files: the columns of a per-cluster file and of the long
//! `values.csv`, and where the long file lies.

use crate::data::csv::table::{ColumnSpec, optional, required, required_number};

/// The columns of a per-cluster values file.
pub const VALUE_COLUMNS: &[ColumnSpec] = &[
    required("period"),
    required("indicator_id"),
    required_number("value"),
    optional("status"),
    optional("note"),
    optional("source"),
];

/// The columns of the long `values.csv`: a leading `cluster_id`, then the same.
pub const LONG_VALUE_COLUMNS: &[ColumnSpec] = &[
    required("cluster_id"),
    required("period"),
    required("indicator_id"),
    required_number("value"),
    optional("status"),
    optional("note"),
    optional("source"),
];

/// The long values file at the dataset's root.
pub const LONG_VALUES_FILE: &str = "values.csv";
/// The long values file at the dataset's root as Parquet, read where there is no
/// `values.csv`.
pub const LONG_VALUES_PARQUET: &str = "values.parquet";
