//! Fuzzy matching for the cluster picker, by `nucleo-matcher` (helix's matcher): typed
//! letters must appear in order in the id or a name, case and accents ignored, and
//! matches at word starts and in runs score higher. Letters scattered across a long name
//! score far below a real match, so the picker keeps only matches within reach of the
//! best one ([`KEEP_FROM`]).

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

/// A Spanish or Basque letter without its accent, in the same case (`á` → `a`, `Ñ` → `N`).
pub fn without_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'ä' | 'â' => 'a',
        'é' | 'è' | 'ë' | 'ê' => 'e',
        'í' | 'ì' | 'ï' | 'î' => 'i',
        'ó' | 'ò' | 'ö' | 'ô' => 'o',
        'ú' | 'ù' | 'ü' | 'û' => 'u',
        'Á' | 'À' | 'Ä' | 'Â' => 'A',
        'É' | 'È' | 'Ë' | 'Ê' => 'E',
        'Í' | 'Ì' | 'Ï' | 'Î' => 'I',
        'Ó' | 'Ò' | 'Ö' | 'Ô' => 'O',
        'Ú' | 'Ù' | 'Ü' | 'Û' => 'U',
        'ñ' => 'n',
        'Ñ' => 'N',
        'ç' => 'c',
        'Ç' => 'C',
        other => other,
    }
}

/// A match is kept when it scores at least this share of the best match's score.
pub const KEEP_FROM: f64 = 0.75;

/// Scores typed text against clusters' ids and names.
pub struct ClusterMatcher {
    matcher: Matcher,
    pattern: Pattern,
    buffer: Vec<char>,
}

impl ClusterMatcher {
    /// A matcher for `query` (words separated by spaces must all match).
    pub fn new(query: &str) -> Self {
        ClusterMatcher {
            matcher: Matcher::new(Config::DEFAULT),
            pattern: Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart),
            buffer: Vec::new(),
        }
    }

    /// How well the query matches `text`, higher is better; `None` when it does not.
    pub fn score(&mut self, text: &str) -> Option<u32> {
        self.pattern
            .score(Utf32Str::new(text, &mut self.buffer), &mut self.matcher)
    }

    /// The best score against a cluster's id (which wins a tie) and its names.
    pub fn cluster_score<'a>(
        &mut self,
        id: &str,
        names: impl IntoIterator<Item = &'a str>,
    ) -> Option<u32> {
        let id_score = self.score(id).map(|s| s * 2 + 1);
        names
            .into_iter()
            .filter(|name| !name.is_empty())
            .filter_map(|name| self.score(name).map(|s| s * 2))
            .chain(id_score)
            .max()
    }
}

/// The best score of a query against a cluster's id and name.
pub fn cluster_score(query: &str, id: &str, name: &str) -> Option<u32> {
    ClusterMatcher::new(query).cluster_score(id, [name])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(query: &str, text: &str) -> Option<u32> {
        ClusterMatcher::new(query).score(text)
    }

    #[test]
    fn letters_must_appear_in_order() {
        assert!(score("hgn", "HEGAN").is_some());
        assert!(score("ngh", "HEGAN").is_none());
        assert_eq!(score("", "anything"), Some(0));
    }

    #[test]
    fn prefixes_beat_substrings_beat_scattered_letters() {
        let prefix = score("heg", "HEGAN").unwrap();
        let inside = score("gan", "HEGAN").unwrap();
        let scattered = score("hgn", "HEGAN").unwrap();
        assert!(
            prefix > inside && prefix > scattered,
            "{prefix} {inside} {scattered}"
        );
    }

    #[test]
    fn accents_and_case_are_ignored() {
        assert!(score("aeronautica", "Asociación Cluster de Aeronáutica").is_some());
        assert!(
            cluster_score("papel", "PAPEL", "Asociación Clúster del Papel de Euskadi").is_some()
        );
        assert!(
            cluster_score("alimentacion", "BFC", "Clúster de Alimentación de Euskadi").is_some()
        );
    }
}
