//! A text of the catalogue with what fills its placeholders, kept to be written later
//! in any language: how the data layer says what is wrong with a file without choosing
//! the language it is read in.

use super::Lang;

/// What fills one placeholder: text as it is (from a file, a number), or another phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhraseArg {
    /// Text written as it is, in every language.
    Text(String),
    /// A phrase written in the same language.
    Phrase(Phrase),
    /// A count, written as the language writes whole numbers (`9,999,990`, `9.999.990`).
    Count(u64),
}

/// A catalogue key and its placeholders' values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// The catalogue key.
    pub key: &'static str,
    /// The value of each placeholder, by name.
    pub args: Vec<(&'static str, PhraseArg)>,
}

impl Phrase {
    /// A phrase without placeholders.
    pub fn new(key: &'static str) -> Self {
        Phrase {
            key,
            args: Vec::new(),
        }
    }

    /// The phrase with one more placeholder filled with text.
    pub fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, PhraseArg::Text(value.to_string())));
        self
    }

    /// The phrase with one more placeholder filled with a count.
    pub fn with_count(mut self, name: &'static str, n: u64) -> Self {
        self.args.push((name, PhraseArg::Count(n)));
        self
    }

    /// The phrase with one more placeholder filled with another phrase.
    pub fn with_phrase(mut self, name: &'static str, value: Phrase) -> Self {
        self.args.push((name, PhraseArg::Phrase(value)));
        self
    }

    /// The phrase written in a language.
    pub fn text(&self, lang: Lang) -> String {
        let values: Vec<(&str, String)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    PhraseArg::Text(text) => text.clone(),
                    PhraseArg::Phrase(phrase) => phrase.text(lang),
                    PhraseArg::Count(n) => lang.decimal(*n as f64, 0),
                };
                (*name, value)
            })
            .collect();
        let args: Vec<(&str, &dyn std::fmt::Display)> = values
            .iter()
            .map(|(name, value)| (*name, value as &dyn std::fmt::Display))
            .collect();
        lang.f(self.key, &args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_are_written_in_the_language_asked_for() {
        let phrase = Phrase::new("problem.expected_found")
            .with_phrase("expected", Phrase::new("expected.number"))
            .with("found", "\"12,5\"");
        assert_eq!(
            phrase.text(Lang::En),
            "expected a finite number, found \"12,5\""
        );
        assert_ne!(phrase.text(Lang::Es), phrase.text(Lang::En));
    }
}
