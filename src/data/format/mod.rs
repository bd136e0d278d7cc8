//! The format's smallest shapes, which every later stage uses: identifiers, periods, the
//! closed word lists, how a file writes its numbers, and the problems a file can have.

pub mod ids;
pub mod number_format;
pub mod period;
pub mod problem;
pub mod vocabulary;
