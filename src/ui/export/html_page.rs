//! An HTML page with the cell grid in a `<pre>`, one `<span>` per run of one style.

use std::fmt::Write;

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use super::cell_runs::row_runs;
use super::palette::{DEFAULT_BG, DEFAULT_FG, hex};
use super::svg_picture::{FONT_FAMILY, run_colors, xml_escape};
use crate::i18n::Lang;

/// The buffer as a standalone HTML page titled `title`, in `lang` (so that a screen
/// reader reads it with the right voice).
pub fn html_page(buffer: &Buffer, title: &str, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">",
        lang.code()
    );
    let _ = writeln!(out, "<title>{}</title>", xml_escape(title));
    let _ = writeln!(
        out,
        "<style>body{{margin:0;background:{bg}}}pre{{margin:0;padding:8px;font-family:{FONT_FAMILY};font-size:15px;line-height:18px;color:{fg};background:{bg}}}</style>",
        bg = hex(Color::Reset, DEFAULT_BG),
        fg = hex(Color::Reset, DEFAULT_FG)
    );
    out.push_str("</head>\n<body>\n<pre>");
    for y in buffer.area.top()..buffer.area.bottom() {
        for run in row_runs(buffer, y) {
            let plain = run.style.fg == Color::Reset
                && run.style.bg == Color::Reset
                && run.style.modifiers.is_empty();
            if plain {
                out.push_str(&xml_escape(&run.text));
                continue;
            }
            let (fg, bg) = run_colors(run.style.fg, run.style.bg, run.style.modifiers);
            let mut css = format!("color:{fg};background:{bg}");
            if run.style.modifiers.contains(Modifier::BOLD) {
                css.push_str(";font-weight:bold");
            }
            if run.style.modifiers.contains(Modifier::ITALIC) {
                css.push_str(";font-style:italic");
            }
            if run.style.modifiers.contains(Modifier::UNDERLINED) {
                css.push_str(";text-decoration:underline");
            }
            let _ = write!(
                out,
                "<span style=\"{css}\">{}</span>",
                xml_escape(&run.text)
            );
        }
        out.push('\n');
    }
    out.push_str("</pre>\n</body>\n</html>\n");
    out
}
