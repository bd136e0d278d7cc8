//! The one table of key bindings: each action, its mode, its keys, how the footer and
//! the help describe it. [`super::key_map::KeyMap`] dispatches from it.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::tab::Tab;

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
    /// The problems view.
    Problems,
    /// Review mode for meetings.
    Review,
    /// Not a mode of its own: bindings live in every mode.
    Any,
}

impl Mode {
    /// The heading of this mode's keys in the help overlay.
    pub fn heading(self) -> &'static str {
        match self {
            Mode::Normal => "Dashboard",
            Mode::Picker => "Cluster picker",
            Mode::Search => "Search in the Data tab",
            Mode::Help => "Help",
            Mode::Problems => "Problems and changes views",
            Mode::Review => "Review mode",
            Mode::Any => "Everywhere",
        }
    }
}

/// A key, with the modifiers that must be held (Shift is ignored for characters,
/// so `?` and `/` work on Spanish ISO keyboards as on US ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Control or Alt when needed.
    pub modifiers: KeyModifiers,
}

const fn key(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::NONE,
    }
}

const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::CONTROL,
    }
}

impl Key {
    /// Whether a key press is this key.
    pub fn matches(&self, event: &KeyEvent) -> bool {
        let held = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        match (self.code, event.code) {
            (KeyCode::Char(a), KeyCode::Char(b)) => a == b && held == self.modifiers,
            (a, b) => a == b && held == self.modifiers,
        }
    }
}

impl Key {
    /// The key's name as the help overlay writes it: `q`, `^A`, `←`, `PgUp`, `Space`.
    pub fn name(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) if self.modifiers.contains(KeyModifiers::CONTROL) => {
                format!("^{}", c.to_ascii_uppercase())
            }
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::PageUp => "PgUp".to_string(),
            KeyCode::PageDown => "PgDn".to_string(),
            KeyCode::BackTab => "Shift-Tab".to_string(),
            KeyCode::Backspace => "Backspace".to_string(),
            other => other.to_string(),
        };
        if self.modifiers.contains(KeyModifiers::ALT) {
            format!("Alt-{base}")
        } else {
            base
        }
    }
}

/// Where a binding is offered in the footer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Footer {
    /// Only in the help overlay.
    HelpOnly,
    /// In the footer of every tab.
    Always,
    /// In the footer of these tabs.
    On(&'static [Tab]),
}

/// One row of the key table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// The mode where the keys are live.
    pub mode: Mode,
    /// The keys that trigger the action.
    pub keys: &'static [Key],
    /// What they do.
    pub action: Action,
    /// How the footer writes the keys (the help names every key itself); empty when not in the footer.
    pub label: &'static str,
    /// What the footer says they do, in a word.
    pub hint: &'static str,
    /// What they do, in a few words.
    pub description: &'static str,
    /// Where the footer offers them.
    pub footer: Footer,
}

use Action as A;
use Footer::{Always, HelpOnly, On};
use Mode::{Help, Normal, Picker, Problems, Review, Search};

const SORTABLE: &[Tab] = &[Tab::Overview, Tab::Data];
const LISTS: &[Tab] = &[Tab::Overview, Tab::Technology, Tab::Data];

/// Every binding, in the order the help overlay lists them.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    Binding { mode: Normal, keys: &[ch('1')], action: A::ShowTab(Tab::Overview), label: "", hint: "", description: "Overview tab", footer: HelpOnly },
    Binding { mode: Normal, keys: &[ch('2')], action: A::ShowTab(Tab::Cooperation), label: "", hint: "", description: "Cooperation tab", footer: HelpOnly },
    Binding { mode: Normal, keys: &[ch('3')], action: A::ShowTab(Tab::Technology), label: "", hint: "", description: "Technology tab", footer: HelpOnly },
    Binding { mode: Normal, keys: &[ch('4')], action: A::ShowTab(Tab::Business), label: "", hint: "", description: "Business tab", footer: HelpOnly },
    Binding { mode: Normal, keys: &[ch('5')], action: A::ShowTab(Tab::Data), label: "", hint: "", description: "Data tab", footer: HelpOnly },
    Binding { mode: Normal, keys: &[key(KeyCode::Tab)], action: A::NextTab, label: "Tab", hint: "next tab", description: "next tab", footer: Always },
    Binding { mode: Normal, keys: &[key(KeyCode::BackTab)], action: A::PreviousTab, label: "", hint: "", description: "previous tab", footer: HelpOnly },
    Binding { mode: Normal, keys: &[key(KeyCode::Left), ch('h')], action: A::PreviousYear, label: "←→", hint: "year", description: "year back", footer: Always },
    Binding { mode: Normal, keys: &[key(KeyCode::Right), ch('l')], action: A::NextYear, label: "", hint: "", description: "year on", footer: HelpOnly },
    Binding { mode: Normal, keys: &[key(KeyCode::Up), ch('k')], action: A::Up, label: "↑↓", hint: "move", description: "row up", footer: On(LISTS) },
    Binding { mode: Normal, keys: &[key(KeyCode::Down), ch('j')], action: A::Down, label: "", hint: "", description: "row down", footer: HelpOnly },
    Binding { mode: Normal, keys: &[key(KeyCode::PageUp), ctrl('b')], action: A::PageUp, label: "", hint: "", description: "page up", footer: HelpOnly },
    Binding { mode: Normal, keys: &[key(KeyCode::PageDown), ctrl('f')], action: A::PageDown, label: "", hint: "", description: "page down", footer: HelpOnly },
    Binding { mode: Normal, keys: &[key(KeyCode::Home), ch('g')], action: A::First, label: "", hint: "", description: "first row", footer: HelpOnly },
    Binding { mode: Normal, keys: &[key(KeyCode::End), ch('G')], action: A::Last, label: "", hint: "", description: "last row", footer: HelpOnly },
    Binding { mode: Normal, keys: &[key(KeyCode::Enter)], action: A::Confirm, label: "Enter", hint: "focus", description: "show only the highlighted cluster", footer: On(&[Tab::Overview]) },
    Binding { mode: Normal, keys: &[ch('s')], action: A::NextSortColumn, label: "s", hint: "sort", description: "sort by the next column", footer: On(SORTABLE) },
    Binding { mode: Normal, keys: &[ch('S')], action: A::ReverseSort, label: "", hint: "", description: "reverse the sort", footer: HelpOnly },
    Binding { mode: Normal, keys: &[ch('f')], action: A::StartSearch, label: "f", hint: "find", description: "find rows in the Data tab", footer: On(&[Tab::Data]) },
    Binding { mode: Normal, keys: &[ch('c'), ch('/')], action: A::OpenPicker, label: "c", hint: "clusters", description: "choose clusters", footer: Always },
    Binding { mode: Normal, keys: &[ch('a')], action: A::ShowAllClusters, label: "a", hint: "all clusters", description: "all clusters", footer: Always },
    Binding { mode: Normal, keys: &[ch('v')], action: A::ShareView, label: "v", hint: "share", description: "show and copy the view string", footer: Always },
    Binding { mode: Normal, keys: &[ch('w')], action: A::SaveSnapshot, label: "w", hint: "save", description: "save the screen as SVG and text", footer: HelpOnly },
    Binding { mode: Normal, keys: &[ch('e')], action: A::ExportRows, label: "e", hint: "export", description: "export the rows shown to CSV", footer: On(&[Tab::Data]) },
    Binding { mode: Normal, keys: &[ch('r')], action: A::ToggleReview, label: "r", hint: "review", description: "review mode for meetings", footer: HelpOnly },
    Binding { mode: Normal, keys: &[ch('!')], action: A::ToggleProblems, label: "", hint: "", description: "data problems", footer: HelpOnly },
    Binding { mode: Normal, keys: &[ch('X')], action: A::ConfirmRemoved, label: "", hint: "", description: "let removed clusters go", footer: HelpOnly },
    Binding { mode: Normal, keys: &[ch('C')], action: A::ToggleChanges, label: "", hint: "", description: "changes since the last review", footer: HelpOnly },
    Binding { mode: Normal, keys: &[ch('?')], action: A::ToggleHelp, label: "?", hint: "help", description: "help", footer: Always },
    Binding { mode: Normal, keys: &[ch('q'), key(KeyCode::Esc)], action: A::Quit, label: "q", hint: "quit", description: "quit", footer: Always },
    Binding { mode: Picker, keys: &[key(KeyCode::Up)], action: A::Up, label: "↑↓", hint: "move", description: "row up", footer: Always },
    Binding { mode: Picker, keys: &[key(KeyCode::Down)], action: A::Down, label: "", hint: "", description: "row down", footer: HelpOnly },
    Binding { mode: Picker, keys: &[key(KeyCode::PageUp)], action: A::PageUp, label: "", hint: "", description: "page up", footer: HelpOnly },
    Binding { mode: Picker, keys: &[key(KeyCode::PageDown)], action: A::PageDown, label: "", hint: "", description: "page down", footer: HelpOnly },
    Binding { mode: Picker, keys: &[ch(' '), key(KeyCode::Tab)], action: A::ToggleMark, label: "Space", hint: "mark", description: "mark or unmark", footer: Always },
    Binding { mode: Picker, keys: &[ctrl('a')], action: A::MarkAllShown, label: "^A", hint: "all", description: "mark all shown", footer: Always },
    Binding { mode: Picker, keys: &[ctrl('r')], action: A::ClearMarks, label: "^R", hint: "none", description: "clear marks", footer: Always },
    Binding { mode: Picker, keys: &[ctrl('t')], action: A::CycleStatusFilter, label: "^T", hint: "status", description: "all / clusters / pre-clusters", footer: Always },
    Binding { mode: Picker, keys: &[key(KeyCode::Backspace)], action: A::DeleteChar, label: "", hint: "", description: "delete a letter", footer: HelpOnly },
    Binding { mode: Picker, keys: &[key(KeyCode::Enter)], action: A::Confirm, label: "Enter", hint: "apply", description: "apply", footer: Always },
    Binding { mode: Picker, keys: &[key(KeyCode::Esc)], action: A::Back, label: "Esc", hint: "cancel", description: "cancel", footer: Always },
    Binding { mode: Search, keys: &[key(KeyCode::Backspace)], action: A::DeleteChar, label: "", hint: "", description: "delete a letter", footer: HelpOnly },
    Binding { mode: Search, keys: &[key(KeyCode::Enter)], action: A::Confirm, label: "Enter", hint: "keep", description: "keep the search", footer: Always },
    Binding { mode: Search, keys: &[key(KeyCode::Esc)], action: A::Back, label: "Esc", hint: "clear", description: "clear the search", footer: Always },
    Binding { mode: Help, keys: &[key(KeyCode::Esc), ch('?')], action: A::ToggleHelp, label: "Esc", hint: "close", description: "close help", footer: Always },
    Binding { mode: Help, keys: &[key(KeyCode::Up), ch('k')], action: A::Up, label: "↑↓", hint: "scroll", description: "scroll up", footer: Always },
    Binding { mode: Help, keys: &[key(KeyCode::Down), ch('j')], action: A::Down, label: "", hint: "", description: "scroll down", footer: HelpOnly },
    Binding { mode: Help, keys: &[ch('q')], action: A::Quit, label: "q", hint: "quit", description: "quit", footer: Always },
    Binding { mode: Problems, keys: &[key(KeyCode::Up), ch('k')], action: A::Up, label: "↑↓", hint: "scroll", description: "scroll up", footer: Always },
    Binding { mode: Problems, keys: &[key(KeyCode::Down), ch('j')], action: A::Down, label: "", hint: "", description: "scroll down", footer: HelpOnly },
    Binding { mode: Problems, keys: &[key(KeyCode::PageUp)], action: A::PageUp, label: "", hint: "", description: "page up", footer: HelpOnly },
    Binding { mode: Problems, keys: &[key(KeyCode::PageDown)], action: A::PageDown, label: "", hint: "", description: "page down", footer: HelpOnly },
    Binding { mode: Problems, keys: &[ch('C')], action: A::ToggleChanges, label: "", hint: "", description: "close the changes view", footer: HelpOnly },
    Binding { mode: Problems, keys: &[key(KeyCode::Esc), ch('!')], action: A::ToggleProblems, label: "Esc", hint: "close", description: "close", footer: Always },
    Binding { mode: Problems, keys: &[ch('q')], action: A::Quit, label: "q", hint: "quit", description: "quit", footer: Always },
    Binding { mode: Review, keys: &[ch(' '), ch('n'), key(KeyCode::PageDown)], action: A::NextPage, label: "Space", hint: "next", description: "next cluster", footer: Always },
    Binding { mode: Review, keys: &[ch('p'), key(KeyCode::PageUp)], action: A::PreviousPage, label: "p", hint: "previous", description: "previous cluster", footer: Always },
    Binding { mode: Review, keys: &[key(KeyCode::Left), ch('h')], action: A::PreviousYear, label: "←→", hint: "year", description: "year back", footer: Always },
    Binding { mode: Review, keys: &[key(KeyCode::Right), ch('l')], action: A::NextYear, label: "", hint: "", description: "year on", footer: HelpOnly },
    Binding { mode: Review, keys: &[ch('c'), ch('/')], action: A::OpenPicker, label: "c", hint: "clusters", description: "choose clusters", footer: Always },
    Binding { mode: Review, keys: &[ch('r'), key(KeyCode::Esc)], action: A::ToggleReview, label: "r", hint: "leave", description: "leave review mode", footer: Always },
    Binding { mode: Review, keys: &[ch('q')], action: A::Quit, label: "q", hint: "quit", description: "quit", footer: Always },
    Binding { mode: Mode::Any, keys: &[ctrl('c')], action: A::Quit, label: "", hint: "", description: "quit at once", footer: HelpOnly },
    Binding { mode: Mode::Any, keys: &[ctrl('z')], action: A::Suspend, label: "", hint: "", description: "suspend to the shell (fg resumes)", footer: HelpOnly },
];
