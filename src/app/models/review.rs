//! Review mode for meetings: one page per selected cluster with its key figures, the
//! status of each area's targets, its pyramid of cooperation, and its grant, plan and
//! semester outlook.

use crate::data::loading::dataset::Dataset;
use crate::i18n::Lang;

use super::programme::{ProgrammeModel, programme_model};
use super::pyramid::{PyramidModel, pyramid_of};
use super::scorecard::ScorecardRow;

/// One page of the review.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewPage {
    /// The cluster's scorecard row: name, status, size, targets met per area.
    pub row: ScorecardRow,
    /// The cluster's own pyramid in the year.
    pub pyramid: PyramidModel,
    /// The cluster's grant, plan and outlook in the year.
    pub programme: ProgrammeModel,
}

/// The pages for the scorecard's clusters, in selection order.
pub fn review_pages(
    dataset: &Dataset,
    scorecard: &[ScorecardRow],
    year: i32,
    lang: Lang,
) -> Vec<ReviewPage> {
    scorecard
        .iter()
        .map(|row| ReviewPage {
            // One cluster's values are its own: no combining over the cube.
            programme: programme_model(
                dataset,
                &[row.cluster_id.as_str()],
                &|indicator| dataset.value(&row.cluster_id, indicator, year),
                year,
                lang,
            ),
            row: row.clone(),
            pyramid: pyramid_of(
                dataset,
                &[row.cluster_id.as_str()],
                year,
                lang,
                |indicator| {
                    (
                        dataset.value(&row.cluster_id, indicator, year),
                        dataset.firmness(&[row.cluster_id.as_str()], indicator, year),
                    )
                },
            ),
        })
        .collect()
}
