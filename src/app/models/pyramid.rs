//! The pyramid of cooperation for the selection and year: one bar per level, base to top.

use crate::data::format::vocabulary::{Unit, ValueStatus};
use crate::data::loading::dataset::Dataset;
use crate::data::metadata::catalogue::Indicator;
use crate::data::queries::selection::CombinedYearly;
use crate::data::rollup::combination::Combination;
use crate::i18n::Lang;

use super::catalogue_roles::{counts_members, pyramid_indicators, size_indicator, smes_indicator};

/// The catalogue key of each level's name in the pyramid of cooperation, base (1)
/// to top (4).
pub const LEVEL_NAMES: [&str; 4] = [
    "pyramid.level_1",
    "pyramid.level_2",
    "pyramid.level_3",
    "pyramid.level_4",
];

/// One bar of the pyramid.
#[derive(Debug, Clone, PartialEq)]
pub struct PyramidLevel {
    /// The level, 1 (base) to 4 (top).
    pub level: u8,
    /// The catalogue key of the level's name.
    pub level_name: &'static str,
    /// The indicator drawn for the level, as the catalogue names it.
    pub indicator_name: String,
    /// Its unit.
    pub unit: Unit,
    /// Its combined value in the year, when reported.
    pub value: Option<f64>,
    /// How firm that value is: the least firm status behind it.
    pub firmness: Option<ValueStatus>,
    /// The share of members reached at this level, 0 to 1: Σ level / Σ members over the
    /// clusters that report both, so clusters of different sizes compare.
    pub share: Option<f64>,
    /// How several clusters' counts were combined (a sum of firms is an upper bound);
    /// `None` for one cluster.
    pub combination: Option<Combination>,
    /// The SMEs among the members at this level, where the catalogue has them.
    pub smes: Option<f64>,
}

/// One cluster's members by the deepest level of the pyramid they reach: the shares add
/// up to 1.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterBands {
    /// The cluster.
    pub cluster_id: String,
    /// Its members in the year.
    pub members: f64,
    /// The share of members not reached by any level, then of those whose deepest level
    /// is each level, base to top (as many as the pyramid has levels).
    pub shares: Vec<f64>,
}

/// Why a cluster has no bands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BandsMissing {
    /// A level or the members are not reported in the year.
    NotReported,
    /// A level counts more members than the one below it (or than the members): the
    /// levels do not nest, so no member can be placed at a deepest level.
    NotNested,
}

/// The pyramid: the levels the catalogue defines, base first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PyramidModel {
    /// The levels, base to top.
    pub levels: Vec<PyramidLevel>,
    /// Each cluster shown, with its members by deepest level, or why it has none.
    pub by_cluster: Vec<(String, Result<ClusterBands, BandsMissing>)>,
}

impl PyramidModel {
    /// The largest value, which the widest bar stands for.
    pub fn widest(&self) -> f64 {
        self.levels
            .iter()
            .filter_map(|l| l.value)
            .fold(0.0, f64::max)
    }
}

/// Builds the pyramid of the selection `cluster_ids` from its combined values.
pub fn pyramid_model(
    dataset: &Dataset,
    cluster_ids: &[&str],
    combined: &CombinedYearly,
    year: i32,
    lang: Lang,
) -> PyramidModel {
    pyramid_of(dataset, cluster_ids, year, lang, |indicator_id| {
        (
            combined.value(indicator_id, year),
            dataset.firmness(cluster_ids, indicator_id, year),
        )
    })
}

/// Builds the pyramid of `cluster_ids` from a lookup of each level indicator's value
/// and its firmness; the shares and bands come from each cluster's own values.
pub fn pyramid_of(
    dataset: &Dataset,
    cluster_ids: &[&str],
    year: i32,
    lang: Lang,
    value_of: impl Fn(&str) -> (Option<f64>, Option<ValueStatus>),
) -> PyramidModel {
    let catalogue = &dataset.catalogue;
    let indicators = pyramid_indicators(catalogue);
    let members = size_indicator(catalogue);
    let combination = |indicator: &Indicator| {
        (cluster_ids.len() > 1).then_some(if indicator.double_counts {
            Combination::UpperBound
        } else {
            Combination::Sum
        })
    };
    let levels = indicators
        .iter()
        .map(|&(level, indicator)| {
            let (value, firmness) = value_of(&indicator.id);
            PyramidLevel {
                level,
                level_name: LEVEL_NAMES[usize::from(level - 1)],
                indicator_name: indicator.name_in(lang.code()).to_string(),
                unit: indicator.unit,
                value,
                firmness,
                share: members
                    .filter(|_| counts_members(indicator))
                    .and_then(|m| level_share(dataset, cluster_ids, indicator, m, year)),
                combination: combination(indicator),
                smes: smes_indicator(catalogue, level).and_then(|i| value_of(&i.id).0),
            }
        })
        .collect();
    // Bands only where every level counts members (a stock, not a flow of projects).
    let level_ids: Vec<&str> = indicators.iter().map(|(_, i)| i.id.as_str()).collect();
    let by_cluster = match members {
        Some(members) if indicators.iter().all(|(_, i)| counts_members(i)) => cluster_ids
            .iter()
            .map(|id| {
                let bands = cluster_bands(dataset, id, &members.id, &level_ids, year);
                (id.to_string(), bands)
            })
            .collect(),
        _ => Vec::new(),
    };
    PyramidModel { levels, by_cluster }
}

/// Σ level / Σ members over the clusters of `cluster_ids` that report both in `year`.
fn level_share(
    dataset: &Dataset,
    cluster_ids: &[&str],
    level: &Indicator,
    members: &Indicator,
    year: i32,
) -> Option<f64> {
    let (mut reached, mut all) = (0.0, 0.0);
    for id in cluster_ids {
        if let (Some(count), Some(size)) = (
            dataset.value(id, &level.id, year),
            dataset.value(id, &members.id, year),
        ) {
            reached += count;
            all += size;
        }
    }
    (all > 0.0).then(|| reached / all)
}

/// One cluster's members by deepest level: not reached (members − level 1), then each
/// level less the one above it, the top level whole; each over the members.
fn cluster_bands(
    dataset: &Dataset,
    cluster_id: &str,
    members_id: &str,
    level_ids: &[&str],
    year: i32,
) -> Result<ClusterBands, BandsMissing> {
    let members = dataset
        .value(cluster_id, members_id, year)
        .filter(|m| *m > 0.0)
        .ok_or(BandsMissing::NotReported)?;
    let counts: Vec<f64> = level_ids
        .iter()
        .map(|id| dataset.value(cluster_id, id, year))
        .collect::<Option<_>>()
        .ok_or(BandsMissing::NotReported)?;
    let mut reached = vec![members];
    reached.extend(&counts);
    reached.push(0.0);
    if reached.windows(2).any(|pair| pair[1] > pair[0]) {
        return Err(BandsMissing::NotNested);
    }
    let shares = reached
        .windows(2)
        .map(|pair| (pair[0] - pair[1]) / members)
        .collect();
    Ok(ClusterBands {
        cluster_id: cluster_id.to_string(),
        members,
        shares,
    })
}
