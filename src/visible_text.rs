//! Characters that must never reach a screen, a page or a message as they are: the
//! invisible ones (zero-width spaces, joiners, soft hyphens, byte-order marks) and the
//! bidirectional controls that reverse the text after them. Text from a data file or a
//! path shows each as `<U+200B>`, so an id with a zero-width space inside no longer
//! looks valid and a right-to-left override cannot turn the rest of a row around.
//!
//! Control characters (C0, DEL, C1) are spelled out by the places that show text, each
//! in its notation (`^[` on the screen, `\u{1b}` in messages); this module decides only
//! what else is invisible. It uses no other module.

use std::fmt::Write;

/// Whether `c` is drawn as nothing, joins or reorders its neighbours, or breaks a line
/// without being a control character: Unicode's format characters (category Cf, which
/// holds every bidirectional control), the line and paragraph separators, and the
/// fillers that render blank.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{0600}'..='\u{0605}'
            | '\u{061C}'
            | '\u{06DD}'
            | '\u{070F}'
            | '\u{0890}'..='\u{0891}'
            | '\u{08E2}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// How an invisible character is shown: `<U+200B>`.
pub fn spelled(c: char) -> String {
    format!("<U+{:04X}>", u32::from(c))
}

/// Writes `c` into `out`, spelled out when it is invisible.
pub fn push_visible(out: &mut String, c: char) {
    if is_invisible(c) {
        // Writing into a String cannot fail.
        let _ = write!(out, "<U+{:04X}>", u32::from(c));
    } else {
        out.push(c);
    }
}

/// `text` with its invisible characters spelled out (control characters are left to
/// the caller's notation).
pub fn with_invisibles_spelled(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_invisible) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        push_visible(&mut out, c);
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidirectional_controls_and_zero_width_characters_are_spelled_out() {
        for c in ['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}'] {
            assert!(is_invisible(c), "{c:?}");
        }
        for c in [
            '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}',
        ] {
            assert!(is_invisible(c), "{c:?}");
        }
        for c in [
            '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{00AD}',
        ] {
            assert!(is_invisible(c), "{c:?}");
        }
        assert_eq!(with_invisibles_spelled("HEGAN\u{200B}"), "HEGAN<U+200B>");
        assert_eq!(with_invisibles_spelled("abc\u{202E}fed"), "abc<U+202E>fed");
        assert_eq!(spelled('\u{E0041}'), "<U+E0041>");
    }

    #[test]
    fn visible_text_in_every_script_is_left_as_it_is() {
        for text in [
            "Aeronáutica €",
            "Euskadiko Ingurumen",
            "航空",
            "ñ ç ß",
            "a b",
            "x\ty",
        ] {
            assert_eq!(with_invisibles_spelled(text), text);
        }
    }
}
