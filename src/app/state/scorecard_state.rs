//! The Overview tab's scorecard: how it is sorted, its rows in that order, the highlight.

use super::super::models::scorecard::{ScorecardColumn, ScorecardRow};
use super::sort::Sort;

/// The state of the Overview tab's scorecard.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ScorecardState {
    /// How the rows are sorted.
    pub sort: Sort<ScorecardColumn>,
    /// The rows in display order, as positions in the tab models' scorecard.
    pub order: Vec<usize>,
    /// The highlighted row (a position in `order`).
    pub highlighted: usize,
}

impl ScorecardState {
    /// Puts `rows` in the order of the sort, keeping the highlight on the list.
    pub fn reorder(&mut self, rows: &[ScorecardRow]) {
        let mut order: Vec<usize> = (0..rows.len()).collect();
        if let Some(column) = self.sort.column {
            order.sort_by(|&a, &b| column.compare(&rows[a], &rows[b]));
        }
        if self.sort.descending {
            order.reverse();
        }
        self.order = order;
        self.highlighted = self.highlighted.min(rows.len().saturating_sub(1));
    }
}
