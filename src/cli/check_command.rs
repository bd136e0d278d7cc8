//! `clusterdash check`: a summary of the dataset and every problem, one per line.

use std::io::Write;

use serde::Serialize;

use super::check_summary::DatasetSummary;
use crate::data::format::problem::{Problem, Severity};
use crate::data::loading::dataset::Dataset;
use crate::i18n::Lang;

use super::args::CheckFormat;

/// The JSON document `check --format json` prints.
#[derive(Debug, Serialize)]
struct CheckReport<'a> {
    summary: DatasetSummary,
    problems: Vec<ProblemLine<'a>>,
}

/// A problem with its one-line text, for JSON readers that only want to print it.
#[derive(Debug, Serialize)]
struct ProblemLine<'a> {
    #[serde(flatten)]
    problem: &'a Problem,
    text: String,
}

/// Writes the report for `dataset` to `out`; returns whether there were errors.
pub fn write_check(
    dataset: &Dataset,
    format: CheckFormat,
    lang: Lang,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    let summary = DatasetSummary::of(dataset);
    let has_errors = summary.problems.errors > 0;
    match format {
        CheckFormat::Text => {
            writeln!(out, "{}", summary.text(lang))?;
            for problem in &dataset.problems {
                let word = match problem.severity {
                    Severity::Error => lang.t("problems.error"),
                    Severity::Warning => lang.t("problems.warning"),
                };
                writeln!(out, "{word}: {}", problem.text(lang))?;
            }
        }
        CheckFormat::Json => {
            let problems = dataset
                .problems
                .iter()
                .map(|problem| ProblemLine {
                    problem,
                    text: problem.to_string(),
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &CheckReport { summary, problems })?;
            writeln!(out)?;
        }
    }
    Ok(has_errors)
}
