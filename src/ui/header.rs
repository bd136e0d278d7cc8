//! The header: product, dataset, the clusters in the filter and the year.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::state::App;

use super::theme::Theme;
use crate::words::text::{safe, truncate};

/// Draws the header line.
pub fn draw_header(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let dataset = safe(&app.dataset_name());
    let (filter, year) = match app.loading() {
        Some(_) => (app.lang.t("status.loading").to_string(), String::new()),
        None => (
            app.selection.describe(&app.dataset.registry, app.year, app.lang),
            app.year.to_string(),
        ),
    };
    let fixed = format!(" clusterdash │  │ {filter} │ {year} ");
    let room = (area.width as usize)
        .saturating_sub(fixed.chars().count())
        .max(8);
    let line = Line::from(vec![
        Span::styled(" clusterdash", theme.brand),
        Span::styled(" │ ", theme.muted),
        Span::raw(truncate(&dataset, room)),
        Span::styled(" │ ", theme.muted),
        Span::styled(filter, theme.header),
        Span::styled(if year.is_empty() { "" } else { " │ " }, theme.muted),
        Span::styled(year, theme.header),
    ]);
    let mut notes: Vec<Span> = Vec::new();
    let listed = |ids: &std::collections::BTreeSet<String>| {
        ids.iter().map(|id| safe(id)).collect::<Vec<_>>().join(", ")
    };
    if !app.dataset.stale.is_empty() {
        notes.push(Span::styled(
            format!(
                "! {} ",
                app.lang
                    .f("header.stale", &[("ids", &listed(&app.dataset.stale))])
            ),
            theme.error,
        ));
    }
    if !app.dataset.removed.is_empty() {
        notes.push(Span::styled(
            format!(
                "! {} ",
                app.lang
                    .f("header.removed", &[("ids", &listed(&app.dataset.removed))])
            ),
            theme.error,
        ));
    }
    if let Some(reloaded) = app.follow_note().map(|note| note.text(app.lang)) {
        notes.push(Span::styled(format!("{reloaded} "), theme.muted));
    }
    let notes_width: u16 = notes.iter().map(|s| s.content.chars().count() as u16).sum();
    let [left, right] = Layout::horizontal([
        Constraint::Min(0),
        Constraint::Length(notes_width.min(area.width / 2)),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(line), left);
    frame.render_widget(Paragraph::new(Line::from(notes)).right_aligned(), right);
}
