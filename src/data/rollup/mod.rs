//! The roll-up: the aggregation rules, and the yearly cube built once at load from the
//! values (months and quarters into years, clusters combined by group-by).

pub mod aggregate;
pub mod combination;
pub mod yearly_cube;
