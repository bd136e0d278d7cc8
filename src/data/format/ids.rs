//! The shapes of cluster and indicator identifiers.

use crate::i18n::phrase::Phrase;

/// What a cluster id must look like, for error messages.
pub fn cluster_id_expected() -> Phrase {
    Phrase::new("expected.cluster_id")
}

/// What an indicator id must look like, for error messages.
pub fn indicator_id_expected() -> Phrase {
    Phrase::new("expected.indicator_id")
}

/// Whether `text` is a valid cluster id: 2 to 16 of `A-Z`, `0-9` and `_`.
pub fn is_cluster_id(text: &str) -> bool {
    (2..=16).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
}

/// Whether `text` is a valid indicator id: 1 to 64 ASCII letters, digits, `_`, `-` or `.`.
pub fn is_indicator_id(text: &str) -> bool {
    (1..=64).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cluster_ids() {
        assert!(is_cluster_id("HEGAN"));
        assert!(is_cluster_id("FUNDICION_FORJA"));
        assert!(!is_cluster_id("H"));
        assert!(!is_cluster_id("hegan"));
        assert!(!is_cluster_id("HE GAN"));
        assert!(!is_cluster_id("ABCDEFGHIJKLMNOPQ"));
    }

    #[test]
    fn indicator_ids() {
        assert!(is_indicator_id("COOP_PROJECTS"));
        assert!(is_indicator_id("tec.rd-2"));
        assert!(!is_indicator_id(""));
        assert!(!is_indicator_id("coop projects"));
        assert!(!is_indicator_id("proyectos\u{1b}"));
    }
}
