//! A titled section of a tab: a rule with the title on top, the content below.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

use super::text::safe;
use super::theme::Theme;

/// A block with a top rule carrying `title` and a muted `note` after it. Both may hold
/// text from data files, so both are made safe here.
pub fn section(title: &str, note: String, theme: &Theme) -> Block<'static> {
    let mut spans = vec![Span::styled(format!(" {} ", safe(title)), theme.title)];
    if !note.is_empty() {
        spans.push(Span::styled(format!("{} ", safe(&note)), theme.muted));
    }
    Block::new()
        .borders(Borders::TOP)
        .border_style(theme.border)
        .title(Line::from(spans))
}

/// The area inside a [`section`] block.
pub fn inner(area: Rect) -> Rect {
    Rect {
        y: area.y.saturating_add(1).min(area.bottom()),
        height: area.height.saturating_sub(1),
        ..area
    }
}
