//! The reporting status in words: a table row per cluster for the dashboard, and a
//! sentence per cluster for plain mode.

use crate::data::format::vocabulary::{Area, Vocabulary};
use crate::data::queries::reporting::{AreaReporting, ClusterReporting};
use crate::i18n::Lang;

use super::text::{percent, safe, truncate};
use super::utc_time::utc_minute;

/// The width of the cluster column.
const ID_WIDTH: usize = 12;
/// The width of each area's column.
const AREA_WIDTH: usize = 8;

/// The areas in the order the table shows them.
const AREAS: [Area; 4] = [
    Area::Profile,
    Area::Cooperation,
    Area::Technology,
    Area::Business,
];

/// The mark of an area with no value in the year (with no colour, a mark says it).
pub const NOT_IN_MARK: &str = "!";

/// The share of the year's values of `r`'s areas counted by `count`, when it has any.
fn year_share(r: &ClusterReporting, count: impl Fn(&AreaReporting) -> usize) -> Option<f64> {
    let total: usize = r.areas.iter().map(|a| a.values_in_year).sum();
    (total > 0).then(|| r.areas.iter().map(count).sum::<usize>() as f64 / total as f64)
}

fn area_of(r: &ClusterReporting, area: Area) -> Option<&AreaReporting> {
    r.areas.iter().find(|a| a.area == area)
}

/// The table's heading, aligned with [`reporting_row`].
pub fn reporting_heading(lang: Lang) -> String {
    let mut line = format!("{:<ID_WIDTH$}", lang.t("reporting.cluster"));
    for area in AREAS {
        line.push(' ');
        line.push_str(&format!(
            "{:<AREA_WIDTH$}",
            truncate(lang.word("area_short", area.word()), AREA_WIDTH)
        ));
    }
    format!(
        "{line} {:>5} {:>5} {}",
        lang.t("reporting.estimated_short"),
        lang.t("reporting.illustrative_short"),
        lang.t("reporting.changed")
    )
}

/// One cluster's row: the last period of each area (`!` right after it when the year has no
/// value), the shares of estimated and illustrative values in the year, and when its
/// file changed (with the time when `with_time`).
pub fn reporting_row(r: &ClusterReporting, lang: Lang, with_time: bool) -> String {
    let mut line = format!("{:<ID_WIDTH$}", truncate(&safe(&r.cluster_id), ID_WIDTH));
    for area in AREAS {
        let cell = match area_of(r, area) {
            Some(a) => {
                let last = a.last_period.map_or("–".to_string(), |p| p.to_string());
                if a.values_in_year == 0 {
                    format!("{last}{NOT_IN_MARK}")
                } else {
                    last
                }
            }
            None => "–".to_string(),
        };
        line.push(' ');
        line.push_str(&format!("{cell:<AREA_WIDTH$}"));
    }
    let share = |s: Option<f64>| s.map_or("–".to_string(), |s| percent(lang, s));
    let changed = r.file_changed.map_or("–".to_string(), |t| {
        let text = utc_minute(t);
        if with_time {
            text
        } else {
            text.chars().take(10).collect()
        }
    });
    format!(
        "{line} {:>5} {:>5} {changed}",
        share(year_share(r, |a| a.estimates_in_year)),
        share(year_share(r, |a| a.illustrative_in_year)),
    )
}

/// The legend under the table.
pub fn reporting_legend(year: i32, lang: Lang) -> String {
    lang.f(
        "reporting.legend",
        &[("mark", &NOT_IN_MARK), ("year", &year)],
    )
}

/// One cluster's reporting as a sentence, for plain mode.
pub fn reporting_words(r: &ClusterReporting, year: i32, lang: Lang) -> String {
    let areas: Vec<String> = AREAS
        .iter()
        .filter_map(|&area| area_of(r, area))
        .map(|a| {
            let name = lang.word("area", a.area.word());
            let last = a
                .last_period
                .map_or(lang.t("reporting.never").to_string(), |p| p.to_string());
            if a.values_in_year == 0 {
                lang.f(
                    "reporting.area_missing",
                    &[("area", &name), ("last", &last), ("year", &year)],
                )
            } else {
                lang.f("reporting.area_in", &[("area", &name), ("last", &last)])
            }
        })
        .collect();
    let share = |s: Option<f64>| s.map_or("–".to_string(), |s| percent(lang, s));
    lang.f(
        "reporting.sentence",
        &[
            ("cluster", &safe(&r.cluster_id)),
            ("areas", &areas.join("; ")),
            ("year", &year),
            ("estimated", &share(year_share(r, |a| a.estimates_in_year))),
            (
                "illustrative",
                &share(year_share(r, |a| a.illustrative_in_year)),
            ),
            (
                "changed",
                &r.file_changed
                    .map_or(lang.t("reporting.no_file").to_string(), utc_minute),
            ),
        ],
    )
}
