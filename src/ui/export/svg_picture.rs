//! An SVG picture of the cell grid: monospace text in runs of one style, each run
//! stretched to exactly its cells so box and chart glyphs line up as in a terminal.

use std::fmt::Write;

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use super::cell_runs::row_runs;
use super::palette::{DEFAULT_BG, hex, rgb_hex, shown_colors};

/// The width of a cell in the picture, in pixels.
pub const CELL_WIDTH: u32 = 9;
/// The height of a cell in the picture, in pixels.
pub const CELL_HEIGHT: u32 = 18;
/// The fonts tried in order.
pub const FONT_FAMILY: &str =
    "'DejaVu Sans Mono', 'Menlo', 'Consolas', 'Liberation Mono', monospace";

/// Escapes text for XML, spelling out control characters (`\u{1b}`) and invisible ones
/// (`&lt;U+202E&gt;`), which must never reach a page raw.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // XML 1.0 forbids most control characters, and none may reach a page raw.
            c if c.is_control() => out.extend(c.escape_default()),
            c if crate::visible_text::is_invisible(c) => {
                out.push_str(&xml_escape(&crate::visible_text::spelled(c)));
            }
            c => out.push(c),
        }
    }
    out
}

/// The colours of a run, with reverse video applied.
pub fn run_colors(fg: Color, bg: Color, modifiers: Modifier) -> (String, String) {
    let (fg, bg) = shown_colors(fg, bg, modifiers);
    (rgb_hex(fg), rgb_hex(bg))
}

/// The stretches of a run between spaces, each as (first column, columns, text), so
/// that each is pinned to its own cells and no space is ever stretched or collapsed.
fn words(text: &str, first_column: u16) -> Vec<(u16, u16, String)> {
    let mut words: Vec<(u16, u16, String)> = Vec::new();
    let mut column = first_column;
    let mut in_word = false;
    for c in text.chars() {
        let width = unicode_width::UnicodeWidthChar::width(c)
            .unwrap_or(0)
            .max(1) as u16;
        if c == ' ' {
            in_word = false;
        } else if in_word {
            let word = words.last_mut().expect("a word is open");
            word.1 += width;
            word.2.push(c);
        } else {
            words.push((column, width, c.to_string()));
            in_word = true;
        }
        column += width;
    }
    words
}

/// The buffer as an SVG document titled `title`.
pub fn svg_picture(buffer: &Buffer, title: &str) -> String {
    let area = buffer.area;
    let (width, height) = (
        u32::from(area.width) * CELL_WIDTH,
        u32::from(area.height) * CELL_HEIGHT,
    );
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">"
    );
    let _ = writeln!(out, "<title>{}</title>", xml_escape(title));
    let _ = writeln!(
        out,
        "<rect width=\"100%\" height=\"100%\" fill=\"{}\"/>",
        hex(Color::Reset, DEFAULT_BG)
    );
    let _ = writeln!(
        out,
        "<g font-family=\"{}\" font-size=\"15\" xml:space=\"preserve\" dominant-baseline=\"central\">",
        FONT_FAMILY.replace('"', "'")
    );
    for y in area.top()..area.bottom() {
        let top = u32::from(y - area.top()) * CELL_HEIGHT;
        for run in row_runs(buffer, y) {
            let (fg, bg) = run_colors(run.style.fg, run.style.bg, run.style.modifiers);
            let left = u32::from(run.x - area.left()) * CELL_WIDTH;
            let span = u32::from(run.width) * CELL_WIDTH;
            if bg != hex(Color::Reset, DEFAULT_BG) {
                let _ = writeln!(
                    out,
                    "<rect x=\"{left}\" y=\"{top}\" width=\"{span}\" height=\"{CELL_HEIGHT}\" fill=\"{bg}\"/>"
                );
            }
            let mut attributes = format!("fill=\"{fg}\"");
            if run.style.modifiers.contains(Modifier::BOLD) {
                attributes.push_str(" font-weight=\"bold\"");
            }
            if run.style.modifiers.contains(Modifier::ITALIC) {
                attributes.push_str(" font-style=\"italic\"");
            }
            if run.style.modifiers.contains(Modifier::UNDERLINED) {
                attributes.push_str(" text-decoration=\"underline\"");
            }
            for (column, cells, word) in words(&run.text, run.x - area.left()) {
                let _ = writeln!(
                    out,
                    "<text x=\"{}\" y=\"{}\" {attributes} textLength=\"{}\" lengthAdjust=\"spacingAndGlyphs\">{}</text>",
                    u32::from(column) * CELL_WIDTH,
                    top + CELL_HEIGHT / 2,
                    u32::from(cells) * CELL_WIDTH,
                    xml_escape(&word)
                );
            }
        }
    }
    out.push_str("</g>\n</svg>\n");
    out
}
