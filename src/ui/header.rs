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
            app.selection
                .describe(&app.dataset.registry, app.year, app.lang),
            app.year.to_string(),
        ),
    };
    let fixed = format!(" clusterdash │  │ {filter} │ {year} ");
    let fixed_width = fixed.chars().count();
    let width = area.width as usize;
    // The filter and the year are always whole; the notes get what is left once the
    // dataset has a few letters, the warnings first, shortened if they must be, and the
    // note about following the folder only when it fits whole.
    let dataset_least = dataset.chars().count().min(8);
    let mut notes_room = width.saturating_sub(fixed_width + dataset_least + 1);
    let mut notes: Vec<Span> = Vec::new();
    for text in warnings(app) {
        let text = format!("! {text} ");
        if notes_room < 6 {
            break;
        }
        let text = truncate(&text, notes_room);
        notes_room -= text.chars().count();
        notes.push(Span::styled(text, theme.error));
    }
    if let Some(note) = app.follow_note().map(|note| note.text(app.lang)) {
        let note = format!("{note} ");
        if note.chars().count() <= notes_room {
            notes.push(Span::styled(note, theme.muted));
        }
    }
    let notes_width = notes
        .iter()
        .map(|s| s.content.chars().count())
        .sum::<usize>();
    let room = width.saturating_sub(fixed_width + notes_width + 1);
    let line = Line::from(vec![
        Span::styled(" clusterdash", theme.brand),
        Span::styled(" │ ", theme.muted),
        Span::raw(truncate(&dataset, room)),
        Span::styled(" │ ", theme.muted),
        Span::styled(filter, theme.header),
        Span::styled(if year.is_empty() { "" } else { " │ " }, theme.muted),
        Span::styled(year, theme.header),
    ]);
    let [left, right] =
        Layout::horizontal([Constraint::Min(0), Constraint::Length(notes_width as u16)])
            .areas(area);
    frame.render_widget(Paragraph::new(line), left);
    frame.render_widget(Paragraph::new(Line::from(notes)).right_aligned(), right);
}

/// The header's warnings: clusters whose file is caught broken, clusters whose file is
/// gone.
fn warnings(app: &App) -> Vec<String> {
    let listed = |ids: &std::collections::BTreeSet<String>| {
        ids.iter().map(|id| safe(id)).collect::<Vec<_>>().join(", ")
    };
    let mut warnings = Vec::new();
    if !app.dataset.stale.is_empty() {
        let ids = listed(&app.dataset.stale);
        warnings.push(app.lang.f("header.stale", &[("ids", &ids)]));
    }
    if !app.dataset.removed.is_empty() {
        let ids = listed(&app.dataset.removed);
        warnings.push(app.lang.f("header.removed", &[("ids", &ids)]));
    }
    warnings
}
