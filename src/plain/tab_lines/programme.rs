//! The Programme tab as lines: the grant, the plans, the outlook, labels and sectors.

use crate::app::state::App;
use crate::data::format::vocabulary::{OutlookWord, Unit, Vocabulary};
use crate::words::programme_words::{SourceShown, budget_words, label_words};
use crate::words::text::{percent, safe, with_unit};
use crate::words::value_marks::{FirmnessShown, firmness_words};

pub(crate) fn programme_lines(app: &App, lines: &mut Vec<String>) {
    let lang = app.lang;
    let model = &app.models.programme;
    if model.is_empty() {
        lines.push(lang.t("programme.none").to_string());
        return;
    }
    lines.push(lang.f("plain.programme.money", &[("year", &app.year)]));
    if let Some(budget) = &model.budget {
        let words = budget_words(budget, SourceShown::Whole, FirmnessShown::Words, lang);
        lines.push(format!("{words}."));
    }
    let none = || "–".to_string();
    for row in model.total.iter().chain(&model.money) {
        let name = match &row.cluster_id {
            Some(id) => safe(id),
            None => lang.count("count.cluster", model.money.len()),
        };
        let awarded = row.awarded.map_or_else(none, |a| {
            with_unit(lang, a, Unit::EurK) + &firmness_words(row.firmness, lang)
        });
        let label = label_words(row, lang)
            .map(|l| format!(" {l}."))
            .unwrap_or_default();
        let justified = row.justified.map_or_else(none, |j| percent(lang, j));
        let cofunding = row
            .cofunding
            .map_or_else(none, |c| with_unit(lang, c, Unit::Pct));
        let cap = row.cap_used.map_or_else(none, |c| percent(lang, c));
        let project = row
            .per_project
            .map_or_else(none, |p| with_unit(lang, p, Unit::EurK));
        let member = row
            .per_member
            .map_or_else(none, |p| with_unit(lang, p, Unit::EurK));
        let share = |share: Option<f64>, firmness| {
            share.map_or_else(none, |s| {
                with_unit(lang, s, Unit::Pct) + &firmness_words(firmness, lang)
            })
        };
        let firms = share(row.sector_firms, row.sector_firmness[0]);
        let jobs = share(row.sector_jobs, row.sector_firmness[1]);
        lines.push(
            lang.f(
                "plain.programme.money_row",
                &[
                    ("cluster", &name),
                    ("awarded", &awarded),
                    ("justified", &justified),
                    ("cofunding", &cofunding),
                    ("cap", &cap),
                    ("project", &project),
                    ("member", &member),
                    ("firms", &firms),
                    ("jobs", &jobs),
                ],
            ) + &label,
        );
    }
    lines.push(lang.f("plain.programme.plan", &[("year", &app.year)]));
    for row in &model.plan {
        let count = |v: Option<f64>| v.map_or_else(none, |v| with_unit(lang, v, Unit::Count));
        let mut line = lang.f(
            "plain.programme.plan_row",
            &[
                ("area", &lang.word("area_title", row.area.word())),
                ("done", &count(row.done)),
                ("planned", &count(row.planned)),
                ("rate", &row.rate.map_or_else(none, |r| percent(lang, r))),
            ],
        );
        if let (Some(status), Some(target)) = (row.status, row.target_rate) {
            line.push_str(&lang.f(
                "plain.programme.plan_status",
                &[
                    ("status", &status.words(lang)),
                    ("target", &percent(lang, target)),
                ],
            ));
        }
        line.push('.');
        lines.push(line);
    }
    lines.push(lang.f("plain.programme.outlook", &[("year", &app.year)]));
    for row in &model.outlook {
        let said = |tally: &crate::app::models::programme::Tally| {
            lang.f(
                "plain.programme.tally",
                &[
                    ("better", &tally.better.len()),
                    ("same", &tally.same.len()),
                    ("worse", &tally.worse.len()),
                ],
            )
        };
        let mut line = lang.f(
            "plain.programme.outlook_row",
            &[
                ("name", &safe(&row.name)),
                ("last", &said(&row.last)),
                ("next", &said(&row.next)),
            ],
        );
        for (word, clusters) in [
            (OutlookWord::Better, &row.next.better),
            (OutlookWord::Worse, &row.next.worse),
        ] {
            if !clusters.is_empty() {
                let names: Vec<String> = clusters.iter().map(|c| safe(c)).collect();
                let word = lang.word("outlook", word.word());
                line.push_str(&format!(" {word}: {}.", names.join(", ")));
            }
        }
        lines.push(line);
    }
}
