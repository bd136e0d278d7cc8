//! Goal status: on track, at risk or off track, from the share of a target reached.

use crate::i18n::Lang;

/// Where a target stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GoalStatus {
    /// Below 80% of the target.
    OffTrack,
    /// From 80% up to the target.
    AtRisk,
    /// The target is met (100% or more).
    OnTrack,
}

/// The share of a target from which a goal is at risk rather than off track.
pub const AT_RISK_FROM: f64 = 0.8;

/// The share of an area's targets met from which the area is on track.
pub const AREA_ON_TRACK_FROM: f64 = 0.75;

/// The share of an area's targets met from which the area is at risk rather than off
/// track.
pub const AREA_AT_RISK_FROM: f64 = 0.5;

impl GoalStatus {
    /// The status of a share (1.0 = 100%).
    pub fn of(share: f64) -> Self {
        if share >= 1.0 {
            GoalStatus::OnTrack
        } else if share >= AT_RISK_FROM {
            GoalStatus::AtRisk
        } else {
            GoalStatus::OffTrack
        }
    }

    /// The status of an area (or of all a cluster's goals) from the share of its targets
    /// met: on track from three in four, at risk from one in two, off track below.
    pub fn of_targets_met(share: f64) -> Self {
        if share >= AREA_ON_TRACK_FROM {
            GoalStatus::OnTrack
        } else if share >= AREA_AT_RISK_FROM {
            GoalStatus::AtRisk
        } else {
            GoalStatus::OffTrack
        }
    }

    /// The words for the status, shown beside the mark.
    pub fn words(self, lang: Lang) -> &'static str {
        lang.t(match self {
            GoalStatus::OnTrack => "goal.on_track",
            GoalStatus::AtRisk => "goal.at_risk",
            GoalStatus::OffTrack => "goal.off_track",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds() {
        assert_eq!(GoalStatus::of(1.0), GoalStatus::OnTrack);
        assert_eq!(GoalStatus::of(0.99), GoalStatus::AtRisk);
        assert_eq!(GoalStatus::of(0.8), GoalStatus::AtRisk);
        assert_eq!(GoalStatus::of(0.79), GoalStatus::OffTrack);
        assert_eq!(GoalStatus::of_targets_met(0.75), GoalStatus::OnTrack);
        assert_eq!(GoalStatus::of_targets_met(6.0 / 9.0), GoalStatus::AtRisk);
        assert_eq!(GoalStatus::of_targets_met(0.5), GoalStatus::AtRisk);
        assert_eq!(GoalStatus::of_targets_met(3.0 / 8.0), GoalStatus::OffTrack);
    }
}
