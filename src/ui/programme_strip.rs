//! One cluster's programme in three lines, for review mode: its grant, its plan's
//! execution per area with status marks, and which outlook variables it expects better,
//! the same or worse next semester (the words are the report's, `words::programme_words`).

use ratatui::text::{Line, Span};

use crate::app::models::programme::ProgrammeModel;
use crate::i18n::Lang;
use unicode_width::UnicodeWidthStr;

use crate::words::programme_words::{
    grant_words, label_words, next_semester_words, plan_part, sector_words,
};
use crate::words::status_marks::mark;

use super::theme::Theme;
use super::widgets::status_mark::style;

/// The strip's lines; empty when the cluster has none of the programme's instruments.
pub fn programme_strip(
    model: &ProgrammeModel,
    width: u16,
    lang: Lang,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if let Some(money) = model.money.first() {
        let mut grant = grant_words(money, lang);
        // The label, then the sector's shares, where the line has room for them.
        for extra in [label_words(money, lang), sector_words(money, lang)]
            .into_iter()
            .flatten()
        {
            if grant.width() + 3 + extra.width() <= usize::from(width) {
                grant = format!("{grant} · {extra}");
            }
        }
        lines.push(Line::from(grant));
    }
    if !model.plan.is_empty() {
        let mut spans = vec![Span::raw(format!("{}: ", lang.t("review.plan")))];
        for (i, row) in model.plan.iter().enumerate() {
            if i > 0 {
                spans.push(Span::raw(" · "));
            }
            spans.push(Span::raw(format!("{} ", plan_part(row, lang))));
            if let Some(status) = row.status {
                spans.push(Span::styled(mark(status).to_string(), style(status, theme)));
            }
        }
        lines.push(Line::from(spans));
    }
    if !model.outlook.is_empty() {
        lines.push(Line::from(next_semester_words(model, lang)));
    }
    lines
}
