//! Numbers as each language writes them: `1,234.5` and `12.5%` in English, `1.234,5`
//! and `12,5 %` in Spanish and Basque (the percent pattern comes from the catalogue,
//! `number.percent`, so a reviewer can change it without code).

use super::Lang;

impl Lang {
    /// The decimal mark and the thousands separator.
    pub fn number_marks(self) -> (char, char) {
        match self {
            Lang::En => ('.', ','),
            Lang::Es | Lang::Eu => (',', '.'),
        }
    }

    /// `value` with `decimals` digits after the mark and the thousands grouped; no
    /// minus sign on a value that rounds to zero.
    pub fn decimal(self, value: f64, decimals: usize) -> String {
        let (mark, separator) = self.number_marks();
        let text = format!("{:.*}", decimals, value.abs() + 0.0);
        let (whole, fraction) = text
            .split_once('.')
            .map_or((text.as_str(), None), |(w, f)| (w, Some(f)));
        let mut out = String::with_capacity(text.len() + whole.len() / 3 + 1);
        if value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
            out.push('-');
        }
        for (i, digit) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(separator);
            }
            out.push(digit);
        }
        if let Some(fraction) = fraction {
            out.push(mark);
            out.push_str(fraction);
        }
        out
    }

    /// `value` with all its significant digits (the shortest text that reads back as
    /// the same number), in the language's marks: `1,234.25`, `1.234,25`.
    pub fn exact(self, value: f64) -> String {
        if !value.is_finite() {
            return value.to_string();
        }
        let text = value.to_string();
        let decimals = text
            .split_once('.')
            .map_or(0, |(_, fraction)| fraction.len());
        self.decimal(value, decimals)
    }

    /// A number already written (by [`Lang::decimal`]) as a percentage.
    pub fn percent_of(self, number: &str) -> String {
        self.f("number.percent", &[("n", &number)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_numbers_its_own_way() {
        assert_eq!(Lang::En.decimal(1234.5, 1), "1,234.5");
        assert_eq!(Lang::Es.decimal(1234.5, 1), "1.234,5");
        assert_eq!(Lang::Eu.decimal(1234.5, 1), "1.234,5");
        assert_eq!(Lang::En.decimal(1_234_567.0, 0), "1,234,567");
        assert_eq!(Lang::Es.decimal(-21.14, 1), "-21,1");
        assert_eq!(Lang::Es.decimal(-0.04, 1), "0,0");
        assert_eq!(Lang::En.decimal(999.0, 0), "999");
        assert_eq!(Lang::En.exact(1234.25), "1,234.25");
        assert_eq!(Lang::Es.exact(1234.25), "1.234,25");
        assert_eq!(Lang::Eu.exact(0.1), "0,1");
        assert_eq!(Lang::Es.exact(-57.0), "-57");
        assert_eq!(Lang::En.exact(0.30000000000000004), "0.30000000000000004");
        assert_eq!(Lang::En.percent_of("12.5"), "12.5%");
        assert_eq!(Lang::Es.percent_of("12,5"), "12,5\u{a0}%");
        assert_eq!(Lang::Eu.percent_of("12,5"), "12,5\u{a0}%");
    }
}
