//! How a file writes its numbers, decided once for the whole file: with a decimal point
//! (`1,234.5`, as pandas and English spreadsheets write) or a decimal comma (`1.234,5`,
//! as Spanish and Basque spreadsheets write). The delimiter is no hint: LibreOffice in an
//! English locale and pandas' `to_csv(sep=";")` write `;` files with decimal points.
//!
//! Each number cell is read both ways. A cell only one way reads (`12.5`, `0.125`,
//! `12,5`, `1.234,5`) is evidence for that way; one both ways read alike (`2024`, `1e3`)
//! is neutral; one they read differently (`2.125`, `1,234`) is ambiguous and takes the
//! file's way. With no evidence, an ambiguous cell is a problem on its line, never a
//! guess. When a file holds evidence both ways, the way most of its cells take is the
//! file's; a cell written the other way, and every ambiguous cell, is a problem.

use crate::i18n::phrase::Phrase;

/// The character that starts the fraction of a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecimalMark {
    /// `12.5`, with `,` grouping thousands.
    Point,
    /// `12,5`, with `.` grouping thousands.
    Comma,
}

impl DecimalMark {
    /// The mark itself.
    fn mark(self) -> u8 {
        match self {
            DecimalMark::Point => b'.',
            DecimalMark::Comma => b',',
        }
    }

    /// The character that groups thousands when this is the mark.
    fn group(self) -> u8 {
        match self {
            DecimalMark::Point => b',',
            DecimalMark::Comma => b'.',
        }
    }
}

/// What one cell says about the file's decimal mark.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reading {
    /// Not a finite number either way.
    NotANumber,
    /// The same number either way (`2024`, `-3`, `1e3`).
    Neutral(f64),
    /// A number only with this mark.
    Only(DecimalMark, f64),
    /// A different number with each mark (`2.125`: 2.125 or 2125).
    Ambiguous {
        /// Read with a decimal point.
        point: f64,
        /// Read with a decimal comma.
        comma: f64,
    },
}

/// Reads a cell both ways.
pub fn reading(text: &str) -> Reading {
    let text = text.trim();
    match (
        read_with(text, DecimalMark::Point),
        read_with(text, DecimalMark::Comma),
    ) {
        (None, None) => Reading::NotANumber,
        (Some(point), None) => Reading::Only(DecimalMark::Point, point),
        (None, Some(comma)) => Reading::Only(DecimalMark::Comma, comma),
        (Some(point), Some(comma)) if point == comma => Reading::Neutral(point),
        (Some(point), Some(comma)) => Reading::Ambiguous { point, comma },
    }
}

/// Reads a number written with `mark`: an optional sign, digits (grouped by threes
/// with the other character, the first group of 1 to 3 digits not starting with 0, or
/// not grouped at all), an optional fraction after the mark, an optional exponent (only
/// after digits that are not grouped).
/// `NaN`, `inf` and values too large for a double (`1e400`) are not numbers.
pub fn read_with(text: &str, mark: DecimalMark) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut plain = String::with_capacity(bytes.len());
    let mut i = 0;
    if let Some(&sign @ (b'+' | b'-')) = bytes.first() {
        plain.push(char::from(sign));
        i = 1;
    }
    // The whole part, with its groups.
    let whole_start = i;
    let mut groups: Vec<usize> = Vec::new();
    let mut run = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_digit() {
            plain.push(char::from(b));
            run += 1;
        } else if b == mark.group() {
            groups.push(run);
            run = 0;
        } else {
            break;
        }
        i += 1;
    }
    if !groups.is_empty() {
        groups.push(run);
        let first_ok = (1..=3).contains(&groups[0]) && bytes[whole_start] != b'0';
        if !first_ok || groups[1..].iter().any(|&g| g != 3) {
            return None;
        }
    }
    let whole_digits = i - whole_start;
    // The fraction.
    let mut fraction_digits = 0;
    if bytes.get(i) == Some(&mark.mark()) {
        plain.push('.');
        i += 1;
        while let Some(&b) = bytes.get(i).filter(|b| b.is_ascii_digit()) {
            plain.push(char::from(b));
            fraction_digits += 1;
            i += 1;
        }
        // A mark with nothing after it (`12,`, `5.`) is more likely cut short than meant.
        if fraction_digits == 0 {
            return None;
        }
    }
    if whole_digits == 0 && fraction_digits == 0 {
        return None;
    }
    // The exponent, never after grouped digits.
    if let Some(&(b'e' | b'E')) = bytes.get(i) {
        if !groups.is_empty() {
            return None;
        }
        plain.push('e');
        i += 1;
        if let Some(&sign @ (b'+' | b'-')) = bytes.get(i) {
            plain.push(char::from(sign));
            i += 1;
        }
        let start = i;
        while let Some(&b) = bytes.get(i).filter(|b| b.is_ascii_digit()) {
            plain.push(char::from(b));
            i += 1;
        }
        if i == start {
            return None;
        }
    }
    if i != bytes.len() {
        return None;
    }
    plain.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The first cell seen written one way, to show in a message.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Example {
    line: u64,
    text: String,
}

/// Collects the evidence of a file's number cells, then decides its mark.
#[derive(Debug, Clone, Default)]
pub struct NumberEvidence {
    /// Cells only a decimal point reads, and the first of them.
    point: (u64, Option<Example>),
    /// Cells only a decimal comma reads, and the first of them.
    comma: (u64, Option<Example>),
}

impl NumberEvidence {
    /// Takes one number cell into account.
    pub fn add(&mut self, line: u64, text: &str) {
        let side = match reading(text) {
            Reading::Only(DecimalMark::Point, _) => &mut self.point,
            Reading::Only(DecimalMark::Comma, _) => &mut self.comma,
            _ => return,
        };
        side.0 += 1;
        if side.1.is_none() {
            side.1 = Some(Example {
                line,
                text: text.trim().to_string(),
            });
        }
    }

    /// The file's way of writing numbers.
    pub fn decide(self) -> FileNumbers {
        let (points, commas) = (self.point.0, self.comma.0);
        let mark = match (points, commas) {
            (0, 0) => None,
            (p, c) if p >= c => Some(DecimalMark::Point),
            _ => Some(DecimalMark::Comma),
        };
        FileNumbers {
            mark,
            mixed: points > 0 && commas > 0,
            point_example: self.point.1,
            comma_example: self.comma.1,
        }
    }
}

/// How one file writes its numbers, and how to read a cell of it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FileNumbers {
    /// The file's decimal mark; `None` when no cell tells.
    mark: Option<DecimalMark>,
    /// Whether some cells are written with each mark.
    mixed: bool,
    /// The first cell only a decimal point reads.
    point_example: Option<Example>,
    /// The first cell only a decimal comma reads.
    comma_example: Option<Example>,
}

impl FileNumbers {
    /// Numbers written with a decimal point, as a workbook's typed numbers are rendered.
    pub fn point() -> Self {
        FileNumbers {
            mark: Some(DecimalMark::Point),
            ..FileNumbers::default()
        }
    }

    /// The file's decimal mark, when its cells tell.
    pub fn mark(&self) -> Option<DecimalMark> {
        self.mark
    }

    /// Reads a number cell of the file, or says what was expected instead.
    pub fn read(&self, text: &str) -> Result<f64, Phrase> {
        match (reading(text), self.mark) {
            (Reading::NotANumber, _) => Err(Phrase::new("expected.number")),
            (Reading::Neutral(value), _) => Ok(value),
            (Reading::Only(mark, value), Some(file)) if mark == file => Ok(value),
            (Reading::Only(_, value), None) => Ok(value),
            (Reading::Only(_, _), Some(file)) => Err(self.written_as_file(file)),
            (Reading::Ambiguous { .. }, Some(_)) if self.mixed => Err(self.both_ways()),
            (Reading::Ambiguous { point, .. }, Some(DecimalMark::Point)) => Ok(point),
            (Reading::Ambiguous { comma, .. }, Some(DecimalMark::Comma)) => Ok(comma),
            (Reading::Ambiguous { point, comma }, None) => {
                Err(Phrase::new("expected.number_unclear_mark")
                    .with("point", plain(point))
                    .with("comma", plain(comma)))
            }
        }
    }

    /// "a number with a decimal point, as the rest of the file (line 4: "12.5")".
    fn written_as_file(&self, file: DecimalMark) -> Phrase {
        let (key, example) = match file {
            DecimalMark::Point => ("expected.number_point_as_file", &self.point_example),
            DecimalMark::Comma => ("expected.number_comma_as_file", &self.comma_example),
        };
        with_example(Phrase::new(key), "example", example)
    }

    /// "a number with a clear decimal mark (the file writes decimals both ways: …)".
    fn both_ways(&self) -> Phrase {
        let phrase = Phrase::new("expected.number_both_ways");
        let phrase = with_example(phrase, "point", &self.point_example);
        with_example(phrase, "comma", &self.comma_example)
    }
}

/// Fills `name` with `line 4: "12.5"`.
fn with_example(phrase: Phrase, name: &'static str, example: &Option<Example>) -> Phrase {
    let example = example.as_ref().map_or_else(
        || Phrase::new("expected.nothing"),
        |e| {
            Phrase::new("expected.cell_at_line")
                .with("line", e.line)
                .with("found", super::problem::quote_found(&e.text))
        },
    );
    phrase.with_phrase(name, example)
}

/// A number as the messages write it, whatever the language: with a point, no grouping.
fn plain(value: f64) -> String {
    format!("{value}")
}

/// Reads a cell the fast way, for a file whose cells are expected to use decimal points:
/// `Some((value, tells))` where `tells` says the cell is evidence for the point, or
/// `None` when the cell is not read alike either way or is ambiguous (the careful
/// reader then decides). Cells with a comma are left to the careful reader.
pub fn read_point_fast(text: &str) -> Option<(f64, PointCell)> {
    let bytes = text.as_bytes();
    let looks_plain = !bytes.is_empty()
        && bytes
            .iter()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'));
    if !looks_plain {
        return None;
    }
    let value = text.parse::<f64>().ok().filter(|v| v.is_finite())?;
    let Some(dot) = bytes.iter().position(|&b| b == b'.') else {
        return Some((value, PointCell::Neutral));
    };
    if !bytes.get(dot + 1).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    // With one dot, the cell is ambiguous only when a decimal comma would read the dot as
    // grouping thousands: 1 to 3 digits not starting with 0, the dot, then 3 digits.
    let body = bytes
        .strip_prefix(b"-")
        .or_else(|| bytes.strip_prefix(b"+"))
        .unwrap_or(bytes);
    let dot_in_body = dot - (bytes.len() - body.len());
    let whole = &body[..dot_in_body];
    let fraction = &body[dot_in_body + 1..];
    let grouping_like = (1..=3).contains(&whole.len())
        && whole[0] != b'0'
        && fraction.len() == 3
        && fraction.iter().all(u8::is_ascii_digit);
    Some((
        value,
        if grouping_like {
            PointCell::Ambiguous
        } else {
            PointCell::Point
        },
    ))
}

/// What a cell read the fast way says about the decimal point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointCell {
    /// Read alike either way.
    Neutral,
    /// Only a decimal point reads it.
    Point,
    /// A decimal comma would read it as another number.
    Ambiguous,
}

#[cfg(test)]
mod tests {
    use super::*;
    use DecimalMark::{Comma, Point};

    #[test]
    fn each_cell_is_read_both_ways() {
        assert_eq!(reading("2024"), Reading::Neutral(2024.0));
        assert_eq!(reading("-3"), Reading::Neutral(-3.0));
        assert_eq!(reading("1e3"), Reading::Neutral(1000.0));
        assert_eq!(reading("12.5"), Reading::Only(Point, 12.5));
        assert_eq!(reading("0.125"), Reading::Only(Point, 0.125));
        assert_eq!(reading("1234.5"), Reading::Only(Point, 1234.5));
        assert_eq!(reading("1,234.5"), Reading::Only(Point, 1234.5));
        assert_eq!(reading(".5"), Reading::Only(Point, 0.5));
        assert_eq!(reading("12,5"), Reading::Only(Comma, 12.5));
        assert_eq!(reading("-0,75"), Reading::Only(Comma, -0.75));
        assert_eq!(reading("1.234,5"), Reading::Only(Comma, 1234.5));
        assert_eq!(reading("1.234.567"), Reading::Only(Comma, 1_234_567.0));
        assert_eq!(
            reading("2.125"),
            Reading::Ambiguous {
                point: 2.125,
                comma: 2125.0
            }
        );
        assert_eq!(
            reading("1,234"),
            Reading::Ambiguous {
                point: 1234.0,
                comma: 1.234
            }
        );
        for bad in [
            "", "NaN", "inf", "1e400", "abc", "0x10", "1 000", "12,", "5.", "-.", "1.e3",
            "1.23,4.5", "--1",
        ] {
            assert_eq!(reading(bad), Reading::NotANumber, "{bad:?}");
        }
    }

    fn decide(cells: &[&str]) -> FileNumbers {
        let mut evidence = NumberEvidence::default();
        for (i, cell) in cells.iter().enumerate() {
            evidence.add(i as u64 + 2, cell);
        }
        evidence.decide()
    }

    #[test]
    fn a_semicolon_file_with_decimal_points_keeps_them() {
        let numbers = decide(&["0.125", "2.125", "12.5", "7"]);
        assert_eq!(numbers.read("0.125"), Ok(0.125));
        assert_eq!(numbers.read("2.125"), Ok(2.125));
        assert_eq!(numbers.read("12.5"), Ok(12.5));
        assert_eq!(numbers.read("7"), Ok(7.0));
    }

    #[test]
    fn a_file_with_decimal_commas_reads_points_as_thousands() {
        let numbers = decide(&["1.050", "4,5"]);
        assert_eq!(numbers.read("1.050"), Ok(1050.0));
        assert_eq!(numbers.read("4,5"), Ok(4.5));
    }

    #[test]
    fn an_ambiguous_cell_without_evidence_is_a_problem_not_a_guess() {
        let numbers = decide(&["2.125", "7"]);
        let error = numbers.read("2.125").unwrap_err();
        assert_eq!(
            error.text(crate::i18n::Lang::En),
            "a number whose decimal mark the file makes clear (2.125 with a decimal point, \
             2125 with a decimal comma; no other number in the file tells which)"
        );
        assert_eq!(numbers.read("7"), Ok(7.0));
    }

    #[test]
    fn a_file_writing_decimals_both_ways_reads_neither_the_odd_cells_nor_the_ambiguous() {
        let numbers = decide(&["12.5", "3.75", "4,5", "2.125"]);
        assert_eq!(numbers.read("12.5"), Ok(12.5));
        assert_eq!(
            numbers.read("4,5").unwrap_err().text(crate::i18n::Lang::En),
            "a number with a decimal point, as the rest of the file (line 2: \"12.5\")"
        );
        assert_eq!(
            numbers
                .read("2.125")
                .unwrap_err()
                .text(crate::i18n::Lang::En),
            "a number with a clear decimal mark (the file writes decimals both ways: \
             line 2: \"12.5\" and line 4: \"4,5\")"
        );
    }

    #[test]
    fn the_fast_reading_agrees_with_the_careful_one() {
        for text in [
            "0.125", "2.125", "12.5", "7", "-1.500", "+3", "1e3", "1.125e3", "012.345", "-0.5",
            "123.456", "1234.567", ".5", "1.5e-3",
        ] {
            let fast = read_point_fast(text);
            assert!(read_point_fast("5.").is_none() && read_point_fast("1.e3").is_none());
            let careful = reading(text);
            match (fast, careful) {
                (Some((v, PointCell::Neutral)), Reading::Neutral(w)) => assert_eq!(v, w),
                (Some((v, PointCell::Point)), Reading::Only(Point, w)) => assert_eq!(v, w),
                (Some((v, PointCell::Ambiguous)), Reading::Ambiguous { point, .. }) => {
                    assert_eq!(v, point)
                }
                other => panic!("{text}: {other:?}"),
            }
        }
    }
}
