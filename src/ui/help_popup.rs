//! The help overlay, written from the same key table that dispatches the keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::key_map::KeyMap;
use crate::i18n::Lang;

use super::ascii_glyphs::key_names;
use super::popup_frame::draw_popup_frame;
use super::theme::Theme;
use crate::data::format::vocabulary::ValueStatus;
use crate::words::status_marks::legend;
use crate::words::text::truncate;
use crate::words::value_marks::value_mark;

/// The least width of one column of keys; the columns share the rest, so descriptions
/// are cut only where the popup has no more room.
const COLUMN_WIDTH: u16 = 46;

/// The width of the keys at the start of a line, with the space after them.
const KEYS_WIDTH: u16 = 14;

/// Draws the help overlay over the body; returns the area its lines fill.
pub fn draw_help(
    frame: &mut Frame,
    body: Rect,
    key_map: &KeyMap,
    scroll: usize,
    lang: Lang,
    theme: &Theme,
) -> Rect {
    let bottom = format!("{} · {}", legend(lang), lang.t("overlay.esc_closes"));
    let inner = draw_popup_frame(frame, body, lang.t("help.title"), &bottom, theme);
    if inner.width == 0 || inner.height == 0 {
        return inner;
    }
    let columns = (inner.width / COLUMN_WIDTH).max(1);
    let column_width = inner.width / columns;
    let lines = help_lines(
        key_map,
        lang,
        theme,
        column_width.saturating_sub(KEYS_WIDTH + 1),
    );
    let columns = columns as usize;
    let rows = inner.height as usize;
    let scroll = scroll.min(lines.len().saturating_sub(rows * columns));
    for (column, chunk) in lines[scroll..].chunks(rows).take(columns).enumerate() {
        let x = inner.x + column as u16 * column_width;
        let width = column_width.min(inner.right().saturating_sub(x));
        frame.render_widget(
            Paragraph::new(chunk.to_vec()),
            Rect::new(x, inner.y, width, inner.height),
        );
    }
    if lines.len() > scroll + rows * columns {
        let note = key_names(format!(" ↓ {} ", lang.t("help.more")), theme.ascii);
        let width = note.chars().count() as u16;
        let x = inner.right().saturating_sub(width);
        frame.render_widget(
            Paragraph::new(Span::styled(note, theme.muted)),
            Rect::new(x, inner.y.saturating_sub(1), width, 1), // on the top border
        );
    }
    inner
}

/// The lines of the help: each mode's keys, then the rules behind the marks, each
/// description cut to `describe_width`.
fn help_lines(
    key_map: &KeyMap,
    lang: Lang,
    theme: &Theme,
    describe_width: u16,
) -> Vec<Line<'static>> {
    let describe_width = describe_width as usize;
    let mut lines: Vec<Line> = Vec::new();
    for (heading, rows) in key_map.help_sections(lang) {
        if !lines.is_empty() {
            lines.push(Line::raw(""));
        }
        lines.push(Line::from(Span::styled(heading, theme.title)));
        for (keys, what) in rows {
            lines.push(Line::from(vec![
                Span::styled(
                    format!("{:>13} ", truncate(&key_names(keys, theme.ascii), 13)),
                    theme.key,
                ),
                Span::raw(truncate(what, describe_width)),
            ]));
        }
    }
    // The rules behind the marks, after the keys.
    lines.push(Line::raw(""));
    lines.push(Line::from(Span::styled(
        lang.t("help.marks_title"),
        theme.title,
    )));
    let value_marks = [
        ValueStatus::Illustrative,
        ValueStatus::Estimate,
        ValueStatus::Provisional,
    ]
    .map(|status| value_mark(Some(status), lang))
    .join(" ");
    for (marks, what) in [
        ("▲ ● ▼".to_string(), lang.t("help.goal_rule")),
        ("▲ ● ▼".to_string(), lang.t("help.area_rule")),
        (value_marks, lang.t("help.value_marks")),
    ] {
        lines.push(Line::from(vec![
            Span::styled(format!("{marks:>13} "), theme.key),
            Span::raw(truncate(what, describe_width)),
        ]));
    }
    lines
}
