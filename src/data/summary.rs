//! The one-screen summary of a dataset that `check` prints.

use std::collections::BTreeSet;
use std::fmt;

use crate::i18n::Lang;

use serde::Serialize;

use super::dataset::Dataset;
use super::period::{Frequency, Period};
use super::problem::{ProblemCounts, escape_controls};
use super::vocabulary::{Area, ClusterStatus, Vocabulary};

/// Counts that describe a loaded dataset.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DatasetSummary {
    /// The folder as given, or "built-in sample".
    pub dataset: String,
    /// Whether it is the built-in sample (named in the language when shown).
    #[serde(skip)]
    pub built_in: bool,
    /// Clusters in the registry.
    pub clusters: usize,
    /// Clusters in the registry by status word.
    pub clusters_by_status: Vec<(String, usize)>,
    /// Clusters with at least one valid value.
    pub clusters_with_values: usize,
    /// Indicators in the catalogue.
    pub indicators: usize,
    /// Indicators by area word.
    pub indicators_by_area: Vec<(String, usize)>,
    /// The first year with a value.
    pub first_year: Option<i32>,
    /// The last year with a value.
    pub last_year: Option<i32>,
    /// The frequencies of the periods found: yearly, quarterly, monthly.
    pub frequencies: Vec<String>,
    /// Valid value rows.
    pub value_rows: usize,
    /// Values files read.
    pub values_files: usize,
    /// Targets.
    pub targets: usize,
    /// Errors and warnings.
    pub problems: ProblemCounts,
}

impl DatasetSummary {
    /// Summarises a loaded dataset.
    pub fn of(dataset: &Dataset) -> Self {
        let clusters_by_status = ClusterStatus::ALL
            .iter()
            .map(|s| {
                (
                    s.word().to_string(),
                    dataset
                        .registry
                        .clusters
                        .iter()
                        .filter(|c| c.status == *s)
                        .count(),
                )
            })
            .collect();
        let indicators_by_area = Area::ALL
            .iter()
            .map(|a| (a.word().to_string(), dataset.catalogue.in_area(*a).count()))
            .collect();
        let values = &dataset.values;
        let mut first_year: Option<i32> = None;
        let mut last_year: Option<i32> = None;
        let mut clusters = BTreeSet::new();
        let mut parts = BTreeSet::new();
        for file in values.files() {
            let columns = &file.columns;
            clusters.extend(columns.cluster.iter().copied());
            for &packed in &columns.period {
                let year = Period::packed_year(packed);
                first_year = Some(first_year.map_or(year, |y| y.min(year)));
                last_year = Some(last_year.map_or(year, |y| y.max(year)));
                parts.insert(u32::from(Period::unpack(packed).frequency.parts_per_year()));
            }
        }
        let clusters_with_values = clusters.len();
        let frequencies = [Frequency::Yearly, Frequency::Quarterly, Frequency::Monthly]
            .into_iter()
            .filter(|f| parts.contains(&u32::from(f.parts_per_year())))
            .map(|f| f.word().to_string())
            .collect();
        DatasetSummary {
            dataset: dataset.label.clone(),
            built_in: dataset.in_memory,
            clusters: dataset.registry.len(),
            clusters_by_status,
            clusters_with_values,
            indicators: dataset.catalogue.len(),
            indicators_by_area,
            first_year,
            last_year,
            frequencies,
            value_rows: values.len(),
            values_files: dataset.values_files,
            targets: dataset.targets.len(),
            problems: dataset.problem_counts(),
        }
    }
}

fn breakdown(parts: &[(String, usize)]) -> String {
    parts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(word, n)| format!("{n} {word}"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl DatasetSummary {
    /// The summary in a language: one labelled line per fact, labels aligned.
    pub fn text(&self, lang: Lang) -> String {
        let frequencies: Vec<&str> = self
            .frequencies
            .iter()
            .map(|word| lang.word("frequency", word))
            .collect();
        let frequencies = frequencies.join(", ");
        let areas: Vec<(String, usize)> = self
            .indicators_by_area
            .iter()
            .map(|(word, n)| (lang.word("area", word).to_string(), *n))
            .collect();
        let periods = match (self.first_year, self.last_year) {
            (Some(first), Some(last)) => lang.f(
                "summary.periods_range",
                &[
                    ("first", &first),
                    ("last", &last),
                    ("frequencies", &frequencies),
                ],
            ),
            _ => lang.t("summary.periods_none").to_string(),
        };
        let rows = lang.f(
            "summary.rows_value",
            &[
                ("values", &self.value_rows),
                ("with_values", &self.clusters_with_values),
                ("clusters", &self.clusters),
                ("files", &lang.count("count.file", self.values_files)),
                ("targets", &self.targets),
            ],
        );
        let counted = |key: &str, n: usize| lang.count(key, n);
        // The built-in sample by its name in the language; a folder as it is, its
        // control and invisible characters spelled out.
        let dataset = if self.built_in {
            lang.t("dataset.built_in").to_string()
        } else {
            escape_controls(&self.dataset)
        };
        // The file's words in English (as written in clusters.csv), shown words otherwise.
        let statuses: Vec<(String, usize)> = self
            .clusters_by_status
            .iter()
            .map(|(word, n)| {
                let shown = if lang == Lang::En {
                    word.clone()
                } else {
                    lang.word("cluster_status", word).to_string()
                };
                (shown, *n)
            })
            .collect();
        let lines = [
            ("summary.dataset", dataset),
            (
                "summary.clusters",
                format!("{} ({})", self.clusters, breakdown(&statuses)),
            ),
            (
                "summary.indicators",
                format!("{} ({})", self.indicators, breakdown(&areas)),
            ),
            ("summary.periods", periods),
            ("summary.rows", rows),
            (
                "summary.problems",
                format!(
                    "{}, {}",
                    counted("count.error", self.problems.errors),
                    counted("count.warning", self.problems.warnings)
                ),
            ),
        ];
        let width = lines
            .iter()
            .map(|(label, _)| lang.t(label).chars().count() + 1)
            .max()
            .unwrap_or(0);
        lines
            .iter()
            .map(|(label, value)| {
                let label = format!("{}:", lang.t(label));
                format!("{label:<width$} {value}")
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl fmt::Display for DatasetSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}
