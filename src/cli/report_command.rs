//! `clusterdash report`: the review for the minutes.

use std::path::PathBuf;

use crate::app::cluster_selection::ClusterSelection;
use crate::app::tab::Tab;
use crate::app::view_spec::ViewSpec;
use crate::data::csv::source::DatasetSource;
use crate::data::loading::reloader::load_dataset_limited;
use crate::report::build_report;
use crate::report::report_writer::{ReportFormat, write_report};

use super::args::ReportFormatArg;
use super::output_file::{ensure_outside_dataset, named_output, write_to};
use super::usage_error::UsageError;

/// What to review and where to write it.
#[derive(Debug, Clone)]
pub struct ReportRequest {
    /// The clusters; all when empty.
    pub clusters: Vec<String>,
    /// The year; the latest with values when `None`.
    pub year: Option<i32>,
    /// The format.
    pub format: ReportFormatArg,
    /// The file, or standard output.
    pub output: Option<PathBuf>,
    /// Whether an existing file may be replaced.
    pub force: bool,
    /// The language of the words and numbers.
    pub lang: crate::i18n::Lang,
    /// Files larger than this are reported, not read.
    pub max_file_bytes: u64,
}

/// Builds and writes the report.
pub fn run_report(source: &DatasetSource, request: &ReportRequest) -> anyhow::Result<()> {
    if let Some(path) = named_output(request.output.as_ref()) {
        ensure_outside_dataset(path, source)?;
    }
    let dataset = load_dataset_limited(source, request.max_file_bytes);
    let mut view = ViewSpec {
        tab: Tab::Overview,
        selection: ClusterSelection::All,
        year: request.year,
    };
    if !request.clusters.is_empty() {
        view.selection = ClusterSelection::Only(request.clusters.clone());
    }
    let lang = request.lang;
    view.check_clusters(&dataset.registry)
        .map_err(|e| UsageError(e.text(lang)))?;
    let years = dataset.years();
    let year = match request.year {
        Some(year) if years.contains(&year) => year,
        Some(year) => {
            let error = lang.f("cli.no_values_in_year", &[("year", &year)]);
            return Err(UsageError(error).into());
        }
        None => *years
            .last()
            .ok_or_else(|| UsageError(lang.t("cli.no_values").to_string()))?,
    };
    view.year = Some(year);
    let ids = view.selection.ids(&dataset.registry);
    let filter = format!("clusters={};year={year}", ids.join(","));
    let report = build_report(&dataset, source, &ids, year, filter, request.lang);
    let format = match request.format {
        ReportFormatArg::Md => ReportFormat::Markdown,
        ReportFormatArg::Txt => ReportFormat::Text,
    };
    let text = write_report(&report, format, request.lang);
    write_to(
        named_output(request.output.as_ref()),
        text.as_bytes(),
        request.force,
    )
}
