//! The Programme tab: which cluster of the money table is highlighted.

use super::super::models::programme::ProgrammeModel;

/// The state of the Programme tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ProgrammeState {
    /// The highlighted cluster: its row among the money table's clusters.
    pub highlighted: usize,
}

impl ProgrammeState {
    /// The id of the highlighted cluster in `model`, if any.
    pub fn highlighted_id(&self, model: &ProgrammeModel) -> Option<String> {
        model.money.get(self.highlighted)?.cluster_id.clone()
    }

    /// Highlights the cluster `id` again where `model` (a new filter's) has it, else
    /// keeps the row within the list.
    pub fn keep(&mut self, id: Option<String>, model: &ProgrammeModel) {
        let kept = id.and_then(|id| {
            model
                .money
                .iter()
                .position(|row| row.cluster_id.as_deref() == Some(id.as_str()))
        });
        self.highlighted =
            kept.unwrap_or(self.highlighted.min(model.money.len().saturating_sub(1)));
    }
}
