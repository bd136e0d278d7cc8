//! How firm a figure is, as a mark beside it that reads without colour: nothing for an
//! actual (reported or published) figure, `p` provisional, `e` estimate, `i` illustrative
//! (the letters are the catalogue's, `value_mark.*`), and the legend that names them.

use crate::data::format::vocabulary::{ValueStatus, Vocabulary};
use crate::i18n::Lang;

/// The mark of a figure this firm: empty for an actual one or none.
pub fn value_mark(status: Option<ValueStatus>, lang: Lang) -> &'static str {
    match status {
        None | Some(ValueStatus::Actual) => "",
        Some(status) => lang.word("value_mark", status.word()),
    }
}

/// `text` with its mark after a space; an unmarked figure keeps two spaces' room, so
/// right-aligned figures stay aligned on their digits.
pub fn with_value_mark(text: &str, status: Option<ValueStatus>, lang: Lang) -> String {
    let mark = value_mark(status, lang);
    if mark.is_empty() {
        format!("{text}  ")
    } else {
        format!("{text} {mark}")
    }
}

/// How firm a figure is, in words after it for plain mode: " (illustrative)", or
/// nothing for an actual figure.
pub fn firmness_words(status: Option<ValueStatus>, lang: Lang) -> String {
    match status {
        None | Some(ValueStatus::Actual) => String::new(),
        Some(status) => format!(" ({})", lang.word("value_status", status.word())),
    }
}

/// How a figure's firmness is written after it: a mark on screen and in the report, words
/// in plain mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FirmnessShown {
    /// `94% i`.
    Mark,
    /// `94% (illustrative)`.
    Words,
}

impl FirmnessShown {
    /// `text` with its firmness after it, no trailing space.
    pub fn after(self, text: &str, status: Option<ValueStatus>, lang: Lang) -> String {
        match self {
            FirmnessShown::Mark => with_value_mark(text, status, lang).trim_end().to_string(),
            FirmnessShown::Words => format!("{text}{}", firmness_words(status, lang)),
        }
    }
}

/// The legend of the marks in `shown` (least firm first), for the foot of a view:
/// "i illustrative · e estimate · unmarked: actual"; empty when nothing is marked.
pub fn value_mark_legend(shown: &[ValueStatus], lang: Lang) -> String {
    let mut parts: Vec<String> = ValueStatus::ALL
        .iter()
        .rev()
        .filter(|s| **s != ValueStatus::Actual && shown.contains(s))
        .map(|s| {
            format!(
                "{} {}",
                value_mark(Some(*s), lang),
                lang.word("value_status", s.word())
            )
        })
        .collect();
    if parts.is_empty() {
        return String::new();
    }
    parts.push(lang.t("legend.unmarked_actual").to_string());
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_read_without_colour_and_the_legend_names_those_shown() {
        let lang = Lang::En;
        assert_eq!(value_mark(Some(ValueStatus::Actual), lang), "");
        assert_eq!(value_mark(None, lang), "");
        assert_eq!(
            with_value_mark("352", Some(ValueStatus::Illustrative), lang),
            "352 i"
        );
        assert_eq!(
            with_value_mark("3,459", Some(ValueStatus::Actual), lang),
            "3,459  "
        );
        assert_eq!(
            value_mark_legend(&[ValueStatus::Estimate, ValueStatus::Illustrative], lang),
            "i illustrative · e estimate · unmarked: actual"
        );
        assert_eq!(value_mark_legend(&[ValueStatus::Actual], lang), "");
        for lang in Lang::ALL {
            let marks: Vec<&str> = ValueStatus::ALL
                .iter()
                .map(|s| value_mark(Some(*s), lang))
                .filter(|m| !m.is_empty())
                .collect();
            assert_eq!(marks.len(), 3, "{lang:?}");
            assert!(marks.iter().all(|m| m.is_ascii()), "{lang:?}: {marks:?}");
        }
    }
}
