//! What the last frame put where, for the input that acts on it: drawing returns the
//! map, and page keys and mouse clicks read it, so that the screen is laid out once.

use ratatui::layout::Rect;

use crate::app::action::Action;
use crate::app::tab::Tab;

/// A list as drawn: the screen rows its items took and the first item shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DrawnList {
    /// The screen area of the list's items, without its title or header.
    pub rows: Rect,
    /// The position of the item on the first row.
    pub offset: usize,
    /// How many items the list holds.
    pub len: usize,
    /// Whether a click on an item highlights it (lines of text only scroll).
    pub clickable: bool,
}

impl DrawnList {
    /// A list whose items a click highlights.
    pub fn items(rows: Rect, offset: usize, len: usize) -> Self {
        DrawnList {
            rows,
            offset,
            len,
            clickable: true,
        }
    }

    /// Lines of text that a page key scrolls and a click leaves alone.
    pub fn text(rows: Rect) -> Self {
        DrawnList {
            rows,
            offset: 0,
            len: 0,
            clickable: false,
        }
    }
}

/// The tab bar as drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrawnTabs {
    /// The screen row of the tab bar.
    pub row: u16,
    /// Each title's tab and columns (start, end exclusive).
    pub titles: Vec<(Tab, u16, u16)>,
}

/// Where the last frame drew the tab titles and the list that input acts on.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScreenMap {
    /// The tab bar, when it was drawn.
    pub tabs: Option<DrawnTabs>,
    /// The list that page keys move through and clicks pick from, if one was drawn.
    pub list: Option<DrawnList>,
}

impl ScreenMap {
    /// How many rows a page of the list drawn holds; one when no list was drawn.
    pub fn page_rows(&self) -> usize {
        self.list.map_or(1, |list| list.rows.height as usize).max(1)
    }

    /// The action of a mouse click at (`column`, `row`), if any: a tab title shows the
    /// tab, an item of the list drawn is highlighted.
    pub fn click_action(&self, column: u16, row: u16) -> Option<Action> {
        if let Some(tabs) = &self.tabs
            && row == tabs.row
        {
            return tabs
                .titles
                .iter()
                .find(|(_, start, end)| column >= *start && column < *end)
                .map(|(tab, _, _)| Action::ShowTab(*tab));
        }
        let list = self.list.filter(|list| list.clickable)?;
        let rows = list.rows;
        if column < rows.x || column >= rows.right() || row < rows.y || row >= rows.bottom() {
            return None;
        }
        let index = list.offset + (row - rows.y) as usize;
        (index < list.len).then_some(Action::HighlightRow(index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_click_picks_the_item_under_it_and_nothing_past_the_list() {
        let map = ScreenMap {
            tabs: Some(DrawnTabs {
                row: 1,
                titles: vec![(Tab::Overview, 0, 12), (Tab::Data, 13, 20)],
            }),
            list: Some(DrawnList::items(Rect::new(0, 4, 40, 5), 10, 12)),
        };
        assert_eq!(map.click_action(14, 1), Some(Action::ShowTab(Tab::Data)));
        assert_eq!(map.click_action(12, 1), None);
        assert_eq!(map.click_action(3, 4), Some(Action::HighlightRow(10)));
        assert_eq!(map.click_action(3, 5), Some(Action::HighlightRow(11)));
        // Item 12 does not exist, and row 9 is under the list.
        assert_eq!(map.click_action(3, 6), None);
        assert_eq!(map.click_action(3, 9), None);
        assert_eq!(map.click_action(40, 4), None);
        assert_eq!(map.page_rows(), 5);
    }

    #[test]
    fn text_scrolls_by_its_height_and_ignores_clicks() {
        let map = ScreenMap {
            tabs: None,
            list: Some(DrawnList::text(Rect::new(2, 3, 50, 17))),
        };
        assert_eq!(map.page_rows(), 17);
        assert_eq!(map.click_action(5, 5), None);
        assert_eq!(ScreenMap::default().page_rows(), 1);
    }
}
