//! The Overview tab as lines: one per cluster.

use crate::app::models::scorecard::JUDGED_AREAS;
use crate::app::state::App;
use crate::data::format::vocabulary::{Unit, Vocabulary};
use crate::plain::trend_words::trend_words;
use crate::words::text::{safe, with_unit};
use crate::words::value_marks::firmness_words;

use crate::plain::goal_words::met_words;

pub(crate) fn overview_lines(app: &App, lines: &mut Vec<String>) {
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
