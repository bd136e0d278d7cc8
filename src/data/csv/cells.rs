//! Parsers for single cells: numbers, years and enum words, each saying what it expected.

use crate::data::format::number_format::FileNumbers;
use crate::data::format::period::parse_year;
use crate::data::format::problem::FileProblems;
use crate::data::format::vocabulary::Vocabulary;
use crate::i18n::phrase::Phrase;

/// What a number cell must hold, for error messages.
pub fn number_expected() -> Phrase {
    Phrase::new("expected.number")
}

/// What a year cell must hold, for error messages.
pub fn year_expected() -> Phrase {
    Phrase::new("expected.year")
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

/// Reads a required number as the file writes numbers, reporting anything that is not
/// a finite number or whose decimal mark is not clear, quoted as the file wrote it.
pub fn number_cell(
    problems: &mut FileProblems,
    line: u64,
    column: &str,
    text: &str,
    numbers: &FileNumbers,
) -> Option<f64> {
    match numbers.read(text) {
        Ok(value) => Some(value),
        Err(expected) => {
            problems.bad_cell(line, column, expected, text);
            None
        }
    }
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
    use crate::data::format::problem::Problem;

    #[test]
    fn numbers_must_be_finite_decimals_and_are_quoted_as_written() {
        let mut evidence = crate::data::format::number_format::NumberEvidence::default();
        evidence.add(4, "0.5");
        let numbers = evidence.decide();
        let mut sink: Vec<Problem> = Vec::new();
        let mut problems = FileProblems::new("f.csv", &mut sink);
        assert_eq!(
            number_cell(&mut problems, 2, "value", "12.5", &numbers),
            Some(12.5)
        );
        assert_eq!(
            number_cell(&mut problems, 2, "value", "-3", &numbers),
            Some(-3.0)
        );
        assert_eq!(
            number_cell(&mut problems, 2, "value", "1e3", &numbers),
            Some(1000.0)
        );
        for bad in [
            "",
            "NaN",
            "inf",
            "-infinity",
            "1e400",
            "abc",
            "0x10",
            "1 000",
            "2024,0",
        ] {
            assert_eq!(
                number_cell(&mut problems, 3, "value", bad, &numbers),
                None,
                "{bad:?}"
            );
        }
        drop(problems);
        assert_eq!(
            sink.last().unwrap().to_string(),
            r#"f.csv:3: column "value": expected a number with a decimal point, as the rest of the file (line 4: "0.5"), found "2024,0""#
        );
    }
}
