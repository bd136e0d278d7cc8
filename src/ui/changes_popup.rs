//! The changes popup: every value that changed, appeared or disappeared since the last
//! review, one per line with its cluster, indicator, period and old and new values.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::state::App;

use super::popup_frame::{draw_popup_frame, scroll_legend};
use super::theme::Theme;
use crate::words::change_line::{change_details, change_kind};
use crate::words::text::safe;

/// Draws the changes popup over the body; returns the area its lines fill.
pub fn draw_changes(frame: &mut Frame, body: Rect, app: &App, theme: &Theme) -> Rect {
    let title = format!(
        "{} · {}",
        app.lang.t("changes.title"),
        app.review.values.len()
    );
    let inner = draw_popup_frame(frame, body, &title, &scroll_legend(app.lang), theme);
    let lang = app.lang;
    let lines: Vec<Line> = if app.review.values.is_empty() {
        let text = app.review.unknown.as_ref().map_or_else(
            || lang.t("changes.none").to_string(),
            |record| safe(&record.text(lang)),
        );
        vec![Line::from(Span::styled(text, theme.muted))]
    } else {
        app.review
            .values
            .iter()
            .skip(app.scrolls.changes)
            .take(inner.height as usize)
            .map(|c| {
                Line::from(vec![
                    Span::styled(format!("{} ", change_kind(lang, c)), theme.key),
                    Span::raw(change_details(lang, c, "→")),
                ])
            })
            .collect()
    };
    let paragraph = Paragraph::new(lines);
    // A long reason (with the record's path) wraps rather than run past the border; the
    // changes keep one line each, as the scrolling counts them.
    let paragraph = if app.review.values.is_empty() {
        paragraph.wrap(Wrap { trim: false })
    } else {
        paragraph
    };
    frame.render_widget(paragraph, inner);
    inner
}
