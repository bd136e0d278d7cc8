//! Why the changes since the last review are unknown: the review record that could not
//! be read and the reason, put into words in the language shown when they are shown.

use crate::i18n::Lang;

/// A review record that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnreadableRecord {
    /// The record file, as shown.
    pub path: String,
    /// What went wrong, as the system or the record's reader said it.
    pub reason: String,
}

impl UnreadableRecord {
    /// The sentence saying that the changes are unknown, and why, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let why = format!(
            "{}: {}",
            lang.f("cli.cannot_read_record", &[("path", &self.path)]),
            self.reason
        );
        lang.f("notice.changes_unknown", &[("why", &why)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_whole_sentence_follows_the_language() {
        let record = UnreadableRecord {
            path: "/home/ane/.local/state/clusterdash/reviews/ab.csv".into(),
            reason: "Permission denied (os error 13)".into(),
        };
        let english = record.text(Lang::En);
        assert!(
            english.starts_with("Changes since the last review unknown: "),
            "{english}"
        );
        assert!(
            english.ends_with("ab.csv: Permission denied (os error 13)"),
            "{english}"
        );
        let spanish = record.text(Lang::Es);
        assert!(!spanish.contains("cannot read"), "{spanish}");
        assert!(
            spanish.ends_with("ab.csv: Permission denied (os error 13)"),
            "{spanish}"
        );
    }
}
