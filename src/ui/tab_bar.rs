//! The tab bar: the tab titles with their number keys, the active one reversed; on a
//! narrow screen the others are cut to fit (`layout::tab_labels`).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::tab::Tab;
use crate::i18n::Lang;

use super::layout::{TAB_DIVIDER, tab_labels};
use super::theme::Theme;

/// Draws the tab bar with `active` highlighted.
pub fn draw_tab_bar(frame: &mut Frame, area: Rect, active: Tab, lang: Lang, theme: &Theme) {
    let mut spans = Vec::new();
    let labels = tab_labels(area.width, active, lang);
    for (i, (tab, label)) in Tab::ALL.iter().zip(labels).enumerate() {
        if i > 0 {
            spans.push(Span::styled(TAB_DIVIDER, theme.muted));
        }
        let style = if *tab == active {
            theme.tab_active
        } else {
            theme.tab
        };
        spans.push(Span::styled(label, style));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
