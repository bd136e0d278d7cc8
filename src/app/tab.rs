//! The seven tabs of the dashboard.

use crate::i18n::Lang;

/// A tab of the dashboard, in the order of the tab bar (keys 1 to 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Tab {
    /// The scorecard: one row per cluster.
    #[default]
    Overview,
    /// Cooperation activity: the pyramid, projects over time, outward actions.
    Cooperation,
    /// Technological innovation goals against targets.
    Technology,
    /// Business innovation progress.
    Business,
    /// The rows behind the current filter.
    Data,
    /// The programme's own instruments: the grant, the plans' execution, the outlook.
    Programme,
    /// A few clusters side by side: one small chart each, and every indicator's value,
    /// target and status per cluster.
    Compare,
}

impl Tab {
    /// Every tab, in tab-bar order.
    pub const ALL: [Tab; 7] = [
        Tab::Overview,
        Tab::Cooperation,
        Tab::Technology,
        Tab::Business,
        Tab::Data,
        Tab::Programme,
        Tab::Compare,
    ];

    /// The title shown in the tab bar.
    pub fn title(self, lang: Lang) -> &'static str {
        lang.t(match self {
            Tab::Overview => "tab.overview",
            Tab::Cooperation => "tab.cooperation",
            Tab::Technology => "tab.technology",
            Tab::Business => "tab.business",
            Tab::Data => "tab.data",
            Tab::Programme => "tab.programme",
            Tab::Compare => "tab.compare",
        })
    }

    /// What the help says the tab's digit key shows: a catalogue key.
    pub fn help_key(self) -> &'static str {
        match self {
            Tab::Overview => "help.overview_tab",
            Tab::Cooperation => "help.cooperation_tab",
            Tab::Technology => "help.technology_tab",
            Tab::Business => "help.business_tab",
            Tab::Data => "help.data_tab",
            Tab::Programme => "help.programme_tab",
            Tab::Compare => "help.compare_tab",
        }
    }

    /// The position in the tab bar, from 0.
    pub fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    /// The tab to the right, wrapping around.
    pub fn next(self) -> Tab {
        Tab::ALL[(self.index() + 1) % Tab::ALL.len()]
    }

    /// The tab to the left, wrapping around.
    pub fn previous(self) -> Tab {
        Tab::ALL[(self.index() + Tab::ALL.len() - 1) % Tab::ALL.len()]
    }

    /// The tabs with a list to move through (arrows, pages, a click on a row).
    pub const WITH_LISTS: &[Tab] = &[
        Tab::Overview,
        Tab::Technology,
        Tab::Data,
        Tab::Programme,
        Tab::Compare,
    ];

    /// The tabs whose list sorts by its columns.
    pub const SORTABLE: &[Tab] = &[Tab::Overview, Tab::Data];

    /// The tab's name in view strings and on the command line: `overview`, `cooperation`...
    pub fn key(self) -> &'static str {
        match self {
            Tab::Overview => "overview",       // not translated: view-string syntax
            Tab::Cooperation => "cooperation", // not translated: view-string syntax
            Tab::Technology => "technology",   // not translated: view-string syntax
            Tab::Business => "business",       // not translated: view-string syntax
            Tab::Data => "data",               // not translated: view-string syntax
            Tab::Programme => "programme",     // not translated: view-string syntax
            Tab::Compare => "compare",         // not translated: view-string syntax
        }
    }

    /// The tab named `key` (case-insensitive), if any.
    pub fn from_key(key: &str) -> Option<Tab> {
        Tab::ALL
            .into_iter()
            .find(|t| t.key().eq_ignore_ascii_case(key.trim()))
    }
}
