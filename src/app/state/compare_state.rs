//! The Compare tab: which indicator is highlighted, and so charted for each cluster.

/// The state of the Compare tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CompareState {
    /// The highlighted row of the table, also the indicator of the small charts.
    pub indicator: usize,
}
