//! An error in how the program was called: exit status 2, as clap uses.

use std::fmt;

/// A usage error: a bad argument or a dataset folder that cannot be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}
