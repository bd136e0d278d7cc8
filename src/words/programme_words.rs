//! A cluster's programme in words, shared by review mode and the report: its grant, each
//! area of its plan, and which outlook variables it expects better, the same or worse.

use crate::app::models::programme::{BudgetLine, LabelOnRecord, MoneyRow, PlanRow, ProgrammeModel};
use crate::data::format::vocabulary::{OutlookWord, Unit, ValueStatus, Vocabulary};
use crate::i18n::Lang;

use super::text::{percent, safe, with_unit};
use super::value_marks::{FirmnessShown, with_value_mark};

/// How a budget line names its source: the whole address, or only its host (on screen,
/// where a line has no room for more).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceShown {
    /// The address as the file gives it.
    Whole,
    /// Only the host: `zuzenean.euskadi.eus`.
    Host,
    /// Not at all (a narrow screen, where the amount and the share come first).
    Not,
}

/// "Programme budget 2023: 3,818 k€ (actual; zuzenean.euskadi.eus) · grants shown: 94% i
/// of it", or, for a year without one, "Programme budget 2024: none published (on
/// record: 2015, 2023)".
pub fn budget_words(
    line: &BudgetLine,
    source: SourceShown,
    firmness: FirmnessShown,
    lang: Lang,
) -> String {
    let Some(amount) = line.budget else {
        let years: Vec<String> = line.years_on_record.iter().map(i32::to_string).collect();
        return lang.f(
            "programme.budget_none",
            &[("year", &line.year), ("years", &years.join(", "))],
        );
    };
    let mut about = vec![
        line.status
            .map_or("", |s| lang.word("value_status", s.word()))
            .to_string(),
    ];
    let shown_source = match source {
        SourceShown::Whole => safe(&line.source),
        SourceShown::Host => safe(source_host(&line.source)),
        SourceShown::Not => String::new(),
    };
    about.push(shown_source);
    about.retain(|part| !part.is_empty());
    let mut text = lang.f(
        "programme.budget",
        &[
            ("year", &line.year),
            ("amount", &with_unit(lang, amount, Unit::EurK)),
            ("about", &about.join("; ")),
        ],
    );
    if let Some(share) = line.share {
        let share = firmness.after(&percent(lang, share), line.grants_firmness, lang);
        text.push_str(" · ");
        text.push_str(&lang.f("programme.budget_share", &[("share", &share)]));
    }
    text
}

/// The host of a web address (`https://zuzenean.euskadi.eus/a/b` gives
/// `zuzenean.euskadi.eus`); anything else as it is.
pub fn source_host(source: &str) -> &str {
    let Some((_, rest)) = source.split_once("://") else {
        return source;
    };
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

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
    let mut when = match label.score {
        Some(score) => format!("{}, {}", label.year, with_unit(lang, score, Unit::Pct)),
        None => label.year.to_string(),
    };
    if let Some(status) = label.status.filter(|s| *s != ValueStatus::Actual) {
        when = format!("{when}, {}", lang.word("value_status", status.word()));
    }
    Some(match label.lapsed_in {
        Some(until) => lang.f(
            "review.label_lapsed",
            &[
                ("level", &level),
                ("when", &when),
                ("until", &until.to_string()),
            ],
        ),
        None => lang.f("review.label", &[("level", &level), ("when", &when)]),
    })
}

/// The label in a table cell: "gold 2017" while it holds, "gold to 2019" once lapsed,
/// "–" without one.
pub fn label_cell(label: Option<LabelOnRecord>, lang: Lang) -> String {
    let Some(label) = label else {
        return "–".to_string(); // not translated: the table's mark for no value
    };
    let level = lang.word("label", label.level.word());
    match label.lapsed_in {
        Some(until) => lang.f(
            "programme.label_lapsed",
            &[("level", &level), ("until", &until.to_string())],
        ),
        None => FirmnessShown::Mark.after(&format!("{level} {}", label.year), label.status, lang),
    }
}

/// "65.0% i of the sector's firms, 90.6% i of its jobs", each share with its firmness
/// mark; `None` without both shares.
pub fn sector_words(money: &MoneyRow, lang: Lang) -> Option<String> {
    sector_words_in("review.sector", money, lang)
}

/// The two sector shares, each with its firmness mark, in the sentence of catalogue key
/// `key` (placeholders `firms` and `jobs`); `None` without both shares.
pub fn sector_words_in(key: &str, money: &MoneyRow, lang: Lang) -> Option<String> {
    let (firms, jobs) = (money.sector_firms?, money.sector_jobs?);
    let marked = |share: f64, firmness| {
        FirmnessShown::Mark.after(&with_unit(lang, share, Unit::Pct), firmness, lang)
    };
    Some(lang.f(
        key,
        &[
            ("firms", &marked(firms, money.sector_firmness[0])),
            ("jobs", &marked(jobs, money.sector_firmness[1])),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::format::vocabulary::ValueStatus;

    fn line(budget: Option<f64>, share: Option<f64>) -> BudgetLine {
        BudgetLine {
            year: 2023,
            budget,
            status: Some(ValueStatus::Actual),
            source: "https://zuzenean.euskadi.eus/diru_laguntza/2022/kluster-2023/".to_string(),
            share,
            grants_firmness: Some(ValueStatus::Illustrative),
            years_on_record: vec![2015, 2023],
        }
    }

    #[test]
    fn a_budget_says_its_status_its_source_and_the_share_the_grants_take() {
        let text = budget_words(
            &line(Some(3818.0), Some(0.9379)),
            SourceShown::Host,
            FirmnessShown::Mark,
            Lang::En,
        );
        assert!(text.contains("3,818 k€"), "{text}");
        assert!(text.contains("actual; zuzenean.euskadi.eus)"), "{text}");
        // Shares round down below 100%: 93.79% reads 93%, never more than it is.
        assert!(text.contains("93% i of it"), "{text}");
        let whole = budget_words(
            &line(Some(3818.0), None),
            SourceShown::Whole,
            FirmnessShown::Words,
            Lang::En,
        );
        assert!(whole.contains("kluster-2023/"), "{whole}");
        assert!(!whole.contains("of it"), "{whole}");
    }

    #[test]
    fn a_year_without_a_budget_names_the_years_that_have_one() {
        let text = budget_words(
            &line(None, None),
            SourceShown::Host,
            FirmnessShown::Mark,
            Lang::En,
        );
        assert!(text.contains("none published"), "{text}");
        assert!(text.contains("2015, 2023"), "{text}");
    }

    #[test]
    fn the_host_of_an_address() {
        assert_eq!(source_host("https://a.example.org/x?y"), "a.example.org");
        assert_eq!(source_host("Kluster 2023 call"), "Kluster 2023 call");
    }
}
