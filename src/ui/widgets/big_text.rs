//! Large numbers for review mode: digits five rows tall, readable across a meeting room.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

/// The rows of one glyph, five rows tall and three cells wide (the percent sign five,
/// with its two rings and its slash, so it never reads as an X).
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
        '%' => ["██  █", "██ █ ", "  █  ", " █ ██", "█  ██"],
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
        .map(|c| glyph(c).map(|rows| glyph_width(&rows) + 1))
        .sum::<Option<u16>>()
        .map(|w| w.saturating_sub(1))
}

/// The columns of one glyph.
fn glyph_width(rows: &[&str; 5]) -> u16 {
    rows[0].chars().count() as u16
}

/// Draws `text` in big glyphs at the top left of `area` when it fits, else as plain
/// text; returns whether it drew big.
pub fn draw_big(buf: &mut Buffer, area: Rect, text: &str, style: Style) -> bool {
    let area = area.intersection(buf.area);
    match big_width(text) {
        Some(width) if width <= area.width && BIG_HEIGHT <= area.height => {
            // Drawn in blocks, never underlined: a line through big digits hides them.
            let style = style.remove_modifier(Modifier::UNDERLINED);
            let mut x = area.x;
            for c in text.chars() {
                let rows = glyph(c).expect("big_width checked every character");
                for (row, line) in rows.iter().enumerate() {
                    buf.set_string(x, area.y + row as u16, line, style);
                }
                x += glyph_width(&rows) + 1;
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
        let row: String = (0..13).map(|x| buf[(x, 0)].symbol().to_string()).collect();
        assert_eq!(row, "███ ███ ██  █");
        assert_eq!(big_width("78%"), Some(13));
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

    #[test]
    fn the_percent_sign_has_two_rings_and_a_slash_not_four_corners() {
        let rows = glyph('%').unwrap();
        let cell = |x: usize, y: usize| rows[y].chars().nth(x) == Some('█');
        let last = glyph_width(&rows) as usize - 1;
        // A ring at the top left and at the bottom right, two cells square.
        assert!(cell(0, 0) && cell(1, 0) && cell(0, 1) && cell(1, 1));
        assert!(cell(last, 4) && cell(last - 1, 4) && cell(last, 3) && cell(last - 1, 3));
        // The slash runs from the top right to the bottom left through the middle.
        assert!(cell(last, 0) && cell(last / 2, 2) && cell(0, 4));
        assert!(
            !cell(last / 2, 0) && !cell(last / 2, 4),
            "no X through the middle"
        );
    }

    #[test]
    fn big_digits_are_never_underlined() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 20, 5));
        let underlined = Style::new().add_modifier(Modifier::UNDERLINED);
        assert!(draw_big(
            &mut buf,
            Rect::new(0, 0, 20, 5),
            "25%",
            underlined
        ));
        for y in 0..5 {
            for x in 0..20 {
                assert!(
                    !buf[(x, y)].modifier.contains(Modifier::UNDERLINED),
                    "({x}, {y})"
                );
            }
        }
    }
}
