//! clusterdash: a terminal dashboard for the indicators of the Basque cluster policy.
//!
//! Module map (layers import downward only):
//!
//! - [`cli`]: the command line: argument parsing and the `check` and `generate` commands.
//! - [`generate`]: the seeded generator of illustrative datasets, including the shipped one.
//! - [`data`]: the data format, loading and validation, the polars values frame and
//!   the aggregation rules. Knows nothing of the terminal.

pub mod cli;
pub mod data;
pub mod generate;
