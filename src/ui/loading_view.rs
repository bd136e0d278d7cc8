//! The body while the dataset loads: what is read and how far it has gone, so the
//! screen is never blank and the user knows `q` works.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::loading::LoadProgress;

use super::theme::Theme;

/// Draws the loading lines at the top of the body.
pub fn draw_loading(frame: &mut Frame, body: Rect, progress: LoadProgress, theme: &Theme) {
    let megabytes = |bytes: u64| format!("{:.1}", bytes as f64 / 1_000_000.0);
    let share = if progress.total_bytes == 0 {
        0
    } else {
        (progress.bytes_read.min(progress.total_bytes) * 100 / progress.total_bytes) as u32
    };
    let lines = vec![
        Line::from(Span::styled(" Loading the dataset…", theme.title)),
        Line::from(Span::raw(format!(
            " {} of {} MB read ({share}%)",
            megabytes(progress.bytes_read.min(progress.total_bytes)),
            megabytes(progress.total_bytes)
        ))),
        Line::from(Span::styled(
            " The tabs fill in when it is done; q quits now.",
            theme.muted,
        )),
    ];
    frame.render_widget(Paragraph::new(lines), body);
}
