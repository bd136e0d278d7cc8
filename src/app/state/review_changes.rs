//! The values that changed since the user's last review, or why that is unknown.

use std::collections::HashSet;

use crate::review_records::record::{ValueChange, ValueKey};

use super::super::unreadable_record::UnreadableRecord;

/// What changed since the last review.
#[derive(Debug, Clone, Default)]
pub struct ReviewChanges {
    /// The values that changed, appeared or disappeared since the last review.
    pub values: Vec<ValueChange>,
    /// The review record that could not be read, when the changes since it are unknown.
    pub unknown: Option<UnreadableRecord>,
    /// The keys of the changed values, to mark them in the Data tab.
    pub keys: HashSet<ValueKey>,
}

impl ReviewChanges {
    /// Takes the changes since the last review.
    pub fn set(&mut self, changes: Vec<ValueChange>) {
        self.keys = changes
            .iter()
            .map(|c| {
                (
                    c.cluster_id.clone(),
                    c.indicator_id.clone(),
                    c.period.clone(),
                )
            })
            .collect();
        self.values = changes;
    }
}
