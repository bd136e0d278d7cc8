//! Turning a file's bytes into text the CSV reader can trust: UTF-8 with or without its
//! byte-order mark; UTF-16 with its mark (Excel's "Unicode text", LibreOffice's Unicode
//! export); Windows-1252 (what spreadsheets on Windows write), with a warning. Binary
//! files are refused, and UTF-16 without a mark is named as such, not called binary.

use std::borrow::Cow;

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

use crate::data::format::problem::{FileProblems, Severity};
use crate::i18n::phrase::Phrase;

/// The 1-based line of a byte offset.
fn line_at(bytes: &[u8], offset: usize) -> u64 {
    bytes[..offset.min(bytes.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count() as u64
        + 1
}

/// Decodes a file's bytes into text, or says why it cannot be read as text.
pub fn decode_csv_text<'a>(bytes: &'a [u8], problems: &mut FileProblems) -> Option<Cow<'a, str>> {
    let utf16 = if bytes.starts_with(b"\xFF\xFE") {
        Some((UTF_16LE, "UTF-16LE"))
    } else if bytes.starts_with(b"\xFE\xFF") {
        Some((UTF_16BE, "UTF-16BE"))
    } else {
        None
    };
    if let Some((encoding, name)) = utf16 {
        let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(&bytes[2..])
        else {
            problems.file_error(Phrase::new("problem.bad_utf16").with("encoding", name));
            return None;
        };
        if let Some(at) = text.find('\0') {
            let line = line_at(text.as_bytes(), at);
            problems.file_error(Phrase::new("problem.binary_file").with("line", line));
            return None;
        }
        return Some(Cow::Owned(text.into_owned()));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(at) = bytes.iter().position(|b| *b == 0) {
        if let Some(name) = utf16_without_mark(bytes) {
            problems.file_error(Phrase::new("problem.utf16_without_mark").with("encoding", name));
        } else {
            problems
                .file_error(Phrase::new("problem.binary_file").with("line", line_at(bytes, at)));
        }
        return None;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(Cow::Borrowed(text)),
        Err(e) => {
            problems.push(
                Severity::Warning,
                Some(line_at(bytes, e.valid_up_to())),
                None,
                Phrase::new("problem.not_utf8"),
            );
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            Some(Cow::Owned(text.into_owned()))
        }
    }
}

/// Whether bytes without a byte-order mark look like UTF-16 text: in the first
/// hundred pairs, one byte of every pair is NUL and the other is not, on the same side.
fn utf16_without_mark(bytes: &[u8]) -> Option<&'static str> {
    let pairs: Vec<&[u8]> = bytes.chunks_exact(2).take(100).collect();
    if pairs.len() < 4 {
        return None;
    }
    if pairs.iter().all(|p| p[0] != 0 && p[1] == 0) {
        Some("UTF-16LE")
    } else if pairs.iter().all(|p| p[0] == 0 && p[1] != 0) {
        Some("UTF-16BE")
    } else {
        None
    }
}

/// The delimiter a header line uses, outside quotes: a tab when it has tabs and neither
/// commas nor semicolons, `;` when it has semicolons and no commas, else `,`.
pub fn detect_delimiter(header_line: &str) -> u8 {
    let mut in_quotes = false;
    let (mut commas, mut semicolons, mut tabs) = (0, 0, 0);
    for b in header_line.bytes() {
        match b {
            b'"' => in_quotes = !in_quotes,
            b',' if !in_quotes => commas += 1,
            b';' if !in_quotes => semicolons += 1,
            b'\t' if !in_quotes => tabs += 1,
            _ => {}
        }
    }
    if tabs > 0 && commas == 0 && semicolons == 0 {
        b'\t'
    } else if semicolons > 0 && commas == 0 {
        b';'
    } else {
        b','
    }
}

/// The delimiter an Excel-style first line declares (`sep=;`), if it is one.
pub fn declared_delimiter(first_line: &str) -> Option<u8> {
    let rest = first_line
        .trim_end_matches(['\r', '\n'])
        .strip_prefix("sep=")?;
    match rest.as_bytes() {
        [b] if b.is_ascii() && !b.is_ascii_alphanumeric() && *b != b'"' => Some(*b),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::format::problem::Problem;

    fn decode(bytes: &[u8]) -> (Option<String>, Vec<String>) {
        let mut sink: Vec<Problem> = Vec::new();
        let text =
            decode_csv_text(bytes, &mut FileProblems::new("f.csv", &mut sink)).map(Cow::into_owned);
        (text, sink.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn binary_files_are_refused() {
        let (text, problems) = decode(b"period,value\n2020,1\n\x00\x01");
        assert!(text.is_none());
        assert_eq!(
            problems,
            vec!["f.csv: binary file (a NUL byte on line 3); expected CSV text"]
        );
    }

    #[test]
    fn windows_1252_is_read_with_a_warning() {
        let (text, problems) = decode(b"name\nAeron\xe1utica \x80\n");
        assert_eq!(text.unwrap(), "name\nAeronáutica €\n");
        assert_eq!(
            problems,
            vec!["f.csv:2: not UTF-8 text; the file is read as Windows-1252"]
        );
    }

    fn utf16le(text: &str, mark: bool) -> Vec<u8> {
        let mut bytes = if mark { vec![0xFF, 0xFE] } else { vec![] };
        for unit in text.encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        bytes
    }

    #[test]
    fn utf16_with_its_mark_is_read_and_without_it_is_named() {
        let (text, problems) = decode(&utf16le("period\tvalue\r\n2024\t0,125\r\n", true));
        assert_eq!(text.unwrap(), "period\tvalue\r\n2024\t0,125\r\n");
        assert!(problems.is_empty());
        let mut big = vec![0xFE, 0xFF];
        for unit in "a;b\n".encode_utf16() {
            big.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(decode(&big).0.unwrap(), "a;b\n");
        let (text, problems) = decode(&utf16le("period\tvalue\r\n2024\t1\r\n", false));
        assert!(text.is_none());
        assert_eq!(
            problems,
            vec![
                "f.csv: UTF-16LE text without a byte-order mark; expected UTF-8, or UTF-16 \
                 with its byte-order mark"
            ]
        );
        let (_, problems) = decode(&[0xFF, 0xFE, 0x00, 0xD8]);
        assert_eq!(
            problems,
            vec!["f.csv: not valid UTF-16LE text (a broken character)"]
        );
    }

    #[test]
    fn delimiters() {
        assert_eq!(detect_delimiter("period,value"), b',');
        assert_eq!(detect_delimiter("period;value"), b';');
        assert_eq!(detect_delimiter("period\tvalue"), b'\t');
        assert_eq!(detect_delimiter("\"a;b\",c"), b',');
        assert_eq!(detect_delimiter("\"a,b\";c"), b';');
        assert_eq!(declared_delimiter("sep=;\r\n"), Some(b';'));
        assert_eq!(declared_delimiter("sep=,"), Some(b','));
        assert_eq!(declared_delimiter("sep=ab"), None);
        assert_eq!(declared_delimiter("period,value"), None);
    }
}
