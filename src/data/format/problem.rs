//! Validation problems found while loading a dataset, each with its file, line and column.

use std::fmt;

use serde::Serialize;

use crate::i18n::Lang;
use crate::i18n::phrase::{Phrase, PhraseArg};
use crate::visible_text::push_visible;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The row, file or value was left out; `check` exits with status 1.
    Error,
    /// Loaded anyway, but worth a look.
    Warning,
}

impl Severity {
    /// The lower-case word printed before the problem.
    pub fn word(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One problem, located as precisely as the input allows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// Whether the problem is an error or a warning.
    pub severity: Severity,
    /// The file, as shown to the user (dataset folder joined with the relative path).
    pub file: String,
    /// The 1-based line in the file, when the problem belongs to one line.
    pub line: Option<u64>,
    /// The column's name, when the problem belongs to one column.
    pub column: Option<String>,
    /// In a workbook, the sheet and cell (`Datos!C14`) or row (`Datos!14:14`) the problem
    /// is at, written in the spreadsheet's own notation instead of the line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
    /// What was wrong, in English: `expected WHAT, found "VALUE"` or a sentence.
    pub message: String,
    /// The same, to be written in any language.
    #[serde(skip)]
    pub phrase: Phrase,
    /// How many more problems of the same kind in the same file this one stands for
    /// and that were not listed one by one (0 for an ordinary problem).
    #[serde(skip_serializing_if = "is_zero")]
    pub not_listed: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl Problem {
    /// `FILE:LINE: column "NAME": MESSAGE` in a language (the file name and the column
    /// as they are, their control characters spelled out).
    pub fn text(&self, lang: Lang) -> String {
        let mut out = escape_controls(&self.file);
        if let Some(cell) = &self.cell {
            out.push(':');
            out.push_str(&escape_controls(cell));
        } else if let Some(line) = self.line {
            out.push_str(&format!(":{line}"));
        }
        out.push_str(": ");
        if let Some(column) = self.column.as_ref().filter(|_| !self.names_its_column()) {
            out.push_str(&lang.f("problem.column", &[("name", &quote_found(column))]));
            out.push_str(": ");
        }
        out.push_str(&escape_controls(&self.phrase.text(lang)));
        out
    }
}

impl Problem {
    /// Whether the cell reference already names the column (`Datos!C14`), so that the
    /// column's name is not written again.
    fn names_its_column(&self) -> bool {
        self.cell
            .as_deref()
            .and_then(|cell| cell.rsplit('!').next())
            .is_some_and(|place| place.starts_with(|c: char| c.is_ascii_uppercase()))
    }
}

impl fmt::Display for Problem {
    /// `FILE:LINE: column "NAME": MESSAGE`, leaving out the parts that do not apply. File
    /// and column names come from the dataset, so their control characters are spelled out.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&escape_controls(&self.file))?;
        if let Some(cell) = &self.cell {
            write!(f, ":{}", escape_controls(cell))?;
        } else if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        f.write_str(": ")?;
        if let Some(column) = self.column.as_ref().filter(|_| !self.names_its_column()) {
            write!(f, "column {}: ", quote_found(column))?;
        }
        f.write_str(&escape_controls(&self.message))
    }
}

/// Spells out control characters (`\u{1b}`) and invisible ones (`<U+200B>`, see
/// [`crate::visible_text`]), leaving the rest of the text as it is.
pub fn escape_controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            push_visible(&mut out, c);
        }
    }
    out
}

/// Quotes a value found in a file for an error message: at most 40 characters,
/// with control characters, escape sequences and invisible characters spelled out,
/// never passed raw.
pub fn quote_found(text: &str) -> String {
    const LIMIT: usize = 40;
    let mut shown: String = text.chars().take(LIMIT).collect();
    if text.chars().nth(LIMIT).is_some() {
        shown.push('…');
    }
    let mut out = String::with_capacity(shown.len() + 2);
    out.push('"');
    for c in shown.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.extend(c.escape_default()),
            c => push_visible(&mut out, c),
        }
    }
    out.push('"');
    out
}

/// `expected WHAT, found "VALUE"`, the standard message for a bad cell.
pub fn expected_found(expected: Phrase, found: &str) -> Phrase {
    Phrase::new("problem.expected_found")
        .with_phrase("expected", expected)
        .with("found", quote_found(found))
}

/// How many problems of one kind a file lists one by one; the rest are counted in one
/// closing line (`… and 9,999,990 more like it`), so that a header of ten million
/// unknown columns costs ten messages, not ten million.
pub const LISTED_PER_KIND: u64 = 10;

/// What makes two problems "alike" for [`LISTED_PER_KIND`]: their severity, their
/// message and, for `expected WHAT, found …`, what was expected.
type ProblemKind = (Severity, &'static str, Option<&'static str>);

/// Collects the problems of one file, stamping each with the file's name, listing at
/// most [`LISTED_PER_KIND`] of each kind and counting the rest; the count is written
/// when the collector is dropped.
#[derive(Debug)]
pub struct FileProblems<'a> {
    /// The file as shown to the user.
    pub file: &'a str,
    /// Where the problems go.
    pub sink: &'a mut Vec<Problem>,
    /// Each kind seen so far and how many of it, in the order first seen.
    seen: Vec<(ProblemKind, u64)>,
    /// For a workbook, the sheet and where its columns lie, to name cells.
    sheet: Option<SheetPlaces>,
}

/// Where a sheet's columns lie, so that a problem at a line and a column is named as a
/// spreadsheet cell (`Datos!C14`): the line of a workbook row is its row number.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetPlaces {
    /// The sheet's name.
    pub sheet: String,
    /// Each header name (trimmed; lower case for the columns the reader knows) and its
    /// 0-based column.
    pub columns: Vec<(String, u32)>,
}

impl SheetPlaces {
    /// `Sheet!C14` for a line and a known column, `Sheet!14:14` for a whole row.
    pub fn cell(&self, line: u64, column: Option<&str>) -> String {
        let letters = column.and_then(|name| {
            self.columns
                .iter()
                .find(|(known, _)| known == name || known.eq_ignore_ascii_case(name))
                .map(|(_, index)| column_letters(*index))
        });
        match letters {
            Some(letters) => format!("{}!{letters}{line}", self.sheet),
            None => format!("{}!{line}:{line}", self.sheet),
        }
    }
}

/// A 0-based column as spreadsheets letter it: A, B, ..., Z, AA, AB, ...
pub fn column_letters(index: u32) -> String {
    let mut n = u64::from(index) + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rest = (n - 1) % 26;
        letters.push(b'A' + rest as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}

impl<'a> FileProblems<'a> {
    /// Starts collecting problems for `file` into `sink`.
    pub fn new(file: &'a str, sink: &'a mut Vec<Problem>) -> Self {
        FileProblems {
            file,
            sink,
            seen: Vec::new(),
            sheet: None,
        }
    }

    /// The workbook sheet this file's problems are named in, if any.
    pub fn sheet(&self) -> Option<&SheetPlaces> {
        self.sheet.as_ref()
    }

    /// Names this file's problems as cells of a workbook's sheet from now on.
    pub fn in_sheet(&mut self, places: SheetPlaces) {
        self.sheet = Some(places);
    }

    /// Counts one more problem of this kind; true while it is still to be listed.
    fn still_listed(&mut self, severity: Severity, phrase: &Phrase) -> bool {
        let inner = phrase.args.iter().find_map(|(_, arg)| match arg {
            PhraseArg::Phrase(inner) => Some(inner.key),
            PhraseArg::Text(_) | PhraseArg::Count(_) => None,
        });
        let kind = (severity, phrase.key, inner);
        match self.seen.iter_mut().find(|(seen, _)| *seen == kind) {
            Some((_, count)) => {
                *count += 1;
                *count <= LISTED_PER_KIND
            }
            None => {
                self.seen.push((kind, 1));
                true
            }
        }
    }

    /// Records a problem.
    pub fn push(
        &mut self,
        severity: Severity,
        line: Option<u64>,
        column: Option<&str>,
        phrase: Phrase,
    ) {
        if !self.still_listed(severity, &phrase) {
            return;
        }
        let cell = self
            .sheet
            .as_ref()
            .zip(line)
            .map(|(sheet, line)| sheet.cell(line, column));
        self.sink.push(Problem {
            severity,
            file: self.file.to_string(),
            line,
            column: column.map(str::to_string),
            cell,
            message: phrase.text(Lang::En),
            phrase,
            not_listed: 0,
        });
    }

    /// Records an error about a whole file.
    pub fn file_error(&mut self, phrase: Phrase) {
        self.push(Severity::Error, None, None, phrase);
    }

    /// Records an error on a line, optionally in one column.
    pub fn error(&mut self, line: u64, column: Option<&str>, phrase: Phrase) {
        self.push(Severity::Error, Some(line), column, phrase);
    }

    /// Records a warning on a line, optionally in one column.
    pub fn warning(&mut self, line: u64, column: Option<&str>, phrase: Phrase) {
        self.push(Severity::Warning, Some(line), column, phrase);
    }

    /// Records `expected WHAT, found "VALUE"` as an error in a column.
    pub fn bad_cell(&mut self, line: u64, column: &str, expected: Phrase, found: &str) {
        self.error(line, Some(column), expected_found(expected, found));
    }
}

impl Drop for FileProblems<'_> {
    /// Writes one `… and N more like it` line for each kind that had more problems
    /// than were listed.
    fn drop(&mut self) {
        for &((severity, _, _), count) in &self.seen {
            if count > LISTED_PER_KIND {
                let more = count - LISTED_PER_KIND;
                let phrase = Phrase::new("problem.more_like_it").with_count("n", more);
                self.sink.push(Problem {
                    severity,
                    file: self.file.to_string(),
                    line: None,
                    column: None,
                    cell: None,
                    message: phrase.text(Lang::En),
                    phrase,
                    not_listed: more,
                });
            }
        }
    }
}

/// Counts of errors and warnings in a list of problems.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ProblemCounts {
    /// How many errors.
    pub errors: usize,
    /// How many warnings.
    pub warnings: usize,
}

impl ProblemCounts {
    /// Counts the errors and warnings in `problems`.
    /// A closing `… and N more like it` line counts as the N problems it stands for.
    pub fn of(problems: &[Problem]) -> Self {
        let mut counts = ProblemCounts::default();
        for problem in problems {
            let n = 1usize.max(problem.not_listed as usize);
            match problem.severity {
                Severity::Error => counts.errors += n,
                Severity::Warning => counts.warnings += n,
            }
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_file_line_column_and_message() {
        let mut sink = Vec::new();
        FileProblems::new("d/values/HEGAN.csv", &mut sink).bad_cell(
            12,
            "value",
            Phrase::new("expected.number"),
            "abc",
        );
        assert_eq!(
            sink[0].to_string(),
            r#"d/values/HEGAN.csv:12: column "value": expected a finite number, found "abc""#
        );
        assert_eq!(sink[0].text(Lang::En), sink[0].to_string());
        assert!(
            sink[0]
                .text(Lang::Es)
                .starts_with("d/values/HEGAN.csv:12: ")
        );
        assert_ne!(sink[0].text(Lang::Es), sink[0].to_string());
    }

    #[test]
    fn file_level_problems_have_no_line() {
        let mut sink = Vec::new();
        FileProblems::new("d/clusters.csv", &mut sink)
            .file_error(Phrase::new("problem.missing_file"));
        assert_eq!(sink[0].to_string(), "d/clusters.csv: missing required file");
    }

    #[test]
    fn each_kind_lists_ten_and_counts_the_rest() {
        let mut sink = Vec::new();
        {
            let mut problems = FileProblems::new("d/values/HEGAN.csv", &mut sink);
            for i in 0..25 {
                let name = format!("extra_{i}");
                problems.warning(1, Some(&name), Phrase::new("problem.unknown_column"));
            }
            for line in 2..5 {
                problems.bad_cell(line, "value", Phrase::new("expected.number"), "n/d");
            }
            for line in 5..17 {
                problems.bad_cell(line, "period", Phrase::new("expected.period"), "x");
            }
        }
        let shown: Vec<String> = sink.iter().map(Problem::to_string).collect();
        assert_eq!(shown.len(), 10 + 3 + 10 + 2, "{shown:#?}");
        assert_eq!(
            shown[shown.len() - 2],
            "d/values/HEGAN.csv: … and 15 more like it, not listed one by one"
        );
        assert_eq!(
            shown[shown.len() - 1],
            "d/values/HEGAN.csv: … and 2 more like it, not listed one by one"
        );
        assert_eq!(sink[sink.len() - 2].severity, Severity::Warning);
        assert_eq!(sink[sink.len() - 1].severity, Severity::Error);
        assert_eq!(
            ProblemCounts::of(&sink),
            ProblemCounts {
                errors: 3 + 12,
                warnings: 25
            }
        );
        assert!(sink[sink.len() - 1].text(Lang::Es).contains("2 más"));
    }

    #[test]
    fn found_values_never_carry_raw_control_characters() {
        let quoted = quote_found("x\u{1b}[2J\u{7}y\"");
        assert_eq!(quoted, r#""x\u{1b}[2J\u{7}y\"""#);
        assert!(!quoted.chars().any(char::is_control));
        assert_eq!(quote_found("HEGAN\u{200b}"), r#""HEGAN<U+200B>""#);
        assert_eq!(escape_controls("d/\u{202e}vsc.csv"), "d/<U+202E>vsc.csv");
        let long = quote_found(&"a".repeat(100));
        assert_eq!(long.chars().count(), 40 + 3);
    }
}
