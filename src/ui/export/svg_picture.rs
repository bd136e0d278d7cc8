//! An SVG picture of the cell grid: monospace text in runs of one style, each run
//! stretched to exactly its cells so box and chart glyphs line up as in a terminal.

use std::fmt::Write;

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use super::cell_runs::row_runs;
use super::palette::{DEFAULT_BG, DEFAULT_FG, hex};

/// The width of a cell in the picture, in pixels.
pub const CELL_WIDTH: u32 = 9;
/// The height of a cell in the picture, in pixels.
pub const CELL_HEIGHT: u32 = 18;
/// The fonts tried in order.
pub const FONT_FAMILY: &str =
    "'DejaVu Sans Mono', 'Menlo', 'Consolas', 'Liberation Mono', monospace";

/// Escapes text for XML.
pub fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The colours of a run, with reverse video applied.
pub fn run_colors(fg: Color, bg: Color, modifiers: Modifier) -> (String, String) {
    let (fg_hex, bg_hex) = (hex(fg, DEFAULT_FG), hex(bg, DEFAULT_BG));
    if modifiers.contains(Modifier::REVERSED) {
        (bg_hex, fg_hex)
    } else {
        (fg_hex, bg_hex)
    }
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
            if run.text.trim().is_empty() {
                continue;
            }
            let mut attributes =
                format!("x=\"{left}\" y=\"{}\" fill=\"{fg}\"", top + CELL_HEIGHT / 2);
            if run.style.modifiers.contains(Modifier::BOLD) {
                attributes.push_str(" font-weight=\"bold\"");
            }
            if run.style.modifiers.contains(Modifier::ITALIC) {
                attributes.push_str(" font-style=\"italic\"");
            }
            if run.style.modifiers.contains(Modifier::UNDERLINED) {
                attributes.push_str(" text-decoration=\"underline\"");
            }
            let _ = writeln!(
                out,
                "<text {attributes} textLength=\"{span}\" lengthAdjust=\"spacingAndGlyphs\">{}</text>",
                xml_escape(&run.text)
            );
        }
    }
    out.push_str("</g>\n</svg>\n");
    out
}
