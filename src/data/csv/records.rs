//! Cuts CSV text into records as RFC 4180 says, and reports every record that breaks
//! it, at its line and character: text after a closing quote (`"7"6`), a quote inside a
//! field that does not start with one (`ab"c`), a quote left open. Nothing is guessed: a
//! record that breaks the rules is reported and left out, never read garbled.
//!
//! Beyond the RFC, as spreadsheets and people write: LF, CRLF or a lone CR end a line;
//! spaces and tabs around a quoted field are allowed (`a, "b, c"`); a doubled quote
//! inside a quoted field (`""`) is one quote.

use std::borrow::Cow;

/// One record: the line it starts on and its fields, unquoted, not yet trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record<'a> {
    /// The 1-based line where the record starts.
    pub line: u64,
    /// The fields, quotes removed and doubled quotes made single.
    pub fields: Vec<Cow<'a, str>>,
}

/// How a record breaks the quoting rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteFault {
    /// Something other than the delimiter or the end of the line follows a closing quote.
    TextAfterClosingQuote,
    /// A quote inside a field that does not start with one.
    QuoteInsideField,
}

/// A record that breaks the quoting rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRecord {
    /// The 1-based line where the record starts.
    pub line: u64,
    /// The 1-based line of the fault (a quoted field may span lines).
    pub fault_line: u64,
    /// The 1-based character within that line where the fault is.
    pub character: u64,
    /// The 0-based field of the record the fault is in.
    pub field: usize,
    /// What is wrong.
    pub fault: QuoteFault,
    /// The whole field as written, quotes and all.
    pub written: String,
}

/// What reading the next record gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next<'a> {
    /// A record that keeps the rules.
    Record(Record<'a>),
    /// A record that breaks them; it is left out.
    Bad(BadRecord),
    /// A quote opened on `line` and never closed: the rest of the text is left out.
    Unterminated {
        /// The 1-based line where the quote opened.
        line: u64,
    },
}

/// Reads records one after another from UTF-8 text.
pub struct Records<'a> {
    text: &'a str,
    delimiter: u8,
    /// Where the next record starts.
    at: usize,
    /// The line `at` is on.
    line: u64,
    /// Where that line starts, to count characters.
    line_start: usize,
}

impl<'a> Records<'a> {
    /// Reads `text` with fields separated by `delimiter` (an ASCII byte).
    pub fn new(text: &'a str, delimiter: u8) -> Self {
        Records {
            text,
            delimiter,
            at: 0,
            line: 1,
            line_start: 0,
        }
    }

    /// The length of the line end at `i` (LF, CRLF or CR), if one is there.
    fn line_end_at(&self, i: usize) -> Option<usize> {
        match self.text.as_bytes().get(i)? {
            b'\n' => Some(1),
            b'\r' if self.text.as_bytes().get(i + 1) == Some(&b'\n') => Some(2),
            b'\r' => Some(1),
            _ => None,
        }
    }

    /// Moves past a line end of length `len` starting at `i`.
    fn pass_line_end(&mut self, i: usize, len: usize) -> usize {
        self.line += 1;
        self.line_start = i + len;
        i + len
    }

    /// The character `i` is at within its line, 1-based.
    fn character_at(&self, i: usize) -> u64 {
        self.text[self.line_start..i].chars().count() as u64 + 1
    }

    /// Whether `b` is a space that may stand around a quoted field.
    fn is_pad(&self, b: u8) -> bool {
        (b == b' ' || b == b'\t') && b != self.delimiter
    }

    /// Where the field starting at `start` ends as written (the next delimiter or line
    /// end outside quotes, as far as can be told), for quoting it in a message.
    fn written_end(&self, start: usize) -> usize {
        let bytes = self.text.as_bytes();
        let mut i = start;
        while i < bytes.len()
            && bytes[i] != self.delimiter
            && bytes[i] != b'\n'
            && bytes[i] != b'\r'
        {
            i += 1;
        }
        i
    }
}

impl<'a> Iterator for Records<'a> {
    type Item = Next<'a>;

    fn next(&mut self) -> Option<Next<'a>> {
        let bytes = self.text.as_bytes();
        if self.at >= bytes.len() {
            return None;
        }
        let record_line = self.line;
        let mut fields: Vec<Cow<'a, str>> = Vec::new();
        let mut fault: Option<BadRecord> = None;
        let mut i = self.at;
        loop {
            // One field, starting at `i`.
            let field_start = i;
            let mut j = i;
            while j < bytes.len() && self.is_pad(bytes[j]) {
                j += 1;
            }
            let field_end;
            if bytes.get(j) == Some(&b'"') {
                let opened_line = self.line;
                let mut k = j + 1;
                let mut content = String::new();
                let mut copied_from = k;
                let mut has_doubled = false;
                loop {
                    let Some(&b) = bytes.get(k) else {
                        self.at = bytes.len();
                        return Some(Next::Unterminated { line: opened_line });
                    };
                    if b == b'"' {
                        if bytes.get(k + 1) == Some(&b'"') {
                            content.push_str(&self.text[copied_from..=k]);
                            k += 2;
                            copied_from = k;
                            has_doubled = true;
                            continue;
                        }
                        break;
                    }
                    if let Some(len) = self.line_end_at(k) {
                        k = self.pass_line_end(k, len);
                        continue;
                    }
                    k += 1;
                }
                let value: Cow<'a, str> = if has_doubled {
                    content.push_str(&self.text[copied_from..k]);
                    Cow::Owned(content)
                } else {
                    Cow::Borrowed(&self.text[j + 1..k])
                };
                // After the closing quote: spaces, then the delimiter or the line end.
                let mut after = k + 1;
                while after < bytes.len() && self.is_pad(bytes[after]) {
                    after += 1;
                }
                let ends_here = after >= bytes.len()
                    || bytes[after] == self.delimiter
                    || self.line_end_at(after).is_some();
                if !ends_here && fault.is_none() {
                    fault = Some(BadRecord {
                        line: record_line,
                        fault_line: self.line,
                        character: self.character_at(after),
                        field: fields.len(),
                        fault: QuoteFault::TextAfterClosingQuote,
                        written: self.text[field_start..self.written_end(after)].to_string(),
                    });
                }
                field_end = if ends_here {
                    after
                } else {
                    self.written_end(after)
                };
                fields.push(value);
            } else {
                let end = self.written_end(field_start);
                if let Some(quote) = self.text[field_start..end].find('"')
                    && fault.is_none()
                {
                    fault = Some(BadRecord {
                        line: record_line,
                        fault_line: self.line,
                        character: self.character_at(field_start + quote),
                        field: fields.len(),
                        fault: QuoteFault::QuoteInsideField,
                        written: self.text[field_start..end].to_string(),
                    });
                }
                fields.push(Cow::Borrowed(&self.text[field_start..end]));
                field_end = end;
            }
            // What ends the field: the delimiter, a line end or the end of the text.
            if field_end >= bytes.len() {
                self.at = bytes.len();
                break;
            }
            if bytes[field_end] == self.delimiter {
                i = field_end + 1;
                continue;
            }
            let len = self.line_end_at(field_end).unwrap_or(1);
            self.at = self.pass_line_end(field_end, len);
            break;
        }
        Some(match fault {
            Some(bad) => Next::Bad(bad),
            None => Next::Record(Record {
                line: record_line,
                fields,
            }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<Next<'_>> {
        Records::new(text, b',').collect()
    }

    fn fields<'a>(next: &'a Next<'a>) -> Vec<&'a str> {
        match next {
            Next::Record(record) => record.fields.iter().map(|f| f.as_ref()).collect(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn plain_and_quoted_fields() {
        let records = all("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n1, \"2\" ,3\n");
        assert_eq!(fields(&records[0]), ["a", "b"]);
        assert_eq!(fields(&records[1]), ["x, y", "say \"hi\""]);
        assert_eq!(fields(&records[2]), ["1", "2", "3"]);
        assert_eq!(records.len(), 3);
    }

    #[test]
    fn a_quoted_field_may_span_lines_and_the_next_record_knows_its_line() {
        let records = all("n,note\n1,\"two\nlines\"\n2,x\n");
        assert_eq!(fields(&records[1]), ["1", "two\nlines"]);
        let Next::Record(third) = &records[2] else {
            panic!()
        };
        assert_eq!(third.line, 4);
    }

    #[test]
    fn text_after_a_closing_quote_is_reported_at_its_character() {
        let records = all("period,value\n2024,\"7\"6\n2025,8\n");
        assert_eq!(
            records[1],
            Next::Bad(BadRecord {
                line: 2,
                fault_line: 2,
                character: 9,
                field: 1,
                fault: QuoteFault::TextAfterClosingQuote,
                written: "\"7\"6".into(),
            })
        );
        assert_eq!(fields(&records[2]), ["2025", "8"]);
    }

    #[test]
    fn a_quote_inside_an_unquoted_field_is_reported() {
        let records = all("a,b\nab\"c,d\n");
        let Next::Bad(bad) = &records[1] else {
            panic!("{records:?}")
        };
        assert_eq!(
            (bad.fault, bad.character, bad.field, bad.written.as_str()),
            (QuoteFault::QuoteInsideField, 3, 0, "ab\"c")
        );
    }

    #[test]
    fn a_quote_left_open_ends_the_text_at_its_line() {
        let records = all("a,b\n1,2\n3,\"open\n4,5\n");
        assert_eq!(records.len(), 3);
        assert_eq!(records[2], Next::Unterminated { line: 3 });
    }

    #[test]
    fn lone_carriage_returns_end_lines_and_characters_count_as_characters() {
        let records = all("a,b\r1,2\rñá,\"x\"y\r");
        assert_eq!(fields(&records[1]), ["1", "2"]);
        let Next::Bad(bad) = &records[2] else {
            panic!()
        };
        assert_eq!((bad.line, bad.character), (3, 7));
    }
}
