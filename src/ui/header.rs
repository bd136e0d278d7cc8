//! The header: product, dataset, the clusters in the filter and the year.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::state::App;

use super::text::{safe, truncate};
use super::theme::Theme;

/// Draws the header line.
pub fn draw_header(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let dataset = if app.dataset.in_memory {
        app.dataset.label.clone()
    } else {
        safe(&app.dataset.label)
    };
    let filter = app.selection.describe(&app.dataset.registry);
    let fixed = format!(" clusterdash │  │ {filter} │ {} ", app.year);
    let room = (area.width as usize)
        .saturating_sub(fixed.chars().count())
        .max(8);
    let line = Line::from(vec![
        Span::styled(" clusterdash", theme.brand),
        Span::styled(" │ ", theme.muted),
        Span::raw(truncate(&dataset, room)),
        Span::styled(" │ ", theme.muted),
        Span::styled(filter, theme.header),
        Span::styled(" │ ", theme.muted),
        Span::styled(app.year.to_string(), theme.header),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}
