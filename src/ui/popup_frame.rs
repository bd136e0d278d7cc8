//! The frame every text popup shares: cleared, bordered, titled, with what the keys
//! do along its bottom edge.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Clear};

use super::ascii_glyphs::key_names;
use super::layout::centred;
use super::theme::Theme;
use crate::i18n::Lang;

/// Draws a popup's frame over the body, titled `title` (already in words), and returns
/// the area inside it.
pub fn draw_popup_frame(
    frame: &mut Frame,
    body: Rect,
    title: &str,
    bottom: &str,
    theme: &Theme,
) -> Rect {
    let area = centred(body, 96, 96);
    frame.render_widget(Clear, area);
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Span::styled(format!(" {title} "), theme.title))
        .title_bottom(Span::styled(
            format!(" {} ", key_names(bottom.to_string(), theme.ascii)),
            theme.muted,
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

/// What the bottom edge of a scrolling popup says: the arrows scroll, Esc closes.
pub fn scroll_legend(lang: Lang) -> String {
    format!(
        "↑↓ {} · {}",
        lang.t("overlay.scroll"),
        lang.t("overlay.esc_closes")
    )
}
