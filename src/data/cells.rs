//! Parsers for single cells: numbers, years and enum words, each saying what it expected.

use super::period::parse_year;
use super::problem::FileProblems;
use super::vocabulary::Vocabulary;
use crate::i18n::phrase::Phrase;

/// What a number cell must hold, for error messages.
pub fn number_expected() -> Phrase {
    Phrase::new("expected.number")
}

/// What a year cell must hold, for error messages.
pub fn year_expected() -> Phrase {
    Phrase::new("expected.year")
}

/// Parses a finite decimal number. `NaN`, `inf` and values too large for a
/// double (`1e400`) are refused.
pub fn parse_number(text: &str) -> Option<f64> {
    let text = text.trim();
    let looks_numeric = !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'));
    if !looks_numeric {
        return None;
    }
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Reads a required word from a closed list, reporting the list when the word is unknown.
pub fn word_cell<V: Vocabulary>(
    problems: &mut FileProblems,
    line: u64,
    column: &str,
    text: &str,
) -> Option<V> {
    let parsed = V::parse_word(text);
    if parsed.is_none() {
        problems.bad_cell(line, column, V::expected(), text);
    }
    parsed
}

/// The error of a cell whose problem is already among the file's problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlreadyReported;

/// Reads an optional word: empty is `Ok(None)`, an unknown word is reported and `Err`.
pub fn optional_word_cell<V: Vocabulary>(
    problems: &mut FileProblems,
    line: u64,
    column: &str,
    text: &str,
) -> Result<Option<V>, AlreadyReported> {
    if text.is_empty() {
        return Ok(None);
    }
    word_cell(problems, line, column, text)
        .map(Some)
        .ok_or(AlreadyReported)
}

/// Reads an optional year: empty is `Ok(None)`, anything else must be a year.
pub fn optional_year_cell(
    problems: &mut FileProblems,
    line: u64,
    column: &str,
    text: &str,
) -> Result<Option<i32>, AlreadyReported> {
    if text.is_empty() {
        return Ok(None);
    }
    match parse_year(text) {
        Some(year) => Ok(Some(year)),
        None => {
            problems.bad_cell(line, column, year_expected(), text);
            Err(AlreadyReported)
        }
    }
}

/// Reads a required number, reporting anything that is not a finite number.
pub fn number_cell(
    problems: &mut FileProblems,
    line: u64,
    column: &str,
    text: &str,
) -> Option<f64> {
    let parsed = parse_number(text);
    if parsed.is_none() {
        problems.bad_cell(line, column, number_expected(), text);
    }
    parsed
}

/// Reads required free text, reporting an empty cell.
pub fn text_cell(
    problems: &mut FileProblems,
    line: u64,
    column: &str,
    text: &str,
) -> Option<String> {
    if text.is_empty() {
        problems.bad_cell(line, column, Phrase::new("expected.non_empty_text"), text);
        return None;
    }
    Some(text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_must_be_finite_decimals() {
        assert_eq!(parse_number("12.5"), Some(12.5));
        assert_eq!(parse_number(" -3 "), Some(-3.0));
        assert_eq!(parse_number("1e3"), Some(1000.0));
        for bad in [
            "",
            "NaN",
            "inf",
            "-infinity",
            "1e400",
            "12,5",
            "abc",
            "0x10",
            "1 000",
        ] {
            assert_eq!(parse_number(bad), None, "{bad:?} should be refused");
        }
    }
}
