//! The tab models of every tab, cached, and when each is recomputed.

use crate::data::queries::selection::{CombinedYearly, combine_yearly};

use super::models::business::{BusinessModel, business_model};
use super::models::compare::{CompareModel, compare_model};
use super::models::cooperation::{CooperationModel, cooperation_model};
use super::models::data_rows::RowRef;
use super::models::model_scope::ModelScope;
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
    /// The dataset, clusters, year and language every model is computed for.
    pub scope: ModelScope<'a>,
    /// The goal chosen in the Technology tab.
    pub goal: usize,
    /// The indicator chosen in the Compare tab.
    pub compared: usize,
    /// Whether the Compare tab is shown (its model is made only then).
    pub comparing: bool,
    /// Whether review mode is on (its pages are made only then).
    pub reviewing: bool,
}

impl TabModels {
    /// Computes everything: the combined values and data rows of the selection, then the
    /// rest; clusters' trends come from `trends` when it has them.
    pub fn for_selection(inputs: &ModelInputs, trends: &mut TrendCache) -> Self {
        let mut error = None;
        let scope = &inputs.scope;
        let combined = combine_yearly(scope.dataset, scope.cluster_ids).unwrap_or_else(|e| {
            error = Some(e);
            CombinedYearly::default()
        });
        let mut models = TabModels {
            combined,
            data_rows: Vec::new(),
            trends: trends.trends(scope.dataset, scope.cluster_ids, scope.years),
            error,
            ..TabModels::default()
        };
        models.for_year(inputs);
        models
    }

    /// Recomputes what depends on the year (and the chosen goal).
    pub fn for_year(&mut self, inputs: &ModelInputs) {
        let ModelScope {
            dataset,
            cluster_ids,
            year,
            lang,
            ..
        } = inputs.scope;
        self.scorecard = scorecard_rows(dataset, cluster_ids, year, &self.trends, lang);
        self.review = if inputs.reviewing {
            review_pages(dataset, &self.scorecard, year, lang)
        } else {
            Vec::new()
        };
        self.cooperation = cooperation_model(dataset, cluster_ids, &self.combined, year, lang);
        self.business = business_model(dataset, cluster_ids, &self.combined, year, lang);
        let combined = &self.combined;
        let value = |indicator: &str| combined.value(indicator, year);
        self.programme = programme_model(dataset, cluster_ids, &value, year, lang);
        self.for_goal(inputs);
        self.for_compared(inputs);
    }

    /// Recomputes the Compare tab, while it is shown.
    pub fn for_compared(&mut self, inputs: &ModelInputs) {
        if !inputs.comparing {
            return;
        }
        self.compare = compare_model(&inputs.scope, inputs.compared);
    }

    /// Recomputes the Technology tab for another chosen goal.
    pub fn for_goal(&mut self, inputs: &ModelInputs) {
        let ModelScope {
            dataset,
            cluster_ids,
            year,
            years,
            lang,
        } = inputs.scope;
        self.technology = technology_model(
            dataset,
            cluster_ids,
            &self.combined,
            year,
            years,
            inputs.goal,
            lang,
        );
    }
}
