//! A line chart's frame: the y axis with its round ticks (and its cut, where it does not
//! reach zero), the x axis with round years and the selected year centred under its own
//! column, and the mapping from values to cells and braille dots.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use crate::app::models::chart_scale::{YScale, year_ticks};
use crate::data::format::vocabulary::Unit;
use crate::i18n::Lang;
use crate::words::text::{number, with_unit};

use super::super::theme::Theme;
use super::dot_grid::DotGrid;

/// Where a chart's values land: the plot's cells and the ranges they span.
#[derive(Debug, Clone, Copy)]
pub struct PlotFrame {
    /// The whole chart, axes and labels included.
    pub chart: Rect,
    /// The cells inside the axes.
    pub area: Rect,
    /// The first and last x (fractional years) of the plot.
    pub x_range: (f64, f64),
    /// The bottom and top y of the plot.
    pub y_range: (f64, f64),
}

impl PlotFrame {
    /// The braille dot of a point on a grid the size of the plot.
    pub fn dot(&self, grid: &DotGrid, (x, y): (f64, f64)) -> (i64, i64) {
        let across = (x - self.x_range.0) / (self.x_range.1 - self.x_range.0);
        let down = (self.y_range.1 - y) / (self.y_range.1 - self.y_range.0);
        // Kept just around the grid, so that no range (even an empty one) makes a line
        // run from infinity.
        let at = |share: f64, dots: usize| {
            let last = dots as f64 - 1.0;
            let dot = if share.is_finite() { share * last } else { 0.0 };
            dot.clamp(-1.0, last + 1.0).round() as i64
        };
        (at(across, grid.dots_wide()), at(down, grid.dots_high()))
    }

    /// The column of an x, if it lies in the plot.
    pub fn column(&self, x: f64) -> Option<u16> {
        let dots = f64::from(self.area.width) * 2.0 - 1.0;
        let across = (x - self.x_range.0) / (self.x_range.1 - self.x_range.0);
        let dot = (across * dots).round();
        (0.0..=dots)
            .contains(&dot)
            .then(|| self.area.x + (dot as u16) / 2)
    }

    /// The row of a y, if it lies in the plot.
    pub fn row(&self, y: f64) -> Option<u16> {
        let dots = f64::from(self.area.height) * 4.0 - 1.0;
        let down = (self.y_range.1 - y) / (self.y_range.1 - self.y_range.0);
        let dot = (down * dots).round();
        (0.0..=dots)
            .contains(&dot)
            .then(|| self.area.y + (dot as u16) / 4)
    }

    /// The cell of a point, if it lies in the plot.
    pub fn cell(&self, (x, y): (f64, f64)) -> Option<Position> {
        Some(Position::new(self.column(x)?, self.row(y)?))
    }

    /// The selected year's column as a dotted line and, where the values cross zero, a
    /// dashed zero line; lines drawn later cover them.
    pub fn draw_guides(&self, scale: &YScale, year: i32, theme: &Theme, buf: &mut Buffer) {
        if let Some(column) = self.column(f64::from(year)) {
            for row in self.area.top()..self.area.bottom() {
                buf[(column, row)]
                    .set_symbol("┊")
                    .set_style(theme.year_marker);
            }
        }
        if let Some(row) = self.row(0.0).filter(|_| scale.crosses_zero()) {
            for column in self.area.left()..self.area.right() {
                buf[(column, row)].set_symbol("┄").set_style(theme.muted);
            }
        }
    }
}

/// Draws the y axis and its tick labels at the left of `chart` and the x axis line
/// under the plot; returns the plot's frame (its x range still to be set).
pub fn draw_y_axis(
    scale: &YScale,
    unit: Unit,
    lang: Lang,
    theme: &Theme,
    chart: Rect,
    buf: &mut Buffer,
) -> PlotFrame {
    // With the unit where they fit in a third of the chart, else the numbers alone (the
    // unit is in the title); a label that still does not fit is left out, never cut.
    let room = usize::from(chart.width / 3);
    let widest = |labels: &[String]| labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let mut labels: Vec<String> = scale
        .ticks
        .iter()
        .map(|t| with_unit(lang, *t, unit))
        .collect();
    if widest(&labels) > room {
        labels = scale.ticks.iter().map(|t| number(lang, *t, unit)).collect();
    }
    let label_width = widest(&labels).min(room) as u16;
    let axis = chart.x + label_width;
    let area = Rect {
        x: axis + 1,
        y: chart.y,
        width: chart.width.saturating_sub(label_width + 1),
        height: chart.height.saturating_sub(2),
    };
    let frame = PlotFrame {
        chart,
        area,
        x_range: (0.0, 1.0),
        y_range: (scale.low, scale.high),
    };
    for row in area.top()..area.bottom() {
        buf[(axis, row)].set_symbol("│").set_style(theme.muted);
    }
    if scale.broken {
        buf[(axis, area.bottom() - 1)]
            .set_symbol("≈")
            .set_style(theme.muted);
    }
    buf[(axis, area.bottom())]
        .set_symbol("└")
        .set_style(theme.muted);
    for column in area.left()..area.right() {
        buf[(column, area.bottom())]
            .set_symbol("─")
            .set_style(theme.muted);
    }
    let mut last_row = None;
    for (tick, label) in scale.ticks.iter().zip(&labels) {
        let Some(row) = frame.row(*tick).filter(|r| Some(*r) != last_row) else {
            continue;
        };
        last_row = Some(row);
        let width = label.chars().count();
        if width > usize::from(label_width) {
            continue;
        }
        buf.set_stringn(axis - width as u16, row, label, width, theme.muted);
    }
    frame
}

/// Writes the years under the x axis: the selected year in brackets, centred under its
/// own column, and round years around it where they do not touch it.
pub fn draw_x_labels(plot: &PlotFrame, year: i32, theme: &Theme, buf: &mut Buffer) {
    let row = plot.area.bottom() + 1;
    if row >= plot.chart.bottom() {
        return;
    }
    let mut taken: Vec<(u16, u16)> = Vec::new();
    let mut place = |text: &str, x: f64, style, taken: &mut Vec<(u16, u16)>| {
        let Some(column) = plot.column(x) else { return };
        let width = text.chars().count() as u16;
        let start = (column + 1)
            .saturating_sub(width.div_ceil(2))
            .clamp(plot.chart.x, plot.chart.right().saturating_sub(width));
        let end = start + width;
        if taken.iter().any(|(a, b)| start < b + 1 && *a < end + 1) {
            return;
        }
        taken.push((start, end));
        buf.set_stringn(start, row, text, usize::from(width), style);
    };
    place(
        &format!("[{year}]"),
        f64::from(year),
        theme.title,
        &mut taken,
    );
    let first = plot.x_range.0.ceil() as i32;
    let last = plot.x_range.1.floor() as i32;
    let room = usize::from(plot.area.width / 7).max(1);
    for tick in year_ticks(first, last, room) {
        place(&tick.to_string(), f64::from(tick), theme.muted, &mut taken);
    }
}
