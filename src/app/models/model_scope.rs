//! What every tab model is computed for: the dataset, the selected clusters, the year
//! and the language. The tab models and the Compare tab take it whole.

use crate::data::loading::dataset::Dataset;
use crate::i18n::Lang;

/// What every tab model is computed for.
#[derive(Debug, Clone, Copy)]
pub struct ModelScope<'a> {
    /// The dataset.
    pub dataset: &'a Dataset,
    /// The selected clusters, in registry order.
    pub cluster_ids: &'a [&'a str],
    /// The selected year.
    pub year: i32,
    /// Every year with values, oldest first.
    pub years: &'a [i32],
    /// The language of the words in the models (names, chart labels).
    pub lang: Lang,
}
