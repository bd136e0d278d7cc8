//! The modes of the keys: which bindings are live (the dashboard, or something opened
//! over it), how the help heads each and how the config file names it.

use crate::i18n::Lang;

/// Which keys are live: the dashboard itself, or something opened over it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The dashboard, with no overlay open.
    Normal,
    /// The cluster picker.
    Picker,
    /// Typing a search in the Data tab.
    Search,
    /// The help overlay.
    Help,
    /// The problems popup.
    Problems,
    /// Review mode for meetings.
    Review,
    /// Not a mode of its own: bindings live in every mode.
    Any,
}

impl Mode {
    /// The heading of this mode's keys in the help overlay.
    pub fn heading(self, lang: Lang) -> &'static str {
        lang.t(match self {
            Mode::Normal => "mode.dashboard",
            Mode::Picker => "mode.picker",
            Mode::Search => "mode.search",
            Mode::Help => "mode.help",
            Mode::Problems => "mode.problems",
            Mode::Review => "mode.review",
            Mode::Any => "mode.everywhere",
        })
    }

    /// The mode's name in the config file.
    pub fn config_name(self) -> &'static str {
        match self {
            Mode::Normal => "dashboard",  // not translated: config-file syntax
            Mode::Picker => "picker",     // not translated: config-file syntax
            Mode::Search => "search",     // not translated: config-file syntax
            Mode::Help => "help",         // not translated: config-file syntax
            Mode::Problems => "problems", // not translated: config-file syntax
            Mode::Review => "review",     // not translated: config-file syntax
            Mode::Any => "everywhere",    // not translated: config-file syntax
        }
    }
}

/// The modes in the order the help overlay lists them; each is a section of the
/// config file's `[keys]` table (`[keys.dashboard]`, `[keys.picker]`...).
pub const MODES: [Mode; 7] = [
    Mode::Normal,
    Mode::Picker,
    Mode::Search,
    Mode::Problems,
    Mode::Review,
    Mode::Help,
    Mode::Any,
];
