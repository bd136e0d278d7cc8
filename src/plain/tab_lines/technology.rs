//! The Technology tab as lines: each goal against its target.

use crate::app::state::App;
use crate::words::combination_words::combination_words;
use crate::words::text::{safe, signed_in_words};
use crate::words::value_marks::firmness_words;

use crate::plain::goal_words::{goal_words, met_words};
use crate::plain::series_words::{YEARLY, series_line};

pub(crate) fn technology_lines(app: &App, lines: &mut Vec<String>) {
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
