//! Goals and targets met, in words.

use crate::app::models::goal_status::GoalStatus;
use crate::app::models::scorecard::TargetsMet;
use crate::data::format::vocabulary::Unit;
use crate::i18n::Lang;
use crate::words::text::{percent, safe, with_unit};

/// A share of targets met with its status in words: "55%, off track".
pub(crate) fn met_words(met: TargetsMet, lang: Lang) -> String {
    match (met.share(), met.status()) {
        (Some(share), Some(status)) => {
            format!("{}, {}", percent(lang, share), status.words(lang))
        }
        _ => lang.t("plain.no_targets").to_string(),
    }
}

/// A goal's line: actual, target, share reached and status in words, change.
pub(crate) fn goal_words(
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
