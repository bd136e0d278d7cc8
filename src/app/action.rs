//! Everything a user can ask for: the vocabulary that keys, the mouse and tests use.

use super::tab::Tab;

/// One thing the user asks the dashboard to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave the dashboard.
    Quit,
    /// Close the open overlay or picker, or leave when none is open.
    Back,
    /// Show the tab to the right.
    NextTab,
    /// Show the tab to the left.
    PreviousTab,
    /// Show one tab.
    ShowTab(Tab),
    /// Move the selected year one back.
    PreviousYear,
    /// Move the selected year one forward.
    NextYear,
    /// Move the highlight up one row.
    Up,
    /// Move the highlight down one row.
    Down,
    /// Move the highlight up one page.
    PageUp,
    /// Move the highlight down one page.
    PageDown,
    /// Move the highlight to the first row.
    First,
    /// Move the highlight to the last row.
    Last,
    /// Act on the highlighted row (narrow to a cluster, apply the picker).
    Confirm,
    /// Sort by the next column.
    NextSortColumn,
    /// Reverse the sort order.
    ReverseSort,
    /// Open the cluster picker.
    OpenPicker,
    /// Show all clusters again.
    ShowAllClusters,
    /// Open or close the help overlay.
    ToggleHelp,
    /// Open or close the problems popup.
    ToggleProblems,
    /// Open or close the list of values changed since the last review.
    ToggleChanges,
    /// Open or close the reporting status: which clusters have reported, area by area.
    ToggleReporting,
    /// Start typing a search in the Data tab.
    StartSearch,
    /// Picker: mark or unmark the highlighted cluster.
    ToggleMark,
    /// Picker: mark every cluster shown.
    MarkAllShown,
    /// Picker: clear every mark.
    ClearMarks,
    /// Picker: switch between all, clusters only and pre-clusters only.
    CycleStatusFilter,
    /// Delete the last character typed.
    DeleteChar,
    /// Type one character into the search line.
    TypeChar(char),
    /// Highlight one row of the list on screen, as a mouse click does.
    HighlightRow(usize),
    /// Show the view string and copy it to the clipboard.
    ShareView,
    /// Save the screen as SVG and text into the snapshot folder.
    SaveSnapshot,
    /// Write the Data tab's visible rows to a CSV file.
    ExportRows,
    /// Suspend to the shell (Ctrl-Z); `fg` comes back.
    Suspend,
    /// Drop the values kept for clusters whose files were removed.
    ConfirmRemoved,
    /// Speak the next language (English, Spanish, Basque, and round).
    NextLanguage,
    /// Enter or leave review mode.
    ToggleReview,
    /// Review mode: the next cluster.
    NextPage,
    /// Review mode: the previous cluster.
    PreviousPage,
}
