//! The one-screen summary of a dataset that `check` prints.

use std::collections::BTreeSet;
use std::fmt;

use crate::i18n::Lang;

use serde::Serialize;

use crate::data::format::period::{Frequency, Period};
use crate::data::format::problem::{ProblemCounts, escape_controls};
use crate::data::format::vocabulary::{Area, ClusterStatus, Unit, ValueStatus, Vocabulary};
use crate::data::loading::dataset::Dataset;
use crate::data::values::columns::status_code;
use crate::data::values::programme_budget::YearBudget;
use crate::words::text::{with_unit, wrap};

/// One association of the roster of a year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RosterEntry {
    /// Its id.
    pub id: String,
    /// Its status word (cluster, precluster, former).
    pub status: String,
    /// The first year it takes part, when the registry limits it.
    pub active_from: Option<i32>,
    /// Whether it has a value in the year.
    pub reported: bool,
}

/// The programme's budget in one year, as `programme.csv` gives it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BudgetEntry {
    /// The year.
    pub year: i32,
    /// The budget, in thousands of euros.
    pub budget_keur: f64,
    /// Its status word (actual, provisional, estimate, illustrative).
    pub status: String,
}

impl BudgetEntry {
    /// The entry of one year of `programme.csv`.
    fn of(budget: &YearBudget) -> Self {
        BudgetEntry {
            year: budget.year,
            budget_keur: budget.budget_keur,
            status: budget.status.word().to_string(),
        }
    }
}

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
    /// Valid value rows by status word (actual, provisional, estimate, illustrative).
    pub values_by_status: Vec<(String, usize)>,
    /// The associations taking part in the programme in the last year with a value.
    pub roster: Vec<RosterEntry>,
    /// Values files read.
    pub values_files: usize,
    /// Targets.
    pub targets: usize,
    /// The programme's budget by year, oldest first.
    pub budget: Vec<BudgetEntry>,
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
        let mut by_status = [0usize; ValueStatus::ALL.len()];
        for file in values.files() {
            let columns = &file.columns;
            clusters.extend(columns.cluster.iter().copied());
            for &code in &columns.status {
                by_status[usize::from(code)] += 1;
            }
            for &packed in &columns.period {
                let year = Period::packed_year(packed);
                first_year = Some(first_year.map_or(year, |y| y.min(year)));
                last_year = Some(last_year.map_or(year, |y| y.max(year)));
                parts.insert(u32::from(Period::unpack(packed).frequency.parts_per_year()));
            }
        }
        let clusters_with_values = clusters.len();
        let values_by_status = ValueStatus::ALL
            .iter()
            .map(|s| {
                (
                    s.word().to_string(),
                    by_status[usize::from(status_code(*s))],
                )
            })
            .collect();
        let roster = last_year.map_or_else(Vec::new, |year| roster_of(dataset, year));
        let frequencies = [
            Frequency::Yearly,
            Frequency::HalfYearly,
            Frequency::Quarterly,
            Frequency::Monthly,
        ]
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
            values_by_status,
            roster,
            values_files: dataset.values_files,
            targets: dataset.targets.len(),
            budget: dataset.budget.years().iter().map(BudgetEntry::of).collect(),
            problems: dataset.problem_counts(),
        }
    }
}

/// The associations taking part in the programme in `year`, in registry order, with
/// whether each has a value in that year.
fn roster_of(dataset: &Dataset, year: i32) -> Vec<RosterEntry> {
    let mut reported = BTreeSet::new();
    for file in dataset.values.files() {
        let columns = &file.columns;
        for (i, &packed) in columns.period.iter().enumerate() {
            if Period::packed_year(packed) == year {
                reported.insert(columns.cluster[i]);
            }
        }
    }
    dataset
        .registry
        .clusters
        .iter()
        .enumerate()
        .filter(|(_, c)| c.is_active_in(year))
        .map(|(position, c)| RosterEntry {
            id: c.id.clone(),
            status: c.status.word().to_string(),
            active_from: c.active_from,
            reported: u16::try_from(position).is_ok_and(|p| reported.contains(&p)),
        })
        .collect()
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
    /// The years with values and their frequencies, in words.
    fn periods_text(&self, lang: Lang) -> String {
        let frequencies: Vec<&str> = self
            .frequencies
            .iter()
            .map(|word| lang.word("frequency", word))
            .collect();
        match (self.first_year, self.last_year) {
            (Some(first), Some(last)) => lang.f(
                "summary.periods_range",
                &[
                    ("first", &first),
                    ("last", &last),
                    ("frequencies", &frequencies.join(", ")),
                ],
            ),
            _ => lang.t("summary.periods_none").to_string(),
        }
    }

    /// The summary's facts as (label, value) in a language; a value of several lines
    /// has `\n` between them.
    fn labelled_lines(&self, lang: Lang) -> Vec<(String, String)> {
        let areas: Vec<(String, usize)> = self
            .indicators_by_area
            .iter()
            .map(|(word, n)| (lang.word("area", word).to_string(), *n))
            .collect();
        let periods = self.periods_text(lang);
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
        let statuses: Vec<(String, usize)> = self
            .clusters_by_status
            .iter()
            .map(|(word, n)| (cluster_status_shown(word, lang), *n))
            .collect();
        let value_statuses: Vec<(String, usize)> = self
            .values_by_status
            .iter()
            .map(|(word, n)| (lang.word("value_status", word).to_string(), *n))
            .collect();
        let mut lines: Vec<(String, String)> = [
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
            ("summary.values", breakdown(&value_statuses)),
        ]
        .into_iter()
        .map(|(label, value)| (lang.t(label).to_string(), value))
        .collect();
        if let Some(year) = self.last_year {
            lines.push((
                lang.f("summary.roster", &[("year", &year)]),
                self.roster_text(year, lang),
            ));
        }
        lines.push((lang.t("summary.budget").to_string(), self.budget_text(lang)));
        lines.push((
            lang.t("summary.problems").to_string(),
            format!(
                "{}, {}",
                counted("count.error", self.problems.errors),
                counted("count.warning", self.problems.warnings)
            ),
        ));
        lines
    }

    /// The summary in a language: one labelled line per fact, labels aligned.
    pub fn text(&self, lang: Lang) -> String {
        let lines = self.labelled_lines(lang);
        let width = lines
            .iter()
            .map(|(label, _)| label.chars().count() + 1)
            .max()
            .unwrap_or(0);
        lines
            .iter()
            .map(|(label, value)| {
                let label = format!("{label}:");
                let indent = format!("\n{:width$} ", "");
                format!("{label:<width$} {}", value.replace('\n', &indent))
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl DatasetSummary {
    /// The programme's budget: each year's figure and status, or "none".
    fn budget_text(&self, lang: Lang) -> String {
        if self.budget.is_empty() {
            return lang.t("summary.budget_none").to_string();
        }
        let years: Vec<String> = self
            .budget
            .iter()
            .map(|b| {
                let amount = with_unit(lang, b.budget_keur, Unit::EurK);
                let status = lang.word("value_status", &b.status);
                format!("{} {amount} ({status})", b.year)
            })
            .collect();
        years.join(", ")
    }

    /// The roster of `year`: how many associations take part, by status, their ids
    /// (wrapped, one `\n` between lines) and those with no value in the year.
    fn roster_text(&self, year: i32, lang: Lang) -> String {
        let statuses: Vec<(String, usize)> = ClusterStatus::ALL
            .iter()
            .map(|s| {
                let n = self.roster.iter().filter(|e| e.status == s.word()).count();
                (cluster_status_shown(s.word(), lang), n)
            })
            .collect();
        let ids: Vec<&str> = self.roster.iter().map(|e| e.id.as_str()).collect();
        let mut text = lang.f(
            "summary.roster_value",
            &[
                ("n", &self.roster.len()),
                ("statuses", &breakdown(&statuses)),
                ("ids", &ids.join(", ")),
            ],
        );
        let silent: Vec<&str> = self
            .roster
            .iter()
            .filter(|e| !e.reported)
            .map(|e| e.id.as_str())
            .collect();
        if !silent.is_empty() {
            text.push_str("; ");
            text.push_str(&lang.f(
                "summary.not_reported",
                &[("year", &year), ("ids", &silent.join(", "))],
            ));
        }
        wrapped(&text, 64)
    }
}

/// A cluster status word as shown: in English as written in `clusters.csv`, in the
/// language's words otherwise.
fn cluster_status_shown(word: &str, lang: Lang) -> String {
    if lang == Lang::En {
        word.to_string()
    } else {
        lang.word("cluster_status", word).to_string()
    }
}

/// `text` broken at spaces into lines of at most `width` columns, joined by `\n`.
fn wrapped(text: &str, width: usize) -> String {
    wrap(text, width).join("\n")
}

impl fmt::Display for DatasetSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}
