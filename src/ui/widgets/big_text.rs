//! Large numbers for review mode: digits five rows tall, readable across a meeting room.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

/// The rows of one glyph, three cells wide and five rows tall.
fn glyph(c: char) -> Option<[&'static str; 5]> {
    Some(match c {
        '0' => ["███", "█ █", "█ █", "█ █", "███"],
        '1' => [" █ ", "██ ", " █ ", " █ ", "███"],
        '2' => ["███", "  █", "███", "█  ", "███"],
        '3' => ["███", "  █", "███", "  █", "███"],
        '4' => ["█ █", "█ █", "███", "  █", "  █"],
        '5' => ["███", "█  ", "███", "  █", "███"],
        '6' => ["███", "█  ", "███", "█ █", "███"],
        '7' => ["███", "  █", "  █", "  █", "  █"],
        '8' => ["███", "█ █", "███", "█ █", "███"],
        '9' => ["███", "█ █", "███", "  █", "███"],
        '%' => ["█ █", "  █", " █ ", "█  ", "█ █"],
        ',' => ["   ", "   ", "   ", " █ ", "█  "],
        '.' => ["   ", "   ", "   ", "   ", " █ "],
        '-' | '–' => ["   ", "   ", "███", "   ", "   "],
        ' ' => ["   ", "   ", "   ", "   ", "   "],
        _ => return None,
    })
}

/// The rows a big text takes.
pub const BIG_HEIGHT: u16 = 5;

/// The columns `text` takes in big glyphs (a glyph and a space each), or `None` when a
/// character has no big glyph.
pub fn big_width(text: &str) -> Option<u16> {
    text.chars()
        .map(|c| glyph(c).map(|_| 4u16))
        .sum::<Option<u16>>()
        .map(|w| w.saturating_sub(1))
}

/// Draws `text` in big glyphs at the top left of `area` when it fits, else as plain
/// text; returns whether it drew big.
pub fn draw_big(buf: &mut Buffer, area: Rect, text: &str, style: Style) -> bool {
    let area = area.intersection(buf.area);
    match big_width(text) {
        Some(width) if width <= area.width && BIG_HEIGHT <= area.height => {
            for (i, c) in text.chars().enumerate() {
                let rows = glyph(c).expect("big_width checked every character");
                for (row, line) in rows.iter().enumerate() {
                    buf.set_string(area.x + i as u16 * 4, area.y + row as u16, line, style);
                }
            }
            true
        }
        _ => {
            if area.width > 0 && area.height > 0 {
                buf.set_stringn(area.x, area.y, text, area.width as usize, style);
            }
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_drawn_big_when_they_fit_and_plain_otherwise() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 20, 5));
        assert!(draw_big(
            &mut buf,
            Rect::new(0, 0, 20, 5),
            "78%",
            Style::new()
        ));
        let row: String = (0..11).map(|x| buf[(x, 0)].symbol().to_string()).collect();
        assert_eq!(row, "███ ███ █ █");
        assert_eq!(big_width("78%"), Some(11));
        let mut small = Buffer::empty(Rect::new(0, 0, 6, 2));
        assert!(!draw_big(
            &mut small,
            Rect::new(0, 0, 6, 2),
            "1,234",
            Style::new()
        ));
        assert_eq!(small[(0, 0)].symbol(), "1");
        assert_eq!(big_width("n/a"), None);
        let mut tiny = Buffer::empty(Rect::new(0, 0, 1, 1));
        draw_big(&mut tiny, Rect::new(0, 0, 0, 0), "5", Style::new());
    }
}
