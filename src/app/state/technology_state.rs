//! The Technology tab: which goal is highlighted, and so charted.

/// The state of the Technology tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TechnologyState {
    /// The highlighted goal, also the one charted.
    pub goal: usize,
}
