//! Turning a file's bytes into CSV text the reader can trust: the byte-order mark
//! removed, binary files refused, Windows-1252 read with a warning, and a quote left
//! open at the end of the file reported at the line where it opened.

use std::borrow::Cow;

use super::problem::{FileProblems, Severity};
use crate::i18n::phrase::Phrase;

/// The characters of Windows-1252 for the bytes 0x80 to 0x9F (the rest of the high
/// half is Latin-1, the same code points as the bytes).
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// Decodes Windows-1252 bytes.
pub fn decode_windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => CP1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// The 1-based line of a byte offset.
fn line_at(bytes: &[u8], offset: usize) -> u64 {
    bytes[..offset.min(bytes.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count() as u64
        + 1
}

/// Prepares a file's bytes for the CSV reader, or says why it cannot be read. A quote
/// still open at the end is reported and the text cut before its line, so the rows
/// before it still load.
pub fn prepare_csv_text<'a>(
    bytes: &'a [u8],
    delimiter: u8,
    problems: &mut FileProblems,
) -> Option<Cow<'a, [u8]>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(at) = bytes.iter().position(|b| *b == 0) {
        problems.file_error(Phrase::new("problem.binary_file").with("line", line_at(bytes, at)));
        return None;
    }
    let mut text: Cow<'a, [u8]> = match std::str::from_utf8(bytes) {
        Ok(_) => Cow::Borrowed(bytes),
        Err(e) => {
            problems.push(
                Severity::Warning,
                Some(line_at(bytes, e.valid_up_to())),
                None,
                Phrase::new("problem.not_utf8"),
            );
            Cow::Owned(decode_windows_1252(bytes).into_bytes())
        }
    };
    if let Some(opened) = open_quote_at_end(&text, delimiter) {
        let line = line_at(&text, opened);
        problems.error(line, None, Phrase::new("problem.unterminated_quote"));
        let line_start = text[..opened]
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |i| i + 1);
        text = Cow::Owned(text[..line_start].to_vec());
    }
    Some(text)
}

/// Where the quote that is still open at the end of the text opened, if one is.
fn open_quote_at_end(text: &[u8], delimiter: u8) -> Option<usize> {
    let mut in_quotes = false;
    let mut opened = 0;
    let mut field_start = true;
    let mut i = 0;
    while i < text.len() {
        let b = text[i];
        if in_quotes {
            if b == b'"' {
                if text.get(i + 1) == Some(&b'"') {
                    i += 1;
                } else {
                    in_quotes = false;
                }
            }
        } else if b == b'"' && field_start {
            in_quotes = true;
            opened = i;
        }
        field_start = !in_quotes
            && (b == delimiter || b == b'\n' || b == b'\r' || (field_start && b == b' '));
        i += 1;
    }
    in_quotes.then_some(opened)
}

/// A number written the European way in a `;` file (`1.234,5`, `12,5`, `-0,75`) in the
/// form the parser reads (`1234.5`); `None` for anything else, which is left as it is.
pub fn european_number(cell: &str) -> Option<String> {
    let (sign, digits) = match cell.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", cell.strip_prefix('+').unwrap_or(cell)),
    };
    let (whole, fraction) = match digits.split_once(',') {
        Some((w, f)) if !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()) => (w, Some(f)),
        Some(_) => return None,
        None => (digits, None),
    };
    let groups: Vec<&str> = whole.split('.').collect();
    let grouped = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3);
    let plain = groups.len() == 1 && !whole.is_empty();
    if !(grouped || plain) || !groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    if fraction.is_none() && !grouped {
        return None;
    }
    let mut out = format!("{sign}{}", groups.concat());
    if let Some(fraction) = fraction {
        out.push('.');
        out.push_str(fraction);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::problem::Problem;

    fn prepare(bytes: &[u8]) -> (Option<String>, Vec<String>) {
        let mut sink: Vec<Problem> = Vec::new();
        let text = prepare_csv_text(bytes, b',', &mut FileProblems::new("f.csv", &mut sink))
            .map(|t| String::from_utf8(t.into_owned()).unwrap());
        (text, sink.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn binary_files_are_refused() {
        let (text, problems) = prepare(b"period,value\n2020,1\n\x00\x01");
        assert!(text.is_none());
        assert_eq!(
            problems,
            vec!["f.csv: binary file (a NUL byte on line 3); expected CSV text"]
        );
    }

    #[test]
    fn windows_1252_is_read_with_a_warning() {
        let (text, problems) = prepare(b"name\nAeron\xe1utica \x80\n");
        assert_eq!(text.unwrap(), "name\nAeronáutica €\n");
        assert_eq!(
            problems,
            vec!["f.csv:2: not UTF-8 text; the file is read as Windows-1252"]
        );
    }

    #[test]
    fn an_open_quote_is_reported_where_it_opened_and_the_rows_before_it_kept() {
        let (text, problems) =
            prepare(b"period,note\n2020,\"fine, \"\"quoted\"\"\"\n2021,\"never closed\n2022,x\n");
        assert_eq!(
            text.unwrap(),
            "period,note\n2020,\"fine, \"\"quoted\"\"\"\n"
        );
        assert_eq!(
            problems,
            vec!["f.csv:3: unterminated quote: the field runs to the end of the file"]
        );
        let (text, problems) = prepare(b"a,b\n1,\"x\"\n");
        assert!(problems.is_empty() && text.is_some());
    }

    #[test]
    fn european_numbers() {
        assert_eq!(european_number("1.234,5").as_deref(), Some("1234.5"));
        assert_eq!(european_number("12,5").as_deref(), Some("12.5"));
        assert_eq!(european_number("-0,75").as_deref(), Some("-0.75"));
        assert_eq!(european_number("1.234.567").as_deref(), Some("1234567"));
        for left_alone in [
            "12.5", "2024", "2024-Q1", "abc", "1,2,3", "12,", ",5", "1.23,4.5", "HEGAN",
        ] {
            assert_eq!(european_number(left_alone), None, "{left_alone}");
        }
    }
}
