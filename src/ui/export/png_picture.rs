//! A PNG picture of a frame, drawn cell by cell as a terminal draws it: each cell's
//! ground, then its character, as a shape (lines, blocks, braille) or from the shipped
//! fonts. Rows of cells are encoded as they are drawn, so a large frame never holds
//! all its pixels at once.

use std::io::Write;

use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use unicode_width::UnicodeWidthStr;

use super::cell_shapes::draw_shape;
use super::font_glyphs::CellFonts;
#[cfg(test)]
use super::palette::rgb;
use super::palette::{DEFAULT_BG, shown_colors};
use super::pixel_strip::{PixelRect, PixelStrip, Rgb};
use super::svg_picture::{CELL_HEIGHT, CELL_WIDTH};

/// Pixels of the PNG per pixel of the SVG: 2 makes a 120x40 frame 2160x1440, sharp on
/// a projector.
pub const PNG_SCALE: u32 = 2;

/// The PNG picture of `buffer` at `scale` times the SVG's size, or why it could not be
/// made.
pub fn png_picture(buffer: &Buffer, scale: u32) -> Result<Vec<u8>, String> {
    let fonts = CellFonts::shipped()?;
    let area = buffer.area;
    let (cell_width, cell_height) = (CELL_WIDTH * scale, CELL_HEIGHT * scale);
    let (width, height) = (
        u32::from(area.width) * cell_width,
        u32::from(area.height) * cell_height,
    );
    let mut png = Vec::new();
    let mut encoder = png::Encoder::new(&mut png, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    let mut stream = writer.stream_writer().map_err(|e| e.to_string())?;
    for y in area.top()..area.bottom() {
        let strip = row_strip(buffer, y, &fonts, (cell_width, cell_height));
        stream.write_all(&strip.bytes).map_err(|e| e.to_string())?;
    }
    stream.finish().map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(png)
}

/// A line under the cell's letters, near its foot.
fn underline(strip: &mut PixelStrip, cell: PixelRect, color: Rgb) {
    let thickness = (cell.height / 18).max(1);
    let rect = PixelRect {
        y: cell.y + cell.height - 2 * thickness,
        height: thickness,
        ..cell
    };
    strip.fill(rect, color, 1.0);
}

/// The pixels of row `y` of the buffer.
fn row_strip(buffer: &Buffer, y: u16, fonts: &CellFonts, (w, h): (u32, u32)) -> PixelStrip {
    let area = buffer.area;
    let mut strip = PixelStrip::new(u32::from(area.width) * w, h, DEFAULT_BG);
    let mut x = area.left();
    while x < area.right() {
        let cell = &buffer[(x, y)];
        let symbol = cell.symbol();
        let columns = (symbol.width() as u16).clamp(1, area.right() - x);
        let (fg, bg) = shown_colors(cell.fg, cell.bg, cell.modifier);
        let rect = PixelRect {
            x: (u32::from(x - area.left()) * w) as i32,
            y: 0,
            width: (u32::from(columns) * w) as i32,
            height: h as i32,
        };
        if bg != DEFAULT_BG {
            strip.fill(rect, bg, 1.0);
        }
        let mut chars = symbol.chars();
        let shape = match (chars.next(), chars.next()) {
            (Some(c), None) => draw_shape(&mut strip, rect, c, fg),
            _ => false,
        };
        if !shape && !symbol.trim().is_empty() {
            let bold = cell.modifier.contains(Modifier::BOLD);
            fonts.draw(&mut strip, rect, symbol, fg, bold);
        }
        if cell.modifier.contains(Modifier::UNDERLINED) {
            underline(&mut strip, rect, fg);
        }
        x += columns;
    }
    strip
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Style};

    /// The picture's size and its RGB bytes.
    fn decoded(png: &[u8]) -> (u32, u32, Vec<u8>) {
        let mut reader = png::Decoder::new(std::io::Cursor::new(png))
            .read_info()
            .unwrap();
        let mut bytes = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut bytes).unwrap();
        assert_eq!(info.color_type, png::ColorType::Rgb);
        (info.width, info.height, bytes)
    }

    #[test]
    fn a_picture_is_twice_the_svg_size_with_letters_lines_and_braille_drawn() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 10, 2));
        buffer.set_string(0, 0, "HEGAN ⣀⠤│", Style::default());
        buffer.set_string(8, 1, "│", Style::default());
        buffer.set_string(0, 1, "ok", Style::default().bg(Color::Blue));
        let (width, height, bytes) = decoded(&png_picture(&buffer, PNG_SCALE).unwrap());
        assert_eq!((width, height), (180, 72));
        let pixel = |x: u32, y: u32| {
            let at = (y * width + x) as usize * 3;
            (bytes[at], bytes[at + 1], bytes[at + 2])
        };
        let lit = |columns: std::ops::Range<u32>, rows: std::ops::Range<u32>| {
            columns
                .flat_map(|x| rows.clone().map(move |y| (x, y)))
                .filter(|&(x, y)| pixel(x, y).0 > 128)
                .count()
        };
        assert!(lit(0..90, 0..36) > 50, "the letters are drawn");
        // `⣀` is two dots at the foot of its cell: dots below, nothing above.
        assert!(lit(108..126, 27..36) > 4, "the braille's dots are drawn");
        assert_eq!(lit(108..126, 0..24), 0, "and only its dots");
        // The two `│` make one unbroken line down both rows.
        assert!((0..72).all(|y| pixel(153, y).0 > 128), "the line joins");
        // The ground of `ok` is blue, the default ground elsewhere.
        assert_eq!(pixel(1, 37), rgb(Color::Blue).unwrap());
        assert_eq!(pixel(60, 40), DEFAULT_BG);
    }

    #[test]
    fn reverse_video_swaps_the_colours() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 1, 1));
        let style = Style::default()
            .fg(Color::Red)
            .bg(Color::Black)
            .add_modifier(Modifier::REVERSED);
        buffer.set_string(0, 0, " ", style);
        let (_, _, bytes) = decoded(&png_picture(&buffer, 1).unwrap());
        assert_eq!((bytes[0], bytes[1], bytes[2]), rgb(Color::Red).unwrap());
    }

    #[test]
    fn an_underlined_blank_cell_has_a_line_under_it() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 1, 1));
        let style = Style::default()
            .fg(Color::White)
            .add_modifier(Modifier::UNDERLINED);
        buffer.set_string(0, 0, " ", style);
        let (width, _, bytes) = decoded(&png_picture(&buffer, PNG_SCALE).unwrap());
        let red = |x: u32, y: u32| bytes[(y * width + x) as usize * 3];
        assert!((0..18).all(|x| red(x, 32) > 128), "a line under it");
        assert!((0..18).all(|x| red(x, 20) < 128), "and nothing above");
    }
}
