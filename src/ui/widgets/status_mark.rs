//! Goal status as a mark that reads without colour: ▲ on track, ● at risk, ▼ off track.

use ratatui::style::Style;
use ratatui::text::Span;

use crate::app::models::goal_status::GoalStatus;
use crate::i18n::Lang;

use super::super::theme::Theme;
use crate::words::status_marks::mark;
use crate::words::text::whole_percent;

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
            let status = GoalStatus::of_targets_met(share);
            let percent = lang.percent_of(&whole_percent(share).to_string());
            Span::styled(
                format!("{percent:>5} {}", mark(status)),
                style(status, theme),
            )
        }
        None => Span::styled("     –", theme.muted),
    }
}
