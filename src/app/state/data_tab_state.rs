//! The Data tab's list: the search, the sort, the rows shown and the highlight.

use super::super::models::data_rows::DataColumn;
use super::sort::Sort;

/// The state of the Data tab's list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataTabState {
    /// The search text.
    pub query: String,
    /// Whether the search line has the keys.
    pub typing: bool,
    /// How the rows are sorted.
    pub sort: Sort<DataColumn>,
    /// The rows shown, as positions in the view's rows.
    pub visible: Vec<u32>,
    /// The highlighted row of `visible`.
    pub highlighted: usize,
}
