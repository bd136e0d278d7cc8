//! What is open over the tabs, and how far each scrolling overlay is scrolled.

use super::super::picker::PickerState;

/// What is open over the tabs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Overlay {
    /// Nothing: the tabs have the keys.
    #[default]
    None,
    /// The help overlay.
    Help,
    /// The problems popup.
    Problems,
    /// The values changed since the last review.
    Changes,
    /// The reporting status of the clusters shown.
    Reporting,
    /// The cluster picker.
    Picker(PickerState),
}

/// The first line shown in each overlay that scrolls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OverlayScrolls {
    /// The first line of the help overlay.
    pub help: usize,
    /// The first problem of the problems popup.
    pub problems: usize,
    /// The first line of the changes popup.
    pub changes: usize,
    /// The first line of the reporting popup.
    pub reporting: usize,
}
