//! `clusterdash snapshot`: one view drawn by the dashboard's code, without a terminal.

use std::io::IsTerminal;
use std::path::PathBuf;

use ratatui::buffer::Buffer;

use crate::app::cluster_selection::ClusterSelection;
use crate::app::state::App;
use crate::app::tab::Tab;
use crate::app::view_spec::{ViewSpec, ViewStringError};
use crate::data::csv::source::DatasetSource;
use crate::data::loading::dataset::Dataset;
use crate::data::loading::reloader::load_dataset_limited;
use crate::i18n::Lang;
use crate::ui::export::png_picture::{PNG_SCALE, png_picture};
use crate::ui::export::{FrameFormat, export_frame, render_offscreen};
use crate::ui::theme::Theme;

use super::args::SnapshotFormat;
use super::output_file::{ensure_outside_dataset, named_output, write_to};
use super::usage_error::UsageError;

/// The largest snapshot, in columns and rows.
pub const MAX_SIZE: (u16, u16) = (1000, 500);

/// What to draw and where to put it.
#[derive(Debug, Clone)]
pub struct SnapshotRequest {
    /// The view to draw.
    pub view: ViewSpec,
    /// Columns.
    pub width: u16,
    /// Rows.
    pub height: u16,
    /// The format.
    pub format: SnapshotFormat,
    /// The file, or standard output.
    pub output: Option<PathBuf>,
    /// The colours and glyphs.
    pub theme: Theme,
    /// The language.
    pub lang: Lang,
    /// Files larger than this are reported, not read.
    pub max_file_bytes: u64,
}

/// A PNG, which is drawn from the cells themselves, not written as a frame format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PngFormat;

impl TryFrom<SnapshotFormat> for FrameFormat {
    type Error = PngFormat;

    /// The frame format a snapshot is written in, or `PngFormat` for a picture.
    fn try_from(format: SnapshotFormat) -> Result<Self, PngFormat> {
        Ok(match format {
            SnapshotFormat::Txt => FrameFormat::Text,
            SnapshotFormat::Ansi => FrameFormat::Ansi,
            SnapshotFormat::Svg => FrameFormat::Svg,
            SnapshotFormat::Html => FrameFormat::Html,
            SnapshotFormat::Png => return Err(PngFormat),
        })
    }
}

/// Parses `COLUMNSxROWS`.
pub fn parse_size(text: &str) -> Result<(u16, u16), UsageError> {
    let bad = || UsageError(super::language().f("cli.bad_size", &[("found", &text)]));
    let (w, h) = text.split_once(['x', 'X', '×']).ok_or_else(bad)?;
    let (w, h) = (
        w.trim().parse::<u16>().map_err(|_| bad())?,
        h.trim().parse::<u16>().map_err(|_| bad())?,
    );
    if w == 0 || h == 0 || w > MAX_SIZE.0 || h > MAX_SIZE.1 {
        return Err(UsageError(super::language().f(
            "cli.size_out_of_range",
            &[
                ("columns", &MAX_SIZE.0),
                ("rows", &MAX_SIZE.1),
                ("found", &text),
            ],
        )));
    }
    Ok((w, h))
}

/// Builds the view from a view string and the flags that override its parts.
pub fn view_from_args(
    view: Option<&str>,
    tab: Option<&str>,
    clusters: &[String],
    year: Option<i32>,
) -> Result<ViewSpec, ViewStringError> {
    let mut spec = match view {
        Some(text) => ViewSpec::parse(text)?,
        None => ViewSpec::default(),
    };
    if let Some(tab) = tab {
        spec.tab = Tab::from_key(tab).ok_or_else(|| ViewStringError::BadTab {
            value: tab.to_string(),
        })?;
    }
    if !clusters.is_empty() {
        spec.selection = ClusterSelection::Only(clusters.to_vec());
    }
    if year.is_some() {
        spec.year = year;
    }
    Ok(spec)
}

/// Draws a view of a dataset at a size, in a format: the text of a snapshot.
pub fn render_view(
    dataset: Dataset,
    view: &ViewSpec,
    size: (u16, u16),
    format: FrameFormat,
    theme: &Theme,
    lang: Lang,
) -> Result<String, ViewStringError> {
    let (buffer, title) = render_frame(dataset, view, size, theme, lang)?;
    Ok(export_frame(&buffer, format, &title, lang))
}

/// Draws a view of a dataset at a size: the drawn cells, and the title that names them.
fn render_frame(
    dataset: Dataset,
    view: &ViewSpec,
    (width, height): (u16, u16),
    theme: &Theme,
    lang: Lang,
) -> Result<(Buffer, String), ViewStringError> {
    let mut app = App::new_in(dataset, lang);
    app.open_view(view)?;
    let buffer = render_offscreen(&app, theme, width, height);
    let title = format!("clusterdash · {} · {}", app.dataset_name(), app.view_spec());
    Ok((buffer, title))
}

/// Draws the view and writes it: to the file, or to standard output without `-o` or with
/// `-o -` (a PNG only where standard output is not a terminal).
pub fn run_snapshot(source: &DatasetSource, request: &SnapshotRequest) -> anyhow::Result<()> {
    let lang = request.lang;
    let output = named_output(request.output.as_ref());
    if let Some(path) = output {
        ensure_outside_dataset(path, source)?;
    }
    let png = request.format == SnapshotFormat::Png;
    if png && output.is_none() && std::io::stdout().is_terminal() {
        return Err(UsageError(lang.t("cli.png_to_terminal").to_string()).into());
    }
    let size = (request.width, request.height);
    let (buffer, title) = render_frame(
        load_dataset_limited(source, request.max_file_bytes),
        &request.view,
        size,
        &request.theme,
        lang,
    )
    .map_err(|e| UsageError(e.text(lang)))?;
    let bytes = match FrameFormat::try_from(request.format) {
        Ok(format) => export_frame(&buffer, format, &title, lang).into_bytes(),
        Err(PngFormat) => png_picture(&buffer, PNG_SCALE)
            .map_err(|e| anyhow::anyhow!(lang.f("cli.png_failed", &[("error", &e)])))?,
    };
    write_to(output, &bytes, true)
}
