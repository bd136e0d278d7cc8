//! Goal status as a mark that reads without colour: ▲ on track, ● at risk, ▼ off track.

use ratatui::style::Style;
use ratatui::text::Span;

use crate::app::view_models::goal_status::GoalStatus;
use crate::i18n::Lang;

use super::super::text::whole_percent;
use super::super::theme::Theme;

/// The mark of a status.
pub fn mark(status: GoalStatus) -> &'static str {
    match status {
        GoalStatus::OnTrack => "▲",
        GoalStatus::AtRisk => "●",
        GoalStatus::OffTrack => "▼",
    }
}

/// The theme's style for a status.
pub fn style(status: GoalStatus, theme: &Theme) -> Style {
    match status {
        GoalStatus::OnTrack => theme.on_track,
        GoalStatus::AtRisk => theme.at_risk,
        GoalStatus::OffTrack => theme.off_track,
    }
}

/// A share and its mark, such as `78% ●`, or `–` with nothing to judge.
pub fn share_with_mark(share: Option<f64>, lang: Lang, theme: &Theme) -> Span<'static> {
    match share {
        Some(share) => {
            let status = GoalStatus::of(share);
            let percent = lang.percent_of(&whole_percent(share).to_string());
            Span::styled(
                format!("{percent:>5} {}", mark(status)),
                style(status, theme),
            )
        }
        None => Span::styled("     –", theme.muted),
    }
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
