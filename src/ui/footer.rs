//! The footer: the keys that matter in the current view, and the count of data problems.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::state::App;

use super::ascii_glyphs::key_names;
use super::theme::Theme;
use crate::words::text::{problem_counts, safe, truncate};

/// Draws the footer line.
pub fn draw_footer(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let counts = app.dataset.problem_counts();
    let problems = match (counts.errors, counts.warnings) {
        _ if app.loading().is_some() => app.lang.t("status.loading").to_string(),
        (0, 0) => app.lang.t("status.no_problems").to_string(),
        _ => format!("! {}", problem_counts(app.lang, counts)),
    };
    let problems_style = if counts.errors > 0 {
        theme.error
    } else {
        theme.muted
    };
    let right = match &app.models.error {
        Some(error) => Span::styled(truncate(error, 40), theme.error),
        None => Span::styled(problems, problems_style),
    };
    let right_width = right.content.chars().count() as u16 + 2;
    let [left_area, right_area] =
        Layout::horizontal([Constraint::Min(0), Constraint::Length(right_width)]).areas(area);
    if let Some(notice) = app.notice() {
        let text = format!(
            " {}",
            truncate(&safe(notice), left_area.width.saturating_sub(1) as usize)
        );
        frame.render_widget(Paragraph::new(Span::styled(text, theme.title)), left_area);
        frame.render_widget(Paragraph::new(right), right_area);
        return;
    }
    let hints = app
        .key_map()
        .footer_hints(app.mode(), app.tab, app.lang)
        .into_iter()
        .map(|(keys, what)| (key_names(keys, theme.ascii), what))
        .collect();
    let hints = fitting_hints(hints, left_area.width as usize);
    let mut spans = vec![Span::raw(" ")];
    for (i, (keys, what)) in hints.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(keys, theme.key));
        spans.push(Span::raw(format!(" {what}")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), left_area);
    frame.render_widget(Paragraph::new(right), right_area);
}

/// Drops hints from the front (keeping the last two, help and quit) until the rest fit.
fn fitting_hints(
    mut hints: Vec<(String, &'static str)>,
    width: usize,
) -> Vec<(String, &'static str)> {
    let length = |hints: &[(String, &str)]| {
        hints
            .iter()
            .map(|(k, w)| k.chars().count() + w.chars().count() + 3)
            .sum::<usize>()
            + 1
    };
    while length(&hints) > width && hints.len() > 2 {
        hints.remove(0);
    }
    hints
}
