//! A cluster's programme in words, shared by review mode and the report: its grant, each
//! area of its plan, and which outlook variables it expects better, the same or worse.

use crate::app::models::programme::{MoneyRow, PlanRow, ProgrammeModel};
use crate::data::format::vocabulary::{OutlookWord, Unit, Vocabulary};
use crate::i18n::Lang;

use super::text::{percent, with_unit};
use super::value_marks::with_value_mark;

/// "Grant 114 k€ i · 94% justified · 43% of the international cap".
pub fn grant_words(money: &MoneyRow, lang: Lang) -> String {
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
    parts.join(" · ")
}

/// "Label gold (2017, 84%)": the last cluster-management label on record; `None`
/// without one.
pub fn label_words(money: &MoneyRow, lang: Lang) -> Option<String> {
    let label = money.label?;
    let level = lang.word("label", label.level.word());
    let when = match label.score {
        Some(score) => format!("{}, {}", label.year, with_unit(lang, score, Unit::Pct)),
        None => label.year.to_string(),
    };
    Some(lang.f("review.label", &[("level", &level), ("when", &when)]))
}

/// "65.0% of the sector's firms, 90.6% of its jobs"; `None` without both shares.
pub fn sector_words(money: &MoneyRow, lang: Lang) -> Option<String> {
    let (firms, jobs) = (money.sector_firms?, money.sector_jobs?);
    Some(lang.f(
        "review.sector",
        &[
            ("firms", &with_unit(lang, firms, Unit::Pct)),
            ("jobs", &with_unit(lang, jobs, Unit::Pct)),
        ],
    ))
}

/// One area of the plan: "Cooperation 60%".
pub fn plan_part(row: &PlanRow, lang: Lang) -> String {
    let rate = row.rate.map_or("–".to_string(), |r| percent(lang, r));
    format!("{} {rate}", lang.word("area_title", row.area.word()))
}

/// "Next semester: better: Exports · same: Order book, Turnover · worse: Jobs".
pub fn next_semester_words(model: &ProgrammeModel, lang: Lang) -> String {
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
            parts.push(format!(
                "{}: {}",
                lang.word("outlook", word.word()),
                names.join(", ")
            ));
        }
    }
    format!("{}: {}", lang.t("review.next_semester"), parts.join(" · "))
}
