//! Review records: what was on record at the last review, kept per user, and the changes
//! since, read and written as small CSV files. Built on the data layer, which knows
//! nothing of them.

pub mod record;
pub mod stream;
