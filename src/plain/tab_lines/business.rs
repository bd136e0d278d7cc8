//! The Business tab as lines.

use crate::app::state::App;
use crate::data::format::vocabulary::Unit;
use crate::words::combination_words::combination_words;
use crate::words::text::with_unit;
use crate::words::value_marks::firmness_words;

use crate::plain::goal_words::goal_words;
use crate::plain::series_words::{YEARLY, series_line};

pub(crate) fn business_lines(app: &App, lines: &mut Vec<String>) {
    let lang = app.lang;
    let model = &app.models.business;
    lines.push(lang.t("business.title").to_string());
    if model.lines.is_empty() {
        lines.push(lang.t("business.none").to_string());
    }
    for row in &model.lines {
        let target = row.reference.and_then(|(reference, value)| {
            matches!(reference, crate::app::models::business::Reference::Target).then_some(value)
        });
        let mut line = goal_words(
            lang, &row.name, row.unit, row.actual, target, row.share, row.status,
        );
        line.push_str(&firmness_words(row.firmness, lang));
        if let Some((crate::app::models::business::Reference::LastYear, before)) = row.reference {
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
