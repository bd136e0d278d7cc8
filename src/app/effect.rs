//! Work an action asks of the outside world (the clipboard, files). The app only
//! records it; the terminal runtime carries it out and reports back in a notice.

/// Something for the runtime to do after an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Show this view string and copy it to the clipboard (OSC 52).
    CopyViewString(String),
    /// Save the screen as SVG and text into the snapshot folder.
    SaveSnapshot,
    /// Write the Data tab's visible rows, as sorted and searched, to a CSV file.
    ExportVisibleRows,
    /// Give the terminal back and stop, as Ctrl-Z does in a shell.
    Suspend,
    /// Drop the values of clusters whose files were removed.
    ConfirmRemoved,
}
