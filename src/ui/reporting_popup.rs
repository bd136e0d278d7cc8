//! The reporting status view: one row per cluster of the scorecard with the last period
//! of each area (marked when the year has no value), the shares of estimated and
//! illustrative values in the year, and when its file last changed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::state::App;

use super::popup_frame::{draw_popup_frame, scroll_legend};
use super::theme::Theme;
use crate::words::reporting_text::{reporting_heading, reporting_legend, reporting_row};
use crate::words::text::truncate;

/// Draws the reporting status over the body; returns the area its lines fill.
pub fn draw_reporting(frame: &mut Frame, body: Rect, app: &App, theme: &Theme) -> Rect {
    let lang = app.lang;
    let title = lang.f("reporting.title", &[("year", &app.year)]);
    let inner = draw_popup_frame(frame, body, &title, &scroll_legend(lang), theme);
    let width = inner.width as usize;
    let with_time = width >= 100;
    let mut lines = vec![Line::from(Span::styled(
        truncate(&reporting_heading(lang), width),
        theme.title,
    ))];
    if app.reporting.is_empty() {
        lines.push(Line::from(Span::styled(
            lang.t("scorecard.no_clusters"),
            theme.muted,
        )));
    }
    let rows = (inner.height as usize).saturating_sub(2);
    lines.extend(
        app.reporting
            .iter()
            .skip(app.scrolls.reporting)
            .take(rows)
            .map(|r| Line::raw(truncate(&reporting_row(r, lang, with_time), width))),
    );
    while lines.len() < inner.height as usize - 1 {
        lines.push(Line::raw(""));
    }
    lines.push(Line::from(Span::styled(
        truncate(&reporting_legend(app.year, lang), width),
        theme.muted,
    )));
    frame.render_widget(Paragraph::new(lines), inner);
    inner
}
