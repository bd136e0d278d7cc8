//! The dashboard while its dataset loads: how far the reading has gone, and what to do
//! once the data are in (a view to open, review mode to start).

use super::view_spec::ViewSpec;

/// How far loading has gone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LoadProgress {
    /// Bytes of the dataset's files read so far.
    pub bytes_read: u64,
    /// Bytes of the dataset's files in all.
    pub total_bytes: u64,
}

/// What waits for the data: shown progress, and what to open when they arrive.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Loading {
    /// How far the reading has gone.
    pub progress: LoadProgress,
    /// A view to open once the data are in (`--view`).
    pub view: Option<ViewSpec>,
    /// Whether to start in review mode (`--review`).
    pub review: bool,
}

impl LoadProgress {
    /// The progress in whole tenths of a megabyte, which is what the screen shows, so
    /// the screen is redrawn only when that changes.
    pub fn shown(self) -> (u64, u64) {
        (self.bytes_read / 100_000, self.total_bytes / 100_000)
    }
}
