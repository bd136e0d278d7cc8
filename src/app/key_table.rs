//! The one table of key bindings: each action, its mode, its keys, how the footer and
//! the help describe it. [`super::key_map::KeyMap`] dispatches from it.

use std::sync::LazyLock;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::mode::Mode;
use super::tab::Tab;

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
            KeyCode::Char(' ') => "Space".to_string(), // not translated: key names as printed on keys
            KeyCode::Char(c) if self.modifiers.contains(KeyModifiers::CONTROL) => {
                format!("^{}", c.to_ascii_uppercase())
            }
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::PageUp => "PgUp".to_string(), // not translated: key names as printed on keys
            KeyCode::PageDown => "PgDn".to_string(), // not translated: key names as printed on keys
            KeyCode::BackTab => "Shift-Tab".to_string(), // not translated: key names as printed on keys
            KeyCode::Backspace => "Backspace".to_string(), // not translated: key names as printed on keys
            other => other.to_string(),
        };
        if self.modifiers.contains(KeyModifiers::ALT) {
            format!("Alt-{base}") // not translated: key names as printed on keys
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
    /// What the footer says they do, in a word: a catalogue key (empty when not in the footer).
    pub hint: &'static str,
    /// What they do, in a few words: a catalogue key.
    pub description: &'static str,
    /// Where the footer offers them.
    pub footer: Footer,
}

use Action as A;
use Footer::{Always, HelpOnly, On};
use Mode::{Help, Normal, Picker, Problems, Review, Search};

/// Every binding, in the order the help overlay lists them: a digit for each tab of
/// [`Tab::ALL`], then [`OTHER_BINDINGS`].
pub static BINDINGS: LazyLock<Vec<Binding>> = LazyLock::new(|| {
    let tabs = Tab::ALL
        .into_iter()
        .zip(&DIGITS)
        .map(|(tab, digit)| Binding {
            mode: Normal,
            keys: std::slice::from_ref(digit),
            action: A::ShowTab(tab),
            label: "",
            hint: "",
            description: tab.help_key(),
            footer: HelpOnly,
        });
    tabs.chain(OTHER_BINDINGS.iter().copied()).collect()
});

/// The digit keys that show the tabs, the first tab on `1`.
static DIGITS: [Key; 9] = [
    ch('1'),
    ch('2'),
    ch('3'),
    ch('4'),
    ch('5'),
    ch('6'),
    ch('7'),
    ch('8'),
    ch('9'),
];

const _: () = assert!(Tab::ALL.len() <= DIGITS.len()); // every tab has a digit key

/// The bindings after the tabs' digits, in the order the help overlay lists them.
#[rustfmt::skip]
const OTHER_BINDINGS: &[Binding] = &[
    Binding { mode: Normal, keys: &[key(KeyCode::Tab)], action: A::NextTab, label: "Tab", hint: "hint.next_tab", description: "help.next_tab", footer: Always }, // not translated: key names as printed on keys
    Binding { mode: Normal, keys: &[key(KeyCode::BackTab)], action: A::PreviousTab, label: "", hint: "", description: "help.previous_tab", footer: HelpOnly },
    Binding { mode: Normal, keys: &[key(KeyCode::Left), ch('h')], action: A::PreviousYear, label: "←→", hint: "hint.year", description: "help.year_back", footer: Always },
    Binding { mode: Normal, keys: &[key(KeyCode::Right), ch('l')], action: A::NextYear, label: "", hint: "", description: "help.year_on", footer: HelpOnly },
    Binding { mode: Normal, keys: &[key(KeyCode::Up), ch('k')], action: A::Up, label: "↑↓", hint: "hint.move", description: "help.row_up", footer: On(Tab::WITH_LISTS) },
    Binding { mode: Normal, keys: &[key(KeyCode::Down), ch('j')], action: A::Down, label: "", hint: "", description: "help.row_down", footer: HelpOnly },
    Binding { mode: Normal, keys: &[key(KeyCode::PageUp), ctrl('b')], action: A::PageUp, label: "", hint: "", description: "help.page_up", footer: HelpOnly },
    Binding { mode: Normal, keys: &[key(KeyCode::PageDown), ctrl('f')], action: A::PageDown, label: "", hint: "", description: "help.page_down", footer: HelpOnly },
    Binding { mode: Normal, keys: &[key(KeyCode::Home), ch('g')], action: A::First, label: "", hint: "", description: "help.first_row", footer: HelpOnly },
    Binding { mode: Normal, keys: &[key(KeyCode::End), ch('G')], action: A::Last, label: "", hint: "", description: "help.last_row", footer: HelpOnly },
    Binding { mode: Normal, keys: &[key(KeyCode::Enter)], action: A::Confirm, label: "Enter", hint: "hint.focus", description: "help.show_only_the_highlighted_cluster", footer: On(&[Tab::Overview]) }, // not translated: key names as printed on keys
    Binding { mode: Normal, keys: &[ch('s')], action: A::NextSortColumn, label: "s", hint: "hint.sort", description: "help.sort_by_the_next_column", footer: On(Tab::SORTABLE) },
    Binding { mode: Normal, keys: &[ch('S')], action: A::ReverseSort, label: "", hint: "", description: "help.reverse_the_sort", footer: HelpOnly },
    Binding { mode: Normal, keys: &[ch('f')], action: A::StartSearch, label: "f", hint: "hint.find", description: "help.find_rows_in_the_data_tab", footer: On(&[Tab::Data]) },
    Binding { mode: Normal, keys: &[ch('c'), ch('/')], action: A::OpenPicker, label: "c", hint: "hint.clusters", description: "help.choose_clusters", footer: Always },
    Binding { mode: Normal, keys: &[ch('a')], action: A::ShowAllClusters, label: "a", hint: "hint.all_clusters", description: "help.all_clusters", footer: Always },
    Binding { mode: Normal, keys: &[ch('v')], action: A::ShareView, label: "v", hint: "hint.share", description: "help.show_and_copy_the_view_string", footer: Always },
    Binding { mode: Normal, keys: &[ch('w')], action: A::SaveSnapshot, label: "w", hint: "hint.save", description: "help.save_the_screen", footer: HelpOnly },
    Binding { mode: Normal, keys: &[ch('e')], action: A::ExportRows, label: "e", hint: "hint.export", description: "help.export_the_rows_shown_to_csv", footer: On(&[Tab::Data]) },
    Binding { mode: Normal, keys: &[ch('r')], action: A::ToggleReview, label: "r", hint: "hint.review", description: "help.review_mode_for_meetings", footer: HelpOnly },
    Binding { mode: Normal, keys: &[ch('!')], action: A::ToggleProblems, label: "", hint: "", description: "help.data_problems", footer: HelpOnly },
    Binding { mode: Normal, keys: &[ch('X')], action: A::ConfirmRemoved, label: "", hint: "", description: "help.let_removed_clusters_go", footer: HelpOnly },
    Binding { mode: Normal, keys: &[ch('R')], action: A::ToggleReporting, label: "", hint: "", description: "help.reporting_status", footer: HelpOnly },
    Binding { mode: Normal, keys: &[ch('C')], action: A::ToggleChanges, label: "", hint: "", description: "help.changes_since_the_last_review", footer: HelpOnly },
    Binding { mode: Normal, keys: &[ch('L')], action: A::NextLanguage, label: "L", hint: "hint.language", description: "help.next_language", footer: HelpOnly },
    Binding { mode: Normal, keys: &[ch('?')], action: A::ToggleHelp, label: "?", hint: "hint.help", description: "help.help", footer: Always },
    Binding { mode: Normal, keys: &[ch('q')], action: A::Quit, label: "q", hint: "hint.quit", description: "help.quit", footer: Always },
    Binding { mode: Normal, keys: &[key(KeyCode::Esc)], action: A::Back, label: "", hint: "", description: "help.go_back", footer: HelpOnly },
    Binding { mode: Picker, keys: &[key(KeyCode::Up)], action: A::Up, label: "↑↓", hint: "hint.move", description: "help.row_up", footer: Always },
    Binding { mode: Picker, keys: &[key(KeyCode::Down)], action: A::Down, label: "", hint: "", description: "help.row_down", footer: HelpOnly },
    Binding { mode: Picker, keys: &[key(KeyCode::PageUp)], action: A::PageUp, label: "", hint: "", description: "help.page_up", footer: HelpOnly },
    Binding { mode: Picker, keys: &[key(KeyCode::PageDown)], action: A::PageDown, label: "", hint: "", description: "help.page_down", footer: HelpOnly },
    Binding { mode: Picker, keys: &[ch(' '), key(KeyCode::Tab)], action: A::ToggleMark, label: "Space", hint: "hint.mark", description: "help.mark_or_unmark", footer: Always }, // not translated: key names as printed on keys
    Binding { mode: Picker, keys: &[ctrl('a')], action: A::MarkAllShown, label: "^A", hint: "hint.all", description: "help.mark_all_shown", footer: Always },
    Binding { mode: Picker, keys: &[ctrl('r')], action: A::ClearMarks, label: "^R", hint: "hint.none", description: "help.clear_marks", footer: Always },
    Binding { mode: Picker, keys: &[ctrl('t')], action: A::CycleStatusFilter, label: "^T", hint: "hint.status", description: "help.all_clusters_preclusters", footer: Always },
    Binding { mode: Picker, keys: &[key(KeyCode::Backspace)], action: A::DeleteChar, label: "", hint: "", description: "help.delete_a_letter", footer: HelpOnly },
    Binding { mode: Picker, keys: &[key(KeyCode::Enter)], action: A::Confirm, label: "Enter", hint: "hint.apply", description: "help.apply", footer: Always }, // not translated: key names as printed on keys
    Binding { mode: Picker, keys: &[key(KeyCode::Esc)], action: A::Back, label: "Esc", hint: "hint.cancel", description: "help.cancel", footer: Always }, // not translated: key names as printed on keys
    Binding { mode: Search, keys: &[key(KeyCode::Backspace)], action: A::DeleteChar, label: "", hint: "", description: "help.delete_a_letter", footer: HelpOnly },
    Binding { mode: Search, keys: &[key(KeyCode::Enter)], action: A::Confirm, label: "Enter", hint: "hint.keep", description: "help.keep_the_search", footer: Always }, // not translated: key names as printed on keys
    Binding { mode: Search, keys: &[key(KeyCode::Esc)], action: A::Back, label: "Esc", hint: "hint.clear", description: "help.clear_the_search", footer: Always }, // not translated: key names as printed on keys
    Binding { mode: Help, keys: &[key(KeyCode::Esc), ch('?')], action: A::ToggleHelp, label: "Esc", hint: "hint.close", description: "help.close_help", footer: Always }, // not translated: key names as printed on keys
    Binding { mode: Help, keys: &[key(KeyCode::Up), ch('k')], action: A::Up, label: "↑↓", hint: "hint.scroll", description: "help.scroll_up", footer: Always },
    Binding { mode: Help, keys: &[key(KeyCode::Down), ch('j')], action: A::Down, label: "", hint: "", description: "help.scroll_down", footer: HelpOnly },
    Binding { mode: Help, keys: &[ch('q')], action: A::Quit, label: "q", hint: "hint.quit", description: "help.quit", footer: Always },
    Binding { mode: Problems, keys: &[key(KeyCode::Up), ch('k')], action: A::Up, label: "↑↓", hint: "hint.scroll", description: "help.scroll_up", footer: Always },
    Binding { mode: Problems, keys: &[key(KeyCode::Down), ch('j')], action: A::Down, label: "", hint: "", description: "help.scroll_down", footer: HelpOnly },
    Binding { mode: Problems, keys: &[key(KeyCode::PageUp)], action: A::PageUp, label: "", hint: "", description: "help.page_up", footer: HelpOnly },
    Binding { mode: Problems, keys: &[key(KeyCode::PageDown)], action: A::PageDown, label: "", hint: "", description: "help.page_down", footer: HelpOnly },
    Binding { mode: Problems, keys: &[ch('R')], action: A::ToggleReporting, label: "", hint: "", description: "help.close_the_reporting_status", footer: HelpOnly },
    Binding { mode: Problems, keys: &[ch('C')], action: A::ToggleChanges, label: "", hint: "", description: "help.close_the_changes_view", footer: HelpOnly },
    Binding { mode: Problems, keys: &[key(KeyCode::Esc), ch('!')], action: A::ToggleProblems, label: "Esc", hint: "hint.close", description: "help.close", footer: Always }, // not translated: key names as printed on keys
    Binding { mode: Problems, keys: &[ch('q')], action: A::Quit, label: "q", hint: "hint.quit", description: "help.quit", footer: Always },
    Binding { mode: Review, keys: &[ch(' '), ch('n'), key(KeyCode::PageDown)], action: A::NextPage, label: "Space", hint: "hint.next", description: "help.next_cluster", footer: Always }, // not translated: key names as printed on keys
    Binding { mode: Review, keys: &[ch('p'), key(KeyCode::PageUp)], action: A::PreviousPage, label: "p", hint: "hint.previous", description: "help.previous_cluster", footer: Always },
    Binding { mode: Review, keys: &[key(KeyCode::Left), ch('h')], action: A::PreviousYear, label: "←→", hint: "hint.year", description: "help.year_back", footer: Always },
    Binding { mode: Review, keys: &[key(KeyCode::Right), ch('l')], action: A::NextYear, label: "", hint: "", description: "help.year_on", footer: HelpOnly },
    Binding { mode: Review, keys: &[ch('c'), ch('/')], action: A::OpenPicker, label: "c", hint: "hint.clusters", description: "help.choose_clusters", footer: Always },
    Binding { mode: Review, keys: &[ch('r'), key(KeyCode::Esc)], action: A::ToggleReview, label: "r", hint: "hint.leave", description: "help.leave_review_mode", footer: Always },
    Binding { mode: Review, keys: &[ch('q')], action: A::Quit, label: "q", hint: "hint.quit", description: "help.quit", footer: Always },
    Binding { mode: Mode::Any, keys: &[ctrl('c')], action: A::Quit, label: "", hint: "", description: "help.quit_at_once", footer: HelpOnly },
    Binding { mode: Mode::Any, keys: &[ctrl('z')], action: A::Suspend, label: "", hint: "", description: "help.suspend_to_the_shell_fg_resumes", footer: HelpOnly },
];
