//! The Data tab as lines: the first rows shown.

use crate::app::state::App;
use crate::data::format::vocabulary::{Unit, Vocabulary};
use crate::words::text::{safe, with_unit};

/// How many rows of the Data tab plain mode lists.
pub const DATA_ROWS_LISTED: usize = 20;

pub(crate) fn data_lines(app: &App, lines: &mut Vec<String>) {
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
            safe(&r.place())
        ));
    }
}
