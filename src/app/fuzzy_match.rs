//! Fuzzy matching for the cluster picker: typed letters must appear in order in the
//! id or the name, ignoring case and accents; closer matches score higher.

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

/// Folds a character for matching: accents removed, lower case.
fn fold(c: char) -> char {
    let c = without_accent(c);
    c.to_lowercase().next().unwrap_or(c)
}

/// How well `query` matches `text`, higher is better; `None` when the letters of the
/// query do not all appear in order. Spaces in the query are ignored.
pub fn score(query: &str, text: &str) -> Option<u32> {
    let query: Vec<char> = query
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(fold)
        .collect();
    if query.is_empty() {
        return Some(0);
    }
    let text: Vec<char> = text.chars().map(fold).collect();
    let joined: String = text.iter().collect();
    let wanted: String = query.iter().collect();
    if joined.starts_with(&wanted) {
        return Some(1000);
    }
    if let Some(at) = joined.find(&wanted) {
        let at_word_start = at == 0
            || !joined[..at]
                .chars()
                .last()
                .is_some_and(char::is_alphanumeric);
        return Some(if at_word_start { 800 } else { 600 });
    }
    let mut position = 0;
    let mut gaps = 0u32;
    for wanted in &query {
        let found = text[position..].iter().position(|c| c == wanted)?;
        gaps += found as u32;
        position += found + 1;
    }
    Some(400u32.saturating_sub(gaps.min(399)))
}

/// The best score of a query against a cluster's id and name.
pub fn cluster_score(query: &str, id: &str, name: &str) -> Option<u32> {
    let id_score = score(query, id).map(|s| s + 1);
    let name_score = score(query, name);
    id_score.max(name_score)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(prefix > inside && inside > scattered);
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
