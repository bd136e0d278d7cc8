//! A titled section of a tab: a rule with the title on top, the content below.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::data::format::vocabulary::ValueStatus;
use crate::i18n::Lang;
use crate::words::text::{safe, truncate};
use crate::words::value_marks::value_mark_legend;

/// A block over `area` with a top rule carrying `title` and a muted `note` after it,
/// fitted to the area's width (see [`fit_title`]). Both may hold text from data files, so
/// both are made safe here.
pub fn section(title: &str, note: String, area: Rect, theme: &Theme) -> Block<'static> {
    let (title, note) = fit_title(&safe(title), &safe(&note), area.width as usize);
    let mut spans = vec![Span::styled(format!(" {title} "), theme.title)];
    if !note.is_empty() {
        spans.push(Span::styled(format!("{note} "), theme.muted));
    }
    Block::new()
        .borders(Borders::TOP)
        .border_style(theme.border)
        .title(Line::from(spans))
}

/// Whether `title` fits a section of `width` columns whole, so that a caller can choose a
/// shorter title instead.
pub fn title_fits(title: &str, width: usize) -> bool {
    title.width() + 2 <= width
}

/// The title and note to show in `width` columns. The note gives way first, by whole
/// words from its end, ending in `…` so that the cut shows; a note with no word left is
/// dropped. Only a title that cannot fit alone is cut, also with `…`.
pub fn fit_title(title: &str, note: &str, width: usize) -> (String, String) {
    if !title_fits(title, width) {
        return (truncate(title, width.saturating_sub(2)), String::new());
    }
    let room = width - title.width() - 2;
    if note.width() < room {
        return (title.to_string(), note.to_string());
    }
    let words: Vec<&str> = note.split(' ').collect();
    // A cut between clauses (after a comma, before a `·`) reads better than one between
    // words, so those are tried first.
    let ends_clause = |keep: usize| words[keep - 1].ends_with(',') || words[keep] == "·";
    for clauses_only in [true, false] {
        for keep in (1..words.len()).rev() {
            if clauses_only && !ends_clause(keep) {
                continue;
            }
            let kept = words[..keep]
                .join(" ")
                .trim_end_matches([',', ';', ':', '·', ' '])
                .to_string();
            if kept.chars().any(char::is_alphanumeric) && kept.width() + 2 <= room {
                return (title.to_string(), format!("{kept}…"));
            }
        }
    }
    (title.to_string(), String::new())
}

/// A section's `note` followed by the legend of the value marks among `shown` (none
/// when every figure shown is actual).
pub fn with_legend(
    note: String,
    shown: impl IntoIterator<Item = ValueStatus>,
    lang: Lang,
) -> String {
    let shown: Vec<ValueStatus> = shown.into_iter().collect();
    let legend = value_mark_legend(&shown, lang);
    if legend.is_empty() {
        note
    } else {
        format!("{note} · {legend}")
    }
}

/// A section's note after the legend of the value marks among `shown`: "· i illustrative
/// · unmarked: actual · {note}", or "· {note}" when every figure shown is actual. For a
/// long note, which a narrow screen cuts from its end.
pub fn legend_then(
    note: String,
    shown: impl IntoIterator<Item = ValueStatus>,
    lang: Lang,
) -> String {
    let shown: Vec<ValueStatus> = shown.into_iter().collect();
    let legend = value_mark_legend(&shown, lang);
    if legend.is_empty() {
        format!("· {note}")
    } else {
        format!("· {legend} · {note}")
    }
}

/// The area inside a [`section`] block.
pub fn inner(area: Rect) -> Rect {
    super::layout::rows_under_header(area)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_and_note_that_fit_are_kept_whole() {
        let (title, note) = fit_title("Outward actions", "· 2024", 40);
        assert_eq!(
            (title.as_str(), note.as_str()),
            ("Outward actions", "· 2024")
        );
        // " Outward actions " and "· 2024 " take 24 columns exactly.
        assert_eq!(fit_title("Outward actions", "· 2024", 24).1, "· 2024");
        assert_eq!(fit_title("Outward actions", "· 2024", 23).1, "");
    }

    #[test]
    fn the_note_loses_whole_words_and_shows_the_cut() {
        let (title, note) = fit_title("Cooperation projects", "· quarterly, per cluster", 40);
        assert_eq!(title, "Cooperation projects");
        assert_eq!(note, "· quarterly…");
        assert_eq!(
            fit_title("Lines", "· 2024 frente al objetivo o al año anterior", 30).1,
            "· 2024 frente al…"
        );
    }

    #[test]
    fn a_note_with_no_word_that_fits_is_dropped() {
        assert_eq!(fit_title("Cooperation projects", "· quarterly", 30).1, "");
    }

    #[test]
    fn a_title_too_wide_alone_is_cut_with_an_ellipsis() {
        let (title, note) = fit_title("Clusters by goals met", "· 2024", 12);
        assert_eq!((title.as_str(), note.as_str()), ("Clusters…", ""));
        assert!(!title_fits("Clusters by goals met", 22));
        assert!(title_fits("Clusters by goals met", 23));
    }
}
