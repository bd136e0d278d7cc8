//! The Compare tab as lines: each indicator with every compared cluster's value, target
//! and status, then the chosen indicator over the years, cluster by cluster.

use crate::app::state::App;
use crate::words::text::safe;
use crate::words::value_marks::firmness_words;

use crate::plain::goal_words::goal_words;
use crate::plain::series_words::{YEARLY, series_line};

pub(crate) fn compare_lines(app: &App, lines: &mut Vec<String>) {
    let lang = app.lang;
    let model = &app.models.compare;
    lines.push(lang.t("compare.table").to_string());
    if model.clusters.is_empty() || model.rows.is_empty() {
        lines.push(lang.t("compare.none").to_string());
        return;
    }
    if model.left_out > 0 {
        let all = model.clusters.len() + model.left_out;
        let shown = model.clusters.len();
        lines.push(lang.f("compare.left_out", &[("shown", &shown), ("all", &all)]));
    }
    for row in &model.rows {
        lines.push(lang.f("plain.compare.indicator", &[("name", &safe(&row.name))]));
        for (cluster, value) in model.clusters.iter().zip(&row.values) {
            let mut line = goal_words(
                lang,
                cluster,
                row.unit,
                value.value,
                value.target,
                value.share,
                value.status,
            );
            line.push_str(&firmness_words(value.firmness, lang));
            lines.push(line);
        }
    }
    if let Some(row) = model.rows.get(app.compare.indicator) {
        lines.push(lang.f("plain.compare.chart", &[("name", &safe(&row.name))]));
        for chart in &model.charts {
            lines.push(series_line(&chart.actual, row.unit, YEARLY, lang));
        }
    }
}
