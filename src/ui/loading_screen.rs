//! The body while the dataset loads: what is read and how far it has gone, so the
//! screen is never blank and the user knows `q` works.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::loading::LoadProgress;
use crate::i18n::Lang;

use super::theme::Theme;

/// Draws the loading lines at the top of the body.
pub fn draw_loading(
    frame: &mut Frame,
    body: Rect,
    progress: LoadProgress,
    lang: Lang,
    theme: &Theme,
) {
    let megabytes = |bytes: u64| lang.decimal(bytes as f64 / 1_000_000.0, 1);
    let share = (progress.bytes_read.min(progress.total_bytes) * 100)
        .checked_div(progress.total_bytes)
        .unwrap_or(0) as u32;
    let read = megabytes(progress.bytes_read.min(progress.total_bytes));
    let lines = vec![
        Line::from(Span::styled(
            format!(" {}", lang.t("loading.title")),
            theme.title,
        )),
        Line::from(Span::raw(format!(
            " {}",
            lang.f(
                "loading.progress",
                &[
                    ("read", &read),
                    ("total", &megabytes(progress.total_bytes)),
                    ("share", &lang.percent_of(&share.to_string())),
                ],
            )
        ))),
        Line::from(Span::styled(
            format!(" {}", lang.t("loading.hint")),
            theme.muted,
        )),
    ];
    frame.render_widget(Paragraph::new(lines), body);
}
