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
        '·' | '⋅' => '.',
        // Chart guides: the selected year, the zero line, an axis cut above zero.
        '┊' => ':',
        '┄' => '-',
        '≈' => '~',
        // The target line's glyph, apart from the braille line's `.`.
        '•' => '*',
        // Marks that no key uses: met, at risk, off track.
        '▲' => '+',
        '▼' => '!',
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

/// Key names in ASCII mode, as words: `↑↓` is `Up/Dn` and `←→` is `Lt/Rt`, since
/// one-character stand-ins (`^ v < >`) would read as keys of their own (`v` shares the
/// view).
pub fn ascii_keys(label: &str) -> String {
    KEY_WORDS
        .iter()
        .fold(label.to_string(), |text, (arrow, word)| {
            text.replace(arrow, word)
        })
}

/// Arrows of key names and their words, pairs first.
const KEY_WORDS: [(&str, &str); 6] = [
    ("↑↓", "Up/Dn"), // not translated: key names as printed on keys
    ("←→", "Lt/Rt"), // not translated: key names as printed on keys
    ("↑", "Up"),     // not translated: key names as printed on keys
    ("↓", "Dn"),     // not translated: key names as printed on keys
    ("←", "Lt"),     // not translated: key names as printed on keys
    ("→", "Rt"),     // not translated: key names as printed on keys
];

/// Key names as drawn: in words in ASCII mode, as they are otherwise.
pub fn key_names(label: String, ascii: bool) -> String {
    if ascii { ascii_keys(&label) } else { label }
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
        assert_eq!(text, "++o!#.~Aeron");
        assert!(text.is_ascii());
    }

    #[test]
    fn arrows_of_keys_become_words_that_no_key_is() {
        assert_eq!(ascii_keys("↑↓"), "Up/Dn");
        assert_eq!(ascii_keys("←→"), "Lt/Rt");
        assert_eq!(ascii_keys("↓ more"), "Dn more");
        assert_eq!(key_names("↑ k".into(), false), "↑ k");
        assert_eq!(key_names("↑ k".into(), true), "Up k");
        // Status marks are not keys either.
        assert_ne!(ascii_char('▼'), 'v');
        assert_ne!(ascii_char('▲'), '^');
        assert_ne!(ascii_char('•'), ascii_char('⠒'), "the target and a line");
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
