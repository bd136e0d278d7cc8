//! One cluster's programme in three lines, for review mode: its grant, its plan's
//! execution per area with status marks, and which outlook variables it expects better,
//! the same or worse next semester.

use ratatui::text::{Line, Span};

use crate::app::models::programme::ProgrammeModel;
use crate::data::format::vocabulary::{OutlookWord, Unit, Vocabulary};
use crate::i18n::Lang;
use crate::words::status_marks::mark;
use crate::words::text::{percent, with_unit};
use crate::words::value_marks::with_value_mark;

use super::theme::Theme;
use super::widgets::status_mark::style;

/// The strip's lines; empty when the cluster has none of the programme's instruments.
pub fn programme_strip(model: &ProgrammeModel, lang: Lang, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if let Some(money) = model.money.first() {
        let mut parts = Vec::new();
        if let Some(awarded) = money.awarded {
            let grant = with_value_mark(&with_unit(lang, awarded, Unit::EurK), money.firmness, lang);
            parts.push(lang.f("review.grant", &[("grant", &grant.trim_end())]));
        }
        if let Some(justified) = money.justified {
            parts.push(lang.f("review.justified", &[("share", &percent(lang, justified))]));
        }
        if let Some(cap) = money.cap_used {
            parts.push(lang.f("review.cap_used", &[("share", &percent(lang, cap))]));
        }
        lines.push(Line::from(parts.join(" · ")));
    }
    if !model.plan.is_empty() {
        let mut spans = vec![Span::raw(format!("{}: ", lang.t("review.plan")))];
        for (i, row) in model.plan.iter().enumerate() {
            if i > 0 {
                spans.push(Span::raw(" · "));
            }
            let rate = row.rate.map_or("–".to_string(), |r| percent(lang, r));
            spans.push(Span::raw(format!(
                "{} {rate} ",
                lang.word("area_title", row.area.word())
            )));
            if let Some(status) = row.status {
                spans.push(Span::styled(mark(status).to_string(), style(status, theme)));
            }
        }
        lines.push(Line::from(spans));
    }
    if !model.outlook.is_empty() {
        let mut parts = Vec::new();
        for word in [OutlookWord::Better, OutlookWord::Same, OutlookWord::Worse] {
            let names: Vec<&str> = model
                .outlook
                .iter()
                .filter(|row| {
                    let said = match word {
                        OutlookWord::Better => &row.next.better,
                        OutlookWord::Same => &row.next.same,
                        OutlookWord::Worse => &row.next.worse,
                    };
                    !said.is_empty()
                })
                .map(|row| row.name.as_str())
                .collect();
            if !names.is_empty() {
                parts.push(format!("{}: {}", lang.word("outlook", word.word()), names.join(", ")));
            }
        }
        lines.push(Line::from(format!(
            "{}: {}",
            lang.t("review.next_semester"),
            parts.join(" · ")
        )));
    }
    lines
}
