//! Each view as labelled lines a screen reader reads in order: no box drawing, no
//! braille, no colour; status marks as words, charts as short value tables with the
//! trend in words. A pure function of the app's state, like the screen.

use crate::app::state::App;
use crate::app::tab::Tab;
use crate::app::models::goal_status::GoalStatus;
use crate::app::models::pyramid::BandsMissing;
use crate::app::models::scorecard::{JUDGED_AREAS, TargetsMet};
use crate::app::models::time_series::TimeSeries;
use crate::data::format::vocabulary::{OutlookWord, Unit, Vocabulary};
use crate::i18n::Lang;
use crate::words::text::{percent, safe, signed_in_words, with_unit};
use crate::words::combination_words::combination_words;
use crate::words::programme_words::label_words;
use crate::words::value_marks::firmness_words;

use super::trend_words::trend_words;

/// The frequency of yearly charts, by its id.
const YEARLY: &str = "yearly"; // not translated: a frequency's id

/// How many rows of the Data tab plain mode lists.
pub const DATA_ROWS_LISTED: usize = 20;

/// The lines of the view on screen: a heading line, then the tab's lines.
pub fn screen_lines(app: &App) -> Vec<String> {
    let lang = app.lang;
    let clusters = app.selection.describe(&app.dataset.registry, app.year, lang);
    let mut lines = vec![lang.f(
        "plain.heading",
        &[
            ("tab", &app.tab.title(lang)),
            ("year", &app.year),
            ("clusters", &clusters),
        ],
    )];
    match app.tab {
        Tab::Overview => overview_lines(app, &mut lines),
        Tab::Cooperation => cooperation_lines(app, &mut lines),
        Tab::Technology => technology_lines(app, &mut lines),
        Tab::Business => business_lines(app, &mut lines),
        Tab::Data => data_lines(app, &mut lines),
        Tab::Programme => programme_lines(app, &mut lines),
    }
    lines
}

/// A share of targets met with its status in words: "55%, off track".
fn met_words(met: TargetsMet, lang: Lang) -> String {
    match (met.share(), met.status()) {
        (Some(share), Some(status)) => {
            format!("{}, {}", percent(lang, share), status.words(lang))
        }
        _ => lang.t("plain.no_targets").to_string(),
    }
}

fn overview_lines(app: &App, lines: &mut Vec<String>) {
    let lang = app.lang;
    lines.push(lang.t("plain.overview.intro").to_string());
    if app.models.scorecard.is_empty() {
        lines.push(lang.t("scorecard.no_clusters").to_string());
    }
    for &index in &app.scorecard.order {
        let row = &app.models.scorecard[index];
        let size_text = row.size.map(|size| {
            with_unit(lang, size, Unit::Count) + &firmness_words(row.size_firmness, lang)
        });
        let mut parts = vec![match size_text {
            Some(size) => lang.f("plain.overview.size", &[("size", &size)]),
            None => lang.t("plain.overview.no_size").to_string(),
        }];
        for ((area, met), firmness) in JUDGED_AREAS.iter().zip(row.areas).zip(row.area_firmness) {
            parts.push(format!(
                "{} {}{}",
                lang.word("area", area.word()),
                met_words(met, lang),
                firmness_words(firmness, lang)
            ));
        }
        let yearly: Vec<(i32, f64)> = app
            .years
            .iter()
            .zip(&row.trend)
            .filter_map(|(&year, share)| share.map(|s| (year, s as f64)))
            .collect();
        if let Some(trend) = trend_words(&yearly, Unit::Pct, lang) {
            parts.push(lang.f("plain.overview.trend", &[("trend", &trend)]));
        }
        lines.push(format!(
            "{}, {} ({}): {}.",
            safe(&row.cluster_id),
            safe(&row.name),
            if row.reported {
                lang.word("cluster_status", row.status.word())
            } else {
                lang.t("scorecard.not_reported")
            },
            parts.join("; ")
        ));
    }
}

/// A time series as a short table of its last values, then its trend: one line.
fn series_line(series: &TimeSeries, unit: Unit, frequency: &str, lang: Lang) -> String {
    let shown: Vec<String> = series
        .points
        .iter()
        .rev()
        .take(8)
        .rev()
        .map(|&(x, y)| {
            format!(
                "{} {}",
                period_label(x, frequency),
                with_unit(lang, y, unit)
            )
        })
        .collect();
    let yearly = last_of_each_year(&series.points);
    let trend = trend_words(&yearly, unit, lang).unwrap_or_default();
    let values = if shown.is_empty() {
        lang.t("chart.no_data").to_string()
    } else {
        shown.join("; ")
    };
    if trend.is_empty() {
        format!("{}: {values}.", safe(&series.name))
    } else {
        format!("{}: {values}. {trend}.", safe(&series.name))
    }
}

/// The period of a point on a time axis (`2024.5` is 2024-Q3 by quarter).
fn period_label(x: f64, frequency: &str) -> String {
    let year = x.floor() as i32;
    let parts = match frequency {
        "quarterly" => 4.0, // not translated: a frequency's id
        "monthly" => 12.0,  // not translated: a frequency's id
        _ => return year.to_string(),
    };
    let part = ((x - x.floor()) * parts).round() as i32 + 1;
    if parts == 4.0 {
        format!("{year}-Q{part}")
    } else {
        format!("{year}-{part:02}")
    }
}

/// The value each year ends on, for a trend over years.
fn last_of_each_year(points: &[(f64, f64)]) -> Vec<(i32, f64)> {
    let mut yearly: Vec<(i32, f64)> = Vec::new();
    for &(x, y) in points {
        let year = x.floor() as i32;
        match yearly.last_mut() {
            Some(last) if last.0 == year => last.1 = y,
            _ => yearly.push((year, y)),
        }
    }
    yearly
}

fn cooperation_lines(app: &App, lines: &mut Vec<String>) {
    let lang = app.lang;
    let model = &app.models.cooperation;
    lines.push(lang.t("plain.cooperation.pyramid").to_string());
    if model.pyramid.levels.is_empty() {
        lines.push(lang.t("pyramid.none").to_string());
    }
    for level in &model.pyramid.levels {
        let value = level
            .value
            .map_or(lang.t("chart.no_data").to_string(), |v| {
                let mut text = with_unit(lang, v, level.unit) + &firmness_words(level.firmness, lang);
                if let Some(share) = level.share {
                    text.push_str(&lang.f(
                        "plain.cooperation.share",
                        &[("share", &with_unit(lang, share * 100.0, Unit::Pct))],
                    ));
                }
                if let Some(smes) = level.smes {
                    let smes = with_unit(lang, smes, Unit::Count);
                    text.push_str(&lang.f("plain.cooperation.smes", &[("smes", &smes)]));
                }
                text + &combination_words(level.combination, lang)
            });
        lines.push(lang.f(
            "plain.cooperation.level",
            &[
                ("level", &level.level),
                ("name", &lang.t(level.level_name)),
                ("indicator", &safe(&level.indicator_name)),
                ("value", &value),
            ],
        ));
    }
    bands_lines(app, lines);
    match &model.projects {
        Some(chart) => {
            lines.push(lang.f(
                "plain.cooperation.projects",
                &[
                    ("name", &safe(&chart.indicator_name)),
                    ("frequency", &lang.word("frequency", chart.frequency)),
                ],
            ));
            for series in &chart.series {
                lines.push(series_line(series, Unit::Count, chart.frequency, lang));
            }
        }
        None => lines.push(lang.t("cooperation.no_projects").to_string()),
    }
    lines.push(lang.f("plain.cooperation.outward", &[("year", &app.year)]));
    if model.actions.is_empty() {
        lines.push(lang.t("cooperation.no_outward").to_string());
    }
    for bar in &model.actions {
        let value = bar.value.map_or(lang.t("chart.no_data").to_string(), |v| {
            with_unit(lang, v, bar.unit)
        });
        let how = combination_words(bar.combination, lang);
        lines.push(format!("{}: {value}{how}.", safe(&bar.name)));
    }
}

/// Each cluster's members by the deepest level of the pyramid they reach.
fn bands_lines(app: &App, lines: &mut Vec<String>) {
    let lang = app.lang;
    let pyramid = &app.models.cooperation.pyramid;
    if pyramid.by_cluster.is_empty() || pyramid.levels.is_empty() {
        return;
    }
    lines.push(format!("{}:", lang.t("pyramid.bands")));
    for (cluster, bands) in &pyramid.by_cluster {
        let shares = match bands {
            Ok(bands) => bands
                .shares
                .iter()
                .enumerate()
                .map(|(i, share)| {
                    let share = with_unit(lang, share * 100.0, Unit::Pct);
                    match i {
                        0 => format!("{} {share}", lang.t("pyramid.not_reached")),
                        level => lang.f(
                            "plain.cooperation.band",
                            &[("level", &level), ("share", &share)],
                        ),
                    }
                })
                .collect::<Vec<_>>()
                .join(", "),
            Err(BandsMissing::NotReported) => lang.t("pyramid.bands_not_reported").to_string(),
            Err(BandsMissing::NotNested) => lang.t("pyramid.bands_not_nested").to_string(),
        };
        lines.push(format!("{}: {shares}.", safe(cluster)));
    }
}

/// A goal's line: actual, target, share reached and status in words, change.
fn goal_words(
    lang: Lang,
    name: &str,
    unit: Unit,
    actual: Option<f64>,
    target: Option<f64>,
    share: Option<f64>,
    status: Option<GoalStatus>,
) -> String {
    let actual = actual.map_or("–".to_string(), |v| with_unit(lang, v, unit));
    match (target, share, status) {
        (Some(target), Some(share), Some(status)) => lang.f(
            "plain.goal.with_target",
            &[
                ("name", &safe(name)),
                ("actual", &actual),
                ("target", &with_unit(lang, target, unit)),
                ("share", &percent(lang, share)),
                ("status", &status.words(lang)),
            ],
        ),
        _ => lang.f(
            "plain.goal.without_target",
            &[("name", &safe(name)), ("actual", &actual)],
        ),
    }
}

fn technology_lines(app: &App, lines: &mut Vec<String>) {
    let lang = app.lang;
    let model = &app.models.technology;
    lines.push(lang.t("technology.title").to_string());
    if model.goals.is_empty() {
        lines.push(lang.t("technology.none").to_string());
    }
    for goal in &model.goals {
        let mut line = goal_words(
            lang,
            &goal.name,
            goal.unit,
            goal.actual,
            goal.target,
            goal.share,
            goal.status,
        );
        line.push_str(&firmness_words(goal.firmness, lang));
        line.push_str(&combination_words(goal.combination, lang));
        if let Some(change) = goal.change {
            line.push(' ');
            line.push_str(&lang.f(
                "plain.goal.change",
                &[
                    ("change", &signed_in_words(lang, change, goal.unit)),
                    ("year", &(app.year - 1)),
                ],
            ));
        }
        lines.push(line);
    }
    if let Some(chart) = &model.chart {
        lines.push(lang.f("plain.technology.chart", &[("name", &safe(&chart.name))]));
        lines.push(series_line(&chart.actual, chart.unit, YEARLY, lang));
        if !chart.target.points.is_empty() {
            lines.push(series_line(&chart.target, chart.unit, YEARLY, lang));
        }
    }
    lines.push(lang.t("technology.ranking").to_string());
    if model.ranking.is_empty() {
        lines.push(lang.t("technology.no_targets").to_string());
    }
    for rank in &model.ranking {
        lines.push(lang.f(
            "plain.technology.rank",
            &[
                ("cluster", &safe(&rank.cluster_id)),
                ("met", &rank.met.met),
                ("judged", &rank.met.judged),
                ("status", &met_words(rank.met, lang)),
            ],
        ));
    }
}

fn business_lines(app: &App, lines: &mut Vec<String>) {
    let lang = app.lang;
    let model = &app.models.business;
    lines.push(lang.t("business.title").to_string());
    if model.lines.is_empty() {
        lines.push(lang.t("business.none").to_string());
    }
    for row in &model.lines {
        let target = row.reference.and_then(|(reference, value)| {
            matches!(
                reference,
                crate::app::models::business::Reference::Target
            )
            .then_some(value)
        });
        let mut line = goal_words(
            lang, &row.name, row.unit, row.actual, target, row.share, row.status,
        );
        line.push_str(&firmness_words(row.firmness, lang));
        if let Some((crate::app::models::business::Reference::LastYear, before)) =
            row.reference
        {
            line.push(' ');
            line.push_str(&lang.f(
                "business.versus_year",
                &[
                    ("value", &with_unit(lang, before, row.unit)),
                    ("year", &(app.year - 1).to_string()),
                ],
            ));
        }
        lines.push(line);
    }
    for trend in &model.trends {
        let line = series_line(&trend.series, Unit::Pct, YEARLY, lang);
        let how = combination_words(trend.combination, lang);
        lines.push(match line.strip_suffix('.') {
            Some(sentence) => format!("{sentence}{how}."),
            None => line + &how,
        });
    }
}

fn programme_lines(app: &App, lines: &mut Vec<String>) {
    let lang = app.lang;
    let model = &app.models.programme;
    if model.is_empty() {
        lines.push(lang.t("programme.none").to_string());
        return;
    }
    lines.push(lang.f("plain.programme.money", &[("year", &app.year)]));
    let none = || "–".to_string();
    for row in model.total.iter().chain(&model.money) {
        let name = match &row.cluster_id {
            Some(id) => safe(id),
            None => lang.count("count.cluster", model.money.len()),
        };
        let awarded = row.awarded.map_or_else(none, |a| {
            with_unit(lang, a, Unit::EurK) + &firmness_words(row.firmness, lang)
        });
        let label = label_words(row, lang).map(|l| format!(" {l}.")).unwrap_or_default();
        lines.push(lang.f(
            "plain.programme.money_row",
            &[
                ("cluster", &name),
                ("awarded", &awarded),
                ("justified", &row.justified.map_or_else(none, |j| percent(lang, j))),
                ("cofunding", &row.cofunding.map_or_else(none, |c| with_unit(lang, c, Unit::Pct))),
                ("cap", &row.cap_used.map_or_else(none, |c| percent(lang, c))),
                ("project", &row.per_project.map_or_else(none, |p| with_unit(lang, p, Unit::EurK))),
                ("member", &row.per_member.map_or_else(none, |p| with_unit(lang, p, Unit::EurK))),
                ("firms", &row.sector_firms.map_or_else(none, |s| with_unit(lang, s, Unit::Pct))),
                ("jobs", &row.sector_jobs.map_or_else(none, |s| with_unit(lang, s, Unit::Pct))),
            ],
        ) + &label);
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
                &[("status", &status.words(lang)), ("target", &percent(lang, target))],
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
            &[("name", &safe(&row.name)), ("last", &said(&row.last)), ("next", &said(&row.next))],
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

fn data_lines(app: &App, lines: &mut Vec<String>) {
    let lang = app.lang;
    let total = app.data.visible.len();
    let count = |n: usize| with_unit(lang, n as f64, Unit::Count);
    lines.push(lang.count_with(
        "plain.data.intro",
        total,
        &[("shown", &count(total.min(DATA_ROWS_LISTED)))],
    ));
    for &index in app.data.visible.iter().take(DATA_ROWS_LISTED) {
        let Some(row) = app
            .models
            .data_rows
            .get(index as usize)
            .and_then(|&at| crate::app::models::data_rows::data_row(&app.dataset, at))
        else {
            continue;
        };
        let r = &row.record;
        let target = row.target.map_or(String::new(), |t| {
            format!(
                ", {}",
                lang.f(
                    "plain.data.target",
                    &[("target", &with_unit(lang, t, row.unit))]
                )
            )
        });
        lines.push(format!(
            "{}, {}, {}: {}{target}, {}, {}:{}.",
            safe(r.cluster_id),
            r.period,
            safe(r.indicator_id),
            with_unit(lang, r.value, row.unit),
            lang.word("value_status", r.status.word()),
            safe(r.file),
            r.line
        ));
    }
}
