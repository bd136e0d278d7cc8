//! Text for the screen: data-file text made safe, truncation with an ellipsis, and
//! numbers with their unit.

use unicode_width::UnicodeWidthStr;

use crate::data::format::problem::ProblemCounts;
use crate::data::format::vocabulary::{LabelWord, OutlookWord, Unit, Vocabulary};
use crate::i18n::Lang;
use crate::visible_text::push_visible;

/// Makes text from a data file safe to draw: control characters (including ESC, which
/// starts escape sequences) become visible caret notation such as `^[`, and invisible
/// or bidirectional characters are spelled out as `<U+202E>`.
pub fn safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{0}'..='\u{1f}' => {
                out.push('^');
                out.push(char::from(b'@' + c as u8));
            }
            '\u{7f}' => out.push_str("^?"),
            c if c.is_control() => out.push('?'),
            c => push_visible(&mut out, c),
        }
    }
    out
}

/// Cuts text to `width` columns, ending with `…` when it had to cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    // "Clusters…", not "Clusters …".
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// `text` in lines of at most `width` columns, broken between words (a word longer
/// than the width keeps a line of its own).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(line) if line.width() + 1 + word.width() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// Text padded with spaces to `width` columns, counting columns (a CJK character takes
/// two), not characters as `format!`'s padding does.
pub fn padded(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

/// A number with thousands separators and the unit's precision, without the unit,
/// as the language writes it.
pub fn number(lang: Lang, value: f64, unit: Unit) -> String {
    if unit == Unit::Outlook {
        // An outlook's value is a word (or, combined, a balance), never a bare number.
        return outlook_text(lang, value);
    }
    if let (Unit::Label, Some(word)) = (unit, LabelWord::of(value)) {
        return lang.word("label", word.word()).to_string();
    }
    let decimals = match unit {
        Unit::Count | Unit::Hours | Unit::EurK => {
            usize::from(value.fract().abs() > 0.05 && value.abs() < 100.0)
        }
        Unit::Pct | Unit::EurM | Unit::Score => 1,
        Unit::Outlook | Unit::Label => 1,
    };
    lang.decimal(value, decimals)
}

/// A number followed by its unit's suffix: `1,234`, `12.5%`, `2,153.4 M€` in English,
/// `12,5 %` and `2.153,4 M€` in Spanish and Basque.
pub fn with_unit(lang: Lang, value: f64, unit: Unit) -> String {
    let suffix = lang.word("unit_suffix", unit.word());
    match unit {
        Unit::Count => number(lang, value, unit),
        Unit::Outlook => outlook_text(lang, value),
        Unit::Label => number(lang, value, unit),
        Unit::Pct => lang.percent_of(&number(lang, value, unit)),
        _ => format!("{} {suffix}", number(lang, value, unit)),
    }
}

/// An outlook: its word for one cluster's -1, 0 or 1 ("worse", "same", "better"), and
/// for several clusters combined the balance, better less worse in points ("balance +40").
pub fn outlook_text(lang: Lang, value: f64) -> String {
    match OutlookWord::of(value) {
        Some(word) => lang.word("outlook", word.word()).to_string(),
        None => {
            let points = (value * 100.0).round();
            let signed = if points > 0.0 {
                format!("+{}", lang.decimal(points, 0))
            } else {
                lang.decimal(points, 0)
            };
            lang.f("outlook.balance", &[("points", &signed)])
        }
    }
}

/// A change with its sign: `+3`, `-1.2 pp`, `0`. A percentage changes by points.
pub fn signed(lang: Lang, value: f64, unit: Unit) -> String {
    with_sign(
        value,
        match unit {
            Unit::Pct => lang.f("chart.points_change", &[("n", &number(lang, value, unit))]),
            _ => with_unit(lang, value, unit),
        },
    )
}

/// A change with its sign in words for reading aloud: as [`signed`], but a percentage
/// changes by `1.2 points`.
pub fn signed_in_words(lang: Lang, value: f64, unit: Unit) -> String {
    with_sign(
        value,
        match unit {
            Unit::Pct => lang.f("plain.trend.points", &[("n", &number(lang, value, unit))]),
            _ => with_unit(lang, value, unit),
        },
    )
}

/// `text` for `value` with a `+` in front when the value is positive and shows a digit
/// other than 0.
fn with_sign(value: f64, text: String) -> String {
    if value > 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{text}")
    } else {
        text
    }
}

/// A share as a whole percentage, `78%` (`78 %` in Spanish and Basque), rounded down
/// below 100% so that a target missed by a hair never reads as `100%`.
pub fn percent(lang: Lang, share: f64) -> String {
    lang.percent_of(&whole_percent(share).to_string())
}

/// The whole percentage of a share, rounded down below 100% (see [`percent`]).
pub fn whole_percent(share: f64) -> i64 {
    let value = share * 100.0;
    if share < 1.0 {
        value.floor() as i64
    } else {
        value.round() as i64
    }
}

/// "1 error, 2 warnings": a count of problems in words.
pub fn problem_counts(lang: Lang, counts: ProblemCounts) -> String {
    lang.f(
        "problems.counts",
        &[
            ("errors", &lang.count("count.error", counts.errors)),
            ("warnings", &lang.count("count.warning", counts.warnings)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_visible() {
        assert_eq!(safe("a\u{1b}[2Jb"), "a^[[2Jb");
        assert_eq!(safe("bell\u{7}\ttab"), "bell^G^Itab");
        assert_eq!(safe("\u{9b}31m"), "?31m");
        assert_eq!(safe("Aeronáutica"), "Aeronáutica");
        assert_eq!(safe("AB\u{202e}CD\u{200b}"), "AB<U+202E>CD<U+200B>");
    }

    #[test]
    fn truncation_keeps_the_width() {
        assert_eq!(truncate("Aerospace", 20), "Aerospace");
        assert_eq!(truncate("Aerospace", 5), "Aero…");
        assert_eq!(truncate("Aerospace", 1), "…");
        assert_eq!(truncate("Aerospace", 0), "");
        assert_eq!(truncate("R&D spend", 5), "R&D…");
        assert_eq!(padded("航空", 6), "航空  ");
        assert_eq!(padded("Aero", 6), "Aero  ");
        assert_eq!(padded("Aerospace", 4), "Aerospace");
    }

    #[test]
    fn numbers_carry_separators_and_units() {
        let en = Lang::En;
        assert_eq!(with_unit(en, 1234.0, Unit::Count), "1,234");
        assert_eq!(with_unit(en, 12.46, Unit::Pct), "12.5%");
        assert_eq!(with_unit(en, 2153.4, Unit::EurM), "2,153.4 M€");
        assert_eq!(with_unit(en, -21.1, Unit::Pct), "-21.1%");
        assert_eq!(with_unit(en, 7.5, Unit::Count), "7.5");
        assert_eq!(signed(en, 3.0, Unit::Count), "+3");
        assert_eq!(signed(en, 0.0, Unit::Count), "0");
        assert_eq!(signed(en, -0.04, Unit::Pct), "0.0 pp");
        assert_eq!(signed(en, -1.26, Unit::Pct), "-1.3 pp");
        assert_eq!(signed_in_words(en, 0.4, Unit::Pct), "+0.4 points");
        assert_eq!(signed_in_words(en, 3.0, Unit::Count), "+3");
        assert_eq!(percent(en, 0.777), "77%");
        assert_eq!(percent(en, 0.9996), "99%");
        assert_eq!(percent(en, 1.004), "100%");
    }

    #[test]
    fn spanish_and_basque_write_numbers_with_a_decimal_comma() {
        for lang in [Lang::Es, Lang::Eu] {
            assert_eq!(with_unit(lang, 1234.0, Unit::EurK), "1.234 k€");
            assert_eq!(with_unit(lang, 7.5, Unit::Count), "7,5");
            assert_eq!(with_unit(lang, 12.46, Unit::Pct), "12,5\u{a0}%");
            assert_eq!(with_unit(lang, 2153.4, Unit::EurM), "2.153,4 M€");
            assert_eq!(signed(lang, 3.26, Unit::Pct), "+3,3 p.p.");
            assert_eq!(percent(lang, 0.777), "77\u{a0}%");
        }
    }
}
