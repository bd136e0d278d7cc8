//! The pyramid of cooperation for the selection and year: one bar per level, base to top.

use crate::data::format::vocabulary::{Unit, ValueStatus};
use crate::data::loading::dataset::Dataset;
use crate::data::metadata::catalogue::Catalogue;
use crate::data::queries::selection::CombinedYearly;
use crate::i18n::Lang;

use super::catalogue_roles::pyramid_indicators;

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
}

/// The pyramid: the levels the catalogue defines, base first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PyramidModel {
    /// The levels, base to top.
    pub levels: Vec<PyramidLevel>,
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
    pyramid_of(&dataset.catalogue, lang, |indicator_id| {
        (
            combined.value(indicator_id, year),
            dataset.firmness(cluster_ids, indicator_id, year),
        )
    })
}

/// Builds the pyramid from the catalogue and a lookup of each indicator's value and
/// its firmness.
pub fn pyramid_of(
    catalogue: &Catalogue,
    lang: Lang,
    value_of: impl Fn(&str) -> (Option<f64>, Option<ValueStatus>),
) -> PyramidModel {
    let levels = pyramid_indicators(catalogue)
        .into_iter()
        .map(|(level, indicator)| {
            let (value, firmness) = value_of(&indicator.id);
            PyramidLevel {
                level,
                level_name: LEVEL_NAMES[usize::from(level - 1)],
                indicator_name: indicator.name_in(lang.code()).to_string(),
                unit: indicator.unit,
                value,
                firmness,
            }
        })
        .collect();
    PyramidModel { levels }
}
