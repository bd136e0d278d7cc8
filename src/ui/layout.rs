//! Where each region of the screen goes, as pure functions of the terminal's size,
//! used by drawing only: input reads what was drawn from the frame's
//! [`super::screen_map::ScreenMap`].
//!
//! ```text
//! ┌────────────────────────────────────────────┐
//! │ header: product · dataset · filter · year   │  1 row
//! │ tab bar: 1 Overview │ 2 Cooperation │ ...   │  1 row
//! │                                            │
//! │ body: the tab (or an overlay on top)       │  the rest
//! │                                            │
//! │ footer: keys for this view · problems       │  1 row
//! └────────────────────────────────────────────┘
//! ```

use ratatui::layout::{Constraint, Layout, Rect};

use crate::app::tab::Tab;
use crate::i18n::Lang;

/// The smallest terminal the layout supports.
pub const MIN_WIDTH: u16 = 60;
/// The smallest terminal height the layout supports.
pub const MIN_HEIGHT: u16 = 16;

/// The regions of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScreenLayout {
    /// The header line.
    pub header: Rect,
    /// The tab bar.
    pub tabs: Rect,
    /// The body, where the tab is drawn.
    pub body: Rect,
    /// The footer line.
    pub footer: Rect,
}

/// The regions for a terminal of this size, or `None` below the supported minimum.
pub fn screen_layout(area: Rect) -> Option<ScreenLayout> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let [header, tabs, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    Some(ScreenLayout {
        header,
        tabs,
        body,
        footer,
    })
}

/// The text of a tab's title in the tab bar: ` 1 Overview `.
pub fn tab_label(tab: Tab, lang: Lang) -> String {
    format!(" {} {} ", tab.index() + 1, tab.title(lang))
}

/// The divider between tab titles.
pub const TAB_DIVIDER: &str = "│";

/// Every tab's title as the tab bar writes it in `width` columns: whole where they all
/// fit; else the active one whole and the others cut to the same length (` 2 Coo… `),
/// down to their digit alone.
pub fn tab_labels(width: u16, active: Tab, lang: Lang) -> Vec<String> {
    let dividers = Tab::ALL.len() - 1;
    let fits = |labels: &[String]| {
        labels.iter().map(|l| l.chars().count()).sum::<usize>() + dividers <= usize::from(width)
    };
    let whole: Vec<String> = Tab::ALL.iter().map(|t| tab_label(*t, lang)).collect();
    if fits(&whole) {
        return whole;
    }
    let longest = Tab::ALL
        .iter()
        .map(|t| t.title(lang).chars().count())
        .max()
        .unwrap_or(0);
    for room in (0..longest).rev() {
        let labels: Vec<String> = Tab::ALL
            .iter()
            .map(|&tab| {
                let title = tab.title(lang);
                // A cut title ends in `…`: one no longer than that stays whole.
                if tab == active || title.chars().count() <= room + 1 {
                    tab_label(tab, lang)
                } else if room == 0 {
                    format!(" {} ", tab.index() + 1)
                } else {
                    let cut: String = title.chars().take(room).collect();
                    format!(" {} {cut}… ", tab.index() + 1)
                }
            })
            .collect();
        if fits(&labels) {
            return labels;
        }
    }
    whole
}

/// The column span (start, end exclusive) of each tab title in the tab bar.
pub fn tab_spans(tabs: Rect, active: Tab, lang: Lang) -> Vec<(Tab, u16, u16)> {
    let mut x = tabs.x;
    let mut spans = Vec::new();
    for (tab, label) in Tab::ALL
        .into_iter()
        .zip(tab_labels(tabs.width, active, lang))
    {
        let width = label.chars().count() as u16;
        spans.push((tab, x, x + width));
        x += width + TAB_DIVIDER.chars().count() as u16;
    }
    spans
}

/// The first row shown of a list of `len` rows in a window of `visible` rows, so
/// that `highlighted` stays in view.
pub fn scroll_offset(highlighted: usize, visible: usize, len: usize) -> usize {
    if visible == 0 || len <= visible {
        return 0;
    }
    (highlighted + 1).saturating_sub(visible).min(len - visible)
}

/// The rows of an area under its first line: a table's under its header, a section's
/// under its rule.
pub fn rows_under_header(table: Rect) -> Rect {
    Rect {
        y: table.y.saturating_add(1).min(table.bottom()),
        height: table.height.saturating_sub(1),
        ..table
    }
}

/// The area less its first column, so that what is drawn in it stands one column apart
/// from what is on its left.
pub fn apart_from_left(area: Rect) -> Rect {
    Rect {
        x: area.x.saturating_add(1).min(area.right()),
        width: area.width.saturating_sub(1),
        ..area
    }
}

/// The area of a centred popup covering the given share of `area`.
pub fn centred(area: Rect, width_percent: u16, height_percent: u16) -> Rect {
    let width = (area.width * width_percent / 100).max(area.width.min(40));
    let height = (area.height * height_percent / 100).max(area.height.min(10));
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_terminals_get_no_layout() {
        assert!(screen_layout(Rect::new(0, 0, 59, 24)).is_none());
        assert!(screen_layout(Rect::new(0, 0, 80, 15)).is_none());
        let layout = screen_layout(Rect::new(0, 0, 80, 24)).unwrap();
        assert_eq!(layout.body.height, 21);
    }

    #[test]
    fn scrolling_keeps_the_highlight_in_view() {
        assert_eq!(scroll_offset(0, 10, 100), 0);
        assert_eq!(scroll_offset(9, 10, 100), 0);
        assert_eq!(scroll_offset(10, 10, 100), 1);
        assert_eq!(scroll_offset(99, 10, 100), 90);
        assert_eq!(scroll_offset(5, 10, 3), 0);
    }
}
