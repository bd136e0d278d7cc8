//! The Cooperation tab as lines: the pyramid, its bands and the charts.

use crate::app::models::pyramid::BandsMissing;
use crate::app::state::App;
use crate::data::format::vocabulary::Unit;
use crate::words::combination_words::combination_words;
use crate::words::text::{safe, with_unit};
use crate::words::value_marks::firmness_words;

use crate::plain::series_words::series_line;

pub(crate) fn cooperation_lines(app: &App, lines: &mut Vec<String>) {
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
                let mut text =
                    with_unit(lang, v, level.unit) + &firmness_words(level.firmness, lang);
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
