//! What the header says about following the dataset folder.

use crate::i18n::Lang;

/// What the header says about following the dataset folder, written in the language
/// spoken when drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FollowNote {
    /// How the folder is followed: the catalogue key of the way (`watch.polling`).
    Watching(&'static str),
    /// When the data were last reloaded, `HH:MM:SS` in UTC.
    ReloadedAt(String),
}

impl FollowNote {
    /// The note in a language.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            FollowNote::Watching(how) => lang.f("tui.watching", &[("how", &lang.t(how))]),
            FollowNote::ReloadedAt(time) => lang.f("tui.reloaded", &[("time", time)]),
        }
    }
}
