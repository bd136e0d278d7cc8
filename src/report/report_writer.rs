//! Writes a [`Report`] as Markdown or as plain text.

use std::fmt::Write;

use crate::app::models::programme::ProgrammeModel;
use crate::app::models::technology::GoalRow;
use crate::data::format::vocabulary::{ValueStatus, Vocabulary};
use crate::i18n::Lang;
use crate::words::programme_words::{
    SourceShown, budget_words, grant_words, label_words, next_semester_words, plan_part,
    sector_words,
};
use crate::words::status_marks::{area_legend, legend, mark};
use crate::words::text::{percent, safe, signed, with_unit};
use crate::words::text_sparkline::sparkline;
use crate::words::value_marks::{FirmnessShown, value_mark_legend};

use super::Report;

/// The two report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// Markdown, with tables.
    Markdown,
    /// Plain text, with aligned columns.
    Text,
}

/// Scales values to 0-100 for a text chart.
fn chart(values: &[Option<f64>]) -> String {
    let max = values.iter().flatten().fold(0.0f64, |m, v| m.max(*v));
    let scaled: Vec<Option<u64>> = values
        .iter()
        .map(|v| {
            v.map(|v| {
                if max > 0.0 {
                    (v / max * 100.0).round() as u64
                } else {
                    0
                }
            })
        })
        .collect();
    sparkline(&scaled, 100)
}

/// Every firmness of the figures the report shows.
fn shown_firmness(report: &Report) -> Vec<ValueStatus> {
    report
        .clusters
        .iter()
        .flat_map(|c| c.areas.iter().flat_map(|a| &a.goals).chain(&c.profile))
        .filter_map(|g| g.firmness)
        .collect()
}

/// A cluster's programme in one paragraph: its grant, its plan done per area with the
/// status in words, and its outlook for the next semester; `None` without any.
fn programme_line(programme: &ProgrammeModel, lang: Lang) -> Option<String> {
    if programme.is_empty() {
        return None;
    }
    let mut sentences = Vec::new();
    if let Some(money) = programme.money.first() {
        sentences.push(grant_words(money, lang));
        sentences.extend(
            programme
                .budget
                .as_ref()
                .filter(|b| b.budget.is_some())
                .map(|b| budget_words(b, SourceShown::Host, FirmnessShown::Mark, lang)),
        );
        sentences.extend(label_words(money, lang));
        sentences.extend(sector_words(money, lang));
    }
    if !programme.plan.is_empty() {
        let parts: Vec<String> = programme
            .plan
            .iter()
            .map(|row| match row.status {
                Some(status) => format!(
                    "{} ({} {})",
                    plan_part(row, lang),
                    mark(status),
                    status.words(lang)
                ),
                None => plan_part(row, lang),
            })
            .collect();
        sentences.push(format!("{}: {}", lang.t("review.plan"), parts.join(" · ")));
    }
    if !programme.outlook.is_empty() {
        sentences.push(next_semester_words(programme, lang));
    }
    Some(format!(
        "{}: {}.",
        lang.t("tab.programme"),
        sentences.join(". ")
    ))
}

/// A cluster's profile in one line: "Member organisations 77 · Members' turnover 3,459 M€ i".
fn profile_line(profile: &[GoalRow], lang: Lang) -> String {
    let figures: Vec<String> = profile
        .iter()
        .filter_map(|g| {
            let value = with_unit(lang, g.actual?, g.unit);
            Some(format!(
                "{} {}",
                safe(&g.name),
                FirmnessShown::Mark.after(&value, g.firmness, lang)
            ))
        })
        .collect();
    lang.f("report.profile", &[("figures", &figures.join(" · "))])
}

/// The sources of the published figures of the report's year, one per line.
fn write_sources(out: &mut String, report: &Report, md: bool, lang: Lang) {
    let heading = lang.f("report.sources", &[("year", &report.year)]);
    if md {
        let _ = writeln!(out, "## {heading}\n");
    } else {
        let _ = writeln!(out, "{heading}\n{}\n", "-".repeat(heading.chars().count()));
    }
    if report.sources.is_empty() {
        let _ = writeln!(out, "{}\n", lang.t("report.no_sources"));
        return;
    }
    for s in &report.sources {
        let _ = writeln!(
            out,
            "- {} {} {}: {}",
            safe(&s.cluster_id),
            safe(&s.indicator_id),
            safe(&s.period),
            safe(&s.source)
        );
    }
    out.push('\n');
}

/// Writes the report in a language (its words and its numbers).
pub fn write_report(report: &Report, format: ReportFormat, lang: Lang) -> String {
    let md = format == ReportFormat::Markdown;
    let mut out = String::new();
    let first = report.years.first().copied().unwrap_or(report.year);
    let last = report.years.last().copied().unwrap_or(report.year);
    let title = lang.f("report.title", &[("year", &report.year)]);
    if md {
        let _ = writeln!(out, "# {title}\n");
    } else {
        let _ = writeln!(out, "{}\n{}\n", title.to_uppercase(), "=".repeat(20));
    }
    let _ = writeln!(
        out,
        "{}\n",
        lang.f(
            "report.intro",
            &[
                ("legend", &legend(lang)),
                ("first", &first),
                ("last", &last)
            ],
        )
    );
    let _ = writeln!(
        out,
        "{}\n",
        lang.f("report.area_rule", &[("legend", &area_legend(lang))])
    );
    let legend = value_mark_legend(&shown_firmness(report), lang);
    if !legend.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            lang.f("report.value_marks", &[("legend", &legend)])
        );
    }
    for cluster in &report.clusters {
        let title = format!("{} · {}", safe(&cluster.cluster_id), safe(&cluster.name));
        if md {
            let _ = writeln!(out, "## {title}\n");
        } else {
            let _ = writeln!(out, "{title}\n{}\n", "-".repeat(title.chars().count()));
        }
        if !cluster.profile.is_empty() {
            let _ = writeln!(out, "{}\n", profile_line(&cluster.profile, lang));
        }
        if let Some(line) = programme_line(&cluster.programme, lang) {
            let _ = writeln!(out, "{line}\n");
        }
        for area in &cluster.areas {
            let summary = match (area.met.share(), area.met.status()) {
                (Some(share), Some(status)) => format!(
                    "{} {}: {}",
                    mark(status),
                    status.words(lang),
                    lang.f(
                        "report.area_met",
                        &[
                            ("met", &area.met.met),
                            ("judged", &area.met.judged),
                            ("share", &percent(lang, share)),
                        ],
                    )
                ),
                _ => lang.t("review.no_targets").to_string(),
            };
            let heading = format!("{} · {summary}", lang.word("area_title", area.area.word()));
            if md {
                let _ = writeln!(out, "### {heading}\n");
            } else {
                let _ = writeln!(out, "{heading}");
            }
            if area.goals.is_empty() {
                let _ = writeln!(
                    out,
                    "{}{}\n",
                    if md { "" } else { "  " },
                    lang.t("report.no_values")
                );
                continue;
            }
            if md {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} | {} |",
                    lang.t("report.column.indicator"),
                    lang.t("goals.column.actual"),
                    lang.t("goals.column.target"),
                    lang.t("goals.column.reached"),
                    lang.t("goals.column.status"),
                    lang.f("report.column.versus", &[("year", &(report.year - 1))]),
                    lang.t("scorecard.column.trend"),
                );
                let _ = writeln!(out, "|---|--:|--:|--:|---|--:|---|");
            }
            for (goal, trend) in area.goals.iter().zip(&area.trends) {
                let actual = FirmnessShown::Mark.after(
                    &goal
                        .actual
                        .map_or("–".to_string(), |v| with_unit(lang, v, goal.unit)),
                    goal.firmness,
                    lang,
                );
                let target = goal
                    .target
                    .map_or("–".to_string(), |v| with_unit(lang, v, goal.unit));
                let reached = goal.share.map_or("–".to_string(), |s| percent(lang, s));
                let status = goal
                    .status
                    .map_or(lang.t("goals.no_target").to_string(), |s| {
                        format!("{} {}", mark(s), s.words(lang))
                    });
                let change = goal
                    .change
                    .map_or("–".to_string(), |v| signed(lang, v, goal.unit));
                let name = safe(&goal.name);
                let trend = chart(trend);
                if md {
                    let _ = writeln!(
                        out,
                        "| {name} | {actual} | {target} | {reached} | {status} | {change} | `{trend}` |"
                    );
                } else {
                    let _ = writeln!(
                        out,
                        "  {name:<34} {actual:>12} {target:>12} {reached:>5}  {status:<12} {change:>10}  {trend}"
                    );
                }
            }
            out.push('\n');
        }
    }
    write_sources(&mut out, report, md, lang);
    let p = &report.provenance;
    let shown_dataset = if p.dataset == crate::generate::BUILT_IN_LABEL {
        lang.t("dataset.built_in")
    } else {
        p.dataset.as_str()
    };
    let newest = p
        .newest_file
        .as_deref()
        .unwrap_or(lang.t("report.built_in"));
    let lines = [
        lang.f(
            "report.dataset",
            &[
                ("dataset", &safe(shown_dataset)),
                ("files", &lang.count("count.file", p.files)),
            ],
        ),
        lang.f("report.hash", &[("hash", &p.content_hash)]),
        lang.f("report.newest", &[("file", &newest)]),
        lang.f("report.filter", &[("filter", &report.filter)]),
        lang.f("report.program", &[("program", &p.program)]),
    ];
    if md {
        let _ = writeln!(out, "---\n");
        for line in lines {
            let _ = writeln!(out, "- {line}");
        }
    } else {
        let _ = writeln!(out, "{}", "-".repeat(20));
        for line in lines {
            let _ = writeln!(out, "{line}");
        }
    }
    out
}
