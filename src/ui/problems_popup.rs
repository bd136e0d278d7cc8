//! The problems popup: every validation problem from loading, each with its file and
//! line, long ones wrapped.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::state::App;
use crate::data::format::problem::Severity;

use super::popup_frame::{draw_popup_frame, scroll_legend};
use super::theme::Theme;
use crate::words::text::{problem_counts, safe};

/// Draws the problems popup over the body; returns the area its lines fill.
pub fn draw_problems(frame: &mut Frame, body: Rect, app: &App, theme: &Theme) -> Rect {
    let problems = &app.dataset.problems;
    let counts = app.dataset.problem_counts();
    let title = format!(
        "{} · {}",
        app.lang.t("problems.title"),
        problem_counts(app.lang, counts)
    );
    let inner = draw_popup_frame(frame, body, &title, &scroll_legend(app.lang), theme);
    let lines: Vec<Line> = if problems.is_empty() {
        vec![Line::from(Span::styled(
            app.lang.t("problems.none"),
            theme.muted,
        ))]
    } else {
        problems
            .iter()
            .skip(app.scrolls.problems)
            .take(inner.height as usize)
            .map(|p| {
                let (word, style) = match p.severity {
                    Severity::Error => (app.lang.t("problems.error"), theme.error),
                    Severity::Warning => (app.lang.t("problems.warning"), theme.at_risk),
                };
                Line::from(vec![
                    Span::styled(format!("{word}: "), style),
                    Span::raw(safe(&p.text(app.lang))),
                ])
            })
            .collect()
    };
    // Long messages wrap: the end of a message (what was found) matters most.
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
    inner
}
