//! The reporting status view: one row per cluster of the scorecard with the last period
//! of each area (marked when the year has no value), the shares of estimated and
//! illustrative values in the year, and when its file last changed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::app::state::App;

use super::layout::centred;
use super::theme::Theme;
use crate::words::reporting_text::{reporting_heading, reporting_legend, reporting_row};
use crate::words::text::truncate;

/// Draws the reporting status over the body; returns the area its lines fill.
pub fn draw_reporting(frame: &mut Frame, body: Rect, app: &App, theme: &Theme) -> Rect {
    let lang = app.lang;
    let area = centred(body, 96, 96);
    frame.render_widget(Clear, area);
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", lang.f("reporting.title", &[("year", &app.year)])),
            theme.title,
        ))
        .title_bottom(Span::styled(
            format!(
                " ↑↓ {} · {} ",
                lang.t("overlay.scroll"),
                lang.t("overlay.esc_closes")
            ),
            theme.muted,
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
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
