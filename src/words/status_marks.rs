//! Goal status as a mark that reads without colour: ▲ on track, ● at risk, ▼ off track,
//! and the legend that names them; the styles are the drawing's
//! (`ui::widgets::status_mark`).

use crate::app::models::goal_status::GoalStatus;
use crate::i18n::Lang;

/// The mark of a status.
pub fn mark(status: GoalStatus) -> &'static str {
    match status {
        GoalStatus::OnTrack => "▲",
        GoalStatus::AtRisk => "●",
        GoalStatus::OffTrack => "▼",
    }
}

/// The legend of the marks of areas judged by their share of targets met, for the foot
/// of the scorecard.
pub fn area_legend(lang: Lang) -> String {
    format!(
        "▲ {}  ● {}  ▼ {}",
        lang.t("legend.area_on_track"),
        lang.t("legend.area_at_risk"),
        lang.t("legend.off_track")
    )
}

/// The legend of the marks, for the foot of a table.
pub fn legend(lang: Lang) -> String {
    format!(
        "▲ {}  ● {}  ▼ {}",
        lang.t("legend.met"),
        lang.t("legend.at_risk"),
        lang.t("legend.off_track")
    )
}
