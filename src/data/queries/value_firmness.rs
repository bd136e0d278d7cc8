//! How firm a shown figure is: the least firm status (actual, then provisional, estimate,
//! illustrative) among the values behind a cluster's, or several clusters', yearly
//! figure. The dashboard marks a figure by it.

use crate::data::format::period::Period;
use crate::data::format::vocabulary::{ValueStatus, Vocabulary};
use crate::data::loading::dataset::Dataset;

impl Dataset {
    /// The least firm status among the values of `cluster_ids` behind `indicator_id` in
    /// `year` (a year's quarters or months count); `None` when none has a value.
    pub fn firmness(
        &self,
        cluster_ids: &[&str],
        indicator_id: &str,
        year: i32,
    ) -> Option<ValueStatus> {
        let indicator = self.indicator_code(indicator_id)?;
        let files = self.values.files();
        let mut least: Option<u8> = None;
        for id in cluster_ids {
            let Some(cluster) = self.cluster_code(id) else {
                continue;
            };
            for (f, r) in self.values.series_rows(cluster, indicator) {
                let columns = &files[f].columns;
                if Period::packed_year(columns.period[r]) == year {
                    let status = columns.status[r];
                    least = Some(least.map_or(status, |l| l.max(status)));
                }
            }
        }
        least.map(|code| ValueStatus::ALL[usize::from(code).min(ValueStatus::ALL.len() - 1)])
    }

    /// The least firm status among the values of `cluster_ids` behind any of
    /// `indicator_ids` in `year`.
    pub fn firmness_of_all<'a>(
        &self,
        cluster_ids: &[&str],
        indicator_ids: impl IntoIterator<Item = &'a str>,
        year: i32,
    ) -> Option<ValueStatus> {
        indicator_ids
            .into_iter()
            .filter_map(|i| self.firmness(cluster_ids, i, year))
            .max_by_key(|s| ValueStatus::ALL.iter().position(|a| a == s))
    }
}

#[cfg(test)]
mod tests {
    use crate::data::csv::source::DatasetSource;
    use crate::data::format::vocabulary::ValueStatus;
    use crate::data::loading::reloader::load_dataset;

    #[test]
    fn a_published_figure_is_actual_and_a_mix_takes_the_least_firm() {
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters");
        let dataset = load_dataset(&DatasetSource::Folder(root));
        let firmness =
            |ids: &[&str], indicator: &str, year: i32| dataset.firmness(ids, indicator, year);
        assert_eq!(
            firmness(&["HEGAN"], "PROF_TURNOVER", 2024),
            Some(ValueStatus::Actual)
        );
        assert_eq!(
            firmness(&["ACLIMA"], "PROF_TURNOVER", 2024),
            Some(ValueStatus::Estimate)
        );
        assert_eq!(
            firmness(&["HEGAN"], "PROF_TURNOVER", 2022),
            Some(ValueStatus::Illustrative)
        );
        assert_eq!(
            firmness(&["HEGAN", "ACLIMA"], "PROF_TURNOVER", 2024),
            Some(ValueStatus::Estimate)
        );
        assert_eq!(firmness(&["UNIPORT"], "PROF_TURNOVER", 2024), None);
        assert_eq!(
            dataset.firmness_of_all(&["HEGAN"], ["PROF_TURNOVER", "COOP_PROJECTS"], 2024),
            Some(ValueStatus::Illustrative)
        );
    }
}
