//! A line chart over years from [`TimeSeries`], with the selected year marked and an
//! optional target line; says so in one line when there is nothing to draw.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::Span;
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, LegendPosition, Paragraph, Widget};

use crate::app::models::time_series::{TimeSeries, y_bounds};
use crate::data::format::vocabulary::Unit;
use crate::i18n::Lang;

use super::super::theme::Theme;
use crate::words::text::{safe, with_unit};

/// The marker of each series in turn, so lines differ without colour.
const SERIES_MARKERS: [Marker; 4] = [
    Marker::Braille,
    Marker::Bar,
    Marker::HalfBlock,
    Marker::Block,
];
/// The glyph that stands for each series' marker in titles and legends.
pub const SERIES_GLYPHS: [&str; 4] = ["⠒", "▄", "▀", "█"];
/// The glyph of the target line.
pub const TARGET_GLYPH: &str = "•";

/// A chart of some series over the years.
#[derive(Debug, Clone)]
pub struct LineChart<'a> {
    /// The lines, in legend order.
    pub series: Vec<&'a TimeSeries>,
    /// A target line, drawn dashed-style in the target colour.
    pub target: Option<&'a TimeSeries>,
    /// The unit of the y axis.
    pub unit: Unit,
    /// The year to mark with a vertical line.
    pub year: i32,
    /// Whether to show a legend of the lines' names with their glyphs (for several lines).
    pub legend: bool,
    /// The language of the words and numbers.
    pub lang: Lang,
    /// The styles.
    pub theme: &'a Theme,
}

impl<'a> LineChart<'a> {
    /// One dataset per series, in its colour and marker, named for the legend if shown.
    fn series_datasets(&self) -> Vec<Dataset<'a>> {
        let mut datasets = Vec::new();
        for (i, series) in self.series.iter().enumerate() {
            let color = self.theme.series[i % self.theme.series.len()];
            let mut dataset = Dataset::default()
                .graph_type(GraphType::Line)
                .marker(SERIES_MARKERS[i % SERIES_MARKERS.len()])
                .style(Style::new().fg(color))
                .data(&series.points);
            if self.legend {
                dataset = dataset.name(format!(
                    "{} {}",
                    SERIES_GLYPHS[i % SERIES_GLYPHS.len()],
                    safe(&series.name)
                ));
            }
            datasets.push(dataset);
        }
        datasets
    }
}

impl Widget for LineChart<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.width == 0 || area.height == 0 {
            return;
        }
        let mut all: Vec<&TimeSeries> = self.series.clone();
        all.extend(self.target);
        if all.iter().all(|s| s.points.is_empty()) {
            Paragraph::new(Span::styled(
                self.lang.t("chart.no_values"),
                self.theme.muted,
            ))
            .render(area, buf);
            return;
        }
        let (first, last) = all
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.0))
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), x| {
                (a.min(x), b.max(x))
            });
        let x_bounds = [first.floor(), last.floor().max(first.floor() + 1.0) + 0.75];
        let y = y_bounds(&all);
        let year = f64::from(self.year);
        let marker = [(year, y[0]), (year, y[1])];
        let mut datasets: Vec<Dataset> = Vec::new();
        if year >= x_bounds[0] && year <= x_bounds[1] {
            datasets.push(
                Dataset::default()
                    .graph_type(GraphType::Line)
                    .marker(Marker::Braille)
                    .style(self.theme.year_marker)
                    .data(&marker),
            );
        }
        datasets.extend(self.series_datasets());
        if let Some(target) = self.target.filter(|t| !t.points.is_empty()) {
            datasets.push(
                Dataset::default()
                    .graph_type(GraphType::Scatter)
                    .marker(Marker::Dot)
                    .style(self.theme.target)
                    .data(&target.points),
            );
        }
        let year_label = |x: f64| Span::raw(format!("{}", x as i32));
        let x_labels = if self.year as f64 > x_bounds[0] && (self.year as f64) < last.floor() {
            vec![
                year_label(x_bounds[0]),
                Span::styled(format!("[{}]", self.year), self.theme.title),
                year_label(last.floor()),
            ]
        } else {
            vec![year_label(x_bounds[0]), year_label(last.floor())]
        };
        let y_labels = vec![
            Span::raw(with_unit(self.lang, y[0], self.unit)),
            Span::raw(with_unit(self.lang, y[1], self.unit)),
        ];
        Chart::new(datasets)
            .x_axis(
                Axis::default()
                    .bounds(x_bounds)
                    .labels(x_labels)
                    .style(self.theme.muted),
            )
            .y_axis(
                Axis::default()
                    .bounds(y)
                    .labels(y_labels)
                    .style(self.theme.muted),
            )
            .legend_position(Some(LegendPosition::TopLeft))
            .hidden_legend_constraints((Constraint::Percentage(50), Constraint::Percentage(100)))
            .render(area, buf);
    }
}
