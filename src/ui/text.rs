//! Text for the screen: data-file text made safe, truncation with an ellipsis, and
//! numbers with their unit.

use unicode_width::UnicodeWidthStr;

use crate::data::problem::ProblemCounts;
use crate::data::vocabulary::Unit;

/// Makes text from a data file safe to draw: control characters (including ESC, which
/// starts escape sequences) become visible caret notation such as `^[`.
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
            c => out.push(c),
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
    out.push('…');
    out
}

/// A number with thousands separators and the unit's precision, without the unit.
pub fn number(value: f64, unit: Unit) -> String {
    let decimals = match unit {
        Unit::Count | Unit::Hours | Unit::EurK => {
            usize::from(value.fract().abs() > 0.05 && value.abs() < 100.0)
        }
        Unit::Pct | Unit::EurM | Unit::Score => 1,
    };
    let text = format!("{:.*}", decimals, value.abs() + 0.0);
    let (whole, fraction) = text
        .split_once('.')
        .map_or((text.as_str(), None), |(w, f)| (w, Some(f)));
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let sign = if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        "-"
    } else {
        ""
    };
    match fraction {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A number followed by its unit's suffix: `1,234`, `12.5%`, `2,153.4 M€`.
pub fn with_unit(value: f64, unit: Unit) -> String {
    let suffix = unit.suffix();
    match unit {
        Unit::Count => number(value, unit),
        Unit::Pct => format!("{}%", number(value, unit)),
        _ => format!("{} {suffix}", number(value, unit)),
    }
}

/// A change with its sign: `+3`, `-1.2%`, `0`.
pub fn signed(value: f64, unit: Unit) -> String {
    let text = with_unit(value, unit);
    if value > 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{text}")
    } else {
        text
    }
}

/// A share as a whole percentage, `78%`, rounded down below 100% so that a target
/// missed by a hair never reads as `100%`.
pub fn percent(share: f64) -> String {
    format!("{}%", whole_percent(share))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_visible() {
        assert_eq!(safe("a\u{1b}[2Jb"), "a^[[2Jb");
        assert_eq!(safe("bell\u{7}\ttab"), "bell^G^Itab");
        assert_eq!(safe("\u{9b}31m"), "?31m");
        assert_eq!(safe("Aeronáutica"), "Aeronáutica");
    }

    #[test]
    fn truncation_keeps_the_width() {
        assert_eq!(truncate("Aerospace", 20), "Aerospace");
        assert_eq!(truncate("Aerospace", 5), "Aero…");
        assert_eq!(truncate("Aerospace", 1), "…");
        assert_eq!(truncate("Aerospace", 0), "");
    }

    #[test]
    fn numbers_carry_separators_and_units() {
        assert_eq!(with_unit(1234.0, Unit::Count), "1,234");
        assert_eq!(with_unit(12.46, Unit::Pct), "12.5%");
        assert_eq!(with_unit(2153.4, Unit::EurM), "2,153.4 M€");
        assert_eq!(with_unit(-21.1, Unit::Pct), "-21.1%");
        assert_eq!(with_unit(7.5, Unit::Count), "7.5");
        assert_eq!(signed(3.0, Unit::Count), "+3");
        assert_eq!(signed(0.0, Unit::Count), "0");
        assert_eq!(signed(-0.04, Unit::Pct), "0.0%");
        assert_eq!(percent(0.777), "77%");
        assert_eq!(percent(0.9996), "99%");
        assert_eq!(percent(1.004), "100%");
    }
}

/// "1 cluster", "2 clusters": a count and a noun that takes an `s` in the plural.
pub fn counted(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// "1 error, 2 warnings": a count of problems in words.
pub fn problem_counts(counts: ProblemCounts) -> String {
    format!(
        "{}, {}",
        counted(counts.errors, "error"),
        counted(counts.warnings, "warning")
    )
}
