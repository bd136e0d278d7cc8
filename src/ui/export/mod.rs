//! Faithful copies of a drawn frame without a terminal: plain text, text with ANSI
//! colours, SVG and HTML pictures of the cell grid, and a PNG picture of it. Every format reads the same
//! buffer that the dashboard draws.

pub mod ansi_text;
pub mod box_lines;
pub mod cell_runs;
pub mod cell_shapes;
pub mod font_glyphs;
pub mod html_page;
pub mod palette;
pub mod pixel_strip;
pub mod png_picture;
pub mod svg_picture;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

use crate::app::state::App;
use crate::i18n::Lang;

use super::draw;
use super::theme::Theme;

/// A format a frame can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameFormat {
    /// Plain text, trailing spaces trimmed.
    Text,
    /// Text with ANSI colour sequences, for `cat` in a terminal.
    Ansi,
    /// An SVG picture of the cell grid.
    Svg,
    /// An HTML page with the cell grid.
    Html,
}

/// Draws the app into an off-screen buffer of this size, through the dashboard's own
/// drawing code.
pub fn render_offscreen(app: &App, theme: &Theme, width: u16, height: u16) -> Buffer {
    let mut terminal =
        Terminal::new(TestBackend::new(width, height)).expect("a test backend never fails");
    terminal
        .draw(|frame| {
            draw(frame, app, theme);
        })
        .expect("a test backend never fails");
    terminal.backend().buffer().clone()
}

/// Writes a buffer in a format; `title` names the picture in SVG and HTML, whose page
/// says it is in `lang`.
pub fn export_frame(buffer: &Buffer, format: FrameFormat, title: &str, lang: Lang) -> String {
    match format {
        FrameFormat::Text => plain_text(buffer),
        FrameFormat::Ansi => ansi_text::ansi_text(buffer),
        FrameFormat::Svg => svg_picture::svg_picture(buffer, title),
        FrameFormat::Html => html_page::html_page(buffer, title, lang),
    }
}

/// The buffer as text, one line per row, trailing spaces trimmed.
pub fn plain_text(buffer: &Buffer) -> String {
    super::buffer_text(buffer)
        .lines()
        .map(|line| format!("{}\n", line.trim_end()))
        .collect()
}
