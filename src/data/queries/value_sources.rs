//! Where shown figures were published: the `source` of each value behind them, for the
//! report's list of sources.

use crate::data::format::period::Period;
use crate::data::loading::dataset::Dataset;

/// One published figure's source.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct FigureSource {
    /// The cluster id.
    pub cluster_id: String,
    /// The indicator id.
    pub indicator_id: String,
    /// The period, as written (`2024`).
    pub period: String,
    /// The source, raw text from the file (make it safe before showing it).
    pub source: String,
}

impl Dataset {
    /// The sources of the values of `cluster_ids` in `year` that give one, in cluster
    /// (as given), then catalogue order.
    pub fn sources_in(&self, cluster_ids: &[&str], year: i32) -> Vec<FigureSource> {
        let files = self.values.files();
        let mut sources = Vec::new();
        for id in cluster_ids {
            let Some(cluster) = self.cluster_code(id) else {
                continue;
            };
            for indicator in &self.catalogue.indicators {
                let Some(code) = self.indicator_code(&indicator.id) else {
                    continue;
                };
                for (f, r) in self.values.series_rows(cluster, code) {
                    let columns = &files[f].columns;
                    let source = columns.source_of(r);
                    if Period::packed_year(columns.period[r]) == year && !source.is_empty() {
                        sources.push(FigureSource {
                            cluster_id: id.to_string(),
                            indicator_id: indicator.id.clone(),
                            period: columns.period_of(r).to_string(),
                            source: source.to_string(),
                        });
                    }
                }
            }
        }
        sources
    }
}

#[cfg(test)]
mod tests {
    use crate::data::csv::source::DatasetSource;
    use crate::data::loading::reloader::load_dataset;

    #[test]
    fn the_sources_of_a_year_are_those_of_its_published_figures() {
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("datasets/basque-clusters");
        let dataset = load_dataset(&DatasetSource::Folder(root));
        let sources = dataset.sources_in(&["HEGAN"], 2024);
        assert!(!sources.is_empty());
        assert!(
            sources
                .iter()
                .all(|s| s.cluster_id == "HEGAN" && s.period == "2024")
        );
        assert!(sources.iter().any(|s| s.indicator_id == "PROF_TURNOVER"));
        assert!(dataset.sources_in(&["HEGAN"], 2022).is_empty());
    }
}
