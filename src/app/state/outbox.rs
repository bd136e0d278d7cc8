//! What the app leaves for the runtime after an action: work to carry out, whether to
//! stop, and a message for the footer.

use super::super::effect::Effect;

/// What the app leaves for the runtime; the runtime reads it through `App`'s methods.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct Outbox {
    /// Work for the runtime to carry out after the last action.
    pub(super) effect: Option<Effect>,
    /// Whether the user asked to leave.
    pub(super) quit: bool,
    /// A message for the footer, such as where a snapshot was saved; cleared by the
    /// next key.
    pub(super) notice: Option<String>,
}
