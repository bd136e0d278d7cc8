//! One value's change since the last review as text: its kind, cluster, indicator,
//! period, and old and new values with all their significant digits, in the
//! language's number marks. The changes popup, `clusterdash diff` and plain mode all
//! write changes this way.

use crate::i18n::Lang;
use crate::review_records::record::ValueChange;

use super::text::safe;

/// The change's kind in `lang` (`changed`, `appeared`, `disappeared`), padded to line up.
pub fn change_kind(lang: Lang, change: &ValueChange) -> String {
    format!("{:<11}", lang.word("change_kind", change.kind()))
}

/// The rest of the line after the kind: cluster, indicator, period, then the old and new
/// values joined by `arrow` (`–` for a value that was not there).
pub fn change_details(lang: Lang, change: &ValueChange, arrow: &str) -> String {
    let value = |v: Option<f64>| v.map_or("–".to_string(), |v| lang.exact(v));
    format!(
        "{:<16} {:<28} {:<8} {} {arrow} {}",
        safe(&change.cluster_id),
        safe(&change.indicator_id),
        safe(&change.period),
        value(change.old),
        value(change.new)
    )
}

/// The whole line: [`change_kind`], a space, [`change_details`].
pub fn change_line(lang: Lang, change: &ValueChange, arrow: &str) -> String {
    format!(
        "{} {}",
        change_kind(lang, change),
        change_details(lang, change, arrow)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(old: Option<f64>, new: Option<f64>) -> ValueChange {
        ValueChange {
            cluster_id: "HEGAN".into(),
            indicator_id: "COOP_PROJECTS".into(),
            period: "2024".into(),
            old,
            new,
        }
    }

    #[test]
    fn values_follow_the_language_and_keep_their_digits() {
        let line = change_line(Lang::Es, &change(Some(1234.25), Some(57.0)), "->");
        assert!(line.ends_with("1.234,25 -> 57"), "{line}");
        assert!(line.starts_with("cambiado    HEGAN "), "{line}");
        let line = change_line(Lang::En, &change(None, Some(0.5)), "→");
        assert!(line.ends_with("– → 0.5"), "{line}");
    }

    #[test]
    fn text_from_the_data_is_made_safe() {
        let mut odd = change(Some(1.0), None);
        odd.cluster_id = "A\u{1b}[2J".into();
        assert!(change_line(Lang::En, &odd, "->").contains("A^[[2J"));
    }
}
