//! The Cooperation tab: the pyramid, cooperation projects over time, and the
//! outward actions (intercluster projects, internationalisation) of the year.

use crate::data::format::period::Frequency;
use crate::data::format::vocabulary::Unit;
use crate::data::loading::dataset::Dataset;
use crate::data::queries::selection::{CombinedYearly, combine_periods};
use crate::data::rollup::combination::Combination;
use crate::i18n::Lang;

use super::catalogue_roles::{outward_indicators, projects_indicator};
use super::pyramid::{PyramidModel, pyramid_model};
use super::time_series::TimeSeries;

/// Up to this many selected clusters get a line each; more are combined into one.
pub const MAX_LINES: usize = 4;

/// The projects-over-time chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectsChart {
    /// The indicator's name.
    pub indicator_name: String,
    /// The frequency drawn: "quarterly", "monthly" or "yearly".
    pub frequency: &'static str,
    /// The lines: one per cluster, or one combined.
    pub series: Vec<TimeSeries>,
    /// Whether the clusters were combined into one line.
    pub combined: bool,
}

/// One bar of the outward-actions chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionBar {
    /// The indicator's name.
    pub name: String,
    /// Its unit.
    pub unit: Unit,
    /// Its combined value in the year.
    pub value: Option<f64>,
    /// How several clusters' values were combined; `None` for one cluster.
    pub combination: Option<Combination>,
}

/// Everything the Cooperation tab draws.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CooperationModel {
    /// The pyramid of cooperation.
    pub pyramid: PyramidModel,
    /// Projects over time; `None` when the catalogue has no cooperation flow indicator.
    pub projects: Option<ProjectsChart>,
    /// The outward actions of the year.
    pub actions: Vec<ActionBar>,
}

/// Builds the Cooperation tab for the selection and year.
pub fn cooperation_model(
    dataset: &Dataset,
    cluster_ids: &[&str],
    combined: &CombinedYearly,
    year: i32,
    lang: Lang,
) -> CooperationModel {
    let projects = projects_indicator(&dataset.catalogue).map(|indicator| {
        let frequency = dataset
            .values
            .finest_frequency(&indicator.id)
            .unwrap_or(Frequency::Yearly);
        let combine = cluster_ids.len() > MAX_LINES;
        let series = if combine {
            let periods = combine_periods(dataset, cluster_ids, &indicator.id).unwrap_or_default();
            let periods: Vec<_> = periods
                .into_iter()
                .filter(|(p, _)| p.frequency == frequency)
                .collect();
            vec![TimeSeries::from_periods(
                lang.count("count.cluster", cluster_ids.len()),
                &periods,
            )]
        } else {
            cluster_ids
                .iter()
                .map(|id| {
                    let periods: Vec<_> = dataset
                        .values
                        .periods(id, &indicator.id)
                        .iter()
                        .copied()
                        .filter(|(p, _)| p.frequency == frequency)
                        .collect();
                    TimeSeries::from_periods(*id, &periods)
                })
                .collect()
        };
        ProjectsChart {
            indicator_name: indicator.name_in(lang.code()).to_string(),
            frequency: frequency.word(),
            series,
            combined: combine,
        }
    });
    let actions = outward_indicators(&dataset.catalogue)
        .into_iter()
        .map(|i| ActionBar {
            name: i.name_in(lang.code()).to_string(),
            unit: i.unit,
            value: combined.value(&i.id, year),
            combination: combined
                .combination(&i.id, year)
                .filter(|(_, clusters)| *clusters > 1)
                .map(|(combination, _)| combination),
        })
        .collect();
    CooperationModel {
        pyramid: pyramid_model(dataset, cluster_ids, combined, year, lang),
        projects,
        actions,
    }
}
