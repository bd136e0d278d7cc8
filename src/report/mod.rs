//! `report`: a review for the minutes, per cluster: the key indicators against their
//! targets with status marks and changes from the year before, small text charts of
//! their trend, and a provenance footer. Markdown or plain text.

pub mod provenance;
pub mod report_writer;

use crate::app::models::programme::{ProgrammeModel, programme_model};
use crate::app::models::scorecard::{JUDGED_AREAS, TargetsMet, targets_met};
use crate::app::models::technology::{GoalRow, goal_rows};
use crate::data::csv::source::DatasetSource;
use crate::data::format::vocabulary::Area;
use crate::data::loading::dataset::{Dataset, PROGRAMME_FILE};
use crate::data::queries::selection::combine_yearly;
use crate::data::queries::value_sources::FigureSource;
use crate::data::values::programme_budget::BUDGET_COLUMNS;
use crate::i18n::Lang;

use provenance::{Provenance, provenance};

/// One judged area of a cluster in the report.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaSection {
    /// The area.
    pub area: Area,
    /// How many of its targets were met.
    pub met: TargetsMet,
    /// Its indicators with a target, or with a value, in the year.
    pub goals: Vec<GoalRow>,
    /// Each goal's values over the years, for a text chart, in the order of `goals`.
    pub trends: Vec<Vec<Option<f64>>>,
}

/// One cluster in the report.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterSection {
    /// Cluster id.
    pub cluster_id: String,
    /// Cluster name (raw text from the file: sanitised when written).
    pub name: String,
    /// The judged areas.
    pub areas: Vec<AreaSection>,
    /// Its profile in the year (members, turnover, jobs...), the figures reported.
    pub profile: Vec<GoalRow>,
    /// Its grant, plan and semester outlook in the year.
    pub programme: ProgrammeModel,
}

/// Everything a report says.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The year reviewed.
    pub year: i32,
    /// The years of the trend charts.
    pub years: Vec<i32>,
    /// The clusters, in registry order.
    pub clusters: Vec<ClusterSection>,
    /// Where the numbers come from.
    pub provenance: Provenance,
    /// The filter, as a view string.
    pub filter: String,
    /// The sources of the published figures among the year's values, cluster by cluster.
    pub sources: Vec<FigureSource>,
}

/// Builds the report for these clusters (registry order) and year.
pub fn build_report(
    dataset: &Dataset,
    source: &DatasetSource,
    cluster_ids: &[&str],
    year: i32,
    filter: String,
    lang: Lang,
) -> Report {
    let years = dataset.years();
    let clusters = cluster_ids
        .iter()
        .filter_map(|id| dataset.registry.get(id))
        .map(|cluster| {
            let ids = [cluster.id.as_str()];
            let combined = combine_yearly(dataset, &ids).unwrap_or_default();
            let areas = JUDGED_AREAS
                .iter()
                .map(|&area| {
                    let goals: Vec<GoalRow> = goal_rows(dataset, area, &ids, &combined, year, lang)
                        .into_iter()
                        .filter(|g| g.actual.is_some() || g.target.is_some())
                        .collect();
                    let trends = goals
                        .iter()
                        .map(|g| {
                            years
                                .iter()
                                .map(|&y| combined.value(&g.indicator_id, y))
                                .collect()
                        })
                        .collect();
                    AreaSection {
                        area,
                        met: targets_met(dataset, &cluster.id, area, year),
                        goals,
                        trends,
                    }
                })
                .collect();
            let profile = goal_rows(dataset, Area::Profile, &ids, &combined, year, lang)
                .into_iter()
                .filter(|g| g.actual.is_some())
                .collect();
            ClusterSection {
                programme: programme_model(
                    dataset,
                    &ids,
                    &|indicator| combined.value(indicator, year),
                    year,
                    lang,
                ),
                cluster_id: cluster.id.clone(),
                name: cluster.name_in(lang.code()).to_string(),
                areas,
                profile,
            }
        })
        .collect();
    Report {
        year,
        years: years.to_vec(),
        clusters,
        provenance: provenance(source),
        filter,
        sources: sources_of(dataset, cluster_ids, year),
    }
}

/// The sources of the year's published figures: the clusters' values, then the
/// programme's budget.
fn sources_of(dataset: &Dataset, cluster_ids: &[&str], year: i32) -> Vec<FigureSource> {
    let mut sources = dataset.sources_in(cluster_ids, year);
    let budget = dataset.budget.of_year(year);
    sources.extend(
        budget
            .filter(|b| !b.source.is_empty())
            .map(|b| FigureSource {
                cluster_id: PROGRAMME_FILE.to_string(),
                indicator_id: BUDGET_COLUMNS[1].name.to_string(),
                period: year.to_string(),
                source: b.source.clone(),
            }),
    );
    sources
}
