//! The Overview's scorecard: one row per cluster with its size, the share of each
//! area's targets met in the year, and its trend over the years.

use std::cmp::Ordering;

use crate::data::format::vocabulary::{Area, ClusterStatus, ValueStatus};
use crate::data::loading::dataset::Dataset;
use crate::data::queries::selection::cluster_met_target;
use crate::data::values::columns::code;
use crate::i18n::Lang;

use super::catalogue_roles::size_indicator;
use super::goal_status::GoalStatus;

/// The three judged areas, in scorecard column order.
pub const JUDGED_AREAS: [Area; 3] = [Area::Cooperation, Area::Technology, Area::Business];

/// How many of an area's targets a cluster met in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TargetsMet {
    /// Targets met.
    pub met: usize,
    /// Targets with a value to judge.
    pub judged: usize,
}

impl TargetsMet {
    /// The share met, 0 to 1; `None` with nothing to judge.
    pub fn share(self) -> Option<f64> {
        (self.judged > 0).then(|| self.met as f64 / self.judged as f64)
    }

    /// The status of the share; `None` with nothing to judge.
    pub fn status(self) -> Option<GoalStatus> {
        self.share().map(GoalStatus::of_targets_met)
    }
}

/// One row of the scorecard.
#[derive(Debug, Clone, PartialEq)]
pub struct ScorecardRow {
    /// Cluster id.
    pub cluster_id: String,
    /// Cluster name.
    pub name: String,
    /// Cluster, pre-cluster or former.
    pub status: ClusterStatus,
    /// Its size indicator's value in the year (members), when reported.
    pub size: Option<f64>,
    /// Targets met per judged area, in [`JUDGED_AREAS`] order.
    pub areas: [TargetsMet; 3],
    /// The share of all its targets met, per year of the dataset, in percent.
    pub trend: Vec<Option<u64>>,
    /// How firm the size is.
    pub size_firmness: Option<ValueStatus>,
    /// How firm the values judged in each area are, in [`JUDGED_AREAS`] order.
    pub area_firmness: [Option<ValueStatus>; 3],
    /// Whether it has any value in the year (a cluster of the programme that has not
    /// reported has none).
    pub reported: bool,
}

impl ScorecardRow {
    /// The share of all targets met in the year, across areas.
    pub fn overall(&self) -> TargetsMet {
        self.areas
            .iter()
            .fold(TargetsMet::default(), |total, a| TargetsMet {
                met: total.met + a.met,
                judged: total.judged + a.judged,
            })
    }
}

/// A column the scorecard sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScorecardColumn {
    /// Cluster id.
    Cluster,
    /// Cluster name.
    Name,
    /// Status.
    Status,
    /// Size (members).
    Size,
    /// Share of an area's targets met, by index into [`JUDGED_AREAS`].
    Area(usize),
    /// Share of all targets met in the year.
    Overall,
}

impl ScorecardColumn {
    /// Every sortable column, in the order `s` steps through them.
    pub const ALL: [ScorecardColumn; 8] = [
        ScorecardColumn::Cluster,
        ScorecardColumn::Name,
        ScorecardColumn::Status,
        ScorecardColumn::Size,
        ScorecardColumn::Area(0),
        ScorecardColumn::Area(1),
        ScorecardColumn::Area(2),
        ScorecardColumn::Overall,
    ];

    /// Compares two rows by this column, ascending; missing values sort first.
    pub fn compare(self, a: &ScorecardRow, b: &ScorecardRow) -> Ordering {
        let by_share = |x: TargetsMet, y: TargetsMet| {
            x.share().partial_cmp(&y.share()).unwrap_or(Ordering::Equal)
        };
        match self {
            ScorecardColumn::Cluster => a.cluster_id.cmp(&b.cluster_id),
            ScorecardColumn::Name => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
            ScorecardColumn::Status => a.status.cmp(&b.status),
            ScorecardColumn::Size => a.size.partial_cmp(&b.size).unwrap_or(Ordering::Equal),
            ScorecardColumn::Area(i) => by_share(a.areas[i], b.areas[i]),
            ScorecardColumn::Overall => by_share(a.overall(), b.overall()),
        }
    }
}

/// Builds the rows for the selected clusters that take part in the programme in
/// `year` (a former cluster has no row after it left), in selection order; `trends`
/// comes from [`scorecard_trends`] for the same clusters.
pub fn scorecard_rows(
    dataset: &Dataset,
    cluster_ids: &[&str],
    year: i32,
    trends: &[Vec<Option<u64>>],
    lang: Lang,
) -> Vec<ScorecardRow> {
    let size = size_indicator(&dataset.catalogue);
    cluster_ids
        .iter()
        .zip(trends)
        .filter_map(|(id, trend)| dataset.registry.get(id).map(|cluster| (cluster, trend)))
        .filter(|(cluster, _)| cluster.is_active_in(year))
        .map(|(cluster, trend)| {
            let ids = [cluster.id.as_str()];
            let area_firmness = JUDGED_AREAS.map(|area| {
                let indicators = dataset.catalogue.in_area(area).map(|i| i.id.as_str());
                dataset.firmness_of_all(&ids, indicators, year)
            });
            let size_firmness = size.and_then(|i| dataset.firmness(&ids, &i.id, year));
            let reported = area_firmness.iter().any(Option::is_some)
                || dataset
                    .firmness_of_all(
                        &ids,
                        dataset
                            .catalogue
                            .in_area(Area::Profile)
                            .map(|i| i.id.as_str()),
                        year,
                    )
                    .is_some();
            ScorecardRow {
                cluster_id: cluster.id.clone(),
                name: cluster.name_in(lang.code()).to_string(),
                status: cluster.status,
                size: size.and_then(|i| dataset.value(&cluster.id, &i.id, year)),
                areas: JUDGED_AREAS.map(|area| targets_met(dataset, &cluster.id, area, year)),
                trend: trend.clone(),
                size_firmness,
                area_firmness,
                reported,
            }
        })
        .collect()
}

/// Each cluster's share of all its targets met, per year, in percent: the scorecard's
/// trend, which depends on the clusters but not on the selected year.
pub fn scorecard_trends(
    dataset: &Dataset,
    cluster_ids: &[&str],
    years: &[i32],
) -> Vec<Vec<Option<u64>>> {
    cluster_ids
        .iter()
        .map(|id| {
            years
                .iter()
                .map(|&year| {
                    let total = JUDGED_AREAS.iter().fold(TargetsMet::default(), |t, &area| {
                        let a = targets_met(dataset, id, area, year);
                        TargetsMet {
                            met: t.met + a.met,
                            judged: t.judged + a.judged,
                        }
                    });
                    total.share().map(|s| (s * 100.0).round() as u64)
                })
                .collect()
        })
        .collect()
}

/// Each cluster's trend, kept once computed: it depends on the dataset alone, so a
/// filter change only computes the clusters not seen before.
#[derive(Debug, Clone, Default)]
pub struct TrendCache {
    trends: rustc_hash::FxHashMap<String, Vec<Option<u64>>>,
}

impl TrendCache {
    /// The trends of `cluster_ids`, computing those not kept yet.
    pub fn trends(
        &mut self,
        dataset: &Dataset,
        cluster_ids: &[&str],
        years: &[i32],
    ) -> Vec<Vec<Option<u64>>> {
        let missing: Vec<&str> = cluster_ids
            .iter()
            .copied()
            .filter(|id| !self.trends.contains_key(*id))
            .collect();
        for (id, trend) in missing
            .iter()
            .zip(scorecard_trends(dataset, &missing, years))
        {
            self.trends.insert(id.to_string(), trend);
        }
        cluster_ids
            .iter()
            .map(|id| self.trends.get(*id).cloned().unwrap_or_default())
            .collect()
    }
}

/// How many targets of one area a cluster met in a year.
pub fn targets_met(dataset: &Dataset, cluster_id: &str, area: Area, year: i32) -> TargetsMet {
    let mut result = TargetsMet::default();
    let Some(cluster) = dataset.cluster_code(cluster_id) else {
        return result;
    };
    for (position, indicator) in dataset.catalogue.indicators.iter().enumerate() {
        if indicator.area != area {
            continue;
        }
        let Some(indicator) = code(position) else {
            break;
        };
        if let Some(met) = cluster_met_target(dataset, cluster, indicator, year) {
            result.judged += 1;
            result.met += usize::from(met);
        }
    }
    result
}
