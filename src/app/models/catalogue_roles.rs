//! Which indicators each view shows, chosen from the catalogue's metadata (area,
//! pyramid level, unit, time roll-up), never from indicator ids, so any dataset in the
//! documented format gets sensible tabs.

use crate::data::format::vocabulary::{Area, Role, TimeAgg, Unit};
use crate::data::metadata::catalogue::{Catalogue, Indicator, PYRAMID_LEVELS};

/// The size of a cluster: the first profile indicator that is a count of a stock
/// (unit `count`, rolled up by `last`), such as member organisations.
pub fn size_indicator(catalogue: &Catalogue) -> Option<&Indicator> {
    catalogue.in_area(Area::Profile).find(|i| counts_members(i))
}

/// Whether an indicator counts members at the year's end: a count that rolls up by its
/// last value (a stock, not a flow of projects).
pub fn counts_members(indicator: &Indicator) -> bool {
    indicator.unit == Unit::Count && indicator.time_agg == TimeAgg::Last
}

/// The bar of each pyramid level, base to top: the first indicator of the level (that
/// is not the level's SMEs).
pub fn pyramid_indicators(catalogue: &Catalogue) -> Vec<(u8, &Indicator)> {
    (1..=PYRAMID_LEVELS)
        .filter_map(|level| {
            catalogue
                .in_area(Area::Cooperation)
                .find(|i| i.pyramid_level == Some(level) && i.role != Some(Role::Smes))
                .map(|i| (level, i))
        })
        .collect()
}

/// The cooperation projects charted over time: the first top-level (4) flow indicator,
/// or failing that the first cooperation flow indicator (rolled up by `sum`).
pub fn projects_indicator(catalogue: &Catalogue) -> Option<&Indicator> {
    let flow = |i: &&Indicator| i.time_agg == TimeAgg::Sum;
    catalogue
        .in_area(Area::Cooperation)
        .filter(|i| i.pyramid_level == Some(PYRAMID_LEVELS))
        .find(flow)
        .or_else(|| catalogue.in_area(Area::Cooperation).find(flow))
}

/// The outward actions in the cooperation bar chart: count indicators at the top of
/// the pyramid or outside it (intercluster projects, missions, foreign investment),
/// other than the pyramid's bars and the projects chart.
pub fn outward_indicators(catalogue: &Catalogue) -> Vec<&Indicator> {
    let pyramid: Vec<&str> = pyramid_indicators(catalogue)
        .iter()
        .map(|(_, i)| i.id.as_str())
        .collect();
    let projects = projects_indicator(catalogue).map(|i| i.id.as_str());
    catalogue
        .in_area(Area::Cooperation)
        .filter(|i| i.unit == Unit::Count && i.role.is_none())
        .filter(|i| matches!(i.pyramid_level, None | Some(PYRAMID_LEVELS)))
        .filter(|i| !pyramid.contains(&i.id.as_str()) && projects != Some(i.id.as_str()))
        .collect()
}

/// The SMEs at a level of the pyramid (the indicator with the role `smes` there).
pub fn smes_indicator(catalogue: &Catalogue, level: u8) -> Option<&Indicator> {
    catalogue
        .in_area(Area::Cooperation)
        .find(|i| i.pyramid_level == Some(level) && i.role == Some(Role::Smes))
}

/// The business action lines shown as progress bars: business indicators that are not percentages.
pub fn business_action_lines(catalogue: &Catalogue) -> Vec<&Indicator> {
    catalogue
        .in_area(Area::Business)
        .filter(|i| i.unit != Unit::Pct)
        .collect()
}

/// The business indicators charted over the years: the percentages (export share, growth).
pub fn business_trend_indicators(catalogue: &Catalogue) -> Vec<&Indicator> {
    catalogue
        .in_area(Area::Business)
        .filter(|i| i.unit == Unit::Pct)
        .collect()
}
