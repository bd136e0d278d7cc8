//! The tab models of every tab, cached, and when each is recomputed.

use crate::data::loading::dataset::Dataset;
use crate::data::queries::selection::{CombinedYearly, combine_yearly};
use crate::i18n::Lang;

use super::models::business::{BusinessModel, business_model};
use super::models::compare::{CompareInputs, CompareModel, compare_model};
use super::models::cooperation::{CooperationModel, cooperation_model};
use super::models::data_rows::RowRef;
use super::models::programme::{ProgrammeModel, programme_model};
use super::models::review::{ReviewPage, review_pages};
use super::models::scorecard::{ScorecardRow, TrendCache, scorecard_rows};
use super::models::technology::{TechnologyModel, technology_model};

/// The tab models of every tab for one filter, year and dataset.
#[derive(Debug, Clone, Default)]
pub struct TabModels {
    /// The selection's values combined, by indicator and year.
    pub combined: CombinedYearly,
    /// The scorecard rows, in selection order.
    pub scorecard: Vec<ScorecardRow>,
    /// Each selected cluster's trend over the years, in selection order.
    pub trends: Vec<Vec<Option<u64>>>,
    /// The Cooperation tab.
    pub cooperation: CooperationModel,
    /// The Technology tab.
    pub technology: TechnologyModel,
    /// The Business tab.
    pub business: BusinessModel,
    /// The Programme tab.
    pub programme: ProgrammeModel,
    /// The Compare tab; made only while it is shown.
    pub compare: CompareModel,
    /// The Data tab's rows, by cluster, indicator and period; gathered by the app when
    /// the Data tab is shown.
    pub data_rows: Vec<RowRef>,
    /// The pages of review mode, one per selected cluster; empty outside review mode.
    pub review: Vec<ReviewPage>,
    /// A problem met while computing the models, shown in the footer.
    pub error: Option<String>,
}

/// What the tab models are computed from.
#[derive(Debug, Clone, Copy)]
pub struct ModelInputs<'a> {
    /// The dataset.
    pub dataset: &'a Dataset,
    /// The selected clusters, in registry order.
    pub cluster_ids: &'a [&'a str],
    /// The selected year.
    pub year: i32,
    /// Every year with values, oldest first.
    pub years: &'a [i32],
    /// The goal chosen in the Technology tab.
    pub goal: usize,
    /// The indicator chosen in the Compare tab.
    pub compared: usize,
    /// Whether the Compare tab is shown (its model is made only then).
    pub comparing: bool,
    /// Whether review mode is on (its pages are made only then).
    pub reviewing: bool,
    /// The language of the words in the models (chart labels).
    pub lang: Lang,
}

impl TabModels {
    /// Computes everything: the combined values and data rows of the selection, then the
    /// rest; clusters' trends come from `trends` when it has them.
    pub fn for_selection(inputs: &ModelInputs, trends: &mut TrendCache) -> Self {
        let mut error = None;
        let combined = combine_yearly(inputs.dataset, inputs.cluster_ids).unwrap_or_else(|e| {
            error = Some(e);
            CombinedYearly::default()
        });
        let mut models = TabModels {
            combined,
            data_rows: Vec::new(),
            trends: trends.trends(inputs.dataset, inputs.cluster_ids, inputs.years),
            error,
            ..TabModels::default()
        };
        models.for_year(inputs);
        models
    }

    /// Recomputes what depends on the year (and the chosen goal).
    pub fn for_year(&mut self, inputs: &ModelInputs) {
        let ModelInputs {
            dataset,
            cluster_ids,
            year,
            ..
        } = *inputs;
        self.scorecard = scorecard_rows(dataset, cluster_ids, year, &self.trends, inputs.lang);
        self.review = if inputs.reviewing {
            review_pages(dataset, &self.scorecard, year, inputs.lang)
        } else {
            Vec::new()
        };
        self.cooperation =
            cooperation_model(dataset, cluster_ids, &self.combined, year, inputs.lang);
        self.business = business_model(dataset, cluster_ids, &self.combined, year, inputs.lang);
        let combined = &self.combined;
        let value = |indicator: &str| combined.value(indicator, year);
        self.programme = programme_model(dataset, cluster_ids, &value, year, inputs.lang);
        self.for_goal(inputs);
        self.for_compared(inputs);
    }

    /// Recomputes the Compare tab, while it is shown.
    pub fn for_compared(&mut self, inputs: &ModelInputs) {
        if !inputs.comparing {
            return;
        }
        self.compare = compare_model(&CompareInputs {
            dataset: inputs.dataset,
            cluster_ids: inputs.cluster_ids,
            year: inputs.year,
            years: inputs.years,
            chosen: inputs.compared,
            lang: inputs.lang,
        });
    }

    /// Recomputes the Technology tab for another chosen goal.
    pub fn for_goal(&mut self, inputs: &ModelInputs) {
        let ModelInputs {
            dataset,
            cluster_ids,
            year,
            years,
            goal,
            ..
        } = *inputs;
        self.technology = technology_model(
            dataset,
            cluster_ids,
            &self.combined,
            year,
            years,
            goal,
            inputs.lang,
        );
    }
}
