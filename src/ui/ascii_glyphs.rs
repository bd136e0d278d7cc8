//! ASCII mode: after a frame is drawn, every glyph outside ASCII (box and chart
//! characters, marks, accents) is replaced by an ASCII look-alike, so the same drawing
//! code serves terminals without Unicode fonts.

use ratatui::buffer::Buffer;

use crate::app::fuzzy_match::without_accent;

/// The ASCII stand-in for one character.
pub fn ascii_char(c: char) -> char {
    match c {
        c if c.is_ascii() => c,
        '─' | '━' | '═' | '╌' => '-',
        '│' | '┃' | '║' | '╎' => '|',
        '┌' | '┐' | '└' | '┘' | '├' | '┤' | '┬' | '┴' | '┼' | '╭' | '╮' | '╰' | '╯' => {
            '+'
        }
        '█' | '▉' | '▊' | '▇' | '▆' => '#',
        '▋' | '▌' | '▍' | '▅' | '▄' => '=',
        '▎' | '▏' | '▃' | '▂' | '▁' | '▀' => '-',
        '·' | '•' | '⋅' => '.',
        '▲' => '^',
        '▼' => 'v',
        '●' => 'o',
        '↑' => '^',
        '↓' => 'v',
        '←' => '<',
        '→' => '>',
        '…' => '~',
        '€' => 'E',
        '×' => 'x',
        // Spaces that do not break (in "12,5 %"), dashes, quotes, Spanish marks.
        '\u{a0}' | '\u{2007}' | '\u{2009}' | '\u{202f}' => ' ',
        '–' | '—' | '‐' | '−' => '-',
        '‘' | '’' | '‚' => '\'',
        '“' | '”' | '„' | '«' | '»' => '"',
        '¡' => '!',
        '¿' => '?',
        '\u{2800}' => ' ',
        '\u{2801}'..='\u{28ff}' => '.',
        c if without_accent(c) != c => without_accent(c),
        _ => '?',
    }
}

/// Replaces every non-ASCII glyph in the buffer with its stand-in; a wide glyph
/// becomes one stand-in and a space.
pub fn to_ascii(buffer: &mut Buffer) {
    let area = buffer.area;
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let cell = &mut buffer[(x, y)];
            let symbol = cell.symbol();
            if symbol.is_ascii() {
                continue;
            }
            let replacement: String = symbol.chars().next().map(ascii_char).into_iter().collect();
            cell.set_symbol(if replacement.is_empty() {
                " "
            } else {
                &replacement
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;

    #[test]
    fn everything_becomes_ascii() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 12, 1));
        buffer.set_string(0, 0, "┌▲●▼█⣿…Aeroná", ratatui::style::Style::new());
        to_ascii(&mut buffer);
        let text: String = (0..12)
            .map(|x| buffer[(x, 0)].symbol().to_string())
            .collect();
        assert_eq!(text, "+^ov#.~Aeron");
        assert!(text.is_ascii());
    }

    #[test]
    fn every_character_of_every_catalogue_has_a_stand_in() {
        for (lang, catalogue) in crate::i18n::Lang::ALL
            .iter()
            .zip(crate::i18n::catalogues().iter())
        {
            for (key, text) in catalogue {
                for c in text.chars().filter(|c| !c.is_ascii() && *c != '¿') {
                    assert_ne!(
                        ascii_char(c),
                        '?',
                        "{} {key}: {c:?} has no ASCII stand-in",
                        lang.code()
                    );
                }
            }
        }
        assert_eq!(ascii_char('\u{a0}'), ' ', "the space in \"12,5 %\"");
        assert_eq!(ascii_char('–'), '-');
    }
}
