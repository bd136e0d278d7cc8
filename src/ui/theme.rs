//! Styles by role. Only the 16 named colours are used, so the dashboard reads the same
//! in any terminal; every state also has a symbol or a word, never colour alone.

use ratatui::style::{Color, Modifier, Style};

/// One style per role on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// The header line.
    pub header: Style,
    /// The product name in the header.
    pub brand: Style,
    /// Inactive tab titles.
    pub tab: Style,
    /// The active tab title.
    pub tab_active: Style,
    /// Block borders.
    pub border: Style,
    /// Block and column titles.
    pub title: Style,
    /// Secondary text: units, hints, empty-chart messages.
    pub muted: Style,
    /// The highlighted row (reverse video survives any palette).
    pub selected: Style,
    /// Key names in the footer and help.
    pub key: Style,
    /// A goal met.
    pub on_track: Style,
    /// A goal at risk.
    pub at_risk: Style,
    /// A goal off track.
    pub off_track: Style,
    /// Bars of the pyramid and the progress bars.
    pub bar: Style,
    /// Target lines in charts.
    pub target: Style,
    /// The marker of the selected year in charts.
    pub year_marker: Style,
    /// The line colours of chart series, in order.
    pub series: [Color; 6],
    /// Errors in the footer.
    pub error: Style,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            header: Style::new().add_modifier(Modifier::BOLD),
            brand: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            tab: Style::new(),
            tab_active: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            border: Style::new().fg(Color::DarkGray),
            title: Style::new().add_modifier(Modifier::BOLD),
            muted: Style::new().fg(Color::DarkGray),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            on_track: Style::new().fg(Color::Green),
            at_risk: Style::new().fg(Color::Yellow),
            off_track: Style::new().fg(Color::Red),
            bar: Style::new().fg(Color::Blue),
            target: Style::new().fg(Color::Yellow),
            year_marker: Style::new().fg(Color::DarkGray),
            series: [
                Color::Cyan,
                Color::Magenta,
                Color::Green,
                Color::Yellow,
                Color::Blue,
                Color::Red,
            ],
            error: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
        }
    }
}
